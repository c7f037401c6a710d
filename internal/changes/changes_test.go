package changes

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// base is the old version every case edits.
const base = `format: dutycheck/v1
id: t
version: 1.0.0
title: {en: Test, sv: Test}
description: {en: A test., sv: Ett test.}
languages: [en, sv]
references:
  dsa:
    title: {en: DSA, sv: DSA}
    url: https://example.com/dsa
  vp:
    title: {en: Voluntary principles, sv: Frivilliga principer}
rating:
  - {min: 80, label: {en: Strong, sv: Stark}}
  - {min: 50, label: {en: Fair, sv: Godtagbar}}
  - {min: 0, label: {en: Weak, sv: Svag}}
critical_cap: Fair
sections:
  - id: profile
    title: {en: Profile, sv: Profil}
    weight: 0
    questions:
      - id: uploads
        type: yesno
        text: {en: Uploads?, sv: Uppladdning?}
      - id: users
        type: number
        min: 0
        max: 1000
        text: {en: Users?, sv: Användare?}
  - id: detection
    title: {en: Detection, sv: Upptäckt}
    when: {question: uploads, equals: "yes"}
    questions:
      - id: hashes
        type: single
        text: {en: Hash matching?, sv: Hashmatchning?}
        help: {en: PhotoDNA counts., sv: PhotoDNA räknas.}
        options:
          - {value: none, label: {en: None, sv: Ingen}, score: 0}
          - {value: some, label: {en: Some, sv: Viss}, score: 0.5}
          - {value: all, label: {en: All, sv: Alla}, score: 1}
        critical: true
        references: [dsa]
        recommendation: {en: Match everything., sv: Matcha allt.}
      - id: classifiers
        type: multi
        text: {en: Classifiers?, sv: Klassificerare?}
        allow_na: true
        options:
          - {value: images, label: {en: Images, sv: Bilder}, score: 0.6}
          - {value: none, label: {en: None, sv: Inga}, score: 0, exclusive: true}
      - id: report-time
        type: duration
        text: {en: Report time?, sv: Rapporttid?}
        when: {question: uploads, in: ["yes", "no"]}
        bands:
          - {max: 24h, score: 1}
          - {max: 3d, score: 0.5}
  - id: response
    title: {en: Response, sv: Svar}
    questions:
      - id: escalation
        type: yesno
        text: {en: Escalation path?, sv: Eskaleringsväg?}
        references: [vp]
      - id: comments
        type: text
        text: {en: Anything else?, sv: Något mer?}
`

func parse(t *testing.T, src string) *questionnaire.Questionnaire {
	t.Helper()
	q, err := questionnaire.Parse("t.yaml", []byte(src))
	if err != nil {
		t.Fatalf("parse:\n%v", err)
	}
	return q
}

// edit applies replacements (old, new, old, new, …) to the base, each of
// which must match, so that a case cannot silently test nothing.
func edit(t *testing.T, src string, pairs ...string) string {
	t.Helper()
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(src, pairs[i]) {
			t.Fatalf("edit: %q not in the source", pairs[i])
		}
		src = strings.Replace(src, pairs[i], pairs[i+1], 1)
	}
	return src
}

func f64(v float64) *float64 { return &v }

