package tui

import (
	"errors"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// planField is a field of an action on the plan screen.
type planField int

const (
	fieldOwner planField = iota
	fieldDue
	fieldStatus
	fieldDoneWhen
	fieldApprovedBy
)

// planView is the plan screen (docs/walk-through.md), reached from the
// results with p: the gaps in plan order, must-have duties first, each
// with its action (owner, due date, status, "done when"). Enter edits the
// action of the gap under the cursor; enter again checks it (a date that
// is a date, an accepted risk that says who accepted it) and saves it at
// once through the session, as every answer is saved.
type planView struct {
	sh     *shell
	cursor int
	offset int

	editing bool
	field   planField
	// inputs are the typed fields: owner, due, done when, approved by.
	inputs map[planField]*textinput.Model
	status answers.ActionStatus
	err    string
	// pastDue is a due date before the assessment date that the user was
	// warned of: enter again with the same date keeps it.
	pastDue string
	// target is the open form that sets a target (t), or nil.
	target *targetForm

	width, height int
}

func newPlan(sh *shell) planView {
	p := planView{sh: sh, inputs: map[planField]*textinput.Model{}}
	for _, f := range []planField{fieldOwner, fieldDue, fieldDoneWhen, fieldApprovedBy} {
		in := textinput.New()
		sh.st.styleInput(&in)
		in.Prompt = ""
		in.CharLimit = 300
		_ = in.Cursor.SetMode(cursor.CursorStatic)
		p.inputs[f] = &in
	}
	p.inputs[fieldDue].Placeholder = sh.s.w.T("plan.dueformat")
	p.inputs[fieldDue].CharLimit = 10
	return p
}

func (p *planView) gaps() []scoring.Gap { return p.sh.s.score().Gaps }

// open shows the plan with the cursor on the first gap.
func (p *planView) open() {
	p.cursor, p.offset, p.editing, p.err, p.target = 0, 0, false, "", nil
}

func (p *planView) resize(width, height int) {
	p.width, p.height = width, height
	for _, in := range p.inputs {
		in.Width = max(10, width-planLabelW-4)
	}
}

// planLabelW is the width of the field labels of the action panel.
const planLabelW = 12

func (p planView) update(msg tea.Msg) (planView, tea.Cmd) {
	km := p.sh.km
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return p, nil
	}
	gaps := p.gaps()
	if p.target != nil {
		return p.updateTarget(k)
	}
	if p.editing {
		return p.edit(k, gaps)
	}
	switch {
	case key.Matches(k, km.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(k, km.Down):
		p.cursor = max(0, min(len(gaps)-1, p.cursor+1))
	case key.Matches(k, km.Edit) && len(gaps) > 0:
		return p, p.startEdit(gaps[p.cursor])
	case key.Matches(k, targetKey):
		var g *scoring.Gap
		if len(gaps) > 0 {
			g = &gaps[p.cursor]
		}
		return p, p.openTarget(g)
	case key.Matches(k, km.Cancel), key.Matches(k, km.Back):
		return p, p.sh.show(endScreen)
	}
	return p, nil
}

// startEdit fills the fields from the gap's action and focuses the owner.
func (p *planView) startEdit(g scoring.Gap) tea.Cmd {
	a := g.Action
	if a == nil {
		a = &answers.Action{Status: answers.ActionOpen}
	}
	p.inputs[fieldOwner].SetValue(inert.Line(a.Owner))
	due := ""
	if !a.Due.IsZero() {
		due = a.Due.Format(questionnaire.DateLayout)
	}
	p.inputs[fieldDue].SetValue(due)
	p.inputs[fieldDoneWhen].SetValue(inert.Line(a.DoneWhen))
	p.inputs[fieldApprovedBy].SetValue(inert.Line(a.ApprovedBy))
	p.status = a.Status
	if p.status == "" {
		p.status = answers.ActionOpen
	}
	p.editing, p.err = true, ""
	return p.focusField(fieldOwner)
}

func (p *planView) focusField(f planField) tea.Cmd {
	p.field = f
	var cmd tea.Cmd
	for g, in := range p.inputs {
		if g == f {
			cmd = in.Focus()
		} else {
			in.Blur()
		}
	}
	return cmd
}

// fields lists the fields of the action being edited: approved by only
// for an accepted risk, which needs it.
func (p *planView) fields() []planField {
	out := []planField{fieldOwner, fieldDue, fieldStatus, fieldDoneWhen}
	if p.status == answers.ActionRiskAccepted {
		out = append(out, fieldApprovedBy)
	}
	return out
}

func (p planView) edit(k tea.KeyMsg, gaps []scoring.Gap) (planView, tea.Cmd) {
	km := p.sh.km
	fields := p.fields()
	at := 0
	for i, f := range fields {
		if f == p.field {
			at = i
		}
	}
	switch {
	case key.Matches(k, km.Cancel):
		p.editing, p.err = false, ""
		return p, p.focusField(-1)
	case key.Matches(k, km.Confirm):
		return p, p.save(gaps[p.cursor])
	case key.Matches(k, km.Next):
		return p, p.focusField(fields[(at+1)%len(fields)])
	case key.Matches(k, km.Prev):
		return p, p.focusField(fields[(at+len(fields)-1)%len(fields)])
	case p.field == fieldStatus && key.Matches(k, km.Cycle):
		p.status = cycleStatus(p.status, k.Type == tea.KeyLeft)
		p.err = ""
		return p, nil
	}
	in, ok := p.inputs[p.field]
	if !ok {
		return p, nil
	}
	var cmd tea.Cmd
	*in, cmd = in.Update(k)
	p.err = ""
	return p, cmd
}

// cycleStatus is the status after st, or before it when back is set.
func cycleStatus(st answers.ActionStatus, back bool) answers.ActionStatus {
	all := answers.ActionStatuses
	i := 0
	for j, s := range all {
		if s == st {
			i = j
		}
	}
	if back {
		return all[(i+len(all)-1)%len(all)]
	}
	return all[(i+1)%len(all)]
}

// save checks the action being edited and saves it at once. A refused
// field keeps the focus, with the reason under the panel.
func (p *planView) save(g scoring.Gap) tea.Cmd {
	s, w := p.sh.s, p.sh.s.w
	val := func(f planField) string { return strings.TrimSpace(p.inputs[f].Value()) }
	old := g.Action
	a := &answers.Action{Status: p.status, Owner: keepRaw(old, val(fieldOwner), func(a *answers.Action) string { return a.Owner }),
		DoneWhen: keepRaw(old, val(fieldDoneWhen), func(a *answers.Action) string { return a.DoneWhen })}
	if a.Status == answers.ActionRiskAccepted {
		a.ApprovedBy = keepRaw(old, val(fieldApprovedBy), func(a *answers.Action) string { return a.ApprovedBy })
	}
	if due := val(fieldDue); due != "" {
		d, err := questionnaire.ParseDate(due)
		switch {
		case err != nil:
			p.err = w.T("plan.baddue", due)
			return p.focusField(fieldDue)
		case d.Before(answers.Earliest):
			p.err = w.T("plan.earlydue", due, answers.Earliest.Format(questionnaire.DateLayout))
			return p.focusField(fieldDue)
		}
		a.Due = d
	}
	if warn := p.warnPastDue(a, old); warn != "" {
		p.err = warn
		return p.focusField(fieldDue)
	}
	if err := answers.CheckAction(a); err != nil {
		p.err = refusal(w, nil, err)
		var ae *answers.ActionError
		if errors.As(err, &ae) && ae.Kind == answers.ActionNoApprover {
			return p.focusField(fieldApprovedBy)
		}
		return nil
	}
	if a.Owner == "" && a.Due.IsZero() && a.DoneWhen == "" && a.Status == answers.ActionOpen {
		a = nil // nothing planned: no entry
	}
	if old == nil && a == nil {
		p.editing = false
		return p.focusField(-1)
	}
	err := s.setAction(g.Question.ID, a)
	p.sh.saved(err)
	if err != nil {
		return nil
	}
	// What was said while editing (a past due date to confirm) is done
	// with once the action is saved.
	p.err = ""
	p.editing = false
	return p.focusField(-1)
}

// keepRaw is the value to save for a text field: the one on file when the
// field still shows it (made safe to print, it may differ from what was
// written), else what was typed.
func keepRaw(old *answers.Action, typed string, get func(*answers.Action) string) string {
	if old != nil && typed == strings.TrimSpace(inert.Line(get(old))) {
		return get(old)
	}
	return typed
}

func (p *planView) view() []string {
	st, w := p.sh.st, p.sh.s.w
	width := p.width
	gaps := p.gaps()
	critical := 0
	for _, g := range gaps {
		if g.Critical {
			critical++
		}
	}
	must := w.N("musthave", critical)
	if critical == 0 {
		must = w.T("plan.musthave.none")
	}
	title := w.T("plan.title", w.N("gap", len(gaps)), must)
	out := []string{st.title.Render(clip(title, width)), ""}
	if len(gaps) == 0 {
		out = append(out, st.ok.Render(clip(w.T("end.nogaps"), width)))
		if p.target != nil {
			out = append(append(out, ""), p.targetPanel()...)
		}
		return out
	}
	p.cursor = min(p.cursor, len(gaps)-1)
	panel := p.panel(gaps[p.cursor])
	if p.target != nil {
		panel = p.targetPanel()
	}
	room := max(3, p.height-len(out)-len(panel)-1)

	// Rows, with a heading before the must-haves and before the others;
	// a heading never stands without its first row.
	type row struct {
		lines []string
		gap   int // -1 for a heading
	}
	var rows []row
	// Rows are alike: all on one line, or all on two when one line
	// would cut a question.
	two := false
	for _, g := range gaps {
		two = two || !p.fitsOneLine(g)
	}
	for i, g := range gaps {
		if i == 0 && g.Critical {
			rows = append(rows, row{[]string{st.warn.Render(clip(w.T("end.musthave", critical), width))}, -1})
		}
		if !g.Critical && (i == 0 || gaps[i-1].Critical) {
			rows = append(rows, row{[]string{st.bold.Render(clip(w.T("plan.other", len(gaps)-critical), width))}, -1})
		}
		rows = append(rows, row{p.row(i, g, two), i})
	}
	heights := make([]int, len(rows))
	cur := 0
	for i, r := range rows {
		heights[i] = len(r.lines)
		if r.gap == p.cursor {
			cur = i
		}
	}
	if cur > 0 && rows[cur-1].gap < 0 && p.offset == cur {
		p.offset = cur - 1 // keep the heading above its first row
	}
	from, to, above, below := window(heights, cur, p.offset, room)
	if from > 0 && rows[from-1].gap < 0 && cur == from {
		from--
	}
	if to > from && rows[to-1].gap < 0 {
		to-- // a heading at the bottom waits for its rows
		below = true
	}
	p.offset = from
	if above {
		out = append(out, st.dim.Render("  "+w.T("more.above", from)))
	}
	for _, r := range rows[from:to] {
		out = append(out, r.lines...)
	}
	if below {
		out = append(out, st.dim.Render("  "+w.T("more.below", len(rows)-to)))
	}
	out = append(out, "")
	return append(out, panel...)
}

// row is one gap in the list: the must-have mark or the points lost, the
// question, and its action in a few words; with the question's id, which
// plan set takes. Where one line would cut the question short (an
// 80-column terminal), the question has a line of its own and the id,
// points and action go on a second.
func (p *planView) row(i int, g scoring.Gap, two bool) []string {
	s, st := p.sh.s, p.sh.st
	pointer := "  "
	if i == p.cursor {
		pointer = st.cursor.Render("›") + " "
	}
	mark := "· "
	if g.Critical {
		mark = st.warn.Render("★ ")
	}
	// The gap as every other output names it: its finding where the
	// questionnaire gives one, else the question.
	plain := s.text(g.Question.Text)
	if sg := s.summary().Gap(g.Question.ID); sg != nil && sg.Text != "" {
		plain = inert.Line(sg.Text)
	}
	right := p.rowRight(g)
	if !two {
		text := plain
		if i == p.cursor {
			text = st.focusLabel.Render(text)
		}
		return []string{pointer + mark + spread(text, st.dim.Render(right), p.width-4)}
	}
	text := clip(plain, p.width-4)
	if i == p.cursor {
		text = st.focusLabel.Render(text)
	}
	return []string{pointer + mark + text, "    " + st.dim.Render(clip(right, p.width-4))}
}

// panel shows the action of the gap under the cursor, as fields; they
// take keys while editing.
func (p *planView) panel(g scoring.Gap) []string {
	s, st, w := p.sh.s, p.sh.st, p.sh.s.w
	width := p.width
	out := []string{st.rule.Render(strings.Repeat("─", width))}
	head := s.text(g.Question.Text)
	if g.Critical {
		head = "★ " + head + " · " + w.T("plan.musthave")
	}
	// The whole question, wrapped, and its id for plan set; at most
	// three lines, so that the fields keep their room.
	// On a short screen (24 lines) two lines and one of recommendation,
	// so that the list keeps room for more than a couple of gaps.
	maxHead, maxRec := 3, 2
	if p.height < 30 {
		maxHead, maxRec = 2, 1
	}
	heads := wrap(head, width)
	if len(heads) > maxHead {
		heads = append(heads[:maxHead-1], clip(strings.Join(heads[maxHead-1:], " "), width))
	}
	// The id is never cut: after the question where it fits, else on the
	// last line in place of the question's end.
	id := "[" + g.Question.ID + "]"
	last := heads[len(heads)-1]
	switch {
	case width1(last)+1+width1(id) <= width:
		heads[len(heads)-1] = last + " " + id
	case len(heads) < maxHead:
		heads = append(heads, id)
	default:
		heads[len(heads)-1] = clip(last, max(1, width-1-width1(id))) + " " + id
	}
	for _, l := range heads {
		out = append(out, st.bold.Render(l))
	}
	if g.Unknown {
		// Not known is a different action from not done: measure first.
		out = append(out, st.warn.Render(clip(w.T("plan.measure"), width)))
	}
	if rec := s.text(g.Recommendation); rec != "" {
		recs := wrap(rec, width)
		if len(recs) > maxRec {
			recs = append(recs[:maxRec-1], clip(strings.Join(recs[maxRec-1:], " "), width))
		}
		for _, l := range recs {
			out = append(out, st.dim.Render(l))
		}
	}
	out = append(out, p.targetLines(g)...)
	a := g.Action
	if a == nil {
		a = &answers.Action{Status: answers.ActionOpen}
	}
	field := func(f planField, label, shown string) {
		pointer := "  "
		l := padRight(label, planLabelW)
		if p.editing && p.field == f {
			pointer = st.cursor.Render("›") + " "
			l = st.accent.Render(l)
		} else {
			l = st.dim.Render(l)
		}
		out = append(out, clip(pointer+l+shown, width))
	}
	show := func(f planField, fromFile string) string {
		if p.editing {
			return p.inputs[f].View()
		}
		if fromFile == "" {
			return st.dim.Render("–")
		}
		return inert.Line(fromFile)
	}
	due, overdue := "", ""
	if !a.Due.IsZero() {
		due = a.Due.Format(questionnaire.DateLayout)
		if g.Overdue && !p.editing {
			// Styled after show: show makes the date inert, and an inert
			// styled word would print its escape codes as text.
			overdue = " · " + st.warn.Render(w.T("plan.overdue"))
		}
	}
	status := a.Status
	if p.editing {
		status = p.status
	}
	field(fieldOwner, w.T("plan.owner"), show(fieldOwner, a.Owner))
	field(fieldDue, w.T("plan.duelabel"), show(fieldDue, due)+overdue)
	statusText := w.ActionStatus(string(status))
	if p.editing && p.field == fieldStatus {
		statusText = "‹ " + statusText + " ›"
	}
	field(fieldStatus, w.T("plan.statuslabel"), statusText)
	field(fieldDoneWhen, w.T("plan.donewhen"), show(fieldDoneWhen, a.DoneWhen))
	if status == answers.ActionRiskAccepted {
		field(fieldApprovedBy, w.T("plan.approvedbylabel"), show(fieldApprovedBy, a.ApprovedBy))
	}
	if p.err != "" {
		for _, l := range wrap("! "+p.err, width-2) {
			out = append(out, "  "+st.err.Render(l))
		}
	}
	return out
}

func (p *planView) bindings() []key.Binding {
	km, w := p.sh.km, p.sh.s.w
	if p.editing {
		out := []key.Binding{withHelp(w, km.Confirm, "enter", w.T("key.save")), km.Next}
		if p.field == fieldStatus {
			out = append(out, km.Cycle)
		}
		return append(out, km.Cancel, km.Quit)
	}
	if p.target != nil {
		return []key.Binding{withHelp(w, km.Confirm, "enter", w.T("key.save")), km.Next, km.Cancel, km.Quit}
	}
	return []key.Binding{km.Down, km.Edit, withHelp(w, targetKey, "t", w.T("key.target")), withHelp(w, km.Cancel, "esc", w.T("key.results")), km.Quit}
}

// rowRight is what a gap's row says beside the question: its id, the
// points it costs (none for a must-have) and its action in a few words.
func (p *planView) rowRight(g scoring.Gap) string {
	right := ""
	if sg := p.sh.s.summary().Gap(g.Question.ID); sg != nil {
		right = inert.Line(sg.Action.Line)
		if sg.PointsText != "" {
			right = sg.PointsText + " · " + right
		}
	}
	return g.Question.ID + " · " + right
}

// fitsOneLine reports whether a gap's question and rowRight fit on one
// line of the list uncut.
func (p *planView) fitsOneLine(g scoring.Gap) bool {
	return width1(p.sh.s.text(g.Question.Text))+2+width1(p.rowRight(g)) <= p.width-4
}
