package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// overview lists the sections with how far each is answered and its score
// so far; enter jumps to a section's first question that applies.
type overview struct {
	sh     *shell
	cursor int
	offset int
	// back is where esc returns: a question index, or -1 for the end.
	back int

	width, height int
}

func newOverview(sh *shell) overview { return overview{sh: sh, back: -1} }

// open shows the overview with the cursor on section sec.
func (o *overview) open(sec, back int) {
	o.cursor, o.back = max(0, sec), back
	o.scroll()
}

func (o *overview) resize(width, height int) {
	o.width, o.height = width, height
	o.scroll()
}

// rowsRoom is the number of lines for section rows, below the title line,
// the line that explains the count when not every question applies, and
// a blank line.
func (o *overview) rowsRoom() int { return max(1, o.height-2-boolInt(o.explained())) }

// explained reports whether the overview says how many questions apply:
// when the answers so far leave some out, so a count that differs from the
// questionnaire's is never a puzzle.
func (o *overview) explained() bool { return o.sh.s.applicable < len(o.sh.s.q.Questions) }

// scroll keeps the cursor's row in the window after a move.
func (o *overview) scroll() {
	if o.width == 0 {
		return
	}
	o.offset, _, _, _ = window(heights(o.rows()), o.cursor, o.offset, o.rowsRoom())
}

// heights is how many lines each row takes.
func heights(rows [][]string) []int {
	out := make([]int, len(rows))
	for i, r := range rows {
		out[i] = len(r)
	}
	return out
}

func (o overview) update(msg tea.Msg) (overview, tea.Cmd) {
	km, s := o.sh.km, o.sh.s
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return o, nil
	}
	switch {
	case key.Matches(k, km.Up):
		o.cursor = max(0, o.cursor-1)
		o.scroll()
	case key.Matches(k, km.Down):
		o.cursor = min(len(s.q.Sections)-1, o.cursor+1)
		o.scroll()
	case key.Matches(k, km.Jump):
		first := s.firstIn(s.q.Sections[o.cursor])
		if first < 0 {
			o.sh.say(statusInfo, s.w.T("overview.section.na"))
			return o, nil
		}
		s.walkAll()
		return o, o.sh.goTo(first)
	case key.Matches(k, km.Results):
		return o, o.sh.goTo(-1)
	case key.Matches(k, km.Overview):
		return o, o.sh.goTo(o.back)
	}
	return o, nil
}

func (o *overview) view() []string {
	s, st, w := o.sh.s, o.sh.st, o.sh.s.w
	width := o.width
	progress := st.dim.Render(w.T("overview.answered", s.confirmed(), s.applicable, w.Percent(s.share())))
	if s.toConfirm > 0 {
		progress += st.dim.Render(" · ") + st.warn.Render(w.T("progress.to.confirm", s.toConfirm))
	}
	out := []string{spread(st.title.Render(w.T("overview")), progress, width)}
	if o.explained() {
		out = append(out, st.dim.Render(clip(w.T("applies.count", s.applicable, len(s.q.Questions)), width)))
	}
	out = append(out, "")
	rows := o.rows()
	from, to, above, below := window(heights(rows), o.cursor, o.offset, o.rowsRoom())
	if above {
		out = append(out, st.dim.Render("  "+w.T("more.above", from)))
	}
	for _, row := range rows[from:to] {
		for _, l := range row {
			out = append(out, clip(l, width))
		}
	}
	if below {
		out = append(out, st.dim.Render("  "+w.T("more.below", len(rows)-to)))
	}
	return out
}

