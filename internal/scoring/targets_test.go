package scoring_test

import (
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/jsonout"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// targetsQ has a figure of each kind a target can be set on, and a
// section that applies only when "live" is yes. The assessment date of
// answersHeader is 2026-11-26.
const targetsQ = `  - id: main
    title: Main
    questions:
      - {id: live, type: yesno, text: Live?, options: [{value: yes, label: Yes, score: 1}, {value: no, label: No, score: 0}]}
      - id: share
        type: number
        text: Share?
        unit: "%"
        min: 0
        max: 100
        allow_unknown: true
        allow_na: true
        bands: [{min: 90, score: 1}, {min: 50, score: 0.5}]
      - id: time
        type: duration
        text: Time?
        allow_unknown: true
        bands: [{max: 1h, score: 1}, {max: 24h, score: 0.5}]
      - id: reviewed
        type: date
        text: Reviewed?
        bands: [{max: 365d, score: 1}]
  - id: live-ops
    title: Live
    when: {question: live, equals: yes}
    questions:
      - {id: live-check, type: yesno, text: Checked?, options: [{value: yes, label: Yes, score: 1}, {value: no, label: No, score: 0}]}
`

// TestTargetStates: a target's state at every edge: exactly at the limit
// (met), just past it (not met), by on the assessment date (open), the
// day before (missed), and figures that are unknown, unanswered, not
// applicable, estimated; on questions, sections and the overall score.
func TestTargetStates(t *testing.T) {
	q := parseQ(t, "", targetsQ)
	const onTime, late = "2026-11-26", "2026-11-25"
	tests := []struct {
		name, answers, target string
		want                  scoring.TargetState
	}{
		// number at and past the limit
		{"min exactly met", "  share: {value: 90}\n", "questions: {share: {min: 90, by: " + late + "}}", scoring.TargetMet},
		{"min missed by a hair", "  share: {value: 89.99}\n", "questions: {share: {min: 90, by: " + late + "}}", scoring.TargetMissed},
		{"min not met, by today", "  share: {value: 89.99}\n", "questions: {share: {min: 90, by: " + onTime + "}}", scoring.TargetOpen},
		{"min not met, by later", "  share: {value: 10}\n", "questions: {share: {min: 90, by: 2027-06-30}}", scoring.TargetOpen},
		{"max exactly met", "  share: {value: 5}\n", "questions: {share: {max: 5, by: " + late + "}}", scoring.TargetMet},
		{"max passed", "  share: {value: 5.5}\n", "questions: {share: {max: 5, by: " + late + "}}", scoring.TargetMissed},
		{"percent sign", "  share: {value: 95}\n", "questions: {share: {min: 90%, by: " + late + "}}", scoring.TargetMet},
		{"min and max, inside", "  share: {value: 50}\n", "questions: {share: {min: 40, max: 60, by: " + late + "}}", scoring.TargetMet},
		{"estimate counts as its value", "  share: {value: 92, estimate: true}\n", "questions: {share: {min: 90, by: " + late + "}}", scoring.TargetMet},
		// durations in their own units
		{"duration at the limit", "  time: {value: 60m}\n", "questions: {time: {max: 1h, by: " + late + "}}", scoring.TargetMet},
		{"duration a second over", "  time: {value: 3601s}\n", "questions: {time: {max: 1h, by: " + late + "}}", scoring.TargetMissed},
		{"duration over, by today", "  time: {value: 192m}\n", "questions: {time: {max: 1h, by: " + onTime + "}}", scoring.TargetOpen},
		// a date's age
		{"date exactly a year old", "  reviewed: {value: 2025-11-26}\n", "questions: {reviewed: {max: 365d, by: " + late + "}}", scoring.TargetMet},
		{"date a day too old", "  reviewed: {value: 2025-11-25}\n", "questions: {reviewed: {max: 365d, by: " + late + "}}", scoring.TargetMissed},
		// no figure
		{"unknown", "  share: {unknown: true}\n", "questions: {share: {min: 90, by: " + late + "}}", scoring.TargetNotKnown},
		{"unanswered", "", "questions: {share: {min: 90, by: " + late + "}}", scoring.TargetNotKnown},
		{"answered not applicable", "  share: {na: true}\n", "questions: {share: {min: 90, by: " + late + "}}", scoring.TargetNotKnown},
		{"unknown duration", "  time: {unknown: true}\n", "questions: {time: {max: 1h, by: 2027-01-01}}", scoring.TargetNotKnown},
		// sections
		{"section met", "  live: {value: yes}\n  live-check: {value: yes}\n", "sections: {live-ops: {min: 100, by: " + late + "}}", scoring.TargetMet},
		{"section missed", "  live: {value: yes}\n  live-check: {value: no}\n", "sections: {live-ops: {min: 100, by: " + late + "}}", scoring.TargetMissed},
		{"section that does not apply", "  live: {value: no}\n", "sections: {live-ops: {min: 100, by: " + late + "}}", scoring.TargetNotKnown},
		// the overall score: live yes, everything else unanswered:
		// main is 1 of 4 questions (25), live-ops 0; weights 1 and 1
		{"overall exactly at the limit", "  live: {value: yes}\n", "overall: {min: 12.5, by: " + late + "}", scoring.TargetMet},
		{"overall under", "  live: {value: yes}\n", "overall: {min: 12.6, by: " + late + "}", scoring.TargetMissed},
		{"overall under, by today", "  live: {value: yes}\n", "overall: {min: 12.6, by: " + onTime + "}", scoring.TargetOpen},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := decodeA(t, q, tc.answers+"targets: {"+tc.target+"}\n")
			r := scoring.Score(q, f)
			if len(r.Targets) != 1 {
				t.Fatalf("targets = %+v", r.Targets)
			}
			if got := r.Targets[0].State; got != tc.want {
				t.Errorf("state = %s, want %s (actual %v, known %v)", got, tc.want, r.Targets[0].Actual, r.Targets[0].Known)
			}
			missed := len(r.MissedTargets()) == 1
			if missed != (tc.want == scoring.TargetMissed) {
				t.Errorf("MissedTargets = %+v", r.MissedTargets())
			}
		})
	}
}

