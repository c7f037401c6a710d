package scoring_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/dutycheck/dutycheck/internal/scoring"
)

// The duties cases (unknowns, estimates, must-haves, regimes):
// questionnaires and answers files with those features, the numbers worked
// out by hand in the comments (see scoreCase).

// regimeWant is a regime's expected part; score unscored for null.
type regimeWant struct {
	id            string
	applies       bool
	read          string
	score         float64
	gaps, critGap int
}

// gapFlags are a gap's expected 1.1 marks.
type gapFlags struct {
	unknown, estimate, overdue, unowned, action bool
}

type case11 struct {
	scoreCase
	// provisional and reason: the reason as Summary words it.
	provisional bool
	reason      string
	unknowns    []string
	estimates   []string
	missing     []string
	critical    []string
	regimes     []regimeWant
	// flags holds the 1.1 marks of chosen gaps; a gap not listed has none.
	flags map[string]gapFlags
}

// regimesQ is a questionnaire with a profile that decides four regimes:
//
//	eu-platform  EU users and (50+ staff or turnover ≥ €10 million)
//	us           a US provider
//	eu-small     EU users and not eu-platform (a regime read through a regime)
//	vp           always (voluntary principles)
//	empty        always, and no question cites it
//
// The profile has weight 0; duties weight 2, practice weight 1. eu-users
// cites a DSA reference, to pin that a profile question never enters a
// regime's readiness.
const regimesQ = `regimes:
  - id: eu-platform
    title: DSA platforms
    applies:
      all:
        - {question: eu-users, equals: "yes"}
        - any: [{question: staff, at_least: 50}, {question: turnover, at_least: 10}]
    why: An online platform in the EU with 50 or more staff or €10 million turnover.
  - id: us
    title: US reporting
    applies: {question: us-provider, equals: "yes"}
    why: A US provider.
  - id: eu-small
    title: DSA intermediaries
    applies: {all: [{question: eu-users, equals: "yes"}, {not: {regime: eu-platform}}]}
    why: Every intermediary service in the EU.
  - id: vp
    title: Voluntary Principles
    why: Anyone may follow them.
  - id: empty
    title: Empty
    why: Nothing cites it.
references:
  dsa: {title: DSA, status: law, regime: eu-platform, pinpoint: Art. 15}
  dsa-all: {title: DSA, status: law, regime: eu-small, pinpoint: Art. 11}
  usc: {title: 18 USC 2258A, status: law, regime: us}
  vp: {title: Voluntary Principles, status: voluntary, regime: vp}
  plain: {title: A book}
critical_cap: Developing
`

const regimesSections = `
  - id: profile
    title: Profile
    weight: 0
    questions:
      - {id: eu-users, text: EU?, type: yesno, references: [dsa]}
      - {id: us-provider, text: US?, type: yesno}
      - {id: staff, text: Staff?, type: number, allow_unknown: true}
      - {id: turnover, text: Turnover?, type: number}
  - id: duties
    title: Duties
    weight: 2
    questions:
      - {id: ncmec, text: NCMEC?, type: yesno, critical: {regime: us}, references: [usc]}
      - id: transparency
        text: Report?
        type: yesno
        when: {regime: eu-platform}
        critical: {all: [{regime: eu-platform}, {question: staff, below: 250}]}
        references: [dsa]
      - {id: contact, text: Contact?, type: yesno, when: {regime: eu-small}, references: [dsa-all]}
      - {id: hash, text: Hash?, type: single, weight: 2, references: [usc, vp], allow_unknown: true,
         options: [{value: none, label: N, score: 0}, {value: some, label: S, score: 0.5}, {value: all, label: A, score: 1}]}
      - {id: policy, text: Policy?, type: yesno, references: [plain]}
  - id: practice
    title: Practice
    questions:
      - {id: training, text: Training?, type: yesno, references: [vp, dsa]}
      - {id: review, text: Review?, type: yesno, weight: 3, references: [vp]}
`

