package answers_test

import (
	"strings"
	"testing"
)

// TestOriginRefusedAtItsLine: `from` is what run --from records; a date
// in the future, an absolute path and a path with control characters used
// to pass validate. Each is refused at its line and column.
func TestOriginRefusedAtItsLine(t *testing.T) {
	from := func(body string) string {
		return strings.Replace(header, "answers:\n", "from: "+body+"\nanswers:\n", 1)
	}
	for _, tc := range []struct{ name, file, want string }{
		{"date in the future", from("{path: old.yaml, date: 2099-01-01}"),
			`a.yaml:5:30: from date: 2099-01-01 is in the future (today is 2026-11-29)`},
		{"absolute path", from("{path: /etc/shadow}"),
			`a.yaml:5:14: from path "/etc/shadow" must be a path relative to the answers file, not an absolute one`},
		{"drive path", from("{path: 'C:/old.yaml'}"),
			`a.yaml:5:14: from path "C:/old.yaml" must be a path relative to the answers file, not an absolute one`},
		{"escape in the path", from(`{path: "old\e[2J.yaml"}`),
			`a.yaml:5:14: from path "old\x1b[2J.yaml" has control or invisible formatting characters in it`},
	} {
		_, err := decode11(t, sampleQ(t), tc.file)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
	if _, err := decode11(t, sampleQ(t), from("{path: ../2025/old.yaml, date: 2025-11-26}")); err != nil {
		t.Errorf("a relative path and a past date: %v", err)
	}
}
