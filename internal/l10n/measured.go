package l10n

import (
	"strconv"
	"strings"
	"time"
)

// Period writes a range of dates short, for a line about a measured
// figure: "1 Jul–30 Sep 2026", or "1 Dec 2025–28 Feb 2026" across a year.
func (p *Printer) Period(from, to time.Time) string {
	months := strings.Fields(p.T("months.short"))
	day := func(t time.Time) string { return strconv.Itoa(t.Day()) + " " + months[t.Month()-1] }
	if from.Equal(to) {
		return day(to) + " " + strconv.Itoa(to.Year())
	}
	if from.Year() == to.Year() {
		return day(from) + "–" + day(to) + " " + strconv.Itoa(to.Year())
	}
	return day(from) + " " + strconv.Itoa(from.Year()) + "–" + day(to) + " " + strconv.Itoa(to.Year())
}

// MetricName names a measure's metric ("median", "share within 24 h").
func (p *Printer) MetricName(metric string, within time.Duration) string {
	if metric == "share_within" {
		return p.T("measured.metric.share_within", p.Duration(within))
	}
	return p.T(Key("measured.metric." + metric))
}

// MeasuredLine says what a measured figure rests on: "measured: median of
// 1,234 cases, 1 Jul–30 Sep 2026".
func (p *Printer) MeasuredLine(metric string, within time.Duration, cases int, from, to time.Time) string {
	return p.T("measured.line", p.MetricName(metric, within), p.N("measured.cases", cases), p.Period(from, to))
}
