package cli

import (
	"strings"
	"testing"
)

// TestGitShowRefusesOptionLikeSpecs: a spec that begins with - reached
// `git cat-file` as an option (--batch-check=, --textconv, --output=);
// it is refused before git runs.
func TestGitShowRefusesOptionLikeSpecs(t *testing.T) {
	for _, spec := range []string{"--batch-check=%(objectname):x.yaml", "--textconv", "-c:x.yaml"} {
		_, err := gitShow(spec)
		if err == nil || !strings.Contains(err.Error(), "never begins with -") {
			t.Errorf("gitShow(%q) = %v, want refused before git", spec, err)
		}
	}
}
