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
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// targetForm is the small form of the plan screen that sets a target the
// board set (1.2): on what (overall, a section or a question), min, max
// and the date. It is checked by the same rules as `dutycheck target
// set` (answers.TargetInput) and saved at once through the session.
type targetForm struct {
	inputs [4]*textinput.Model // on, min, max, by
	field  int
	err    string
}

// targetKey opens the form on the plan screen.
var targetKey = key.NewBinding(key.WithKeys("t"))

func newTargetForm(sh *shell, on string, old *answers.Target) *targetForm {
	tf := &targetForm{}
	for i := range tf.inputs {
		in := textinput.New()
		sh.st.styleInput(&in)
		in.Prompt = ""
		in.CharLimit = 120
		_ = in.Cursor.SetMode(cursor.CursorStatic)
		tf.inputs[i] = &in
	}
	tf.inputs[0].SetValue(on)
	tf.inputs[3].Placeholder = sh.s.w.T("plan.dueformat")
	if old != nil {
		if old.Min != nil {
			tf.inputs[1].SetValue(old.Min.Format())
		}
		if old.Max != nil {
			tf.inputs[2].SetValue(old.Max.Format())
		}
		tf.inputs[3].SetValue(old.By.Format(questionnaire.DateLayout))
	}
	return tf
}

// openTarget opens the form for the gap under the cursor: on its question
// when it can carry a target, else on the overall score.
func (p *planView) openTarget(g *scoring.Gap) tea.Cmd {
	q, f := p.sh.s.q, p.sh.s.f
	on, scope := string(answers.ScopeOverall), answers.ScopeOverall
	if g != nil && answers.CheckQuestionTarget(g.Question) == nil {
		on, scope = g.Question.ID, answers.ScopeQuestion
		if answers.TargetSection(q, on) != nil {
			on = "question:" + on
		}
	}
	id := ""
	if scope == answers.ScopeQuestion {
		id = g.Question.ID
	}
	p.target = newTargetForm(p.sh, on, f.Targets.Get(scope, id))
	p.target.field = 1
	return p.target.focus()
}

func (tf *targetForm) focus() tea.Cmd {
	var cmd tea.Cmd
	for i, in := range tf.inputs {
		if i == tf.field {
			cmd = in.Focus()
		} else {
			in.Blur()
		}
	}
	return cmd
}

// updateTarget handles a key while the form is open.
func (p planView) updateTarget(k tea.KeyMsg) (planView, tea.Cmd) {
	km, tf := p.sh.km, p.target
	switch {
	case key.Matches(k, km.Cancel):
		p.target = nil
		return p, nil
	case key.Matches(k, km.Confirm):
		return p, p.saveTarget()
	case k.Type == tea.KeyTab || k.Type == tea.KeyDown:
		tf.field = (tf.field + 1) % len(tf.inputs)
		return p, tf.focus()
	case k.Type == tea.KeyShiftTab || k.Type == tea.KeyUp:
		tf.field = (tf.field + len(tf.inputs) - 1) % len(tf.inputs)
		return p, tf.focus()
	}
	var cmd tea.Cmd
	*tf.inputs[tf.field], cmd = tf.inputs[tf.field].Update(k)
	tf.err = ""
	return p, cmd
}

// saveTarget checks the form as `target set` does and saves the target;
// a refusal keeps the form open with the reason under it.
func (p *planView) saveTarget() tea.Cmd {
	s, tf := p.sh.s, p.target
	val := func(i int) string { return strings.TrimSpace(tf.inputs[i].Value()) }
	in := answers.TargetInput{On: val(0), Min: val(1), Max: val(2), By: val(3)}
	scope, id, t, err := in.Parse(s.q)
	if err != nil {
		tf.err = targetErrText(s.w, err)
		return nil
	}
	err = s.setTarget(scope, id, t)
	p.sh.saved(err)
	if err != nil {
		return nil
	}
	p.target = nil
	return nil
}

// setTarget records a target and saves, as setAction records an action.
func (s *session) setTarget(scope answers.TargetScope, id string, t *answers.Target) error {
	s.f.SetTarget(scope, id, t)
	s.result = nil
	return s.persist()
}

// targetPanel is the form, in place of the action panel.
func (p *planView) targetPanel() []string {
	st, w, tf := p.sh.st, p.sh.s.w, p.target
	width := p.width
	out := []string{st.rule.Render(strings.Repeat("─", width)), st.bold.Render(clip(w.T("target.form"), width))}
	labels := []string{w.T("target.form.on"), w.T("target.form.min"), w.T("target.form.max"), w.T("target.form.by")}
	for i, in := range tf.inputs {
		pointer, l := "  ", padRight(labels[i], planLabelW)
		if i == tf.field {
			pointer, l = st.cursor.Render("›")+" ", st.accent.Render(l)
		} else {
			l = st.dim.Render(l)
		}
		out = append(out, clip(pointer+l+in.View(), width))
	}
	if tf.err != "" {
		for _, l := range wrap("! "+tf.err, width-2) {
			out = append(out, "  "+st.err.Render(l))
		}
	}
	return out
}

// targetLines are the targets on the gap's question, for the action panel.
func (p *planView) targetLines(g scoring.Gap) []string {
	st, w := p.sh.st, p.sh.s.w
	var out []string
	for _, t := range p.sh.s.summary().Targets {
		if t.Scope == string(answers.ScopeQuestion) && t.ID == g.Question.ID {
			out = append(out, st.dim.Render(clip(w.T("target.label", t.Line), p.width)))
		}
	}
	return out
}

// endTargets is the end screen's block of targets: each with its limit,
// the figure now and its state, wrapped to the width.
func endTargets(st styles, sum *summary.Summary, width int) []line {
	if len(sum.Targets) == 0 {
		return nil
	}
	out := []line{{}, {text: st.bold.Render(clip(sum.P.T("target.title"), width)), heading: true}}
	for _, t := range sum.Targets {
		for i, l := range wrap(inert.Line(t.What+": "+t.Line), width-2) {
			lead := "  "
			if i == 0 {
				lead = "· "
			}
			if t.State == summary.TargetMissed {
				l = st.warn.Render(l)
			}
			out = append(out, line{text: lead + l})
		}
	}
	return out
}

// targetErrText says why a target was refused in the walk-through's
// language, the field it is in first ("At least: …").
func targetErrText(w words, err error) string {
	var te *answers.TargetError
	if !errors.As(err, &te) {
		return err.Error()
	}
	text := summary.TargetProblem(w, te)
	if te.Field != "" {
		text = w.T(map[string]l10n.Key{"min": "target.form.min", "max": "target.form.max", "by": "target.form.by"}[te.Field]) + ": " + text
	}
	return text
}
