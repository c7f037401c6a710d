package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocsCommandsUsage checks that docs/commands.md, the reference of
// the commands inside the repository, shows each command's usage line as
// the command makes it, as the README's table does: a flag added to a
// command and not to the reference fails here.
func TestDocsCommandsUsage(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "commands.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.ReplaceAll(string(data), `\|`, "|") // escaped in tables
	for _, c := range commands {
		if !strings.Contains(doc, "`"+c.UsageLine()+"`") {
			t.Errorf("docs/commands.md lacks the usage line `%s`", c.UsageLine())
		}
	}
}

// TestProjectLayoutNamesEveryPackage checks that docs/project-layout.md
// names every package under internal/, so that a new package is placed
// in the map of the code when it is added.
func TestProjectLayoutNamesEveryPackage(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "project-layout.md"))
	if err != nil {
		t.Fatal(err)
	}
	dirs, err := os.ReadDir(filepath.Join("..", "..", "internal"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if d.IsDir() && !strings.Contains(string(data), "internal/"+d.Name()+"/") {
			t.Errorf("docs/project-layout.md does not name internal/%s/", d.Name())
		}
	}
}