var cases11 = []case11{
	{
		scoreCase: scoreCase{
			name: "unknown scores 0, is listed apart from unanswered and counts as answered",
			yaml: `
  - id: s
    title: S
    questions:
      - {id: y1, text: Y1, type: yesno, allow_unknown: true}
      - {id: y2, text: Y2, type: yesno}
      - {id: y3, text: Y3, type: yesno}
      - {id: t1, text: T1, type: text, allow_unknown: true}
      - id: s1
        text: S1
        type: single
        recommendation: question's
        options:
          - {value: none, label: N, score: 0}
          - {value: all, label: A, score: 1}
          - {value: dk, label: Don't know, unknown: true, recommendation: Measure it.}
`,
			answers: "  y1: {unknown: true, note: not measured}\n  y2: {value: yes}\n  t1: {unknown: true}\n  s1: {value: dk}\n",
			// y1 unknown (answers file), t1 unknown (a text question:
			// listed, never scored), s1 the unknown option, y3 unanswered.
			// s: y1 0, y2 1, y3 0, s1 0 → section = 100 · 1 / 4 = 25
			overall: 25, sections: map[string]float64{"s": 25},
			band: "Inadequate", rating: "Inadequate",
			// applicable 5; answered 4 (unknown counts, y3 does not)
			answered: 4, applicable: 5,
			// lost = 100 · 1/4 · 1 = 25 each, questionnaire order
			gaps:       []gapWant{{"y1", false, 25}, {"y3", false, 25}, {"s1", false, 25}},
			unanswered: []string{"y3"},
			scores:     map[string]float64{"y1": 0, "y2": 1, "y3": 0, "s1": 0},
			status: map[string]scoring.Status{"y1": scoring.Unknown, "t1": scoring.Unknown, "s1": scoring.Unknown,
				"y3": scoring.Unanswered},
		},
		// completion 0.8 is not below 0.8; applicable scored: y1 y2 y3 s1
		// (t1 is text); unknown among them y1, s1: 2 of 4 = 50 % > 20 %
		provisional: true,
		reason:      "2 of 4 applicable scored questions (50%) are answered unknown, more than 20%",
		unknowns:    []string{"y1", "t1", "s1"},
		flags:       map[string]gapFlags{"y1": {unknown: true}, "s1": {unknown: true}},
	},
	{
		scoreCase: scoreCase{
			name: "a multi answer with the unknown option is unknown; exactly 20 % unknown is not provisional",
			yaml: `
  - id: s
    title: S
    questions:
      - {id: m1, text: M1, type: multi, options: [{value: a, label: A, score: 0.5}, {value: b, label: B, score: 0.5}, {value: dk, label: DK, unknown: true}]}
      - {id: y1, text: Y1, type: yesno}
      - {id: y2, text: Y2, type: yesno}
      - {id: y3, text: Y3, type: yesno}
      - {id: y4, text: Y4, type: yesno}
`,
			answers: "  m1: {value: [dk]}\n  y1: {value: yes}\n  y2: {value: yes}\n  y3: {value: yes}\n  y4: {value: yes}\n",
			// m1 picks dk: unknown → 0
			// section = 100 · 4 / 5 = 80 → Established
			overall: 80, sections: map[string]float64{"s": 80},
			band: "Established", rating: "Established",
			answered: 5, applicable: 5,
			// lost = 100 · 1/5 · 1 = 20
			gaps:   []gapWant{{"m1", false, 20}},
			scores: map[string]float64{"m1": 0},
			status: map[string]scoring.Status{"m1": scoring.Unknown},
		},
		// 1 unknown of 5 applicable scored = 20 %: not more than 20 %
		provisional: false,
		unknowns:    []string{"m1"},
		flags:       map[string]gapFlags{"m1": {unknown: true}},
	},
	{
		scoreCase: scoreCase{
			name:  "unknowns in a weight-0 section are listed but not in the unknown share",
			extra: "",
			yaml: `
  - id: p
    title: P
    weight: 0
    questions:
      - {id: p1, text: P1, type: yesno, allow_unknown: true}
      - {id: p2, text: P2, type: number, allow_unknown: true}
  - id: s
    title: S
    questions:
      - {id: y1, text: Y1, type: yesno}
      - {id: y2, text: Y2, type: yesno}
`,
			answers: "  p1: {unknown: true}\n  p2: {unknown: true}\n  y1: {value: yes}\n  y2: {value: yes}\n",
			// p unscored; s = 100 · 2 / 2 = 100
			overall: 100, sections: map[string]float64{"p": unscored, "s": 100},
			band: "Leading", rating: "Leading",
			answered: 4, applicable: 4,
		},
		// applicable scored: y1, y2 (p sits in a section of weight 0);
		// unknown among them 0 → not provisional
		unknowns: []string{"p1", "p2"},
	},
	{
		scoreCase: scoreCase{
			name: "completion below min_completion is provisional",
			yaml: `
  - id: s
    title: S
    questions:
      - {id: y1, text: Y1, type: yesno}
      - {id: y2, text: Y2, type: yesno}
      - {id: y3, text: Y3, type: yesno}
      - {id: y4, text: Y4, type: yesno}
      - {id: y5, text: Y5, type: yesno}
`,
			answers: "  y1: {value: yes}\n  y2: {value: yes}\n  y3: {value: no}\n",
			// s: 1 1 0 0 0 → 40 → Developing (edge)
			overall: 40, sections: map[string]float64{"s": 40},
			band: "Developing", rating: "Developing",
			// completion 3/5 = 0.6 < 0.8
			answered: 3, applicable: 5,
			// lost = 100 · 1/5 = 20 each, questionnaire order
			gaps:       []gapWant{{"y3", false, 20}, {"y4", false, 20}, {"y5", false, 20}},
			unanswered: []string{"y4", "y5"},
		},
		provisional: true,
		reason:      "completion 60% is below 80%",
	},
	{
		scoreCase: scoreCase{
			name:  "completion equal to min_completion is not provisional",
			extra: "min_completion: 0.6\n",
			yaml: `
  - id: s
    title: S
    questions:
      - {id: y1, text: Y1, type: yesno}
      - {id: y2, text: Y2, type: yesno}
      - {id: y3, text: Y3, type: yesno}
      - {id: y4, text: Y4, type: yesno}
      - {id: y5, text: Y5, type: yesno}
`,
			answers: "  y1: {value: yes}\n  y2: {value: yes}\n  y3: {value: no}\n",
			overall: 40, sections: map[string]float64{"s": 40},
			band: "Developing", rating: "Developing",
			// completion 3/5 = 0.6, min_completion 0.6: not below
			answered: 3, applicable: 5,
			gaps:       []gapWant{{"y3", false, 20}, {"y4", false, 20}, {"y5", false, 20}},
			unanswered: []string{"y4", "y5"},
		},
	},
	{
		scoreCase: scoreCase{
			name: "both reasons at once",
			yaml: `
  - id: s
    title: S
    questions:
      - {id: y1, text: Y1, type: yesno}
      - {id: y2, text: Y2, type: yesno, allow_unknown: true}
      - {id: y3, text: Y3, type: yesno}
`,
			answers: "  y1: {value: yes}\n  y2: {unknown: true}\n",
			// y2 unknown, y3 unanswered: s 1 0 0 → 33.33
			overall: 100.0 / 3, sections: map[string]float64{"s": 100.0 / 3},
			band: "Inadequate", rating: "Inadequate",
			// completion 2/3 = 66.7 % < 80 %; unknown 1 of 3 = 33 % > 20 %
			answered: 2, applicable: 3,
			gaps:       []gapWant{{"y2", false, 100.0 / 3}, {"y3", false, 100.0 / 3}},
			unanswered: []string{"y3"},
		},
		provisional: true,
		reason:      "completion 67% is below 80%; 1 of 3 applicable scored questions (33%) are answered unknown, more than 20%",
		unknowns:    []string{"y2"},
		flags:       map[string]gapFlags{"y2": {unknown: true}},
	},
	{
		scoreCase: scoreCase{
			name: "estimates and missing evidence list the scored ones",
			yaml: `
  - id: s
    title: S
    questions:
      - {id: n1, text: N1, type: number, evidence: the export, bands: [{min: 90, score: 1}, {min: 50, score: 0.5}]}
      - {id: e1, text: E1, type: yesno, evidence: the runbook}
      - {id: e2, text: E2, type: yesno, evidence: the runbook}
      - {id: e3, text: E3, type: yesno, evidence: the runbook}
      - {id: e4, text: E4, type: yesno, evidence: the runbook}
      - {id: t1, text: T1, type: text}
      - {id: n2, text: N2, type: number}
`,
			answers: `
  n1: {value: 60, estimate: true}
  e1: {value: yes, note: "runbook v3"}
  e2: {value: yes, evidence: [{url: "https://wiki.example.com/runbook"}]}
  e3: {value: yes}
  e4: {value: no, estimate: true}
  t1: {value: hello, estimate: true}
  n2: {value: 12, estimate: true}
`,
			// s: n1 60 → band min 50 → 0.5; e1 1, e2 1, e3 1, e4 0
			// section = 100 · 3.5 / 5 = 70 → Established (edge)
			overall: 70, sections: map[string]float64{"s": 70},
			band: "Established", rating: "Established",
			answered: 7, applicable: 7,
			// lost = 100 · 1/5 · (1 − s): e4 20, n1 10
			gaps: []gapWant{{"e4", false, 20}, {"n1", false, 10}},
		},
		// estimates: n1 and e4 are scored; t1 and n2 (no bands) are not
		// missing evidence: scored above 0, an evidence prompt, no note
		// and no evidence items: n1 (0.5) and e3; e1 has a note, e2 a
		// link, e4 scores 0
		estimates: []string{"n1", "e4"},
		missing:   []string{"n1", "e3"},
		flags:     map[string]gapFlags{"e4": {estimate: true}, "n1": {estimate: true}},
	},
	{
		scoreCase: scoreCase{
			name:  "regimes: a small EU company",
			extra: regimesQ,
			yaml:  regimesSections,
			answers: `
  eu-users: {value: yes}
  us-provider: {value: no}
  staff: {value: 12}
  turnover: {value: 2}
  ncmec: {value: no}
  contact: {value: yes}
  hash: {value: some}
  policy: {value: yes}
  training: {value: no}
  review: {value: yes}
`,
			// eu-platform: staff 12 < 50, turnover 2 < 10 → does not apply,
			// so transparency does not apply; eu-small applies (EU users,
			// not a platform); us does not apply, so ncmec is not critical.
			// duties (W 2): ncmec 0, contact 1, hash 0.5 (w 2), policy 1
			//   → 100 · (0 + 1 + 1 + 1) / 5 = 60
			// practice (W 1): training 0, review 1 (w 3) → 100 · 3/4 = 75
			// overall = (2 · 60 + 75) / 3 = 65 → Developing
			overall: 65, sections: map[string]float64{"profile": unscored, "duties": 60, "practice": 75},
			band: "Developing", rating: "Developing",
			// applicable: profile 4, duties 4 (not transparency), practice 2
			answered: 10, applicable: 10,
			// lost: ncmec 100 · 2/3 · 1/5 = 13.33; hash 100 · 2/3 · 2/5 ·
			// 0.5 = 13.33 (a tie: questionnaire order); training 100 ·
			// 1/3 · 1/4 = 8.33; sum 35 = 100 − 65
			gaps:   []gapWant{{"ncmec", false, 40.0 / 3}, {"hash", false, 40.0 / 3}, {"training", false, 25.0 / 3}},
			status: map[string]scoring.Status{"transparency": scoring.NotApplicable, "contact": scoring.Answered},
		},
		regimes: []regimeWant{
			{id: "eu-platform", applies: false, read: "[eu-users staff turnover]", score: unscored},
			{id: "us", applies: false, read: "[us-provider]", score: unscored},
			// eu-small reads eu-users and, through eu-platform, staff and
			// turnover; cited by contact (1) → 100
			{id: "eu-small", applies: true, read: "[eu-users staff turnover]", score: 100},
			// vp: hash 0.5 (w 2), training 0 (w 1), review 1 (w 3)
			//   → 100 · (1 + 0 + 3) / 6 = 66.67; gaps hash, training
			{id: "vp", applies: true, read: "[]", score: 400.0 / 6, gaps: 2},
			{id: "empty", applies: true, read: "[]", score: unscored},
		},
	},
	{
		scoreCase: scoreCase{
			name:  "regimes: an EU platform and US provider; conditional must-haves; actions",
			extra: regimesQ,
			yaml:  regimesSections,
			answers: `
  eu-users: {value: yes}
  us-provider: {value: yes}
  staff: {value: 120}
  ncmec: {value: yes}
  transparency: {value: no}
  contact: {value: yes}
  hash: {value: all}
  policy: {value: no}
  training: {value: yes}
  review: {value: yes}
actions:
  # due before the assessment date 2026-11-26 and in progress: overdue
  transparency: {owner: CTO, due: 2026-10-01, status: in_progress}
  # no owner on an ordinary gap: not "unowned" (that is for must-haves);
  # past due but accepted as a risk: not overdue
  policy: {due: 2026-01-01, status: risk_accepted, approved_by: Board}
`,
			// eu-platform: staff 120 ≥ 50 → applies (turnover unanswered
			// does not matter in an any); us applies; eu-small does not,
			// so contact does not apply (its old answer is ignored).
			// transparency critical: eu-platform and staff 120 < 250.
			// ncmec critical (us), but met.
			// duties (W 2): ncmec 1, transparency 0, hash 1 (w 2), policy 0
			//   → 100 · 3 / 5 = 60
			// practice (W 1): training 1, review 1 → 100
			// overall = (2 · 60 + 100) / 3 = 73.33 → Established; the
			// critical gap caps it at Developing
			overall: 220.0 / 3, sections: map[string]float64{"profile": unscored, "duties": 60, "practice": 100},
			band: "Established", rating: "Developing", capped: true,
			// applicable: profile 4 (turnover unanswered), duties 4,
			// practice 2 → 9 of 10
			answered: 9, applicable: 10,
			// lost: transparency 100 · 2/3 · 1/5 = 13.33 (critical, first);
			// policy 13.33
			gaps:       []gapWant{{"transparency", true, 40.0 / 3}, {"policy", false, 40.0 / 3}},
			unanswered: []string{"turnover"},
		},
		critical: []string{"transparency"},
		flags: map[string]gapFlags{"transparency": {action: true, overdue: true},
			"policy": {action: true}},
		regimes: []regimeWant{
			// cited by transparency 0 and training 1 (w 1 each) → 50; the
			// profile's eu-users cites dsa too but is in a section of
			// weight 0 (with it the score would be 66.67)
			{id: "eu-platform", applies: true, read: "[eu-users staff turnover]", score: 50, gaps: 1, critGap: 1},
			// ncmec 1, hash 1 (w 2) → 100
			{id: "us", applies: true, read: "[us-provider]", score: 100},
			{id: "eu-small", applies: false, read: "[eu-users staff turnover]", score: unscored},
			// hash 1 (w 2), training 1, review 1 (w 3) → 100
			{id: "vp", applies: true, read: "[]", score: 100},
			{id: "empty", applies: true, read: "[]", score: unscored},
		},
	},
	{
		scoreCase: scoreCase{
			name:  "regimes: an unknown number makes both of its thresholds false",
			extra: regimesQ,
			yaml:  regimesSections,
			answers: `
  eu-users: {value: yes}
  us-provider: {value: no}
  staff: {unknown: true}
  turnover: {value: 15}
  ncmec: {value: yes}
  transparency: {value: no}
  hash: {value: all}
  policy: {value: yes}
  training: {value: yes}
  review: {value: yes}
`,
			// staff unknown: staff ≥ 50 is false, staff < 250 is false too.
			// eu-platform applies by turnover 15 ≥ 10; transparency applies
			// but is not critical (staff < 250 cannot be shown).
			// duties: ncmec 1, transparency 0, hash 1 (w 2), policy 1 → 80
			// practice 100; overall (160 + 100) / 3 = 86.67 → Established,
			// not capped
			overall: 260.0 / 3, sections: map[string]float64{"profile": unscored, "duties": 80, "practice": 100},
			band: "Established", rating: "Established",
			answered: 10, applicable: 10,
			// lost: transparency 100 · 2/3 · 1/5 = 13.33, not critical
			gaps: []gapWant{{"transparency", false, 40.0 / 3}},
		},
		// applicable scored: ncmec transparency hash policy training review;
		// staff (profile) is not among them → 0 of 6
		unknowns: []string{"staff"},
		flags:    map[string]gapFlags{},
		regimes: []regimeWant{
			{id: "eu-platform", applies: true, read: "[eu-users staff turnover]", score: 50, gaps: 1},
			{id: "us", applies: false, read: "[us-provider]", score: unscored},
			{id: "eu-small", applies: false, read: "[eu-users staff turnover]", score: unscored},
			{id: "vp", applies: true, read: "[]", score: 100},
			{id: "empty", applies: true, read: "[]", score: unscored},
		},
	},
	{
		scoreCase: scoreCase{
			name:  "an unowned must-have: no action, or an action without an owner",
			extra: "critical_cap: Developing\n",
			yaml: `
  - id: s
    title: S
    questions:
      - {id: c1, text: C1, type: yesno, critical: true}
      - {id: c2, text: C2, type: yesno, critical: true}
      - {id: c3, text: C3, type: yesno, critical: true}
      - {id: o1, text: O1, type: yesno}
`,
			answers: `
  c1: {value: no}
  c2: {value: no}
  c3: {value: no}
  o1: {value: no}
actions:
  c2: {due: 2027-01-31}
  # done but still a gap (not assessed again yet): not overdue
  c3: {owner: Legal, due: 2026-01-01, status: done}
  # due the day before the assessment date, open
  o1: {owner: Ops, due: 2026-11-25}
`,
			// all 0 → 0, Inadequate (below the cap: not capped)
			overall: 0, sections: map[string]float64{"s": 0},
			band: "Inadequate", rating: "Inadequate",
			answered: 4, applicable: 4,
			// lost 25 each; critical first, then questionnaire order
			gaps: []gapWant{{"c1", true, 25}, {"c2", true, 25}, {"c3", true, 25}, {"o1", false, 25}},
		},
		critical: []string{"c1", "c2", "c3"},
		flags: map[string]gapFlags{
			"c1": {unowned: true},
			"c2": {unowned: true, action: true},
			"c3": {action: true},
			"o1": {action: true, overdue: true},
		},
	},
}

