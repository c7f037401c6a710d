package changes

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// weightWhen writes a question's weight_when cases in one line, so that a
// change to any condition or weight is one change that needs a major
// version: it moves scores.
func (c *comparer) weightWhen(qn *questionnaire.Question, old bool) string {
	var parts []string
	for _, wc := range qn.WeightWhen {
		parts = append(parts, num(wc.Weight)+" where "+c.cond(wc.When, old))
	}
	return strings.Join(parts, "; ")
}
