package questionnaire

import "time"

// Format is the value of the top-level "format" field this package reads.
const Format = "dutycheck/v1"

// Type is the kind of answer a question takes.
type Type string

// The seven question types of SPEC section 2.
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

// Pos is a place in the source file, 1-based.
type Pos struct {
	Line, Col int
}

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

	refByID      map[string]*Reference
	questionByID map[string]*Question
}

// Reference is a law, code or framework that questions cite.
type Reference struct {
	ID    string
	Title Text
	URL   string
	Pos   Pos
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
	Pos   Pos
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
	Min, Max       *float64
	Bands          []Band
	Weight         float64
	Critical       bool
	AllowNA        bool
	When           *Condition
	References     []string
	Recommendation Text
	Evidence       Text
	Section        *Section
	// Index is the 0-based position among all questions of the file.
	Index int
	Pos   Pos
}

// Option is one choice of a yesno, single or multi question.
type Option struct {
	Value          string
	Label          Text
	Score          float64
	Recommendation Text
	Exclusive      bool
}

// Band maps a range of answers to a score. For number questions the bounds
// are the answer's value; for duration questions they are durations, and
// for date questions the age of the date on the assessment date, both held
// here in minutes (exact in a float64) so one comparison serves all three.
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
// does (SPEC section 4).
func (qn *Question) BandScore(v float64) float64 {
	for _, b := range qn.Bands {
		if b.Holds(v) {
			return b.Score
		}
	}
	return 0
}

// Minutes is a duration in the unit of duration and date bands.
func Minutes(d time.Duration) float64 { return float64(d / time.Minute) }

// DateAge is the age of date on the assessment date in the unit of date
// bands (minutes), so it can be passed to BandScore. A date in the future
// has a negative age.
func DateAge(date, assessed time.Time) float64 {
	return Minutes(assessed.Sub(date))
}
