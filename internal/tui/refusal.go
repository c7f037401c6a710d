package tui

import (
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// refusal says in the session's language why an answer, an action or an
// item of evidence was refused (summary.Refusal).
func refusal(w words, qn *questionnaire.Question, err error) string {
	return summary.Refusal(w, qn, err)
}
