package cli

import (
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// nearBuiltin is the built-in questionnaire id nearest to a mistyped one
// (csea-dutie: csea-duties), "" when none is near: the suggestion of -q,
// changes and list --print alike.
func nearBuiltin(id string) string {
	var ids []string
	for _, b := range questionnaires.All() {
		ids = append(ids, b.ID)
	}
	return yamlsrc.Nearest(id, ids)
}
