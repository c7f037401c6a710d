package questionnaire_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// withReviewEvery is the sample questionnaire with a review_every line
// after its version line ("" for none).
func withReviewEvery(t *testing.T, line string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpus, "valid", "sample.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	i := strings.Index(s, "\nversion:")
	j := i + 1 + strings.Index(s[i+1:], "\n")
	return []byte(s[:j+1] + line + s[j+1:])
}

func TestReviewEvery(t *testing.T) {
	for _, tc := range []struct {
		line string
		want time.Duration
		err  string
	}{
		{"", 0, ""},
		{"review_every: 1y\n", questionnaire.Year, ""},
		{"review_every: 180d\n", 180 * questionnaire.Day, ""},
		{"review_every: \"26w\"\n", 26 * questionnaire.Week, ""},
		{"review_every: 1 year\n", 0, "review_every \"1 year\": write a number and a unit"},
		{"review_every: 12h\n", 0, "review_every \"12h\" is shorter than a day"},
		{"review_every: 0\n", 0, "review_every \"0\" is shorter than a day"},
		{"review_every: [1y]\n", 0, "review_every: expected text, got a list"},
		{"review_evry: 1y\n", 0, "did you mean \"review_every\"?"},
	} {
		q, err := questionnaire.Parse("q.yaml", withReviewEvery(t, tc.line))
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q: err %v, want %q", tc.line, err, tc.err)
		case tc.err == "" && err != nil:
			t.Errorf("%q: %v", tc.line, err)
		case tc.err == "" && q.ReviewEvery != tc.want:
			t.Errorf("%q: ReviewEvery %v, want %v", tc.line, q.ReviewEvery, tc.want)
		}
	}
}

func TestReviewDue(t *testing.T) {
	q, err := questionnaire.Parse("q.yaml", withReviewEvery(t, "review_every: 1y\n"))
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { d, _ := questionnaire.ParseDate(s); return d }
	for _, tc := range []struct {
		assessed, today, due string
		overdue              bool
	}{
		{"2025-12-10", "2026-12-10", "2026-12-10", false}, // exactly a year: due today, not yet over
		{"2025-12-10", "2026-12-11", "2026-12-10", true},
		{"2026-06-01", "2026-12-10", "2027-06-01", false},
		{"2024-01-01", "2026-12-10", "2024-12-31", true}, // 365 days, a leap year
	} {
		due, overdue := q.ReviewDue(day(tc.assessed), day(tc.today))
		if due.Format(questionnaire.DateLayout) != tc.due || overdue != tc.overdue {
			t.Errorf("%s on %s: due %s %v, want %s %v", tc.assessed, tc.today, due.Format(questionnaire.DateLayout), overdue, tc.due, tc.overdue)
		}
	}
	none, _ := questionnaire.Parse("q.yaml", withReviewEvery(t, ""))
	if _, overdue := none.ReviewDue(day("2000-01-01"), day("2026-12-10")); overdue {
		t.Error("a questionnaire without review_every is never due")
	}
}