// TestCompare: one case per kind of change, with what it reports, whether
// it changes scoring, and the bump it needs.
func TestCompare(t *testing.T) {
	cases := []struct {
		name  string
		edits []string
		// mutate edits the parsed versions, for 1.1 fields the parser
		// does not read yet.
		mutate  func(old, new *questionnaire.Questionnaire)
		want    []string // What() of each change, in order
		scoring []bool
		needs   Level
	}{
		{name: "nothing", needs: None},
		{name: "comment only", edits: []string{"format: dutycheck/v1\n", "# CHANGELOG\n# 1.0.1 nothing\nformat: dutycheck/v1\n"}, needs: None},
		{name: "question text", edits: []string{"sv: Hashmatchning?", "sv: Matchar ni hashvärden?"},
			want: []string{"text (sv) of hashes changed"}, scoring: []bool{false}, needs: Patch},
		{name: "translation added", edits: []string{"title: {en: Test, sv: Test}", "title: Test"},
			want: []string{"title (sv) changed"}, scoring: []bool{false}, needs: Patch},
		{name: "help", edits: []string{"PhotoDNA counts.", "PhotoDNA or PDQ count."},
			want: []string{"help (en) of hashes changed"}, scoring: []bool{false}, needs: Patch},
		{name: "recommendation", edits: []string{"Match everything.", "Match every upload."},
			want: []string{"recommendation (en) of hashes changed"}, scoring: []bool{false}, needs: Patch},
		{name: "option label", edits: []string{"{en: Some, sv: Viss}", "{en: Some surfaces, sv: Viss}"},
			want: []string{"option some: label (en) of hashes changed"}, scoring: []bool{false}, needs: Patch},
		{name: "option score", edits: []string{"score: 0.5}", "score: 0.4}"},
			want: []string{"option some: score of hashes changed"}, scoring: []bool{true}, needs: Major},
		{name: "option added", edits: []string{"          - {value: all,", "          - {value: most, label: Most, score: 0.75}\n          - {value: all,"},
			want: []string{"option most of hashes added"}, scoring: []bool{true}, needs: Minor},
		{name: "option removed", edits: []string{"          - {value: some, label: {en: Some, sv: Viss}, score: 0.5}\n", ""},
			want: []string{"option some of hashes removed"}, scoring: []bool{true}, needs: Major},
		{name: "option exclusive", edits: []string{"score: 0, exclusive: true}", "score: 0}"},
			want: []string{"option none: exclusive of classifiers changed"}, scoring: []bool{true}, needs: Major},
		{name: "options reordered", edits: []string{
			"          - {value: none, label: {en: None, sv: Ingen}, score: 0}\n", "",
			"          - {value: all, label: {en: All, sv: Alla}, score: 1}\n", "          - {value: all, label: {en: All, sv: Alla}, score: 1}\n          - {value: none, label: {en: None, sv: Ingen}, score: 0}\n"},
			want: []string{"order of options of hashes changed"}, scoring: []bool{false}, needs: Patch},
		{name: "type", edits: []string{"type: single", "type: multi"},
			want: []string{"type of hashes changed"}, scoring: []bool{true}, needs: Major},
		{name: "weight", edits: []string{"      - id: escalation\n", "      - id: escalation\n        weight: 2\n"},
			want: []string{"weight of escalation changed"}, scoring: []bool{true}, needs: Major},
		{name: "bands", edits: []string{"{max: 3d, score: 0.5}", "{max: 2d, score: 0.5}"},
			want: []string{"bands of report-time changed"}, scoring: []bool{true}, needs: Major},
		{name: "max narrowed", edits: []string{"max: 1000", "max: 500"},
			want: []string{"max of users changed"}, scoring: []bool{true}, needs: Major},
		{name: "max widened", edits: []string{"max: 1000", "max: 5000"},
			want: []string{"max of users changed"}, scoring: []bool{true}, needs: Minor},
		{name: "min dropped", edits: []string{"        min: 0\n", ""},
			want: []string{"min of users changed"}, scoring: []bool{true}, needs: Minor},
		{name: "critical", edits: []string{"        critical: true\n", ""},
			want: []string{"critical of hashes changed"}, scoring: []bool{true}, needs: Major},
		{name: "critical condition", mutate: func(_, n *questionnaire.Questionnaire) {
			qn := n.Question("hashes")
			qn.Critical, qn.CriticalWhen = false, &questionnaire.Condition{Regime: "us"}
		}, want: []string{"critical of hashes changed"}, scoring: []bool{true}, needs: Major},
		{name: "allow_na added", edits: []string{"        references: [vp]\n", "        references: [vp]\n        allow_na: true\n"},
			want: []string{"allow_na of escalation changed"}, scoring: []bool{true}, needs: Minor},
		{name: "allow_na removed", edits: []string{"        allow_na: true\n", ""},
			want: []string{"allow_na of classifiers changed"}, scoring: []bool{true}, needs: Major},
		{name: "allow_unknown added", mutate: func(_, n *questionnaire.Questionnaire) { n.Question("escalation").AllowUnknown = true },
			want: []string{"allow_unknown of escalation changed"}, scoring: []bool{true}, needs: Minor},
		{name: "unknown option", mutate: func(_, n *questionnaire.Questionnaire) { n.Question("hashes").Options[0].Unknown = true },
			want: []string{"option none: unknown of hashes changed"}, scoring: []bool{true}, needs: Major},
		{name: "when", edits: []string{`in: ["yes", "no"]`, `equals: "yes"`},
			want: []string{"when of report-time changed"}, scoring: []bool{true}, needs: Major},
		{name: "when values reordered", edits: []string{`in: ["yes", "no"]`, `in: ["no", "yes"]`}, needs: None},
		{name: "when at_least", mutate: func(o, n *questionnaire.Questionnaire) {
			o.Question("escalation").When = &questionnaire.Condition{Question: "users", Op: "at_least", Number: 100}
			n.Question("escalation").When = &questionnaire.Condition{Question: "users", Op: "at_least", Number: 50}
		}, want: []string{"when of escalation changed"}, scoring: []bool{true}, needs: Major},
		{name: "question reference", edits: []string{"references: [vp]", "references: [vp, dsa]"},
			want: []string{"reference dsa of escalation added"}, scoring: []bool{false}, needs: Patch},
		{name: "question reference in a regime", edits: []string{"references: [vp]", "references: [vp, dsa]"},
			mutate: func(o, n *questionnaire.Questionnaire) {
				o.Reference("dsa").Regime, n.Reference("dsa").Regime = "eu", "eu"
			},
			want: []string{"reference dsa of escalation added"}, scoring: []bool{true}, needs: Major},
		{name: "question added", edits: []string{"      - id: comments\n", "      - id: training\n        type: yesno\n        text: Training?\n      - id: comments\n"},
			want: []string{"question training added"}, scoring: []bool{true}, needs: Minor},
		{name: "unscored question added", edits: []string{"      - id: comments\n", "      - id: notes\n        type: text\n        text: Notes?\n      - id: comments\n"},
			want: []string{"question notes added"}, scoring: []bool{false}, needs: Minor},
		{name: "question removed", edits: []string{"      - id: escalation\n        type: yesno\n        text: {en: Escalation path?, sv: Eskaleringsväg?}\n        references: [vp]\n", ""},
			want: []string{"question escalation removed"}, scoring: []bool{true}, needs: Major},
		{name: "renamed with replaces", edits: []string{"      - id: escalation\n", "      - id: escalation-path\n        replaces: [escalation]\n"},
			want: []string{"question escalation renamed to escalation-path"}, scoring: []bool{false}, needs: Patch},
		{name: "renamed and reworded", edits: []string{"      - id: escalation\n", "      - id: escalation-path\n        replaces: [escalation]\n", "Escalation path?", "A 24/7 escalation path?"},
			want: []string{"question escalation renamed to escalation-path", "text (en) of escalation-path changed"}, scoring: []bool{false, false}, needs: Patch},
		{name: "renamed without replaces", edits: []string{"      - id: escalation\n", "      - id: escalation-path\n"},
			want: []string{"question escalation-path added", "question escalation removed"}, scoring: []bool{true, true}, needs: Major},
		{name: "condition on a renamed question", edits: []string{"      - id: uploads\n", "      - id: has-uploads\n        replaces: [uploads]\n",
			`when: {question: uploads, equals: "yes"}`, `when: {question: has-uploads, equals: "yes"}`,
			`{question: uploads, in:`, `{question: has-uploads, in:`},
			want: []string{"question uploads renamed to has-uploads"}, scoring: []bool{false}, needs: Patch},
		{name: "merged into an existing question", edits: []string{"      - id: escalation\n        type: yesno\n        text: {en: Escalation path?, sv: Eskaleringsväg?}\n        references: [vp]\n", "", "      - id: comments\n", "      - id: comments\n        replaces: [escalation]\n"},
			want: []string{"question escalation removed", "replaces of comments changed"}, scoring: []bool{true, false}, needs: Major},
		{name: "question moved to another section", edits: []string{
			"      - id: escalation\n        type: yesno\n        text: {en: Escalation path?, sv: Eskaleringsväg?}\n        references: [vp]\n", "",
			"      - id: report-time\n", "      - id: escalation\n        type: yesno\n        text: {en: Escalation path?, sv: Eskaleringsväg?}\n        references: [vp]\n      - id: report-time\n"},
			want: []string{"section of escalation changed", "order of questions changed"}, scoring: []bool{true, false}, needs: Major},
		{name: "questions reordered", edits: []string{
			"      - id: comments\n        type: text\n        text: {en: Anything else?, sv: Något mer?}\n", "",
			"      - id: escalation\n", "      - id: comments\n        type: text\n        text: {en: Anything else?, sv: Något mer?}\n      - id: escalation\n"},
			want: []string{"order of questions changed"}, scoring: []bool{false}, needs: Patch},
		{name: "section weight", edits: []string{"    title: {en: Response, sv: Svar}\n", "    title: {en: Response, sv: Svar}\n    weight: 2\n"},
			want: []string{"weight of section response changed"}, scoring: []bool{true}, needs: Major},
		{name: "section when", edits: []string{`    when: {question: uploads, equals: "yes"}` + "\n", ""},
			want: []string{"when of section detection changed"}, scoring: []bool{true}, needs: Major},
		{name: "section title", edits: []string{"{en: Response, sv: Svar}", "{en: Responding, sv: Svar}"},
			want: []string{"title (en) of section response changed"}, scoring: []bool{false}, needs: Patch},
		{name: "section added", edits: []string{"  - id: response\n", "  - id: people\n    title: People\n    questions:\n      - id: training\n        type: yesno\n        text: Training?\n  - id: response\n"},
			want: []string{"section people added", "question training added"}, scoring: []bool{true, true}, needs: Minor},
		{name: "reference url", edits: []string{"https://example.com/dsa", "https://example.com/dsa-2"},
			want: []string{"url of reference dsa changed"}, scoring: []bool{false}, needs: Patch},
		{name: "reference added", edits: []string{"  vp:\n", "  osa:\n    title: OSA\n  vp:\n"},
			want: []string{"reference osa added"}, scoring: []bool{false}, needs: Patch},
		{name: "reference status, as_of, pinpoint", mutate: func(o, n *questionnaire.Questionnaire) {
			r := n.Reference("dsa")
			r.Status, r.AsOf, r.Pinpoint = questionnaire.StatusLaw, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), "Art. 16"
		}, want: []string{"status of reference dsa changed", "as_of of reference dsa changed", "pinpoint of reference dsa changed"},
			scoring: []bool{false, false, false}, needs: Patch},
		{name: "reference moves to a regime", mutate: func(_, n *questionnaire.Questionnaire) { n.Reference("dsa").Regime = "eu" },
			want: []string{"regime of reference dsa changed"}, scoring: []bool{true}, needs: Major},
		{name: "rating band moved", edits: []string{"min: 80", "min: 85"},
			want: []string{"rating band 85 added", "rating band 80 removed"}, scoring: []bool{true, true}, needs: Major},
		{name: "rating label", edits: []string{"{en: Strong, sv: Stark}", "{en: Strong, sv: Stark nivå}"},
			want: []string{"label (sv) of rating band 80 changed"}, scoring: []bool{false}, needs: Patch},
		{name: "cap band relabelled", edits: []string{"{en: Fair, sv: Godtagbar}", "{en: Adequate, sv: Godtagbar}", "critical_cap: Fair", "critical_cap: Adequate"},
			want: []string{"label (en) of rating band 50 changed"}, scoring: []bool{false}, needs: Patch},
		{name: "critical_cap", edits: []string{"critical_cap: Fair", "critical_cap: Weak"},
			want: []string{"critical_cap changed"}, scoring: []bool{true}, needs: Major},
		{name: "language added", edits: []string{"languages: [en, sv]", "languages: [en, sv, de]", "{en: Uploads?, sv: Uppladdning?}", "{en: Uploads?, sv: Uppladdning?, de: Hochladen?}"},
			want: []string{"language de added"}, scoring: []bool{false}, needs: Minor},
		{name: "language removed", mutate: func(o, _ *questionnaire.Questionnaire) { o.Languages = []string{"en", "sv", "de"} },
			want: []string{"language de removed"}, scoring: []bool{false}, needs: Major},
		{name: "section removed", edits: []string{"  - id: response\n    title: {en: Response, sv: Svar}\n    questions:\n      - id: escalation\n        type: yesno\n        text: {en: Escalation path?, sv: Eskaleringsväg?}\n        references: [vp]\n      - id: comments\n        type: text\n        text: {en: Anything else?, sv: Något mer?}\n", ""},
			want: []string{"section response removed", "question escalation removed", "question comments removed"}, scoring: []bool{true, true, false}, needs: Major},
		{name: "reference removed", edits: []string{"  vp:\n    title: {en: Voluntary principles, sv: Frivilliga principer}\n", "", "        references: [vp]\n", ""},
			want: []string{"reference vp of escalation removed", "reference vp removed"}, scoring: []bool{false, false}, needs: Patch},
		{name: "min_completion", mutate: func(_, n *questionnaire.Questionnaire) { n.MinCompletion = 0.9 },
			want: []string{"min_completion changed"}, scoring: []bool{true}, needs: Major},
		{name: "glossary", mutate: func(o, n *questionnaire.Questionnaire) {
			o.Glossary = []questionnaire.GlossaryEntry{{Term: "hash", Definition: questionnaire.Plain("en", "A fingerprint.")}, {Term: "e2ee", Definition: questionnaire.Plain("en", "End to end.")}}
			n.Glossary = []questionnaire.GlossaryEntry{{Term: "hash", Definition: questionnaire.Plain("en", "A digital fingerprint.")}, {Term: "inhope", Definition: questionnaire.Plain("en", "Hotlines.")}}
		}, want: []string{"definition (en) of glossary term hash changed", "glossary term inhope added", "glossary term e2ee removed"},
			scoring: []bool{false, false, false}, needs: Patch},
		{name: "regimes", mutate: func(o, n *questionnaire.Questionnaire) {
			eu := func() *questionnaire.Regime {
				return &questionnaire.Regime{ID: "eu", Title: questionnaire.Plain("en", "EU"), Status: questionnaire.StatusLaw, Why: questionnaire.Plain("en", "In the EU.")}
			}
			o.Regimes = []*questionnaire.Regime{eu(), {ID: "uk", Title: questionnaire.Plain("en", "UK")}}
			e := eu()
			e.Applies = &questionnaire.Condition{Question: "users", Op: "at_least", Number: 50}
			e.Why = questionnaire.Plain("en", "50 or more users in the EU.")
			e.Status = questionnaire.StatusCode
			n.Regimes = []*questionnaire.Regime{e, {ID: "us", Title: questionnaire.Plain("en", "US")}}
		}, want: []string{"status of regime eu changed", "applies of regime eu changed", "why (en) of regime eu changed", "regime us added", "regime uk removed"},
			scoring: []bool{true, true, false, true, true}, needs: Major},
		{name: "questionnaire id", edits: []string{"id: t\n", "id: t2\n"},
			want: []string{"id changed"}, scoring: []bool{false}, needs: Major},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			old, new := parse(t, base), parse(t, edit(t, base, tc.edits...))
			if tc.mutate != nil {
				tc.mutate(old, new)
			}
			r := Compare(old, new)
			var got []string
			var scoring []bool
			for _, c := range r.Changes {
				got = append(got, c.What())
				scoring = append(scoring, c.Scoring)
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("changes:\n  got  %q\n  want %q", got, tc.want)
			}
			if tc.scoring != nil && !slices.Equal(scoring, tc.scoring) {
				t.Errorf("scoring = %v, want %v", scoring, tc.scoring)
			}
			if r.Needs != tc.needs {
				t.Errorf("needs %v, want %v", r.Needs, tc.needs)
			}
		})
	}
}
