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
	heights := make([]int, len(o.sh.s.q.Sections))
	for i := range heights {
		heights[i] = 1
	}
	o.offset, _, _, _ = window(heights, o.cursor, o.offset, o.rowsRoom())
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
	r := s.score()
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
	// Columns: pointer and number, title, answered count, bar, score,
	// must-haves not met, and how much rests on unknowns and estimates.
	// The title takes what the others leave.
	const barW = 10
	countW := 0
	for _, sr := range r.Sections {
		countW = max(countW, width1(w.T("overview.count", s.confirmedIn(sr.Section), sr.Applicable)))
	}
	// The notes take what is left after the title: a section's name
	// matters more than how it stands in words, which its row cuts.
	showBar := width >= 64
	rest := 2 + 2 + countW + 2 + 6
	if showBar {
		rest += barW + 2
	}
	longest, notesW := 0, 0
	for _, sr := range r.Sections {
		longest = max(longest, 4+width1(s.text(sr.Section.Title)))
		if n := o.notes(sr); n != "" {
			notesW = max(notesW, 2+width1(n))
		}
	}
	// The notes (must-haves not met, unknowns, estimates) are kept whole
	// where the title can give way to them down to 20 columns; the score
	// before them is never cut.
	titleW := min(longest, max(10, width-rest))
	if over := rest + titleW + notesW - width; over > 0 {
		titleW = max(min(titleW, 20), titleW-over)
	}
	rows := make([]string, len(r.Sections))
	for i, sr := range r.Sections {
		rows[i] = o.row(i, sr, titleW, countW, showBar, barW)
	}
	heights := make([]int, len(rows))
	for i := range heights {
		heights[i] = 1
	}
	from, to, above, below := window(heights, o.cursor, o.offset, o.rowsRoom())
	if above {
		out = append(out, st.dim.Render("  "+w.T("more.above", from)))
	}
	for _, row := range rows[from:to] {
		out = append(out, clip(row, width))
	}
	if below {
		out = append(out, st.dim.Render("  "+w.T("more.below", len(rows)-to)))
	}
	return out
}

func (o *overview) row(i int, sr scoring.SectionResult, titleW, countW int, showBar bool, barW int) string {
	s, st, w := o.sh.s, o.sh.st, o.sh.s.w
	pointer := "  "
	title := padRight(clip(padLeft(strconv.Itoa(i+1), 2)+"  "+s.text(sr.Section.Title), titleW), titleW)
	if i == o.cursor {
		pointer = st.cursor.Render("›") + " "
		title = st.focusLabel.Render(title)
	}
	line := pointer + title + "  "
	if !sr.Applies {
		return line + st.dim.Render(w.T("overview.na"))
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
		line += st.dim.Render(w.T("overview.unscored"))
		if n := o.notes(sr); n != "" {
			line += "  " + st.warn.Render(n)
		}
		return line
	case sr.Answered == 0:
		// Unanswered questions score 0, but a section not yet begun
		// reads better as that than as a row of alarms.
		return line + st.dim.Render(w.T("overview.notstarted"))
	}
	if showBar {
		line += st.bar(sr.Score/100, barW) + "  "
	}
	line += padLeft(w.Score(sr.Score), 5)
	if n := o.notes(sr); n != "" {
		line += "  " + st.warn.Render(n)
	}
	return line
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
