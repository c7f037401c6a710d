package tui

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/measuredtext"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// RunAccessible runs the walk-through as plain prompts: no full screen, no
// cursor movement, one prompt per question on out and one line read from
// in. It serves screen readers, which read a plain stream well and a
// redrawn screen badly, and scripts that pipe answers in. It walks the
// same questions as the full-screen mode, following conditions. At the end
// of input it stops cleanly and prints the score. It returns an error only
// when an answer could not be saved.
//
// Answers are saved before it waits for input: a person typing has every
// answer saved before the next prompt waits, as in the full-screen mode.
// Lines piped in faster than they are answered are answered in a batch
// and saved once, at the latest every commitEvery, so that a walk of n
// piped answers costs O(n), not n saves of the whole file. What it prints
// is held back until the save that covers it is done: "Saved: …" is true
// when it shows. A hard kill (SIGKILL, power loss) can lose the piped
// answers read since the last save, at most commitEvery's worth.
//
// An interrupt, SIGTERM or SIGHUP ends it like the end of input: what was
// answered is saved, and the command returns normally, so the lock on the
// answers file is released rather than left behind.
func RunAccessible(cfg Config, in io.Reader, out io.Writer) error {
	lines, done := make(chan inputLine, readAhead), make(chan struct{})
	defer close(done)
	go readLines(bufio.NewReader(in), lines, done)
	sig, stop := catchQuit()
	defer stop()
	p := &plain{s: newSession(cfg), lines: lines, sig: sig, real: out, echo: cfg.Echo, now: time.Now}
	p.out = &p.held
	p.s.lazy = true
	p.s.dirty = func() { p.claim = p.held.Len() }
	p.saved = p.now()
	return p.run()
}

// readAhead is how many input lines are read ahead of the walk: enough
// for a pipe to be answered in batches.
const readAhead = 256

// commitEvery bounds how long piped answers go unsaved: a quarter of a
// second, or eight times as long as the last save took when that is
// longer (a file so large that one save takes over 30 ms), so that saving
// never takes more than an eighth of a piped walk's time.
const commitEvery = 250 * time.Millisecond

// unsavedFor is how long piped answers may go unsaved now.
func (p *plain) unsavedFor() time.Duration { return max(commitEvery, 8*p.saveCost) }

// plain is one plain-mode sitting.
type plain struct {
	s *session
	// lines are the input's lines, read ahead by a goroutine so that a
	// signal can end the wait for one.
	lines <-chan inputLine
	sig   <-chan os.Signal
	// stopped is set when a signal ended the sitting; signal is which.
	stopped bool
	signal  os.Signal
	// out is where the sitting writes: held, which goes to real once
	// the answers it speaks of are saved (commit). claim is how much of
	// held was written before the first change not saved yet.
	out   io.Writer
	held  bytes.Buffer
	real  io.Writer
	claim int
	// failed is the save that failed and ended the sitting; saved is
	// when the file was last saved (or the sitting began).
	failed error
	saved  time.Time
	// saveCost is how long the last save took.
	saveCost time.Duration
	now      func() time.Time
	echo     bool
	// applicable is how many questions applied when the last question was
	// asked, so that a count that a profile answer changed is explained.
	applicable int
}

// maxInputLine is the longest answer line read, in bytes: no answer or
// note needs more, and an answers file is at most 1 MiB anyway.
const maxInputLine = 64 * 1024

// inputLine is one line of input; tooLong marks a line over maxInputLine,
// whose text was dropped.
type inputLine struct {
	text    string
	tooLong bool
}

// readLines sends the lines of r, without their ends, until r ends or done
// closes. A line over maxInputLine is read to its end and sent as tooLong,
// so that the lines after it still arrive.
func readLines(r *bufio.Reader, lines chan<- inputLine, done <-chan struct{}) {
	defer close(lines)
	for {
		var buf []byte
		long, eof := false, false
		for {
			chunk, isPrefix, err := r.ReadLine()
			if err != nil {
				eof = true
				break
			}
			if !long && len(buf)+len(chunk) <= maxInputLine {
				buf = append(buf, chunk...)
			} else {
				long, buf = true, nil
			}
			if !isPrefix {
				break
			}
		}
		if eof && buf == nil && !long {
			return
		}
		select {
		case lines <- inputLine{text: string(buf), tooLong: long}:
		case <-done:
			return
		}
		if eof {
			return
		}
	}
}

