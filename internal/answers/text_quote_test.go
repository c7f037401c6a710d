package answers

import (
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// TestTextQuotedForYAML11Readers: `owner: no` and `owner: yes` were
// written plain; dutycheck reads them as text, but a YAML 1.1 reader such
// as PyYAML gets booleans. Such words are quoted where a person's text is
// written; other text stays plain.
func TestTextQuotedForYAML11Readers(t *testing.T) {
	for _, s := range []string{"no", "Yes", "ON", "off", "null", "~", "y"} {
		b, err := yaml.Marshal(text(s))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), `"`) {
			t.Errorf("text(%q) written as %q, want quoted", s, b)
		}
	}
	if b, _ := yaml.Marshal(text("Head of Trust")); strings.HasPrefix(string(b), `"`) {
		t.Errorf("plain text quoted: %q", b)
	}
	a := &Action{Owner: "no", Status: ActionOpen, Due: time.Time{}}
	b, err := yaml.Marshal(encodeAction(a))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `owner: "no"`) {
		t.Errorf("action written as:\n%s", b)
	}
}
