package questionnaires_test

import (
	"os"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TestReadmeExamples parses every complete questionnaire shown in the
// authors' guide, so that an example that no longer validates fails here
// before it misleads an author.
func TestReadmeExamples(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := strings.Split(string(data), "```yaml\n")[1:]
	n := 0
	for _, b := range blocks {
		b = b[:strings.Index(b, "```")]
		if !strings.Contains(b, "\nformat: dutycheck/v1\n") {
			continue // a fragment, not a file
		}
		n++
		q, err := questionnaire.Parse("README.md example", []byte(b))
		if err != nil {
			t.Errorf("example %d does not validate:\n%v", n, err)
			continue
		}
		if len(q.Regimes) > 0 && (q.Regime("us-2258a") == nil || q.Question("ncmec").CriticalWhen == nil) {
			t.Errorf("example %d: the regimes example lost its conditional must-have", n)
		}
	}
	if n < 2 {
		t.Fatalf("found %d complete examples; want the complete one and the regimes one", n)
	}
}
