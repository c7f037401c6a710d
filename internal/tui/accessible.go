package tui

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// RunAccessible runs the walk-through as plain prompts: no full screen, no
// cursor movement, one prompt per question on out and one line read from
// in. It serves screen readers, which read a plain stream well and a
// redrawn screen badly, and scripts that pipe answers in. It walks the
// same questions as the full-screen mode, following conditions, and saves
// each answer at once. At the end of input it stops cleanly and prints the
// score. It returns an error only when an answer could not be saved.
func RunAccessible(cfg Config, in io.Reader, out io.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), questionnaire.MaxFileSize)
	p := &plain{s: newSession(cfg), sc: sc, out: out, echo: cfg.Echo}
	return p.run()
}

// plain is one plain-mode sitting.
type plain struct {
	s    *session
	sc   *bufio.Scanner
	out  io.Writer
	echo bool
}

func (p *plain) say(format string, args ...any) { fmt.Fprintf(p.out, format+"\n", args...) }

// read prints prompt and reads one line; false at the end of input.
func (p *plain) read(prompt string) (string, bool) {
	fmt.Fprint(p.out, prompt)
	if !p.sc.Scan() {
		fmt.Fprintln(p.out)
		return "", false
	}
	line := strings.TrimRight(p.sc.Text(), "\r")
	if p.echo {
		fmt.Fprintln(p.out, line)
	}
	return line, true
}

func (p *plain) run() error {
	s, w := p.s, p.s.w
	p.say("%s %s", s.text(s.q.Title), s.q.Version)
	if !s.q.Description.IsZero() {
		p.say("%s", s.para(s.q.Description))
	}
	p.say("")
	switch {
	case s.isNew:
		p.say("%s", w.T("start.new", s.path))
	case s.answered == s.applicable:
		p.say("%s", w.T("start.done", s.path))
	default:
		p.say("%s", w.T("start.resume", s.path, s.answered, s.applicable, w.Percent(float64(s.answered)/float64(max(1, s.applicable)))))
	}
	p.say("%s", w.T("acc.intro"))
	p.say("")

	more, err := p.organization()
	if err != nil || !more {
		return p.finish(err, !more)
	}
	if more = p.changes(); !more {
		return p.finish(nil, true)
	}
	for i := s.resumeAt(); i >= 0; i = s.next(i) {
		more, err := p.ask(s.q.Questions[i])
		if err != nil || !more {
			return p.finish(err, !more)
		}
	}
	return p.finish(nil, false)
}

// organization asks for the organization's name when the file has none.
func (p *plain) organization() (bool, error) {
	s, w := p.s, p.s.w
	for strings.TrimSpace(s.f.Organization) == "" {
		line, ok := p.read(w.T("acc.org"))
		if !ok {
			return false, nil
		}
		name := strings.TrimSpace(line)
		if name == "" {
			p.say("%s", w.T("acc.org.empty"))
			continue
		}
		if err := s.setOrganization(name); err != nil {
			return false, err
		}
	}
	return true, nil
}

// changes says what changed in the questionnaire since the answers were
// given and offers to walk only the new and changed questions.
func (p *plain) changes() bool {
	s, w := p.s, p.s.w
	if len(s.changes.Removed) == 0 && s.changedCount() == 0 {
		return true
	}
	p.say("%s", w.T("start.changed", s.changeSummary()))
	if len(s.changes.Removed) > 0 {
		p.say("%s", w.T("start.removed.kept"))
	}
	if s.changedCount() == 0 {
		return true
	}
	line, ok := p.read(w.T("acc.walk", w.N("newchg", s.changedCount())))
	if !ok {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "n", "no", "nej":
		s.walkAll()
	default:
		s.walkChanged()
	}
	return true
}