// rows lays out the section rows, a line each, or more where a title or
// the notes need them. Columns: pointer and number, title, answered
// count, bar, score, then the notes (must-haves not met, unknowns,
// estimates). The title takes what the count, bar and score leave and
// wraps under itself when longer; notes that do not fit beside the score
// go under the count. At 80 columns titles were cut
// ("Governance and accountabili…") to leave one section's "3 don't know"
// its room.
func (o *overview) rows() [][]string {
	s, w := o.sh.s, o.sh.s.w
	r := s.score()
	width := o.width
	const barW = 10
	countW := 0
	for _, sr := range r.Sections {
		countW = max(countW, width1(w.T("overview.count", s.confirmedIn(sr.Section), sr.Applicable)))
	}
	showBar := width >= 64
	rest := 2 + 2 + countW + 2 + 6
	if showBar {
		rest += barW + 2
	}
	longest := 0
	for _, sr := range r.Sections {
		longest = max(longest, 4+width1(s.text(sr.Section.Title)))
	}
	titleW := min(longest, max(10, width-rest))
	out := make([][]string, len(r.Sections))
	for i, sr := range r.Sections {
		// A title too long for its column wraps under itself, after the
		// section's number.
		title := wrap(s.text(sr.Section.Title), max(1, titleW-4))
		line, notes := o.row(i, sr, padLeft(strconv.Itoa(i+1), 2)+"  "+title[0], titleW, countW, showBar, barW)
		rows := []string{line}
		for _, more := range title[1:] {
			rows = append(rows, "  "+padRight(clip("    "+more, titleW), titleW))
		}
		switch {
		case notes == "":
		case width1(line)+2+width1(notes) <= width:
			rows[0] += "  " + o.sh.st.warn.Render(notes)
		default:
			// Under the count, on the title's second line or one of
			// its own.
			if len(rows) == 1 {
				rows = append(rows, spaces(2+titleW))
			}
			room := max(1, width-2-titleW-2)
			rows[1] += "  " + o.sh.st.warn.Render(clip(notes, room))
		}
		for k := range rows {
			rows[k] = strings.TrimRight(rows[k], " ")
		}
		out[i] = rows
	}
	return out
}

func (o *overview) row(i int, sr scoring.SectionResult, title string, titleW, countW int, showBar bool, barW int) (line, notes string) {
	s, st, w := o.sh.s, o.sh.st, o.sh.s.w
	pointer := "  "
	title = padRight(clip(title, titleW), titleW)
	if i == o.cursor {
		pointer = st.cursor.Render("›") + " "
		title = st.focusLabel.Render(title)
	}
	line = pointer + title + "  "
	if !sr.Applies {
		return line + st.dim.Render(w.T("overview.na")), ""
	}
	// The count is the walk's progress (carried answers count once
	// confirmed); the score is of the answers on file.
	line += padRight(w.T("overview.count", s.confirmedIn(sr.Section), sr.Applicable), countW) + "  "
	switch {
	case !sr.Scored:
		// Weight 0, or nothing in it counts (every scored question not
		// applicable): unanswered questions count, so it never has a
		// score "yet" to come. Its unknowns and estimates still matter:
		// a profile decides what applies.
		return line + st.dim.Render(w.T("overview.unscored")), o.notes(sr)
	case sr.Answered == 0:
		// Unanswered questions score 0, but a section not yet begun
		// reads better as that than as a row of alarms.
		return line + st.dim.Render(w.T("overview.notstarted")), ""
	}
	if showBar {
		line += st.bar(sr.Score/100, barW) + "  "
	}
	return line + padLeft(w.Score(sr.Score), 5), o.notes(sr)
}

// notes is what a section row says besides its score: the must-haves not
// met, and how many answers are "don't know" or estimates.
func (o *overview) notes(sr scoring.SectionResult) string {
	s, w := o.sh.s, o.sh.s.w
	var parts []string
	if sr.CriticalGaps > 0 {
		parts = append(parts, "★ "+w.N("musthave.short", sr.CriticalGaps))
	}
	unknown, est, measured := 0, 0, 0
	for _, qn := range sr.Section.Questions {
		a := s.f.Get(qn.ID)
		if !s.applies[qn.Index] || a == nil {
			continue
		}
		if a.Measured != nil {
			measured++
		}
		if a.IsUnknown(qn) {
			unknown++
		} else if a.Estimate && a.Value.Set {
			est++
		}
	}
	if unknown > 0 {
		parts = append(parts, w.N("unknown.short", unknown))
	}
	if measured > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", measured, w.T("measured.tag")))
	}
	if est > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", est, w.T("est")))
	}
	return strings.Join(parts, " · ")
}

func padLeft(s string, n int) string {
	if w := width1(s); w < n {
		return spaces(n-w) + s
	}
	return s
}

func spaces(n int) string {
	b := make([]byte, max(0, n))
	for i := range b {
		b[i] = ' '
	}
	return string(b)
}

func (o *overview) bindings() []key.Binding {
	km := o.sh.km
	return []key.Binding{km.Down, km.Jump, km.Results, withHelp(o.sh.s.w, km.Overview, "esc", o.sh.s.w.T("key.back")), km.Quit}
}