// TestTargetTolerance: a score that is the limit up to float noise meets
// it, as a rating band would hold it.
func TestTargetTolerance(t *testing.T) {
	tg := &answers.Target{Min: &answers.Limit{Value: 70}, By: mustDate(t, "2027-01-01")}
	if !scoring.Meets(tg, 70-1e-12) {
		t.Error("70 - 1e-12 does not meet min 70")
	}
	if scoring.Meets(tg, 70-1e-6) {
		t.Error("70 - 1e-6 meets min 70")
	}
	tg = &answers.Target{Max: &answers.Limit{Value: 60}, By: mustDate(t, "2027-01-01")}
	if !scoring.Meets(tg, 60+1e-12) || scoring.Meets(tg, 60+1e-6) {
		t.Error("max tolerance is not that of bands")
	}
}

// TestTargetsJSON: score JSON's targets array, in the order overall,
// sections, questions, with actual figures in the targets' units.
func TestTargetsJSON(t *testing.T) {
	q := parseQ(t, "", targetsQ)
	f := decodeA(t, q, "  live: {value: yes}\n  time: {value: 192m}\n  share: {value: 80, estimate: true}\n  reviewed: {value: 2026-01-10}\n"+
		"targets:\n  overall: {min: 70, by: 2027-06-30}\n  sections: {main: {min: 80, by: 2026-01-01}}\n"+
		"  questions:\n    time: {max: 1h, by: 2027-03-31}\n    share: {min: 90, by: 2027-03-31}\n    reviewed: {max: 365d, by: 2027-03-31}\n")
	s := scoring.Score(q, f).Summarize("en")
	got, err := jsonout.Marshal(s.Targets)
	if err != nil {
		t.Fatal(err)
	}
	want := `[
  {
    "scope": "overall",
    "min": 70,
    "by": "2027-06-30",
    "actual": 37.5,
    "state": "open"
  },
  {
    "scope": "section",
    "id": "main",
    "min": 80,
    "by": "2026-01-01",
    "actual": 75,
    "state": "missed"
  },
  {
    "scope": "question",
    "id": "share",
    "min": 90,
    "by": "2027-03-31",
    "actual": 80,
    "estimate": true,
    "state": "open"
  },
  {
    "scope": "question",
    "id": "time",
    "max": "1h",
    "by": "2027-03-31",
    "actual": "192m",
    "state": "open"
  },
  {
    "scope": "question",
    "id": "reviewed",
    "max": "365d",
    "by": "2027-03-31",
    "actual": "320d",
    "state": "met"
  }
]
`
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// no targets: the field is left out, so files without targets score
	// to the same JSON as before
	if s := scoring.Score(q, decodeA(t, q, "")).Summarize("en"); s.Targets != nil {
		t.Errorf("targets without any set: %+v", s.Targets)
	}
}

func mustDate(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