// ask asks one question until it gets a usable line. It returns false at
// the end of input.
func (p *plain) ask(qn *questionnaire.Question) (bool, error) {
	s, w := p.s, p.s.w
	p.say("")
	head := w.T("acc.question", s.rank[qn.Index], s.applicable, s.text(qn.Section.Title))
	if qn.Critical {
		head += " · " + w.T("acc.critical")
	}
	if tag := s.tags[qn.ID]; tag != "" {
		head += " · " + w.T("tag."+tag)
	}
	p.say("%s", head)
	p.say("%s", s.para(qn.Text))
	if !qn.Evidence.IsZero() {
		p.say("%s", w.T("acc.evidence", s.text(qn.Evidence)))
	}
	for i, o := range qn.Options {
		p.say("  %d. %s", i+1, s.text(o.Label))
	}
	old := s.f.Get(qn.ID)
	if old.Answered() {
		p.say("%s", w.T("acc.current", p.show(qn, old)))
	}
	if old != nil && old.Note != "" {
		p.say("%s", w.T("acc.note", questionnaire.Inert(old.Note, false)))
	}
	prompt := p.prompt(qn)
	for {
		line, ok := p.read(prompt)
		if !ok {
			return false, nil
		}
		t := strings.TrimSpace(line)
		lower := strings.ToLower(t)
		switch {
		case t == "":
			if !old.Answered() {
				p.say("%s", w.T("acc.skipped"))
			}
			return true, nil
		case t == "?":
			p.guidance(qn)
			continue
		case strings.HasPrefix(lower, "note:"):
			a := answers.Answer{}
			if old != nil {
				a = *old
			}
			a.Note = strings.TrimSpace(t[len("note:"):])
			if err := s.put(qn, &a); err != nil {
				return false, err
			}
			old = s.f.Get(qn.ID)
			p.say("%s", w.T("acc.note.saved"))
			continue
		case isNA(lower) && (qn.AllowNA || qn.Type != questionnaire.FreeText):
			if !qn.AllowNA {
				p.say("%s", w.T("acc.no.na"))
				continue
			}
			a := &answers.Answer{NA: true, Note: naReason(t)}
			if a.Note == "" && old != nil {
				a.Note = old.Note
			}
			if err := s.put(qn, a); err != nil {
				return false, err
			}
			p.say("%s", w.T("acc.na.saved"))
			return true, nil
		}
		v, problem := p.parse(qn, t)
		if problem != "" {
			p.say("%s", problem)
			continue
		}
		a := &answers.Answer{Value: v}
		if old != nil {
			a.Note = old.Note
		}
		if err := s.put(qn, a); err != nil {
			return false, err
		}
		p.say("%s", w.T("acc.saved", p.show(qn, a)))
		return true, nil
	}
}

// prompt says what a line may hold for qn.
func (p *plain) prompt(qn *questionnaire.Question) string {
	w := p.s.w
	na := ""
	if qn.AllowNA {
		na = w.T("acc.prompt.na")
	}
	switch qn.Type {
	case questionnaire.YesNo, questionnaire.Single:
		return w.T("acc.prompt.one", len(qn.Options), na)
	case questionnaire.Multi:
		return w.T("acc.prompt.multi", len(qn.Options), na)
	}
	h := hint(w, qn, p.s.f.Date.Format(questionnaire.DateLayout))
	if qn.Type == questionnaire.FreeText {
		h = strings.TrimSpace(strings.SplitN(h, "·", 2)[0])
	}
	if u := p.s.text(qn.Unit); u != "" {
		h += "; " + w.T("acc.unit", u)
	}
	return w.T("acc.prompt.typed", h, na)
}

// parse reads a line as an answer to qn: an option's number or value for
// choices, numbers separated by commas (or spaces) for multi, and the
// typed value otherwise. It returns the reason when the line is refused.
func (p *plain) parse(qn *questionnaire.Question, t string) (answers.Value, string) {
	w := p.s.w
	switch qn.Type {
	case questionnaire.YesNo, questionnaire.Single:
		if v, ok := optionOf(qn, t); ok {
			return answers.Value{Set: true, Choice: v}, ""
		}
		return answers.Value{}, w.T("acc.bad.option", t, len(qn.Options))
	case questionnaire.Multi:
		// The choices are kept in option order, once each, as the
		// full-screen walk-through saves them: "3,1,1" and "1,3" give
		// the same file.
		picked := map[string]bool{}
		for _, part := range strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
			v, ok := optionOf(qn, part)
			if !ok {
				return answers.Value{}, w.T("acc.bad.multi", t, len(qn.Options))
			}
			picked[v] = true
		}
		chosen := []string{}
		for _, o := range qn.Options {
			if picked[o.Value] {
				chosen = append(chosen, o.Value)
			}
		}
		for _, o := range qn.Options {
			if picked[o.Value] && o.Exclusive && len(chosen) > 1 {
				return answers.Value{}, w.T("acc.exclusive", p.s.text(o.Label))
			}
		}
		v, err := answers.CheckChoices(qn, chosen)
		if err != nil {
			return answers.Value{}, err.Error()
		}
		return v, ""
	}
	v, err := p.s.f.ParseText(qn, t)
	if err != nil {
		return answers.Value{}, reason(w, qn, t, err)
	}
	return v, ""
}

