package questionnaire_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

func parseFixture(t *testing.T, name string) *questionnaire.Questionnaire {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpus, "valid", name))
	if err != nil {
		t.Fatal(err)
	}
	q, err := questionnaire.Parse(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// TestParseRegimes checks what the 1.1 regime fields parse to, and that
// the parsed conditions decide regimes and must-haves as written.
func TestParseRegimes(t *testing.T) {
	q := parseFixture(t, "regimes.yaml")
	if len(q.Regimes) != 4 || q.Regimes[1].ID != "us-2258a" || q.Regimes[1].Index != 1 {
		t.Fatalf("regimes = %+v", q.Regimes)
	}
	dsa := q.Regime("eu-dsa-platform")
	if dsa.Jurisdiction != "EU" || dsa.Status != questionnaire.StatusLaw || dsa.Title.In("sv") == dsa.Title.In("en") || dsa.Why.IsZero() {
		t.Fatalf("eu-dsa-platform = %+v", dsa)
	}
	if q.Regime("vp").Applies != nil || q.Regime("vp").Status != questionnaire.StatusVoluntary {
		t.Fatal("vp: no applies means always")
	}
	ref := q.Reference("dsa-15")
	if ref.Status != questionnaire.StatusLaw || ref.Regime != "eu-dsa-platform" || ref.Pinpoint != "Art. 15" ||
		!ref.AsOf.Equal(time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("dsa-15 = %+v", ref)
	}
	if q.Reference("csam-proposal").Status != questionnaire.StatusProposal || !q.Reference("csam-proposal").AsOf.IsZero() {
		t.Fatal("csam-proposal")
	}
	// as_of quoted or not reads the same; the latest is the checked-up-to day.
	if got := q.CheckedUpTo().Format(questionnaire.DateLayout); got != "2026-11-15" {
		t.Fatalf("CheckedUpTo = %s", got)
	}
	if q.MinCompletion != 0.8 {
		t.Fatalf("MinCompletion default = %v", q.MinCompletion)
	}

	tests := []struct {
		name                     string
		eu, us                   string
		staff, turnover          float64
		platform, small, us2258a bool
		transparencyCritical     bool
	}{
		{"small EU start-up", "yes", "no", 12, 1, false, true, false, false},
		{"EU platform by staff", "yes", "no", 50, 1, true, false, false, true},
		{"EU platform by turnover, 249 staff", "yes", "no", 249, 10, true, false, false, true},
		{"EU platform, 250 staff: not critical", "yes", "no", 250, 0, true, false, false, false},
		{"US only", "no", "yes", 5000, 500, false, false, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vals := map[string]string{"eu-users": tt.eu, "us-provider": tt.us}
			nums := map[string]float64{"staff": tt.staff, "turnover-meur": tt.turnover}
			var env questionnaire.Env
			env.Values = func(id string) ([]string, bool) {
				v, ok := vals[id]
				return []string{v}, ok
			}
			env.Number = func(id string) (float64, bool) { v, ok := nums[id]; return v, ok }
			env.Regime = func(id string) bool { return q.Regime(id).Applies.Eval(env) }
			got := []bool{env.Regime("eu-dsa-platform"), env.Regime("eu-small"), env.Regime("us-2258a"),
				q.Question("transparency").CriticalWhen.Eval(env)}
			want := []bool{tt.platform, tt.small, tt.us2258a, tt.transparencyCritical}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("decision %d = %v, want %v", i, got[i], want[i])
				}
			}
		})
	}
	ncmec := q.Question("ncmec")
	if ncmec.Critical || ncmec.CriticalWhen == nil || ncmec.CriticalWhen.Regime != "us-2258a" || !ncmec.MayBeCritical() {
		t.Fatalf("ncmec critical = %v %+v", ncmec.Critical, ncmec.CriticalWhen)
	}
}