func TestScore11(t *testing.T) {
	for _, tc := range cases11 {
		t.Run(tc.name, func(t *testing.T) {
			r := score(t, tc.extra, tc.yaml, tc.answers)
			checkResult(t, r, tc.scoreCase)
			check11(t, r, tc)
		})
	}
}

func check11(t *testing.T, r *scoring.Result, tc case11) {
	t.Helper()
	if r.Provisional != tc.provisional {
		t.Errorf("provisional = %v, want %v (%+v)", r.Provisional, tc.provisional, r.Reason)
	}
	if got := r.Reason.String(); got != tc.reason {
		t.Errorf("reason %q, want %q", got, tc.reason)
	}
	if got := r.Summarize("en").Overall.ProvisionalReason; got != tc.reason {
		t.Errorf("summary reason %q, want %q", got, tc.reason)
	}
	for _, l := range []struct {
		what      string
		got, want []string
	}{
		{"unknowns", r.Unknowns, tc.unknowns},
		{"estimates", r.Estimates, tc.estimates},
		{"missing evidence", r.MissingEvidence, tc.missing},
		{"critical gaps", r.CriticalGapIDs, tc.critical},
	} {
		if join(l.got) != join(l.want) {
			t.Errorf("%s = %s, want %s", l.what, join(l.got), join(l.want))
		}
	}
	if len(r.CriticalGapIDs) != r.CriticalGaps {
		t.Errorf("%d critical gap ids, %d critical gaps", len(r.CriticalGapIDs), r.CriticalGaps)
	}
	for _, g := range r.Gaps {
		want := tc.flags[g.Question.ID]
		got := gapFlags{unknown: g.Unknown, estimate: g.Estimate, overdue: g.Overdue, unowned: g.Unowned,
			action: g.Action != nil}
		if got != want {
			t.Errorf("gap %s: %+v, want %+v", g.Question.ID, got, want)
		}
		if g.Action != nil && g.Action != r.Answers.Actions[g.Question.ID] {
			t.Errorf("gap %s carries another action", g.Question.ID)
		}
		if qr := r.Question(g.Question.ID); qr.Critical != g.Critical {
			t.Errorf("gap %s critical %v, question %v", g.Question.ID, g.Critical, qr.Critical)
		}
	}
	if len(r.Regimes) != len(tc.regimes) {
		t.Fatalf("%d regimes, want %d", len(r.Regimes), len(tc.regimes))
	}
	for i, w := range tc.regimes {
		rr := r.Regimes[i]
		got := fmt.Sprintf("%s applies=%v read=%s gaps=%d critical=%d", rr.Regime.ID, rr.Applies, join(rr.Read), rr.Gaps, rr.CriticalGaps)
		want := fmt.Sprintf("%s applies=%v read=%s gaps=%d critical=%d", w.id, w.applies, w.read, w.gaps, w.critGap)
		if got != want {
			t.Errorf("regime %d: %s, want %s", i, got, want)
		}
		switch {
		case w.score == unscored && rr.Scored:
			t.Errorf("regime %s scored %v, want no score", w.id, rr.Score)
		case w.score != unscored && (!rr.Scored || !near(rr.Score, w.score)):
			t.Errorf("regime %s: scored %v, %v; want %v", w.id, rr.Scored, rr.Score, w.score)
		}
	}
	if !r.Finite() {
		t.Errorf("result is not finite")
	}
}