// optionOf finds the option a word names: its number, its value, or its
// label, ignoring case; y and j stand for yes, n for no.
func optionOf(qn *questionnaire.Question, t string) (string, bool) {
	if n, err := strconv.Atoi(t); err == nil {
		if n >= 1 && n <= len(qn.Options) {
			return qn.Options[n-1].Value, true
		}
		return "", false
	}
	lower := strings.ToLower(t)
	if qn.Type == questionnaire.YesNo {
		switch lower {
		case "y", "j", "ja":
			lower = "yes"
		case "n", "nej":
			lower = "no"
		}
	}
	for _, o := range qn.Options {
		if strings.ToLower(o.Value) == lower {
			return o.Value, true
		}
	}
	for _, o := range qn.Options {
		for _, l := range []string{o.Label.String(), o.Label.In("sv"), o.Label.In("en")} {
			if strings.ToLower(l) == lower {
				return o.Value, true
			}
		}
	}
	return "", false
}

// isNA reports whether a line answers "not applicable": na, n/a, or na
// followed by the reason.
func isNA(lower string) bool {
	return lower == "na" || lower == "n/a" || strings.HasPrefix(lower, "na:") || strings.HasPrefix(lower, "na ") || strings.HasPrefix(lower, "n/a:") || strings.HasPrefix(lower, "n/a ")
}

// naReason is the reason given after na, if any.
func naReason(t string) string {
	i := strings.IndexAny(t, ": ")
	if i < 0 {
		return ""
	}
	return strings.TrimSpace(strings.TrimLeft(t[i:], ": "))
}

// show writes an answer as a person reads it: option labels, not values.
func (p *plain) show(qn *questionnaire.Question, a *answers.Answer) string {
	if a.NA {
		return p.s.w.T("na")
	}
	label := func(v string) string {
		if o, ok := qn.Option(v); ok {
			return p.s.text(o.Label)
		}
		return questionnaire.Inert(v, false)
	}
	switch qn.Type {
	case questionnaire.YesNo, questionnaire.Single:
		return label(a.Value.Choice)
	case questionnaire.Multi:
		if len(a.Value.Choices) == 0 {
			return "–"
		}
		var out []string
		for _, c := range a.Value.Choices {
			out = append(out, label(c))
		}
		return strings.Join(out, ", ")
	}
	v := questionnaire.Inert(a.Value.Format(qn.Type), false)
	if u := p.s.text(qn.Unit); u != "" && qn.Type == questionnaire.Number {
		v += " " + u
	}
	return v
}

// guidance prints the help of a question (the ? line) as plain text.
func (p *plain) guidance(qn *questionnaire.Question) {
	s, w := p.s, p.s.w
	if qn.Help.IsZero() {
		p.say("%s", w.T("help.none"))
	} else {
		p.say("%s: %s", w.T("help.guidance"), s.para(qn.Help))
	}
	if !qn.Recommendation.IsZero() {
		p.say("%s: %s", w.T("help.recommendation"), s.para(qn.Recommendation))
	}
	for _, id := range qn.References {
		if r := s.q.Reference(id); r != nil {
			p.say("%s: %s %s", w.T("help.references"), s.text(r.Title), questionnaire.Inert(r.URL, false))
		}
	}
}

// finish ends the sitting: it says why, prints the score, and where to get
// the report.
func (p *plain) finish(err error, eof bool) error {
	if err != nil {
		p.say("%s", p.s.w.T("save.failed", err.Error()))
		return err
	}
	s, w := p.s, p.s.w
	p.say("")
	if eof {
		p.say("%s", w.T("acc.eof"))
	} else {
		p.say("%s", w.T("acc.end"))
	}
	if s.isNew {
		return nil // nothing was given, so nothing was written
	}
	p.say("%s", w.T("farewell", s.answered, s.applicable, s.path))
	p.say("")
	writeSummary(p.out, s)
	p.say("")
	p.say("%s", w.T("report.hint", s.reportCmd))
	return nil
}