func (p *plain) say(format string, args ...any) { fmt.Fprintf(p.out, format+"\n", args...) }

// commit saves what is unsaved and then shows what was held back. When
// the save fails, only what was written before the first unsaved change
// shows, then why: the sitting ends there.
func (p *plain) commit() error {
	start, saving := p.now(), p.s.unsaved
	if err := p.s.flush(); err != nil {
		if p.failed == nil {
			_, _ = p.real.Write(p.held.Bytes()[:min(p.claim, p.held.Len())])
			p.held.Reset()
			p.failed = err
		}
		return err
	}
	p.saved = p.now()
	if saving {
		p.saveCost = p.saved.Sub(start)
	}
	_, _ = p.real.Write(p.held.Bytes())
	p.held.Reset()
	return nil
}

// read prints prompt and reads one line; false at the end of input, or
// when a save failed.
func (p *plain) read(prompt string) (string, bool) {
	fmt.Fprint(p.out, prompt)
	var line string
	for {
		l, ok, sg, err := p.next()
		switch {
		case err != nil:
			return "", false
		case sg != nil:
			p.stopped, p.signal = true, sg
			fmt.Fprintln(p.out)
			return "", false
		case !ok:
			fmt.Fprintln(p.out)
			return "", false
		case l.tooLong:
			// Refused and asked again: ending the walk here would
			// drop every answer piped after it.
			fmt.Fprintln(p.out)
			p.say("%s", p.s.w.T("acc.tooLong", maxInputLine))
			fmt.Fprint(p.out, prompt)
			continue
		}
		line = l.text
		break
	}
	line = strings.TrimRight(line, "\r")
	if p.echo {
		// The echo is the input shown back, so it is shown inert: a
		// piped line must not clear the screen or write the clipboard.
		fmt.Fprintln(p.out, inert.Line(line))
	}
	return line, true
}

// lineGrace is how long a line may take to arrive before the walk counts
// as waiting for input and saves. A line piped in arrives in microseconds
// once the goroutine reading it runs, which on a busy machine may take a
// few milliseconds; a person takes far longer than this to type the next.
const lineGrace = 10 * time.Millisecond

// next waits for the next input line (ok false at the end of input) or
// a signal. It saves first (commit) when it would wait: when no line comes
// within lineGrace, or when piped answers have gone unsaved for too long.
func (p *plain) next() (l inputLine, ok bool, sg os.Signal, err error) {
	if p.now().Sub(p.saved) >= p.unsavedFor() {
		if err := p.commit(); err != nil {
			return l, false, nil, err
		}
	}
	if l, ok, sg, got := p.receive(lineGrace); got {
		return l, ok, sg, nil
	}
	if err := p.commit(); err != nil {
		return l, false, nil, err
	}
	l, ok, sg, _ = p.receive(0)
	return l, ok, sg, nil
}

// receive waits for a line or a signal, at most wait (0: for ever); got
// is false when the time ran out.
func (p *plain) receive(wait time.Duration) (l inputLine, ok bool, sg os.Signal, got bool) {
	var timeout <-chan time.Time
	if wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		timeout = t.C
	}
	select {
	case l, ok = <-p.lines:
		return l, ok, nil, true
	case sg = <-p.sig:
		return l, false, sg, true
	case <-timeout:
		return l, false, nil, false
	}
}