// TestUnknownRecommendation: a gap answered with a "don't know" option
// carries that option's advice (typically "measure it"); answered unknown
// in the file, the question's.
func TestUnknownRecommendation(t *testing.T) {
	q := parseQ(t, "", `
  - id: s
    title: S
    questions:
      - id: s1
        text: S1
        type: single
        recommendation: Do it.
        options:
          - {value: none, label: N, score: 0}
          - {value: all, label: A, score: 1}
          - {value: dk, label: Don't know, unknown: true, recommendation: Measure it.}
      - {id: s2, text: S2, type: yesno, allow_unknown: true, recommendation: Do it.}
`)
	r := scoring.Score(q, decodeA(t, q, "  s1: {value: dk}\n  s2: {unknown: true}\n"))
	got := map[string]string{}
	for _, g := range r.Gaps {
		got[g.Question.ID] = g.Recommendation.In("en")
	}
	if got["s1"] != "Measure it." || got["s2"] != "Do it." {
		t.Errorf("recommendations %v", got)
	}
}

// TestFinite: a result whose overall score is not a finite number says
// so. A validated questionnaire cannot produce one (weights are finite and
// at most 1000); one built in code with an infinite weight can.
func TestFinite(t *testing.T) {
	q := parseQ(t, "", `
  - id: s
    title: S
    questions:
      - {id: y1, text: Y1, type: yesno}
      - {id: y2, text: Y2, type: yesno}
`)
	f := decodeA(t, q, "  y1: {value: yes}\n  y2: {value: no}\n")
	if r := scoring.Score(q, f); !r.Finite() || !near(r.Overall, 50) {
		t.Fatalf("finite %v, overall %v", r.Finite(), r.Overall)
	}
	q.Questions[0].Weight = posInf()
	r := scoring.Score(q, f)
	if r.Finite() {
		t.Errorf("an infinite weight gave a finite result: overall %v", r.Overall)
	}
	// the lowest band, never a better one, for a score that is no number
	if r.Band != len(q.Rating)-1 {
		t.Errorf("band %d for overall %v", r.Band, r.Overall)
	}
}

