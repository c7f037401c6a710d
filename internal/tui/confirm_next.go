package tui

import "github.com/charmbracelet/bubbles/key"

// confirmKey goes from the results to the next answer still to confirm:
// one carried from the earlier assessment, or given to a question that
// changed since.
var confirmKey = key.NewBinding(key.WithKeys("c"))

// toConfirm reports whether question i applies and still waits to be
// confirmed: unanswered, or answered but tagged (carried, changed, new).
func (s *session) toConfirmAt(i int) bool {
	qn := s.q.Questions[i]
	return s.applies[i] && (!s.f.Get(qn.ID).Answered() || s.tags[qn.ID] != "")
}

// nextToConfirm is the first question after i, wrapping round to the
// start, that still waits to be answered or confirmed; -1 when none does.
func (s *session) nextToConfirm(i int) int {
	n := len(s.q.Questions)
	for k := 1; k <= n; k++ {
		if j := (i + k + n) % n; s.toConfirmAt(j) {
			return j
		}
	}
	return -1
}

// leftToConfirm counts the questions that apply and still wait to be
// answered or confirmed.
func (s *session) leftToConfirm() int {
	n := 0
	for i := range s.q.Questions {
		if s.toConfirmAt(i) {
			n++
		}
	}
	return n
}
