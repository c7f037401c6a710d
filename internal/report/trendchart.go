package report

// The brief's trend chart: the overall score of each version over time,
// with the line of the target on the overall score. It is drawn only when
// the report is asked for it (report --trend or --history), so that the
// same inputs still give the same bytes.

// Geometry of the trend chart.
const (
	trendH     = 26.0 // plot height
	trendLeft  = left + 10
	trendW     = 120.0
	trendLabel = left + 134 // where the target's words start
)

// trendBlock draws the chart: an axis from 0 to 100 with the rating
// bands' starts as faint lines, a point per version (oldest left) joined
// by a line, its score above it and its date below, and the target on the
// overall score as a dashed line named beside the plot.
func (d *doc) trendBlock(int) {
	w, pts := d.w, d.sum.Trend
	d.briefHeading(2, w.T("pdf.trendTitle"))
	y0 := d.y + 2
	ax := small.sized(7).in(muted)
	yOf := func(score float64) float64 { return y0 + trendH*(1-clamp01(score/100)) }
	xOf := func(i int) float64 {
		if len(pts) == 1 {
			return trendLeft + trendW/2
		}
		return trendLeft + 10 + (trendW-20)*float64(i)/float64(len(pts)-1)
	}
	if !d.dry {
		d.draw(ruleGrey)
		d.pdf.SetLineWidth(0.2)
		d.pdf.Line(trendLeft, y0, trendLeft, y0+trendH)
		d.pdf.Line(trendLeft, y0+trendH, trendLeft+trendW, y0+trendH)
		for _, b := range d.q.Rating {
			if b.Min > 0 && b.Min < 100 {
				d.pdf.Line(trendLeft, yOf(b.Min), trendLeft+trendW, yOf(b.Min))
			}
		}
	}
	for _, v := range []float64{0, 50, 100} {
		d.textRight(ax, trendLeft-1, yOf(v)-ax.lead()/2, w.Decimal(v, 0))
	}
	// the line's place is read from the result, its words from the summary
	if tr := d.in.Trend.OverallTarget(); tr != nil {
		lim := tr.Target.Min
		if lim == nil {
			lim = tr.Target.Max
		}
		y := yOf(lim.Value)
		if !d.dry {
			d.draw(scoreLow)
			d.pdf.SetLineWidth(0.4)
			d.pdf.SetDashPattern([]float64{1.2, 0.8}, 0)
			d.pdf.Line(trendLeft, y, trendLeft+trendW, y)
			d.pdf.SetDashPattern([]float64{}, 0)
		}
		ls := d.wrapMax(small.in(ink), d.sum.TrendTarget, right-trendLabel, 2)
		for k, l := range ls {
			d.text(small.in(ink), trendLabel, y-small.lead()/2+float64(k)*small.lead(), l)
		}
	}
	if !d.dry && len(pts) > 1 {
		d.draw(accent)
		d.pdf.SetLineWidth(0.5)
		for i := 1; i < len(pts); i++ {
			d.pdf.Line(xOf(i-1), yOf(pts[i-1].Score), xOf(i), yOf(pts[i].Score))
		}
	}
	for i, p := range pts {
		x, y := xOf(i), yOf(p.Score)
		d.chip(x-0.9, y-0.9, 1.8, accent)
		s := p.ScoreText
		sw := d.width(ax.bold(), s)
		// a paper-white ground keeps the figure legible over a grid line
		d.box(x-sw/2-0.4, y-ax.lead()-0.6, sw+0.8, ax.lead(), rgb{255, 255, 255})
		d.text(ax.in(ink).bold(), x-sw/2, y-ax.lead()-0.6, s)
		date := p.DateText
		d.text(ax, x-d.width(ax, date)/2, y0+trendH+0.4, date)
	}
	d.y = y0 + trendH + ax.lead() + 0.8
	d.lines(small, left, textW, d.sum.TrendNote)
}
