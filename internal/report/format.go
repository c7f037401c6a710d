package report

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// nbsp keeps a number and its unit on one line ("85 %").
const nbsp = "\u00a0"

// minus is the typographic minus sign, wider than a hyphen so that a loss
// reads as a number.
const minus = "−"

// decimal writes x with the given number of decimals in the report's
// language: 71.4 in English, 71,4 in Swedish (SPEC section 4 shows scores
// with one decimal). Thousands are grouped ("120,000"; "120 000").
func (w *words) decimal(x float64, places int) string {
	s := strconv.FormatFloat(math.Abs(x), 'f', places, 64)
	if s == strconv.FormatFloat(0, 'f', places, 64) {
		x = 0 // no "-0.0"
	}
	intPart, frac, _ := strings.Cut(s, ".")
	sep, point := ",", "."
	if w.lang == "sv" {
		sep, point = nbsp, ","
	}
	var b strings.Builder
	if x < 0 {
		b.WriteString(minus)
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 && len(intPart) > 4 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return b.String()
}

// score1 is a score with one decimal: 71.4.
func (w *words) score1(x float64) string { return w.decimal(x, 1) }

// signed is a change with its sign: +6.2, −3.0, ±0.0.
func (w *words) signed(x float64) string {
	s := w.score1(math.Abs(x))
	switch {
	case s == w.score1(0):
		return "±" + s
	case x < 0:
		return minus + s
	}
	return "+" + s
}

// number writes an answer's number as briefly as it is exact.
func (w *words) number(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	places := 0
	if _, frac, ok := strings.Cut(s, "."); ok {
		places = len(frac)
	}
	return w.decimal(x, places)
}

// questionScore writes s in [0, 1] on the 0–100 scale of section scores:
// 100, 50, 62.5.
func (w *words) questionScore(s float64) string {
	x := 100 * s
	if math.Abs(x-math.Round(x)) < 1e-9 {
		return w.decimal(math.Round(x), 0)
	}
	return w.decimal(x, 1)
}

// percent writes a share in [0, 1] as a whole percentage. It never rounds
// up to 100 or down to 0, so "100 %" always means all.
func (w *words) percent(share float64) string {
	p := math.Round(100 * share)
	if p == 100 && share < 1 {
		p = 99
	}
	if p == 0 && share > 0 {
		p = 1
	}
	if w.lang == "sv" {
		return w.decimal(p, 0) + nbsp + "%"
	}
	return w.decimal(p, 0) + "%"
}

// withUnit puts a unit after a number: "70%" and "70 %", "120,000 users".
func (w *words) withUnit(n, unit string) string {
	switch {
	case unit == "":
		return n
	case unit == "%" && w.lang != "sv":
		return n + "%"
	}
	return n + nbsp + unit
}

var monthsSV = [...]string{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"}

// longDate is the date written out, for the cover: 26 November 2026.
func (w *words) longDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if w.lang == "sv" {
		return strconv.Itoa(t.Day()) + " " + monthsSV[t.Month()-1] + " " + strconv.Itoa(t.Year())
	}
	return t.Format("2 January 2006")
}

// isoDate is the date as YYYY-MM-DD, the unambiguous form for tables.
func isoDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(questionnaire.DateLayout)
}

// duration writes a duration for reading: "1 h 30 min", "2 days", "1 week
// 3 days". The answers file keeps its own compact form ("1h30m").
func (w *words) duration(d time.Duration) string {
	if d <= 0 {
		return "0" + nbsp + "min"
	}
	var parts []string
	add := func(n int64, one, many string) {
		if n == 0 {
			return
		}
		unit := many
		if n == 1 {
			unit = one
		}
		parts = append(parts, strconv.FormatInt(n, 10)+nbsp+unit)
	}
	m := int64(d / time.Minute)
	weeks := m / (7 * 24 * 60)
	m -= weeks * 7 * 24 * 60
	days := m / (24 * 60)
	m -= days * 24 * 60
	add(weeks, w.week, w.weeks)
	add(days, w.day, w.days)
	add(m/60, "h", "h")
	add(m%60, "min", "min")
	return strings.Join(parts, " ")
}
