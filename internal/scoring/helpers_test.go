package scoring_test

import (
	"flag"
	"math"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

var update = flag.Bool("update", false, "rewrite golden files")

// eps is the tolerance for comparing hand-computed scores with computed
// ones: far below the one decimal a report shows, far above float noise.
const eps = 1e-9

// questionnaireHeader starts every inline questionnaire; a case adds its
// top-level extras (rating, critical_cap) and its sections.
const questionnaireHeader = "format: dutycheck/v1\nid: t\nversion: 1.0.0\ntitle: T\n"

// answersHeader starts every inline answers file; the assessment date is
// 2026-11-26, from which date bands are measured.
const answersHeader = "format: dutycheck-answers/v1\nquestionnaire: {id: t}\norganization: Org\ndate: 2026-11-26\nanswers:\n"

// parseQ parses an inline questionnaire: top-level extras (may be empty)
// and the body of `sections:`.
func parseQ(t testing.TB, extra, sections string) *questionnaire.Questionnaire {
	t.Helper()
	src := questionnaireHeader + extra + "sections:\n" + sections
	q, err := questionnaire.Parse("q.yaml", []byte(src))
	if err != nil {
		t.Fatalf("questionnaire does not parse: %v\n%s", err, src)
	}
	return q
}

// decodeA decodes an inline answers file: the body of `answers:`, one
// answer per line, indented by two spaces.
func decodeA(t testing.TB, q *questionnaire.Questionnaire, body string) *answers.File {
	t.Helper()
	src := answersHeader + body
	f, err := answers.Decode("a.yaml", []byte(src), q)
	if err != nil {
		t.Fatalf("answers do not decode: %v\n%s", err, src)
	}
	return f
}

// score parses, decodes and scores.
func score(t testing.TB, extra, sections, body string) *scoring.Result {
	t.Helper()
	q := parseQ(t, extra, sections)
	return scoring.Score(q, decodeA(t, q, body))
}

func near(a, b float64) bool { return math.Abs(a-b) <= eps }

func gapIDs(r *scoring.Result) []string {
	var out []string
	for _, g := range r.Gaps {
		out = append(out, g.Question.ID)
	}
	return out
}

func join(s []string) string { return "[" + strings.Join(s, " ") + "]" }
