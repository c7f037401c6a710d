package questionnaire

import (
	"regexp"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// readID reads an identifier of questionnaires/README.md (ValidID). What an
// identifier may hold is the format's rule, not YAML's, so this is not a
// yamlsrc.Walker method.
func readID(w *yamlsrc.Walker, n *yaml.Node, what string) (string, bool) {
	s, ok := w.Str(n, what)
	if !ok {
		return "", false
	}
	if !ValidID(s) {
		w.Errorf(n, "%s: %q is not a valid identifier: use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit", what, yamlsrc.Clip(s))
		return s, false
	}
	return s, true
}

var idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)

// ValidID reports whether s is an identifier of questionnaires/README.md.
func ValidID(s string) bool { return len(s) <= 100 && idRE.MatchString(s) }
