package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
