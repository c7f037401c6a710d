package report

// The brief's bar chart of section scores.

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// Geometry of the bar chart.
const (
	chartLabelW = 58.0
	barX        = left + 60
	barW        = 58.0
	barH        = 3.2
	scoreRight  = barX + barW + 14 // right edge of the score figure
	chartLead   = 4.7
)

// chartBlock draws a bar per section, every section on one line: a light
// track for 0–100, the score in accent, the score colour and figure
// beside it; with a baseline a thin mark where the section stood then and
// the change; the must-haves not met in the section. Faint lines mark
// where the rating bands begin, the axis is labelled, and the bands are
// spelt out beneath.
//
// When the page cannot hold every section, the chart shows the n that
// need attention most (the lowest scores; unscored sections give way
// first), in questionnaire order, and says how many more there are, their
// lowest score and where they are.
func (d *doc) chartBlock(n int) {
	w := d.w
	if n == 0 {
		// no room for the chart: where the scores are, on one line
		d.seePage(w.T("pdf.sectionScores"), d.pageOf("detail:"))
		return
	}
	d.briefHeading(2, w.T("pdf.sectionScores"))
	shown := d.chartSections(n)
	y0 := d.y
	h := 0.0
	for _, sr := range shown {
		h += d.chartRowHeight(sr)
	}
	if !d.dry {
		d.draw(ruleGrey)
		d.pdf.SetLineWidth(0.2)
		for _, b := range d.q.Rating {
			if b.Min > 0 && b.Min < 100 {
				x := barX + barW*b.Min/100
				d.pdf.Line(x, y0, x, y0+h)
			}
		}
	}
	for y, i := y0, 0; i < len(shown); i++ {
		d.chartRow(shown[i], y)
		y += d.chartRowHeight(shown[i])
	}
	y := y0 + h
	ticks := []float64{0, 100}
	for _, b := range d.q.Rating {
		if b.Min > 0 && b.Min < 100 {
			ticks = append(ticks, b.Min)
		}
	}
	ax := small.sized(7).in(muted)
	for _, t := range ticks {
		s := w.Decimal(t, 0)
		d.text(ax, barX+barW*t/100-d.width(ax, s)/2, y+0.2, s)
	}
	d.text(ax, left, y+0.2, w.T("pdf.axis"))
	d.y = y + ax.lead() + 0.4
	var bands []string
	for i, b := range d.q.Rating {
		label := d.tr(b.Label)
		switch {
		case len(d.q.Rating) == 1:
			bands = append(bands, label)
		case i == len(d.q.Rating)-1:
			bands = append(bands, label+" < "+w.Number(d.q.Rating[i-1].Min))
		default:
			bands = append(bands, label+" ≥ "+w.Number(b.Min))
		}
	}
	if len(shown) < len(d.r.Sections) {
		var hidden []*scoring.SectionResult
		for i := range d.r.Sections {
			if sr := &d.r.Sections[i]; !contains(sectionIDs(shown), sr.Section.ID) {
				hidden = append(hidden, sr)
			}
		}
		page := d.pageOf("detail:" + firstQuestion(hidden[0].Section))
		d.lines(small.italic(), left, textW, w.moreSections(hidden, page))
	}
	legend := w.T("pdf.bandsLegend") + ": " + strings.Join(bands, " · ") + "."
	if d.base != nil {
		legend += " " + w.T("pdf.baselineMark", isoDate(d.base.Answers.Date))
	}
	d.lines(small, left, textW, legend)
}

// chartLabel is the style of the chart's section titles.
var chartLabel = cellS.sized(8.5)

// chartRowHeight is the height of a section's row: one line, and a line
// more for each line its title wraps onto (a title is never cut).
func (d *doc) chartRowHeight(sr *scoring.SectionResult) float64 {
	n := len(d.wrap(chartLabel, d.tr(sr.Section.Title), chartLabelW))
	return chartLead + float64(max(n, 1)-1)*chartLabel.lead()
}

func (d *doc) chartRow(sr *scoring.SectionResult, y float64) {
	w := d.w
	lab := chartLabel
	for k, l := range d.wrap(lab, d.tr(sr.Section.Title), chartLabelW) {
		d.text(lab, left, y+float64(k)*lab.lead(), l)
	}
	by := y + (lab.lead()-barH)/2
	if !sr.Scored {
		what := w.T("pdf.notScored")
		if !sr.Applies {
			what = w.T("pdf.doesNotApply")
		}
		d.text(lab.italic().in(muted), barX, y, what)
		return
	}
	d.box(barX, by, barW, barH, track)
	d.box(barX, by, barW*clamp01(sr.Score/100), barH, accent)
	if b := d.baseSection(sr); b != nil && b.Scored {
		x := barX + barW*clamp01(b.Score/100)
		d.box(x-0.35, by-0.9, 0.7, barH+1.8, ink)
	}
	s := w.Score(sr.Score)
	fig := lab.bold()
	sw := d.width(fig, s)
	d.chip(scoreRight-sw-chipGap-chipSize, by+(barH-chipSize)/2, chipSize, scoreColour(d.q, sr.Score))
	d.text(fig, scoreRight-sw, y, s)
	x := scoreRight + 3
	if d.base != nil {
		ch := "—"
		if b := d.baseSection(sr); b != nil && b.Scored {
			ch = w.Signed(sr.Score - b.Score)
		}
		d.textRight(small.in(ink), x+10, y+0.3, ch)
		x += 13
	}
	if sr.CriticalGaps > 0 {
		d.text(small.bold().in(scoreLow), x, y+0.3, d.clip(small.bold(), w.mustShort(sr.CriticalGaps), right-x))
	}
}

// chartSections picks the n sections the chart shows: all when they fit,
// else those that need attention most, in questionnaire order.
func (d *doc) chartSections(n int) []*scoring.SectionResult {
	all := make([]*scoring.SectionResult, len(d.r.Sections))
	for i := range d.r.Sections {
		all[i] = &d.r.Sections[i]
	}
	if n >= len(all) {
		return all
	}
	rank := func(sr *scoring.SectionResult) float64 {
		if !sr.Scored {
			return 1000
		}
		return sr.Score
	}
	order := slices.Clone(all)
	slices.SortStableFunc(order, func(a, b *scoring.SectionResult) int { return cmp.Compare(rank(a), rank(b)) })
	keep := map[*scoring.SectionResult]bool{}
	for _, sr := range order[:n] {
		keep[sr] = true
	}
	var out []*scoring.SectionResult
	for _, sr := range all {
		if keep[sr] {
			out = append(out, sr)
		}
	}
	return out
}

func sectionIDs(srs []*scoring.SectionResult) []string {
	out := make([]string, len(srs))
	for i, sr := range srs {
		out[i] = sr.Section.ID
	}
	return out
}

// firstQuestion is the id of a section's first question, whose details
// row starts the section.
func firstQuestion(s *questionnaire.Section) string {
	if len(s.Questions) == 0 {
		return ""
	}
	return s.Questions[0].ID
}

// baseSection is the baseline's result for the same section, or nil.
func (d *doc) baseSection(sr *scoring.SectionResult) *scoring.SectionResult {
	if d.base == nil {
		return nil
	}
	return d.base.Section(sr.Section.ID)
}

func clamp01(x float64) float64 { return max(0, min(1, x)) }
