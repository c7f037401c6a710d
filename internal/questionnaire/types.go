package questionnaire

import (
	"time"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// Format is the value of the top-level "format" field this package reads.
const Format = "dutycheck/v1"

// Type is the kind of answer a question takes.
type Type string

// The seven question types of questionnaires/README.md.
const (
	YesNo    Type = "yesno"
	Single   Type = "single"
	Multi    Type = "multi"
	Number   Type = "number"
	Duration Type = "duration"
	Date     Type = "date"
	FreeText Type = "text"
)

// Types lists the question types in the order the documentation gives them.
var Types = []Type{YesNo, Single, Multi, Number, Duration, Date, FreeText}

// Questionnaire is a parsed and validated questionnaire. Its slices keep the
// file's order, which is the order of the walk-through, the report and the
// answers file.
type Questionnaire struct {
	Format      string
	ID          string
	Version     string
	Title       Text
	Description Text
	// Languages holds at least one code; the first is the default.
	Languages []string
	// References in file order; RefByID indexes them.
	References []*Reference
	// Rating bands sorted by Min, highest first; the last has Min 0.
	Rating []RatingBand
	// CriticalCap is the index in Rating of the band a critical gap caps the
	// rating at, or -1 when there is no cap.
	CriticalCap int
	Sections    []*Section
	// Questions lists every question in file order across sections.
	Questions []*Question
	// SHA256 is the hex digest of the source bytes, recorded in answers so
	// that a changed questionnaire is noticed.
	SHA256 string
	// Regimes in file order (1.1): the bodies of law or frameworks a
	// service may fall under, each with the condition that decides it.
	Regimes []*Regime
	// Glossary in file order (1.1): terms the report explains.
	Glossary []GlossaryEntry
	// MinCompletion is the completion below which the rating is
	// provisional (1.1); 0.8 when the file leaves it out.
	MinCompletion float64
	// ReviewEvery is how often an assessment must be redone (1.2,
	// review_every), 0 when not set; ReviewEveryText as written ("1y").
	ReviewEvery     time.Duration
	ReviewEveryText string

	refByID      map[string]*Reference
	questionByID map[string]*Question
	regimeByID   map[string]*Regime
}

// LegalStatus says how binding a reference or regime is
// (questionnaires/README.md), so that nothing voluntary or proposed is
// ever shown as a duty.
type LegalStatus string

// The legal statuses, from most to least binding.
const (
	StatusLaw       LegalStatus = "law"
	StatusCode      LegalStatus = "code"
	StatusGuidance  LegalStatus = "guidance"
	StatusVoluntary LegalStatus = "voluntary"
	StatusProposal  LegalStatus = "proposal"
	StatusLapsed    LegalStatus = "lapsed"
)

// LegalStatuses lists every status in the order above.
var LegalStatuses = []LegalStatus{StatusLaw, StatusCode, StatusGuidance, StatusVoluntary, StatusProposal, StatusLapsed}

// Binding reports whether the status can make a duty: a law, or a
// regulator's code (follow it or show equivalent measures).
func (s LegalStatus) Binding() bool { return s == StatusLaw || s == StatusCode }

// Reference is a law, code or framework that questions cite.
type Reference struct {
	ID    string
	Title Text
	URL   string
	// Status is the reference's legal status; "" when the file gives none.
	Status LegalStatus
	// AsOf is the day the source was last checked; zero when not given.
	AsOf time.Time
	// Regime is the id of the regime the reference belongs to, or "".
	Regime string
	// Pinpoint is the exact place cited, e.g. "Art. 16(2)(c)", in the
	// default language; PinpointText holds it in every language the file
	// gives (3.0 content: "art. 16.2 c" in Swedish). Use PinpointIn.
	Pinpoint     string
	PinpointText Text
	// InForce is the day the cited text took or takes effect; zero when
	// the file does not say.
	InForce time.Time
	Pos     yamlsrc.Pos
}

// Regime is a body of law or a framework a service may fall under (1.1).
type Regime struct {
	ID           string
	Title        Text
	Jurisdiction string
	Status       LegalStatus
	// Applies decides whether the regime applies; nil means always.
	Applies *Condition
	// Why says in one sentence what puts a service under the regime.
	Why   Text
	Index int
	Pos   yamlsrc.Pos
}

// GlossaryEntry is one term the report explains to a board reader.
type GlossaryEntry struct {
	// Term is the key in the file, the headword in the default language;
	// Headword holds it in the other languages the file gives. Use TermIn.
	Term       string
	Headword   Text
	Definition Text
	Pos        yamlsrc.Pos
}

// RatingBand is one band of the overall score: scores ≥ Min get Label.
type RatingBand struct {
	Min   float64
	Label Text
}

// Section groups questions; its weight counts in the overall score.
type Section struct {
	ID          string
	Title       Text
	Description Text
	Weight      float64
	When        *Condition
	Questions   []*Question
	// Index is the 0-based position among sections.
	Index int
	Pos   yamlsrc.Pos
}

// Question is one question. Scoring fields apply by type: Options for
// yesno/single/multi, Bands for number/duration/date.
type Question struct {
	ID      string
	Text    Text
	Help    Text
	Type    Type
	Options []Option
	Unit    Text
	// Min and Max bound a number answer, inclusive; nil means unbounded.
	Min, Max *float64
	Bands    []Band
	Weight   float64
	// WeightWhen (3.0 content) gives another weight where a condition
	// holds; see WeightWhere.
	WeightWhen []WeightCase
	// Critical marks an unconditional must-have duty. CriticalWhen (1.1)
	// makes it critical only where the condition holds; at most one of the
	// two is set.
	Critical     bool
	CriticalWhen *Condition
	AllowNA      bool
	// AllowUnknown lets the respondent answer "don't know / not measured"
	// (1.1); an option with Unknown does the same for single and multi.
	AllowUnknown bool
	// Replaces lists ids this question had in earlier versions (1.1).
	Replaces       []string
	When           *Condition
	References     []string
	Recommendation Text
	Evidence       Text
	// Measure says how `dutycheck measure` computes the figure from a
	// case export (1.2); nil for a figure only typed.
	Measure *Measure
	// Finding states the gap as a fact a board reads, e.g. "No notice
	// form without an account"; zero when the file gives none.
	Finding Text
	Section *Section
	// Index is the 0-based position among all questions of the file.
	Index int
	Pos   yamlsrc.Pos
}

// Option is one choice of a yesno, single or multi question.
type Option struct {
	Value          string
	Label          Text
	Score          float64
	Recommendation Text
	Exclusive      bool
	// Unknown marks a "don't know / not measured" choice (1.1).
	Unknown bool
}

// Band maps a range of answers to a score. For number questions the bounds
// are the answer's value; for duration questions they are durations, and
// for date questions the age of the date on the assessment date, both held
// here in minutes so one comparison serves all three. Since 1.1 a duration
// may count seconds, so a bound is a float64 number of minutes that may
// have a fraction (45s is 0.75): whole minutes stay exact, and Minutes is
// one monotonic function, so a bound and an answer of the same duration
// compare equal and distinct whole seconds never collapse.
type Band struct {
	Min, Max *float64
	Score    float64
}

// Holds reports whether v lies in the band, bounds inclusive.
func (b Band) Holds(v float64) bool {
	return (b.Min == nil || v >= *b.Min) && (b.Max == nil || v <= *b.Max)
}

// Question returns the question with the given id, or nil.
func (q *Questionnaire) Question(id string) *Question { return q.questionByID[id] }

// Reference returns the reference with the given id, or nil.
func (q *Questionnaire) Reference(id string) *Reference { return q.refByID[id] }

// Regime returns the regime with the given id, or nil.
func (q *Questionnaire) Regime(id string) *Regime { return q.regimeByID[id] }

// CheckedUpTo is the latest as_of of the references: the day up to which
// the content was checked. It is zero when no reference gives one.
func (q *Questionnaire) CheckedUpTo() time.Time {
	var latest time.Time
	for _, r := range q.References {
		if r.AsOf.After(latest) {
			latest = r.AsOf
		}
	}
	return latest
}

// MayBeCritical reports whether the question is critical anywhere: always,
// or where its CriticalWhen holds.
func (qn *Question) MayBeCritical() bool { return qn.Critical || qn.CriticalWhen != nil }

// UnknownAllowed reports whether "don't know / not measured" is an answer
// the question takes: by allow_unknown, or by an option marked unknown.
func (qn *Question) UnknownAllowed() bool {
	_, own := qn.UnknownOption()
	return qn.AllowUnknown || own
}

// UnknownOption is the question's own "don't know / not measured" option,
// when it has one: that option is then the answer "don't know" saves, and
// the walk-through offers no separate row for it.
func (qn *Question) UnknownOption() (Option, bool) {
	for _, o := range qn.Options {
		if o.Unknown {
			return o, true
		}
	}
	return Option{}, false
}

// DefaultLang is the questionnaire's first language.
func (q *Questionnaire) DefaultLang() string { return q.Languages[0] }

// HasLang reports whether the questionnaire offers lang.
func (q *Questionnaire) HasLang(lang string) bool {
	for _, l := range q.Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// Scored reports whether the question can carry a score at all: text
// questions never do, and number, duration and date questions only with
// bands. A scored question may still have weight 0.
func (qn *Question) Scored() bool {
	switch qn.Type {
	case FreeText:
		return false
	case Number, Duration, Date:
		return len(qn.Bands) > 0
	}
	return true
}

// Option returns the option with the given value.
func (qn *Question) Option(value string) (Option, bool) {
	for _, o := range qn.Options {
		if o.Value == value {
			return o, true
		}
	}
	return Option{}, false
}

// BandScore is the score of the first band that holds v, and 0 when none
// does (docs/scoring.md).
func (qn *Question) BandScore(v float64) float64 {
	for _, b := range qn.Bands {
		if b.Holds(v) {
			return b.Score
		}
	}
	return 0
}

// Minutes is a duration in the unit of duration and date bands: minutes,
// with a fraction for seconds.
func Minutes(d time.Duration) float64 { return float64(d) / float64(time.Minute) }

// DateAge is the age of date on the assessment date in the unit of date
// bands (minutes), so it can be passed to BandScore. A date in the future
// has a negative age.
func DateAge(date, assessed time.Time) float64 {
	return Minutes(assessed.Sub(date))
}
