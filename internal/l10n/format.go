package l10n

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// NBSP keeps a number and its unit, or the groups of a Swedish number, on
// one line ("85 %", "45 000").
const NBSP = "\u00a0"

// Minus is the typographic minus sign, as wide as a plus, so that a loss
// reads as a number and not as a dash.
const Minus = "\u2212"

// numberStyle is how a language writes numbers.
type numberStyle struct {
	// group separates groups of three digits; point is the decimal mark.
	group, point string
	// minGroup is the least number of integer digits that are grouped:
	// 4 in English ("1,234"), 5 in Swedish ("1234" but "12 345"), as
	// Svenska skrivregler advise.
	minGroup int
	// percent is what follows a percentage: "%" or " %".
	percent string
}

// Int writes an integer with the language's grouping: 1,234,567 and
// 1 234 567.
func (p *Printer) Int(n int64) string {
	return p.Decimal(float64(n), 0)
}

// Decimal writes x with the given number of decimals: 1,234,567.5 in
// English, 1 234 567,5 in Swedish (groups joined by a non-breaking space).
// A negative number takes a true minus sign; a value that rounds to zero
// has no sign at all ("0.0", never "-0.0").
func (p *Printer) Decimal(x float64, places int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.FormatFloat(x, 'f', places, 64)
	}
	s := strconv.FormatFloat(roundHalfUp(math.Abs(x), places), 'f', places, 64)
	neg := x < 0 && s != strconv.FormatFloat(0, 'f', places, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	st := p.c.num
	var b strings.Builder
	if neg {
		b.WriteString(Minus)
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 && len(intPart) >= st.minGroup {
			b.WriteString(st.group)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(st.point)
		b.WriteString(frac)
	}
	return b.String()
}

// roundHalfUp rounds a non-negative x to the given decimals with halves
// going up, as people round: 56.25 is 56.3 and 68.75 is 68.8, where
// strconv's round-half-to-even wrote 56.2 and a brief read "56.2 → 68.8,
// change +12.5". A value within a few units of the last place of a half
// counts as the half, so 0.15 (stored as 0.1499999…) rounds to 0.2 too.
func roundHalfUp(x float64, places int) float64 {
	if places < 0 || places > 15 {
		return x
	}
	p := math.Pow10(places)
	y := x * p
	if math.IsInf(y, 0) || y > 1<<52 {
		return x // beyond where decimals are held exactly
	}
	fl := math.Floor(y)
	if y-fl >= 0.5-1e-9 {
		fl++
	}
	return fl / p
}

// Number writes x as briefly as it is exact: 42, 0.5, 1,234.25; in
// Swedish 42, 0,5, 1 234,25.
func (p *Printer) Number(x float64) string {
	if a := math.Abs(x); a >= hugeNumber && !math.IsInf(a, 0) {
		return p.scientific(x)
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	places := 0
	if _, frac, ok := strings.Cut(s, "."); ok {
		places = len(frac)
	}
	return p.Decimal(x, places)
}

// hugeNumber is where Number stops writing every digit: past it a float64
// no longer holds whole numbers exactly, and a value such as 1.8e308 would
// print as 309 digits of which all but 17 are noise.
const hugeNumber = 1e15

// scientific writes x with four significant digits and a power of ten:
// 1.798 × 10³⁰⁸, in Swedish 1,798 × 10³⁰⁸.
func (p *Printer) scientific(x float64) string {
	m, e, _ := strings.Cut(strconv.FormatFloat(x, 'e', 3, 64), "e")
	mant, _ := strconv.ParseFloat(m, 64)
	exp, _ := strconv.Atoi(e)
	return p.Number(mant) + " × 10" + superscript(exp)
}

// superscript writes n in superscript digits.
func superscript(n int) string {
	const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	var b strings.Builder
	if n < 0 {
		b.WriteString("⁻")
		n = -n
	}
	for _, c := range strconv.Itoa(n) {
		b.WriteString(string([]rune(digits)[c-'0']))
	}
	return b.String()
}

// Score writes a score on the 0–100 scale with one decimal (docs/scoring.md): 71.4, 71,4.
func (p *Printer) Score(x float64) string { return p.Decimal(x, 1) }

// Signed writes a change with its sign: +6.2, −3.0, ±0.0.
func (p *Printer) Signed(x float64) string {
	s := p.Score(math.Abs(x))
	switch {
	case s == p.Score(0):
		return "±" + s
	case x < 0:
		return Minus + s
	}
	return "+" + s
}

// Percent writes a share in [0, 1] as a whole percentage: 40% and 40 %.
// It never rounds up to 100 nor down to 0, so that "100%" always means all
// and "0%" none.
func (p *Printer) Percent(share float64) string {
	v := math.Round(100 * share)
	if v == 100 && share < 1 {
		v = 99
	}
	if v == 0 && share > 0 {
		v = 1
	}
	return p.Decimal(v, 0) + p.c.num.percent
}

// PercentFine writes a share in [0, 1] as a percentage with at most one
// decimal, for the score of one question: 100%, 62.5%, 62,5 %.
func (p *Printer) PercentFine(share float64) string {
	v := math.Round(1000*share) / 10
	places := 1
	if v == math.Trunc(v) {
		places = 0
	}
	return p.Decimal(v, places) + p.c.num.percent
}

// WithUnit puts a questionnaire's unit after a number already written:
// "70%" and "70 %", "120,000 users" and "120 000 användare".
func (p *Printer) WithUnit(n, unit string) string {
	switch {
	case unit == "":
		return n
	case unit == "%":
		return n + p.c.num.percent
	}
	return n + NBSP + unit
}

// DateLayout is the ISO form of a date, the one dutycheck reads and
// writes in files and tables in every language.
const DateLayout = "2006-01-02"

// Date writes a date as YYYY-MM-DD, the unambiguous form for tables and
// files; the zero time is empty.
func (p *Printer) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(DateLayout)
}

// LongDate writes a date out for reading: 26 November 2026,
// 26 november 2026.
func (p *Printer) LongDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return strconv.Itoa(t.Day()) + " " + p.c.months[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// Unit is a unit of durations as written in the answers file.
type Unit byte

// The units of durations (questionnaires/README.md), largest first.
const (
	Year   Unit = 'y'
	Week   Unit = 'w'
	Day    Unit = 'd'
	Hour   Unit = 'h'
	Minute Unit = 'm'
	Second Unit = 's'
)

// Size is the length of one of the unit: a day is always 24 hours, a week
// 7 days and a year 365 days, so that bands compare exactly.
func (u Unit) Size() time.Duration {
	switch u {
	case Year:
		return 365 * 24 * time.Hour
	case Week:
		return 7 * 24 * time.Hour
	case Day:
		return 24 * time.Hour
	case Hour:
		return time.Hour
	case Minute:
		return time.Minute
	case Second:
		return time.Second
	}
	return 0
}

// readingUnits are the units Duration writes, largest first. A year is
// left out: "1 year" of 365 days would surprise a reader in a leap year,
// and retention periods read well in weeks and days.
var readingUnits = []Unit{Week, Day, Hour, Minute, Second}

// Duration writes a duration for reading, largest units first: "1 h
// 30 min", "2 days", "1 week 3 days"; "2 dygn" in Swedish.
func (p *Printer) Duration(d time.Duration) string {
	if d <= 0 {
		return "0" + NBSP + p.c.units[Minute].Other
	}
	var parts []string
	for _, u := range readingUnits {
		if n := d / u.Size(); n > 0 {
			parts = append(parts, p.Int(int64(n))+NBSP+p.c.units[u].pick(p.c.plural(int(n))))
			d -= n * u.Size()
		}
	}
	return strings.Join(parts, " ")
}

// DurationIn writes a duration in one unit, as the person who typed it
// thinks of it: 24 h stays "24 h", not "1 day"; 1.5 h is "1.5 h" and
// "1,5 h". The value is exact when it is a whole number of the unit's
// tenths or hundredths, else it falls back to Duration.
func (p *Printer) DurationIn(d time.Duration, u Unit) string {
	size := u.Size()
	if size == 0 {
		return p.Duration(d)
	}
	x := float64(d) / float64(size)
	if r := math.Round(x*100) / 100; math.Abs(r-x) > 1e-9 {
		return p.Duration(d)
	}
	n := p.Number(math.Round(x*100) / 100)
	form := Other
	if x == 1 {
		form = p.c.plural(1)
	}
	return n + NBSP + p.c.units[u].pick(form)
}

// DurationAs writes a duration for reading in the unit of form, the
// answers file's form of it, when form has one unit ("24h" gives "24 h",
// "1.5h" "1,5 h" in Swedish): the unit the person who typed it thinks in.
// Other forms ("1h30m", or none) read as Duration.
func (p *Printer) DurationAs(d time.Duration, form string) string {
	if len(form) < 2 {
		return p.Duration(d)
	}
	u := Unit(form[len(form)-1])
	for _, r := range form[:len(form)-1] {
		if (r < '0' || r > '9') && r != '.' {
			return p.Duration(d)
		}
	}
	if u.Size() == 0 {
		return p.Duration(d)
	}
	return p.DurationIn(d, u)
}

// UpperFirst capitalises the first letter of a phrase, for a message that
// stands alone where it otherwise runs on in a sentence: "unanswered" as a
// label, a reason as a line of its own.
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