func (p *plain) run() error {
	s, w := p.s, p.s.w
	p.say("%s %s", s.text(s.q.Title), s.q.Version)
	if !s.q.Description.IsZero() {
		p.say("%s", s.para(s.q.Description))
	}
	p.say("")
	from := s.fromLine()
	switch {
	case from != "":
		p.say("%s", from)
	case s.isNew:
		p.say("%s", w.T("start.new", s.shownPath()))
	case s.confirmed() == s.applicable:
		p.say("%s", w.T("start.done", s.shownPath()))
	default:
		p.say("%s", w.T("start.resume", s.shownPath(), s.confirmed(), s.applicable, w.Percent(s.share())))
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
	old := s.f.Get(qn.ID)
	p.present(qn, old)
	prompt := p.prompt(qn)
	// replacing is the line that would replace a measured answer, said
	// once: the same line again replaces it (see mayReplace).
	replacing := ""
	mayReplace := func(t string, a *answers.Answer) bool {
		if old == nil || old.Measured == nil || a.Measured != nil {
			return true
		}
		if replacing != t {
			replacing = t
			p.say("%s", inert.Line(w.T("acc.measured.replace", measuredtext.Of(w, old, qn))))
			return false
		}
		return true
	}
	for {
		line, ok := p.read(prompt)
		if !ok {
			return false, nil
		}
		t := strings.TrimSpace(line)
		lower := strings.ToLower(t)
		// A line is the whole answer: without ~ its value is no
		// estimate. It gives no note, only the reason after dk or na;
		// without one the note on file stays.
		e := answers.Entry{Estimate: answers.EstimateNo}
		if old != nil {
			e.Note = old.Note
		}
		switch {
		case t == "":
			if !old.Answered() {
				p.say("%s", w.T("acc.skipped"))
				return true, nil
			}
			// Keeping the answer on file confirms it, as enter does on
			// the full screen: it is saved to this questionnaire's
			// version, wording and id, and an answer carried from the
			// earlier assessment or given to a changed question is no
			// longer to confirm.
			tagged := s.tags[qn.ID] != ""
			a := *old
			if err := s.put(qn, &a); err != nil {
				return false, err
			}
			if tagged {
				p.say("%s", w.T("acc.saved", p.show(qn, old)))
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
		case evidenceCommand(lower) != "":
			if err := p.evidence(qn, t[len(evidenceCommand(lower)):]); err != nil {
				return false, err
			}
			old = s.f.Get(qn.ID)
			continue
		case t == "~":
			// Marks the value on file as an estimate.
			if old == nil || !old.Value.Set {
				p.say("%s", w.T("estimate.novalue"))
				continue
			}
			if old.Measured != nil {
				p.say("%s", w.T("measured.noestimate"))
				continue
			}
			if err := s.markEstimate(qn, true); err != nil {
				return false, err
			}
			p.say("%s", w.T("acc.saved", p.show(qn, old)))
			return true, nil
		case isUnknown(lower):
			e.Unknown = true
			if r := unknownReason(t); r != "" {
				e.Note = r
			}
		case isNA(lower) && (qn.AllowNA || qn.Type != questionnaire.FreeText):
			e.NA = true
			if r := naReason(t); r != "" {
				e.Note = r
			}
		default:
			// A value followed by ~ is an estimate: "6h ~".
			if qn.Type != questionnaire.FreeText && strings.HasSuffix(t, "~") {
				t, e.Estimate = strings.TrimSpace(strings.TrimSuffix(t, "~")), answers.EstimateYes
			}
			if problem := p.value(qn, t, &e); problem != "" {
				p.say("%s", problem)
				continue
			}
		}
		a, err := s.f.Enter(qn, e, s.lang)
		if err != nil {
			p.say("%s", refusal(w, qn, err))
			continue
		}
		if !mayReplace(t, a) {
			continue
		}
		if err := s.put(qn, a); err != nil {
			return false, err
		}
		if a.NA {
			p.say("%s", w.T("acc.na.saved"))
			return true, nil
		}
		p.say("%s", w.T("acc.saved", p.show(qn, a)))
		if e.Unknown {
			return true, nil
		}
		return p.reviewNote(qn)
	}
}

// present says question qn: where it stands in the walk, what changed,
// its text and options, and the answer, note and evidence on file (old).
func (p *plain) present(qn *questionnaire.Question, old *answers.Answer) {
	s, w := p.s, p.s.w
	p.say("")
	if p.applicable != 0 && p.applicable != s.applicable {
		p.say("%s", w.T("applies.count", s.applicable, len(s.q.Questions)))
	}
	p.applicable = s.applicable
	head := w.T("acc.question", s.rankOf(qn.Index), s.applicable, s.text(qn.Section.Title))
	if qn.Critical {
		head += " · " + w.T("acc.musthave")
	}
	if tag := s.tags[qn.ID]; tag != "" {
		head += " · " + w.T(l10n.Key("tag."+tag))
	}
	p.say("%s", head)
	for _, l := range s.whatChanged(qn, 1<<20) {
		p.say("%s", l)
	}
	p.say("%s", s.para(qn.Text))
	if !qn.Evidence.IsZero() {
		p.say("%s", w.T("acc.evidence", s.text(qn.Evidence)))
	}
	for i, o := range qn.Options {
		p.say("  %d. %s", i+1, s.text(o.Label))
	}
	if old.Answered() {
		p.say("%s", w.T("acc.current", p.show(qn, old)))
		if line := measuredtext.Of(w, old, qn); line != "" {
			p.say("%s", inert.Line(line))
		}
	} else if v := old.OrphanValue(); v != "" {
		p.say("%s", w.T("acc.orphaned", inert.Line(v)))
	}
	if old != nil && old.Note != "" {
		p.say("%s", w.T("acc.note", inert.Line(old.Note)))
	}
	if warn := s.noteForIn(qn, "acc.notefor.stale.note", "acc.notefor.stale.evidence"); warn != "" {
		p.say("%s", warn)
	}
	p.listEvidence(qn)
}

// prompt says what a line may hold for qn.
func (p *plain) prompt(qn *questionnaire.Question) string {
	w := p.s.w
	na := ""
	if qn.UnknownAllowed() {
		na += w.T("acc.prompt.unknown")
	}
	if qn.AllowNA {
		na += w.T("acc.prompt.na")
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

// value reads a line as the value of an entry for qn: an option's number,
// value or label for choices, numbers separated by commas (or spaces) for
// multi, and the typed text otherwise, which answers.File.Enter reads. It
// returns the reason when the line names no option.
func (p *plain) value(qn *questionnaire.Question, t string, e *answers.Entry) string {
	w := p.s.w
	switch qn.Type {
	case questionnaire.YesNo, questionnaire.Single:
		v, ok := optionOf(qn, t)
		if !ok {
			return w.T("acc.bad.option", t, len(qn.Options))
		}
		e.Choices = []string{v}
	case questionnaire.Multi:
		// The choices are kept in option order, once each, as the
		// full-screen walk-through saves them: "3,1,1" and "1,3" give
		// the same file.
		picked := map[string]bool{}
		for _, part := range strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
			v, ok := optionOf(qn, part)
			if !ok {
				return w.T("acc.bad.multi", t, len(qn.Options))
			}
			picked[v] = true
		}
		e.Choices = []string{}
		for _, o := range qn.Options {
			if picked[o.Value] {
				e.Choices = append(e.Choices, o.Value)
			}
		}
	default:
		e.Text = t
	}
	return ""
}

// show writes an answer as a person reads it: option labels, not values.
func (p *plain) show(qn *questionnaire.Question, a *answers.Answer) string {
	switch {
	case a.NA:
		return p.s.w.T("na")
	case a.Unknown:
		return p.s.w.T("unknown")
	}
	v := p.showValue(qn, a)
	if a.Estimate {
		v += " (" + p.s.w.T("est") + ")"
	}
	return v
}

// showValue writes an answer's value.
func (p *plain) showValue(qn *questionnaire.Question, a *answers.Answer) string {
	label := func(v string) string {
		if o, ok := qn.Option(v); ok {
			return p.s.text(o.Label)
		}
		return inert.Line(v)
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
	return p.s.shownValue(qn, a.Value)
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
			line := refName(s, r, false)
			if d := refDetail(s, r); d != "" {
				line += " (" + d + ")"
			}
			if r.URL != "" {
				line += " " + inert.Line(r.URL)
			}
			p.say("%s: %s", w.T("help.references"), line)
		}
	}
}

// finish ends the sitting: it says why, prints the score, and where to get
// the report.
func (p *plain) finish(err error, eof bool) error {
	defer func() { _, _ = p.real.Write(p.held.Bytes()) }()
	if err == nil {
		if err = p.failed; err == nil {
			err = p.commit()
		}
	}
	if err != nil {
		p.say("%s", p.s.saveFailure(err))
		return err
	}
	s, w := p.s, p.s.w
	// A signal sent as the input closed (kill, then the pipe's writer
	// exits) may lose the race to the end of input; it still ended the
	// sitting.
	if !p.stopped {
		select {
		case sg := <-p.sig:
			p.stopped, p.signal = true, sg
		default:
		}
	}
	p.say("")
	if p.stopped {
		p.say("%s", w.T("acc.stopped"))
	} else if eof {
		p.say("%s", w.T("acc.eof"))
	} else {
		p.say("%s", w.T("acc.end"))
	}
	if !s.isNew {
		p.say("%s", s.farewell())
		p.say("")
		writeSummary(p.out, s)
		p.say("")
		p.say("%s", w.T("report.hint", s.reportCmd))
	}
	if p.stopped {
		return &InterruptedError{Signal: p.signal}
	}
	return nil
}
