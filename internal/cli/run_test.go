package cli

import "testing"

// TestRunReportHint checks the report command plain mode suggests at the
// end: it names the questionnaire file given with -q (the report cannot
// find one that is not built in), the answers file, and a language other
// than the default, quoted for a shell where needed.
func TestRunReportHint(t *testing.T) {
	for _, c := range []struct{ qspec, apath, lang, want string }{
		{"", "assessment.yaml", "en", "dutycheck report -a assessment.yaml"},
		{"../q.yaml", "acc.yaml", "en", "dutycheck report -q ../q.yaml -a acc.yaml"},
		{"csea-quick", "a.yaml", "sv", "dutycheck report -q csea-quick -a a.yaml --lang sv"},
		{"my q.yaml", "it's.yaml", "en", `dutycheck report -q 'my q.yaml' -a 'it'\''s.yaml'`},
	} {
		if got := reportCommand(c.qspec, c.apath, c.lang, "en"); got != c.want {
			t.Errorf("reportCommand(%q, %q, %q) = %s, want %s", c.qspec, c.apath, c.lang, got, c.want)
		}
	}
}
