package answers

import (
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// Earliest is the earliest assessment date (docs/answers-format.md): a date
// before it is a typo or a placeholder (0001-01-01), never an assessment.
var Earliest = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// DateAfterError is a date answer later than the assessment date. It is a
// type of its own so that the walk-through can say it in its own language
// (errors.As) rather than re-read the English.
type DateAfterError struct {
	Date, Assessed time.Time
}

func (e *DateAfterError) Error() string {
	return fmt.Sprintf("%s is after the assessment date %s; a date planned is not a date done",
		e.Date.Format(questionnaire.DateLayout), e.Assessed.Format(questionnaire.DateLayout))
}

// CheckDateAnswer refuses a date answer later than the assessment date: a
// review planned for next year is not a review done, and would score as
// recent. A zero assessed date (not known) checks nothing.
func CheckDateAnswer(date, assessed time.Time) error {
	if assessed.IsZero() || !date.After(assessed) {
		return nil
	}
	return &DateAfterError{Date: date, Assessed: assessed}
}

// CheckAssessmentDate checks an assessment date, or the date evidence was
// recorded: from Earliest to one day after today (a day of slack for time
// zones). A zero today checks only the lower bound.
func CheckAssessmentDate(date, today time.Time) error {
	if date.Before(Earliest) {
		return fmt.Errorf("%s is before %s", date.Format(questionnaire.DateLayout), Earliest.Format(questionnaire.DateLayout))
	}
	if today = midnight(today); !today.IsZero() && date.After(today.AddDate(0, 0, 1)) {
		return fmt.Errorf("%s is in the future (today is %s)",
			date.Format(questionnaire.DateLayout), today.Format(questionnaire.DateLayout))
	}
	return nil
}

// ParseText reads an answer typed for this assessment: as the package's
// ParseText, and, for a date question, no later than the assessment date,
// so that the walk-through never saves what the file may not hold.
func (f *File) ParseText(qn *questionnaire.Question, s string) (Value, error) {
	v, err := ParseText(qn, s)
	if err == nil && qn.Type == questionnaire.Date && f.DateSet {
		err = CheckDateAnswer(v.Date, f.Date)
	}
	if err != nil {
		return Value{}, err
	}
	return v, nil
}

func checkAssessmentDate(w *yamlsrc.Walker, n *yaml.Node, date, today time.Time) {
	if err := CheckAssessmentDate(date, today); err != nil {
		w.Errorf(n, "date: %v", err)
	}
}

// midnight is t's calendar date (in t's own zone) as midnight UTC, the
// form every date is read in; the zero time stays zero.
func midnight(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// readDate reads a YYYY-MM-DD date.
func readDate(w *yamlsrc.Walker, n *yaml.Node, what string) (time.Time, bool) {
	s, ok := w.Str(n, what)
	if !ok {
		return time.Time{}, false
	}
	d, err := questionnaire.ParseDate(s)
	if err != nil {
		w.Errorf(n, "%s: %v", what, err)
		return time.Time{}, false
	}
	return d, true
}

// readDigest reads a SHA-256 digest: 64 hexadecimal digits, kept in lower
// case.
func readDigest(w *yamlsrc.Walker, n *yaml.Node, what string) (string, bool) {
	s, ok := w.Str(n, what)
	if !ok {
		return "", false
	}
	if !ValidDigest(s) {
		w.Errorf(n, "%s: %q is not a SHA-256 digest (64 hexadecimal digits)", what, yamlsrc.Clip(s))
		return "", false
	}
	return lowerHex(s), true
}

// ValidDigest reports whether s is a SHA-256 digest written in hex.
func ValidDigest(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func lowerHex(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'F' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

var originFields = []string{"path", "sha256", "date"}

// readOrigin reads `from`, the record `run --from` leaves of the
// assessment a new one started from.
//
// Its path is relative to the answers file, as `run --from` writes it, and
// on one visible line; its date is an assessment date, so never in the
// future (today is the day the file is read; zero skips that check).
func readOrigin(w *yamlsrc.Walker, n *yaml.Node, today time.Time) *Origin {
	f, ok := w.Mapping(n, "from")
	if !ok {
		return nil
	}
	w.Known(f, "from", originFields, []string{"path"})
	o := &Origin{}
	if nn, ok := f.Val["path"]; ok {
		if p, ok := w.Str(nn, "from path"); ok {
			switch {
			case strings.ContainsFunc(p, hidden):
				w.Errorf(nn, "from path %q has control or invisible formatting characters in it", yamlsrc.Clip(p))
			case path.IsAbs(p) || len(p) >= 2 && p[1] == ':' || strings.HasPrefix(p, `\\`):
				w.Errorf(nn, "from path %q must be a path relative to the answers file, not an absolute one", yamlsrc.Clip(p))
			default:
				o.Path = p
			}
		}
	}
	if nn, ok := f.Val["sha256"]; ok {
		o.SHA256, _ = readDigest(w, nn, "from sha256")
	}
	if nn, ok := f.Val["date"]; ok {
		if date, ok := readDate(w, nn, "from date"); ok {
			if err := CheckAssessmentDate(date, today); err != nil {
				w.Errorf(nn, "from date: %v", err)
			}
			o.Date = date
		}
	}
	return o
}
