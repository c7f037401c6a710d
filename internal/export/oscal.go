package export

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

const (
	// OSCALVersion is the OSCAL release whose assessment-results schema
	// the export is checked against (see testdata/export).
	OSCALVersion = "1.1.3"
	// OSCALNamespace qualifies every property dutycheck adds, so that GRC
	// tools do not mistake them for NIST's own.
	OSCALNamespace = "https://dutycheck.dev/ns/oscal"
)

// OSCAL writes NIST OSCAL assessment results: each answer is an
// observation, each duty (a question that can cost points) a finding whose
// target is satisfied when it scores in full, scores are properties in
// dutycheck's namespace, and the questionnaire and answers files are
// back-matter resources with their SHA-256 and git state. The
// questionnaire stands in for the assessment plan that OSCAL requires.
//
// Questions that are not duties (profile questions, text questions, those
// answered not applicable or whose condition does not hold) get an
// observation when answered but no finding: OSCAL knows only "satisfied"
// and "not-satisfied", and either would misstate them.
func OSCAL(in Input) ([]byte, error) { return encodeJSON(newOSCAL(in)) }

// oscalBuilder carries what every part of the document needs.
type oscalBuilder struct {
	in        Input
	r         *scoring.Result
	lang      string
	subject   string // names the assessment in every UUID
	collected string // the assessment date as an OSCAL timestamp
}

func newOSCAL(in Input) oscalDocument {
	r := in.Result
	q, f := r.Questionnaire, r.Answers
	day := f.Date.UTC().Format(questionnaire.DateLayout)
	b := &oscalBuilder{
		in: in, r: r, lang: in.Lang,
		// An assessment is one organization's service, judged against one
		// questionnaire on one date. Editing its answers keeps the UUIDs.
		subject:   strings.Join([]string{q.ID, f.Organization, f.Service, day}, "\x1f"),
		collected: timestamp(f.Date),
	}
	stamp := b.collected
	if !in.Time.IsZero() {
		stamp = timestamp(in.Time)
	}
	qres := b.questionnaireResource()
	resources := []resource{qres}
	if a := in.source(RoleAnswers); a != nil {
		resources = append(resources, b.answersResource(a))
	}
	return oscalDocument{AssessmentResults: assessmentResults{
		UUID:     newUUID("assessment-results\x1f" + b.subject),
		Metadata: b.metadata(stamp),
		ImportAP: importAP{
			Href:    "#" + qres.UUID,
			Remarks: "dutycheck assesses against a questionnaire rather than an OSCAL assessment plan; the questionnaire in the back matter is the plan.",
		},
		Results:    []result{b.result()},
		BackMatter: &backMatter{Resources: resources},
	}}
}

func (b *oscalBuilder) metadata(stamp string) metadata {
	q, f := b.r.Questionnaire, b.r.Answers
	title := q.Title.In(b.lang) + ": self-assessment"
	if org := clean(f.Organization); org != "" {
		title += " of " + org
	}
	version := f.Date.Format(questionnaire.DateLayout)
	if a := b.in.source(RoleAnswers); a != nil && len(a.SHA256) >= 12 {
		// The answers' digest changes exactly when the assessment does.
		version = "answers-" + a.SHA256[:12]
	}
	m := metadata{Title: title, LastModified: stamp, Version: version, OSCALVersion: OSCALVersion}
	m.Props = props(
		p("questionnaire-id", q.ID), p("questionnaire-version", q.Version),
		p("service", f.Service), p("generator", b.in.Generator))
	orgUUID := ""
	if org := clean(f.Organization); org != "" {
		orgUUID = newUUID("party\x1forganization\x1f" + org)
		m.Parties = append(m.Parties, party{UUID: orgUUID, Type: "organization", Name: org})
	}
	if who := clean(f.Respondent); who != "" {
		pt := party{UUID: newUUID("party\x1fperson\x1f" + who + "\x1f" + f.Organization), Type: "person", Name: who}
		if orgUUID != "" {
			pt.MemberOf = []string{orgUUID}
		}
		m.Parties = append(m.Parties, pt)
	}
	return m
}

