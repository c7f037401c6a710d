package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// TestREADMEUsage checks that the README's table of commands shows each
// command's usage line as the command itself makes it, so the README
// cannot drift from the flags either.
func TestREADMEUsage(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := strings.ReplaceAll(string(data), `\|`, "|") // escaped in tables
	for _, c := range commands {
		if !strings.Contains(readme, "`"+c.UsageLine()+"`") {
			t.Errorf("README.md lacks the usage line `%s`", c.UsageLine())
		}
	}
}

// TestREADMEQuestionCounts checks that the README's "N questions" for each
// built-in questionnaire is its number of questions, so that the time it
// promises stays tied to the content.
func TestREADMEQuestionCounts(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := strings.Join(strings.Fields(string(data)), " ")
	for _, b := range questionnaires.All() {
		q, err := questionnaire.Parse(b.Name, b.Data)
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile("`(?:-q )?" + regexp.QuoteMeta(b.ID) + "`[^.]*?(\\d+) questions").FindStringSubmatch(readme)
		if m == nil {
			t.Errorf("README.md does not say how many questions %s has", b.ID)
			continue
		}
		if n, _ := strconv.Atoi(m[1]); n != len(q.Questions) {
			t.Errorf("README.md says %s has %d questions; it has %d", b.ID, n, len(q.Questions))
		}
	}
}
