package report

import (
	"sort"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// doc is one report being laid out: the PDF, the inputs, and a cursor y
// that only moves down. Chapters call its helpers, which know the page
// geometry and start a new page before anything would cross the bottom
// margin.
type doc struct {
	pdf  *fpdf.Fpdf
	in   Input
	q    *questionnaire.Questionnaire
	f    *answers.File
	r    *scoring.Result
	base *scoring.Result
	// sum is the facts every output tells, in the report's words; the
	// brief lays them out.
	sum  *summary.Summary
	lang string
	w    *words
	// spelled holds the brief's texts with each acronym spelled out at
	// its first use on the page (brief_spell.go).
	spelled map[string]string

	y float64
	// font is the font last selected on the current page, so that
	// measuring text does not write a font change into the page each time.
	font style
	// color is the text colour last set (once colorSet).
	color    rgb
	colorSet bool
	// probe, when set (by tests), is told where every line of text and
	// every table row went, so tests can hold the layout to its promises:
	// nothing past the margins, no row split across pages.
	probe *probe
	// tables counts tables, to tell rows of different tables apart.
	tables int

	// marks are the bookmarks, kept until the end: the board brief on page
	// 2 is laid out last (it points to pages that follow it), so bookmarks
	// are written in page order once every page exists.
	marks []mark
	// rowPage is the page on which a keyed table row starts ("plan:ID",
	// "detail:ID", "regime:ID"), for the brief's "and 3 more, page 5".
	rowPage map[string]int
	// chapterPage is the first page of each chapter, by its title.
	chapterPage map[string]int
	// dry, while set, makes the drawing helpers move the cursor without
	// drawing: the brief measures its blocks by laying them out dry.
	dry bool
	// flowOn, set by a chapter short enough to share its page (an action
	// plan with no gap), lets the next chapter start below it.
	flowOn bool
	// shortNames are the works' short names by title (doc.shortName).
	shortNames map[string]string
}

// mark is one bookmark: its title, level, page and height on the page.
type mark struct {
	title       string
	level, page int
	y           float64
}

// probe records placements for tests.
type probe struct {
	texts []placed
	rows  []placed
}

// placed is a box on a page; id tells rows apart (table<<20 | row).
type placed struct {
	page       int
	x, y, w, h float64
	id         int
	s          string
}

// setFont selects st for drawing and measuring, writing the change into
// the page only when it is one.
func (d *doc) setFont(st style) {
	if d.font.family != st.family || d.font.face != st.face || d.font.size != st.size {
		d.pdf.SetFont(st.family, st.face, st.size)
		d.font = st
	}
	// fpdf formats the colour anew on every call; it is kept across pages
	// and only this sets it, so it is set when it changes.
	if !d.colorSet || d.color != st.color {
		d.pdf.SetTextColor(st.color.r, st.color.g, st.color.b)
		d.color, d.colorSet = st.color, true
	}
}

func (d *doc) fill(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }
func (d *doc) draw(c rgb) { d.pdf.SetDrawColor(c.r, c.g, c.b) }

// width measures s in st.
func (d *doc) width(st style, s string) float64 { return measure(st, s) }

// chapterStart starts a chapter on a new page, or, after a chapter that
// asked to be followed on its page (flowOn) and left more than half of it
// free, below a rule on the same page.
func (d *doc) chapterStart() {
	flow := d.flowOn
	d.flowOn = false
	if !flow || d.y > pageH/2 {
		d.newPage()
		return
	}
	d.gap(8)
	d.rule(d.y, ruleGrey, 0.3)
	d.gap(8)
}

// newPage starts a page and puts the cursor at the top margin.
func (d *doc) newPage() {
	d.pdf.AddPage()
	d.y = top
}

// need starts a new page unless h millimetres fit above the bottom margin.
func (d *doc) need(h float64) {
	if d.y+h > bottom+0.01 {
		d.newPage()
	}
}

// text draws one line with its top at y (the baseline is placed from the
// line height, so lines of one style sit evenly).
func (d *doc) text(st style, x, y float64, s string) {
	if s == "" || d.dry {
		return
	}
	d.setFont(st)
	d.pdf.Text(x, baseline(st, y), s)
	if d.probe != nil {
		d.probe.texts = append(d.probe.texts, placed{page: d.pdf.PageNo(), x: x, y: y, w: d.pdf.GetStringWidth(s), h: st.lead(), s: s})
	}
}

// baseline is where text of style st sits in a line whose top is y.
func baseline(st style, y float64) float64 {
	return y + (st.lead()+st.size*ptMM*0.7)/2
}

// textRight draws s so that it ends at x.
func (d *doc) textRight(st style, x, y float64, s string) {
	d.text(st, x-d.width(st, s), y, s)
}

// para writes wrapped text across the text width and moves the cursor
// below it; it may break across pages between lines, keeping at least two
// lines together.
func (d *doc) para(st style, s string) { d.paraAt(st, left, textW, s) }

func (d *doc) paraAt(st style, x, w float64, s string) {
	lines := d.wrap(st, s, w)
	lead := st.lead()
	for i, l := range lines {
		if i == 0 {
			d.need(lead * float64(min(2, len(lines))))
		} else {
			d.need(lead)
		}
		d.text(st, x, d.y, l)
		d.y += lead
	}
}

// gap moves the cursor down.
func (d *doc) gap(h float64) { d.y += h }

// heading starts a chapter (level 0: a new page and an 18 pt title) or a
// part of one (level 1: 13 pt, level 2: 11 pt), kept on a page with at
// least keep millimetres of what follows. Every heading is a bookmark,
// nested by level.
func (d *doc) heading(level int, s string, keep float64) { d.headingAt(level, level, s, keep) }

// headingAt is heading with the bookmark at level mark, for a small
// heading that is not part of the one before it.
func (d *doc) headingAt(level, mark int, s string, keep float64) {
	st := [...]style{h1, h2, h3}[level]
	lines := d.wrap(st, s, textW)
	h := float64(len(lines)) * st.lead()
	switch level {
	case 0:
		d.chapterStart()
		if d.chapterPage != nil {
			d.chapterPage[s] = d.pdf.PageNo()
		}
	default:
		if d.y > top+1 {
			d.gap(st.size * ptMM * 0.9)
		}
		d.need(h + keep)
	}
	d.bookmark(s, mark)
	for _, l := range lines {
		d.text(st, left, d.y, l)
		d.y += st.lead()
	}
	d.gap([...]float64{4, 1.5, 1}[level])
}

// bookmark adds an outline entry at the cursor; writeBookmarks hands
// them to fpdf at the end.
func (d *doc) bookmark(s string, level int) {
	if d.dry {
		return
	}
	d.marks = append(d.marks, mark{title: s, level: level, page: d.pdf.PageNo(), y: d.y})
}

// writeBookmarks writes the outline in page order (the brief on page 2 is
// laid out after the pages that follow it), keeping the order of entries
// within a page.
func (d *doc) writeBookmarks() {
	sort.SliceStable(d.marks, func(i, j int) bool { return d.marks[i].page < d.marks[j].page })
	for _, m := range d.marks {
		d.pdf.SetPage(m.page)
		d.font = style{}
		d.setFont(body) // fpdf encodes the title as UTF-16 only under a UTF-8 font
		d.pdf.Bookmark(m.title, m.level, m.y)
	}
	d.pdf.SetPage(d.pdf.PageCount())
}

// onPage moves drawing to page p, with the cursor at its top. A page's
// content stream ends in whatever state its last drawing left, so the font
// is chosen afresh.
func (d *doc) onPage(p int) {
	d.pdf.SetPage(p)
	d.font = style{}
	d.y = top
}

// rule draws a horizontal line across the text width.
func (d *doc) rule(y float64, c rgb, width float64) {
	if d.dry {
		return
	}
	d.draw(c)
	d.pdf.SetLineWidth(width)
	d.pdf.Line(left, y, right, y)
}

// box fills a rectangle.
func (d *doc) box(x, y, w, h float64, c rgb) {
	if d.dry {
		return
	}
	d.fill(c)
	d.pdf.Rect(x, y, w, h, "F")
}

// chip is the small coloured square set before a score: the colour gives
// the band at a glance, the printed number beside it the value.
func (d *doc) chip(x, y, size float64, c rgb) {
	d.box(x, y, size, size, c)
}

// clip shortens s at a word, with " …", to fit w in st.
func (d *doc) clip(st style, s string, w float64) string {
	if d.width(st, s) <= w {
		return s
	}
	// Whole words only: the most that fit with " …" after them. A word is
	// never cut, so no ellipsis follows a letter; a first word too long
	// for the room alone is shown whole rather than cut.
	words := strings.Fields(s)
	out := words[0]
	for _, wd := range words[1:] {
		next := out + " " + wd
		if d.width(st, strings.TrimRight(next, " ,;:–-")+" …") > w {
			break
		}
		out = next
	}
	return strings.TrimRight(out, " ,;:–-") + " …"
}

// bandColour is the score colour of a rating band: the lowest band red,
// the upper half green, the rest amber.
func bandColour(q *questionnaire.Questionnaire, band int) rgb {
	n := len(q.Rating)
	switch {
	case n <= 1:
		return scoreHigh
	case band >= n-1:
		return scoreLow
	case band <= (n-2)/2:
		return scoreHigh
	}
	return scoreMid
}

// scoreColour is the colour of a 0–100 score by the questionnaire's bands.
func scoreColour(q *questionnaire.Questionnaire, score float64) rgb {
	return bandColour(q, bandOf(q, score))
}

// bandOf is the index of the band a score falls in (as scoring does).
func bandOf(q *questionnaire.Questionnaire, score float64) int {
	for i, b := range q.Rating {
		if b.Min <= score+1e-9 {
			return i
		}
	}
	return len(q.Rating) - 1
}

// questionColour is the colour of a question's score: full green, none
// red, partial amber.
func questionColour(s float64) rgb {
	switch {
	case s >= 1-1e-9:
		return scoreHigh
	case s <= 1e-9:
		return scoreLow
	}
	return scoreMid
}
