package tui

import (
	"errors"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// evidencePane is the evidence of the answer on a question screen
// (docs/answers-format.md): links and files that back it. Closed it is one
// line; with the focus (tab from the note) it lists the items, removes the
// one under the cursor, and takes a new link or file path, which is checked
// (a file is hashed, and refused when it is an image, a video or an archive)
// and saved at once. The list itself is read from the answers file every
// time, so what is shown is what is saved.
type evidencePane struct {
	sh      *shell
	focused bool
	// cursor is an item, or len(items) for the "add" row; offset is the
	// first item shown of a long list.
	cursor, offset int
	adding         bool
	// hashing is the file being hashed, nil when none (evidence_hash.go).
	hashing *hashing
	input   textinput.Model
	err     string
	width   int
}

func newEvidencePane(sh *shell) evidencePane {
	p := evidencePane{sh: sh}
	p.input = textinput.New()
	sh.st.styleInput(&p.input)
	p.input.Prompt = "› "
	p.input.CharLimit = 2048
	p.input.Placeholder = sh.s.w.T("evidence.placeholder")
	_ = p.input.Cursor.SetMode(cursor.CursorStatic)
	return p
}

func (p *evidencePane) resize(width int) {
	p.width = width
	p.input.Width = max(10, width-4)
}

func (p *evidencePane) focus() tea.Cmd {
	p.focused = true
	p.err = ""
	return nil
}

func (p *evidencePane) blur() {
	p.focused = false
	p.adding = false
	p.input.Blur()
	p.input.SetValue("")
}

func (p evidencePane) update(msg tea.Msg) (evidencePane, tea.Cmd) {
	if !p.adding {
		return p, nil
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return p, cmd
}

// items is the evidence of qn's answer on file.
func (p *evidencePane) items(qn *questionnaire.Question) []answers.Evidence {
	if a := p.sh.s.f.Get(qn.ID); a != nil {
		return a.Evidence
	}
	return nil
}

// evidenceKey handles a key while the evidence has the focus.
func (q question) evidenceKey(k tea.KeyMsg) (question, tea.Cmd) {
	km, p := q.sh.km, &q.evidence
	items := p.items(q.qn)
	if p.adding {
		switch {
		case key.Matches(k, km.Confirm):
			cmd := q.addEvidence()
			return q, cmd
		case key.Matches(k, km.Cancel):
			p.adding, p.err = false, ""
			p.input.Blur()
			p.input.SetValue("")
			return q, nil
		case key.Matches(k, km.Switch):
			return q, q.focusAnswer()
		}
		var cmd tea.Cmd
		p.input, cmd = p.input.Update(k)
		p.err = ""
		return q, cmd
	}
	p.cursor = min(p.cursor, len(items))
	if k.Type == tea.KeyRunes && (len(k.Runes) > 1 || k.Paste) {
		// Text pasted (or typed faster than the screen reads keys) is
		// a link or a path being added.
		p.cursor = len(items)
		p.adding, p.err = true, ""
		cmd := p.input.Focus()
		p.input, _ = p.input.Update(k)
		return q, cmd
	}
	switch {
	case key.Matches(k, km.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(k, km.Down):
		p.cursor = min(len(items), p.cursor+1)
	case p.cursor == len(items) && (key.Matches(k, km.Confirm) || key.Matches(k, km.Add)):
		p.adding, p.err = true, ""
		return q, p.input.Focus()
	case key.Matches(k, km.Add):
		p.cursor = len(items)
		p.adding, p.err = true, ""
		return q, p.input.Focus()
	case p.cursor < len(items) && key.Matches(k, km.Remove):
		q.removeEvidence(p.cursor)
	case key.Matches(k, km.Confirm):
		return q.confirm()
	}
	return q, nil
}

// addEvidence adds what was typed: a link, or a file path relative to the
// answers file, which is hashed as it is added. A refusal stays in place
// with its reason; an item already listed is not listed twice (a file
// added again is hashed again).
func (q *question) addEvidence() tea.Cmd {
	w, p := q.sh.s.w, &q.evidence
	typed := strings.TrimSpace(p.input.Value())
	if typed == "" {
		p.adding = false
		p.input.Blur()
		return nil
	}
	if !looksLikeURL(typed) {
		// a file is hashed in the background, with its progress shown;
		// hashMsg stores it when done
		return q.startHash(typed)
	}
	if err := answers.CheckURL(typed); err != nil {
		p.err = evidenceReason(w, typed, err, true)
		return nil
	}
	q.storeEvidence(answers.Evidence{URL: typed})
	return nil
}

// storeEvidence dates e, lists it (in place of the same link or file
// listed before) and saves.
func (q *question) storeEvidence(e answers.Evidence) {
	s, w, p := q.sh.s, q.sh.s.w, &q.evidence
	e.Date = s.today
	items := slices.Clone(p.items(q.qn))
	i := slices.IndexFunc(items, func(x answers.Evidence) bool {
		return (e.URL != "" && x.URL == e.URL) || (e.File != "" && x.File == e.File)
	})
	said := w.T("evidence.added", evidenceName(e))
	if i >= 0 {
		items[i] = e
		said = w.T("evidence.again", evidenceName(e))
	} else {
		items = append(items, e)
	}
	if err := s.setEvidence(q.qn, items); err != nil {
		q.sh.saved(err)
		return
	}
	p.adding, p.err = false, ""
	p.input.Blur()
	p.input.SetValue("")
	p.cursor = len(items)
	q.sh.say(statusOK, said+" "+w.T("saved", s.shownPath()))
}

// removeEvidence removes item i and saves.
func (q *question) removeEvidence(i int) {
	s, w := q.sh.s, q.sh.s.w
	items := slices.Clone(q.evidence.items(q.qn))
	gone := items[i]
	items = slices.Delete(items, i, i+1)
	if err := s.setEvidence(q.qn, items); err != nil {
		q.sh.saved(err)
		return
	}
	q.sh.say(statusOK, w.T("evidence.removed", evidenceName(gone))+" "+w.T("saved", s.shownPath()))
}

// looksLikeURL tells a link from a file path by how it begins.
func looksLikeURL(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "://") || strings.HasPrefix(l, "www.") || strings.HasPrefix(l, "http:") || strings.HasPrefix(l, "https:")
}

// evidenceReason says why evidence was refused. A file that is an image,
// a video or an archive is told to link to the case system instead, in
// the respondent's language.
func evidenceReason(w words, typed string, err error, isURL bool) string {
	var ee *answers.EvidenceError
	switch {
	case errors.As(err, &ee):
		named := *ee
		named.Input = typed // as typed, not as the English error names it
		return refusal(w, nil, &named)
	case isURL:
		return w.T("evidence.badurl", inert.Line(typed))
	}
	// The file could not be added: the cause in the session's language
	// where it is known, else the system's reason.
	return w.T("evidence.badfile", inert.Line(typed), evidenceFileReason(w, err))
}

// evidenceName is an item as a line shows it: the link, or the file.
func evidenceName(e answers.Evidence) string {
	if e.URL != "" {
		return inert.Line(e.URL)
	}
	return inert.Line(e.File)
}

// maxEvidenceRows is how many rows of the list (items and the add row)
// show at once.
const maxEvidenceRows = 5

// lines draws the pane: one line when closed, the list when focused.
func (p *evidencePane) lines(qn *questionnaire.Question) []string {
	st, w, width := p.sh.st, p.sh.s.w, p.width
	items := p.items(qn)
	if !p.focused {
		if len(items) == 0 {
			return []string{st.dim.Render(clip(w.T("evidence.none"), width))}
		}
		names := make([]string, len(items))
		for i, e := range items {
			names[i] = evidenceName(e)
		}
		return []string{st.dim.Render(clip(w.T("evidence.count", len(items))+": "+strings.Join(names, " · "), width))}
	}
	out := []string{st.accent.Render(clip(w.T("evidence.title", len(items)), width))}
	// A long list scrolls, so the add row and the field stay in sight.
	heights := make([]int, len(items)+1)
	for i := range heights {
		heights[i] = 1
	}
	from, to, above, below := window(heights, p.cursor, p.offset, maxEvidenceRows)
	p.offset = from
	to = min(to, len(items))
	if above {
		out = append(out, st.dim.Render("  "+w.T("more.above", from)))
	}
	for i := from; i < to; i++ {
		e := items[i]
		pointer := "  "
		if i == p.cursor && !p.adding {
			pointer = st.cursor.Render("›") + " "
		}
		detail := ""
		switch {
		case e.File != "" && len(e.SHA256) >= 12:
			detail = "sha256 " + e.SHA256[:12] + "…"
		}
		if !e.Date.IsZero() {
			detail = strings.TrimPrefix(detail+" · "+e.Date.Format(questionnaire.DateLayout), " · ")
		}
		name := evidenceName(e)
		line := pointer + name
		if detail != "" {
			line = pointer + clip(name, max(10, width-2-width1(detail)-3)) + st.dim.Render(" · "+detail)
		}
		out = append(out, clip(line, width))
	}
	if below && to < len(items) {
		out = append(out, st.dim.Render("  "+w.T("more.below", len(items)-to)))
	}
	switch {
	case p.hashing != nil:
		out = append(out, p.hashLine())
	case p.adding:
		out = append(out, p.input.View())
	case p.cursor >= len(items):
		out = append(out, st.cursor.Render("›")+" "+st.focusLabel.Render(clip(w.T("evidence.add"), width-2)))
	default:
		out = append(out, "  "+st.dim.Render(clip(w.T("evidence.add"), width-2)))
	}
	if p.err != "" {
		for _, l := range wrap("! "+p.err, width-2) {
			out = append(out, "  "+st.err.Render(l))
		}
	} else if p.adding && p.hashing == nil {
		out = append(out, "  "+st.dim.Render(clip(w.T("evidence.hint", p.sh.s.evidenceDir()), width-2)))
	}
	return out
}