func (b *oscalBuilder) result() result {
	r, q := b.r, b.r.Questionnaire
	res := result{
		UUID:        newUUID("result\x1f" + b.subject),
		Title:       fmt.Sprintf("Self-assessment against %s %s", q.Title.In(b.lang), q.Version),
		Description: b.summary(),
		Start:       b.collected,
		End:         b.collected,
		ReviewedControls: reviewedControls{
			Description: fmt.Sprintf("The questions of questionnaire %s %s. They are not controls of an OSCAL catalog: each finding targets a question by its id.", q.ID, q.Version),
			ControlSelections: []controlSelection{{
				Description: "Every question that applies to the service.",
				IncludeAll:  &struct{}{},
			}},
		},
	}
	res.Props = append(res.Props, props(
		p("overall-score", decimal(r.Overall)), p("rating", r.RatingLabel(b.lang)),
		p("band", r.BandLabel(b.lang)), p("capped", strconv.FormatBool(r.Capped)),
		p("completion", decimal(r.Completion)), p("answered", strconv.Itoa(r.Answered)),
		p("applicable", strconv.Itoa(r.Applicable)), p("gaps", strconv.Itoa(len(r.Gaps))),
		p("critical-gaps", strconv.Itoa(r.CriticalGaps)),
		p("provisional", strconv.FormatBool(r.Provisional)), p("provisional-reason", r.Reason.String()),
		p("unknown", strconv.Itoa(len(r.Unknowns))), p("estimates", strconv.Itoa(len(r.Estimates))))...)
	for _, rr := range r.Regimes {
		v := "does not apply"
		if rr.Applies {
			v = "applies"
			switch rr.Regime.Status {
			case questionnaire.StatusProposal:
				// A proposal is never a duty: the PDF says "would apply if
				// adopted", and a GRC tool must not read "applies".
				v = "would apply if adopted"
			case questionnaire.StatusLapsed:
				v = "no longer in force"
			}
			if rr.Scored {
				v += "; readiness " + decimal(rr.Score)
			}
		}
		rp := p("regime", v)
		rp.Class, rp.Remarks = token(rr.Regime.ID), rr.Regime.Title.In(b.lang)
		res.Props = append(res.Props, rp)
	}
	for _, sr := range r.Sections {
		if sr.Scored {
			sp := p("section-score", decimal(sr.Score))
			sp.Class, sp.Remarks = token(sr.Section.ID), sr.Section.Title.In(b.lang)
			res.Props = append(res.Props, sp)
		}
	}
	observed := map[string]string{}
	for _, qr := range r.Questions {
		if o, ok := b.observation(qr); ok {
			res.Observations = append(res.Observations, o)
			observed[qr.Question.ID] = o.UUID
		}
	}
	for _, qr := range r.Questions {
		if isDuty(r, qr) {
			res.Findings = append(res.Findings, b.finding(qr, observed[qr.Question.ID]))
		}
	}
	if len(r.Orphans) > 0 {
		res.Remarks = "The answers file also answers questions this questionnaire no longer has; they do not count: " + strings.Join(r.Orphans, ", ") + "."
	}
	return res
}

// summary is the result's description: the headline numbers in a sentence.
func (b *oscalBuilder) summary() string {
	r := b.r
	s := fmt.Sprintf("Overall score %.1f of 100, rated %s", r.Overall, r.RatingLabel(b.lang))
	if r.Provisional {
		s += " (provisional: " + r.Reason.String() + ")"
	}
	if r.Capped {
		s += fmt.Sprintf(" (capped by must-have duties not met; the score alone would be %s)", r.BandLabel(b.lang))
	}
	s += fmt.Sprintf(". %s, %s. %d of %d applicable questions answered.",
		count(len(r.Gaps), "gap", "gaps"), count(r.CriticalGaps, "must-have duty not met", "must-have duties not met"), r.Answered, r.Applicable)
	if n := len(r.Unknowns); n > 0 {
		s += fmt.Sprintf(" %s (scored 0).", count(n, "answer", "answers")+" don't know / not measured")
	}
	if n := len(r.Estimates); n > 0 {
		s += fmt.Sprintf(" %s.", count(n, "answer", "answers")+" estimated")
	}
	return s
}

// OSCAL's descriptions are English whatever --lang says, like the field
// names around them: GRC tools and their users read OSCAL in English.

// percent writes a question score s in [0, 1] as a percentage.
func percent(s float64) string {
	return strings.TrimSuffix(fmt.Sprintf("%.1f", 100*s), ".0") + "%"
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