func posInf() float64 { return math.Inf(1) }

// TestConditionOnUnknown: a condition on a question answered unknown is
// false, whether the answer says `unknown: true` or picks the unknown
// option (questionnaires/README.md), and a threshold on an unknown number is false
// both ways.
func TestConditionOnUnknown(t *testing.T) {
	sections := `
  - id: s
    title: S
    questions:
      - {id: s1, text: S1, type: single, options: [{value: all, label: A, score: 1}, {value: dk, label: DK, unknown: true}]}
      - {id: n1, text: N1, type: number, allow_unknown: true}
      - {id: a, text: A, type: yesno, when: {question: s1, in: [all, dk]}}
      - {id: b, text: B, type: yesno, when: {question: n1, at_least: 10}}
      - {id: c, text: C, type: yesno, when: {question: n1, below: 10}}
`
	for _, tc := range []struct{ answers, applies string }{
		{"  s1: {value: all}\n  n1: {value: 10}\n", "[s1 n1 a b]"},
		{"  s1: {value: dk}\n  n1: {value: 9}\n", "[s1 n1 c]"},
		{"  s1: {value: dk}\n  n1: {unknown: true}\n", "[s1 n1]"},
	} {
		r := score(t, "", sections, tc.answers)
		var got []string
		for _, qr := range r.Questions {
			if qr.Status != scoring.NotApplicable {
				got = append(got, qr.Question.ID)
			}
		}
		if join(got) != tc.applies {
			t.Errorf("%q: applicable %s, want %s", tc.answers, join(got), tc.applies)
		}
	}
}

