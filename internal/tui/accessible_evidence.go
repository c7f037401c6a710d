package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// evidence handles an evidence line: "evidence: LINK-OR-PATH" adds an
// item (a file is hashed, and refused when it is an image, a video or an
// archive), "evidence -N" removes item N, and "evidence" alone lists them.
// Every change is saved at once.
func (p *plain) evidence(qn *questionnaire.Question, rest string) error {
	s, w := p.s, p.s.w
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
	var items []answers.Evidence
	if a := s.f.Get(qn.ID); a != nil {
		items = append(items, a.Evidence...)
	}
	switch {
	case rest == "":
		if len(items) == 0 {
			p.say("%s", w.T("acc.evidence.none"))
		}
		p.listEvidence(qn)
		return nil
	case strings.HasPrefix(rest, "-"):
		n, err := strconv.Atoi(strings.TrimSpace(rest[1:]))
		if err != nil || n < 1 || n > len(items) {
			p.say("%s", w.T("acc.evidence.bad", rest, len(items)))
			return nil
		}
		gone := items[n-1]
		items = append(items[:n-1], items[n:]...)
		if err := s.setEvidence(qn, items); err != nil {
			return err
		}
		p.say("%s", w.T("evidence.removed", evidenceName(gone)))
		return nil
	}
	var e answers.Evidence
	if looksLikeURL(rest) {
		if err := answers.CheckURL(rest); err != nil {
			p.say("%s", evidenceReason(w, rest, err, true))
			return nil
		}
		e = answers.Evidence{URL: rest}
	} else {
		var err error
		s.onHash = func(done, total int64) {
			p.say("%s", w.T("acc.evidence.hashing", inert.Line(rest), w.Percent(float64(done)/float64(max(total, 1)))))
		}
		e, err = s.addFile(rest)
		s.onHash = nil
		if err != nil {
			p.say("%s", evidenceReason(w, rest, err, false))
			return nil
		}
	}
	e.Date = s.today
	replaced := false
	for i, x := range items {
		if (e.URL != "" && x.URL == e.URL) || (e.File != "" && x.File == e.File) {
			items[i], replaced = e, true
		}
	}
	if !replaced {
		items = append(items, e)
	}
	if err := s.setEvidence(qn, items); err != nil {
		return err
	}
	if replaced {
		p.say("%s", w.T("evidence.again", evidenceName(e)))
	} else {
		p.say("%s", w.T("evidence.added", evidenceName(e)))
	}
	return nil
}

// listEvidence prints the evidence of qn's answer, one numbered item a
// line, so that "evidence -N" can name one.
func (p *plain) listEvidence(qn *questionnaire.Question) {
	a := p.s.f.Get(qn.ID)
	if a == nil || len(a.Evidence) == 0 {
		return
	}
	p.say("%s", p.s.w.T("evidence.count", len(a.Evidence))+":")
	for i, e := range a.Evidence {
		line := fmt.Sprintf("  %d. %s", i+1, evidenceName(e))
		if e.File != "" && e.SHA256 != "" {
			line += " (sha256 " + e.SHA256 + ")"
		}
		p.say("%s", line)
	}
}
