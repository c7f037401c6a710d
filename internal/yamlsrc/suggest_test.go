package yamlsrc_test

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

func TestNearest(t *testing.T) {
	known := []string{"weight", "when", "text", "type", "options"}
	for in, want := range map[string]string{"wieght": "weight", "wegiht": "weight", "typ": "type", "optins": "options", "colour": "", "Weight": "weight",
		"tex": "text", "xy": "", "": "", "wehn": "when", "critical": ""} {
		if got := yamlsrc.Nearest(in, known); got != want {
			t.Errorf("Nearest(%q) = %q, want %q", in, got, want)
		}
	}
}