// TestParse11Fields checks glossary, min_completion, allow_unknown,
// unknown options, replaces, and durations in seconds and years.
func TestParse11Fields(t *testing.T) {
	q := parseFixture(t, "v11-fields.yaml")
	if len(q.Glossary) != 2 || q.Glossary[0].Term != "hash list" || q.Glossary[0].Definition.In("sv") == "" || q.Glossary[1].Term != "E2EE" {
		t.Fatalf("glossary = %+v", q.Glossary)
	}
	if q.MinCompletion != 0.6 {
		t.Fatalf("MinCompletion = %v", q.MinCompletion)
	}
	h := q.Question("hashing")
	if !h.AllowUnknown || !h.UnknownAllowed() || len(h.Replaces) != 2 || h.Replaces[1] != "hashes" {
		t.Fatalf("hashing = %+v", h)
	}
	cov, _ := q.Question("coverage").Option("dont-know")
	if !cov.Unknown || cov.Exclusive || cov.Score != 0 || !q.Question("coverage").UnknownAllowed() || q.Question("coverage").AllowUnknown {
		t.Fatalf("single's unknown option = %+v", cov)
	}
	// In a multi an unknown option is exclusive, from a set or a list.
	for _, id := range []string{"channels", "tools"} {
		for _, o := range q.Question(id).Options {
			if o.Unknown && !o.Exclusive {
				t.Errorf("%s: unknown option %q is not exclusive", id, o.Value)
			}
		}
	}
	if q.Question("first-response").Weight != 1000 || q.Sections[0].Weight != 1000 {
		t.Fatal("weight 1000 is allowed")
	}
	b := q.Question("first-response").Bands
	if *b[0].Max != 0.5 || *b[1].Max != 1.5 {
		t.Fatalf("second bands = %v %v", *b[0].Max, *b[1].Max)
	}
	if got := q.Question("first-response").BandScore(questionnaire.Minutes(31 * time.Second)); got != 0.5 {
		t.Fatalf("31s scores %v", got)
	}
	r := q.Question("retention").Bands[0]
	if *r.Min != questionnaire.Minutes(questionnaire.Year) || *r.Max != questionnaire.Minutes(100*questionnaire.Year) {
		t.Fatalf("year bands = %v %v", *r.Min, *r.Max)
	}
}

// pinnedFingerprints were computed by dutycheck 1.0 (commit 653d3f8) for
// testdata/questionnaires/valid/sample.yaml; old answers files record them.
var pinnedFingerprints = map[string]string{
	"uploads": "dd3354d9", "regions": "5297c19e", "users": "8f7fb3a8",
	"hash-matching": "df8937f8", "classifier": "2313758b", "report-time": "b24ac3d1",
	"reviewed-share": "b6b224c5", "risk-date": "ca71d69f", "escalation": "e6bcb6da",
	"comments": "c83320a3",
}

// TestFingerprintStable checks that 1.1 leaves the fingerprints of 1.0
// questions as they were. An unknown option changes what an answer means,
// and so the fingerprint; a critical condition does not.
func TestFingerprintStable(t *testing.T) {
	q := parseFixture(t, "sample.yaml")
	if len(q.Questions) != len(pinnedFingerprints) {
		t.Fatalf("sample has %d questions, %d pinned", len(q.Questions), len(pinnedFingerprints))
	}
	for _, qn := range q.Questions {
		if got, want := qn.Fingerprint(), pinnedFingerprints[qn.ID]; got != want {
			t.Errorf("fingerprint of %q = %s, want %s (as in 1.0)", qn.ID, got, want)
		}
	}
	const base = `format: dutycheck/v1
id: t
version: 1.0.0
title: T
sections:
  - id: s
    title: S
    questions:
      - id: p
        text: P
        type: yesno
      - id: q
        text: Q
        type: single
        options:
          - {value: a, label: A, score: 1}
          - {value: b, label: B%s}
`
	fp := func(extra, tail string) string {
		t.Helper()
		q, err := questionnaire.Parse("f.yaml", []byte(fmt.Sprintf(base, extra)+tail))
		if err != nil {
			t.Fatal(err)
		}
		return q.Question("q").Fingerprint()
	}
	plain := fp("", "")
	if fp(", unknown: true", "") == plain {
		t.Error("marking an option unknown did not change the fingerprint")
	}
	if fp("", "        critical: {question: p, equals: \"yes\"}\n") != plain {
		t.Error("a critical condition changed the fingerprint")
	}
	if fp("", "        replaces: [old-q]\n        allow_unknown: true\n") != plain {
		t.Error("replaces or allow_unknown changed the fingerprint")
	}
}