// TestVoluntaryRegimeHasNoMustHaves: a must-have that also cites a
// voluntary framework is counted as a critical gap of the law that makes
// it one, never of the framework (a review found a report saying "DTSP: 1
// must-have").
func TestVoluntaryRegimeHasNoMustHaves(t *testing.T) {
	const extra = `regimes:
  - {id: law, title: A law, status: law, why: Always.}
  - {id: vp, title: Principles, status: voluntary, why: Anyone may follow them.}
  - {id: prop, title: A proposal, status: proposal, why: Not adopted.}
  - {id: plain, title: No status, why: Old questionnaire.}
references:
  l: {title: L, status: law, regime: law}
  v: {title: V, status: voluntary, regime: vp}
  p: {title: P, status: proposal, regime: prop}
  n: {title: N, regime: plain}
`
	const sections = `
  - id: s
    title: S
    questions:
      - {id: hash, text: Hash?, type: yesno, critical: true, references: [l, v, p, n]}
`
	r := score(t, extra, sections, "  hash: {value: \"no\"}\n")
	want := map[string][2]int{"law": {1, 1}, "vp": {1, 0}, "prop": {1, 0}, "plain": {1, 1}}
	for _, rr := range r.Regimes {
		if got := [2]int{rr.Gaps, rr.CriticalGaps}; got != want[rr.Regime.ID] {
			t.Errorf("%s: gaps/critical %v, want %v", rr.Regime.ID, got, want[rr.Regime.ID])
		}
	}
}
