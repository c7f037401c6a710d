package cli

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// nearSubcommand is the command of two words, starting with word, whose
// second word is nearest to a mistyped one ("target sett": "target set";
// "plan st": "plan set"); "" when none is near.
func nearSubcommand(word, typed string) string {
	var seconds []string
	for _, c := range commands {
		if second, ok := strings.CutPrefix(c.Name, word+" "); ok {
			seconds = append(seconds, second)
		}
	}
	if near := yamlsrc.Nearest(typed, seconds); near != "" {
		return word + " " + near
	}
	return ""
}
