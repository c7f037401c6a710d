package yamlsrc_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// TestErrorList checks the one-line-per-problem form users see: sorted by
// place, whole-file problems first, exact repeats dropped.
func TestErrorList(t *testing.T) {
	e := &yamlsrc.ErrorList{Path: "dir/f.yaml"}
	if e.Err() != nil {
		t.Fatal("an empty list is an error")
	}
	e.Add(yamlsrc.Pos{Line: 3, Col: 5}, "third %s", "here")
	e.Add(yamlsrc.Pos{Line: 1, Col: 9}, "first, later column")
	e.Add(yamlsrc.Pos{}, "the whole file")
	e.Add(yamlsrc.Pos{Line: 1, Col: 2}, "first")
	e.Add(yamlsrc.Pos{Line: 3, Col: 5}, "third %s", "here")
	e.Add(yamlsrc.Pos{Line: 3, Col: 5}, "also third")
	err := e.Err()
	var el *yamlsrc.ErrorList
	if !errors.As(err, &el) || el != e {
		t.Fatalf("Err() = %#v, not the list", err)
	}
	want := strings.Join([]string{
		"dir/f.yaml: the whole file",
		"dir/f.yaml:1:2: first",
		"dir/f.yaml:1:9: first, later column",
		"dir/f.yaml:3:5: third here",
		"dir/f.yaml:3:5: also third",
	}, "\n")
	if got := err.Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := e.Line(yamlsrc.Problem{Pos: yamlsrc.Pos{Line: 7, Col: 1}, Msg: "m"}); got != "dir/f.yaml:7:1: m" {
		t.Errorf("Line = %q", got)
	}
}

func TestClip(t *testing.T) {
	for in, want := range map[string]string{
		"":                      "",
		strings.Repeat("a", 40): strings.Repeat("a", 40),
		strings.Repeat("a", 41): strings.Repeat("a", 37) + "…",
		strings.Repeat("å", 41): strings.Repeat("å", 37) + "…",
		strings.Repeat("ö", 40): strings.Repeat("ö", 40),
	} {
		if got := yamlsrc.Clip(in); got != want {
			t.Errorf("Clip(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLocalize(t *testing.T) {
	el := &yamlsrc.ErrorList{Path: "a.yaml"}
	el.Add(yamlsrc.Pos{Line: 2, Col: 3}, "%s: expected text, got %s", "name", "a list")
	el.Problems = append(el.Problems, yamlsrc.Problem{Pos: yamlsrc.Pos{Line: 4, Col: 1}, Msg: "said without a format"})
	loud := el.Localize(func(format string, args []any) string {
		return strings.ToUpper(fmt.Sprintf(format, args...))
	})
	want := "a.yaml:2:3: NAME: EXPECTED TEXT, GOT A LIST\na.yaml:4:1: said without a format"
	if got := loud.Error(); got != want {
		t.Errorf("Localize:\n%s\nwant\n%s", got, want)
	}
	if got := el.Error(); got != "a.yaml:2:3: name: expected text, got a list\na.yaml:4:1: said without a format" {
		t.Errorf("the list itself changed: %s", got)
	}
	m := yamlsrc.Message{Format: "%q is not %s", Args: []any{"x", "y"}}
	if f, args := m.ProblemFormat(); m.String() != `"x" is not y` || f != m.Format || len(args) != 2 {
		t.Errorf("Message: %q %q %v", m.String(), f, args)
	}
}
