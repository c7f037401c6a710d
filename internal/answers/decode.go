package answers

import (
	"bytes"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

var (
	topFields    = []string{"format", "questionnaire", "organization", "service", "respondent", "date", "from", "answers", "actions", "targets"}
	topRequired  = []string{"format", "questionnaire"}
	refFields    = []string{"id", "version", "sha256", "fingerprints"}
	answerFields = []string{"value", "na", "unknown", "estimate", "measured", "note", "note_for", "evidence"}
)

// DecodeOptions carries what decoding needs from outside the file. The
// answers package never reads the clock: the caller at the edge says what
// day it is.
type DecodeOptions struct {
	// Today bounds the assessment date (at most one day after it) and,
	// when the file has no date, stands in for it as the date that date
	// answers may not be later than. The zero Today skips both checks,
	// for callers (tests, tools) that have no notion of now.
	Today time.Time
	// Resuming is set by a walk-through resuming an assessment: an answer
	// whose choice the questionnaire no longer offers (a new version
	// dropped the option) is then not an error. The answer is kept as it
	// was written, its old value an orphaned value (OrphanValue) that is
	// written back unchanged, and it counts as unanswered, so the walk
	// offers the question again instead of refusing to start.
	Resuming bool
}

// ParseIfAnswers parses data when it is an answers file (by its format
// field), and returns nil when it is not, so that `validate` tells the two
// kinds apart and parses an answers file once.
func ParseIfAnswers(path string, data []byte) *Source {
	// Read as every input is read, so that a file the loader takes (a '?'
	// in a flow mapping, a %YAML 1.2 line) is told apart as well.
	if !bytes.Contains(data, []byte("dutycheck-answers/")) {
		return nil
	}
	s := Parse(path, data)
	top := s.top
	if top == nil {
		return nil
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		if k, v := top.Content[i], top.Content[i+1]; k.Value == "format" && v.Kind == yaml.ScalarNode {
			if !strings.HasPrefix(v.Value, "dutycheck-answers/") {
				return nil
			}
			return s
		}
	}
	return nil
}

func checkFormat(w *yamlsrc.Walker, f *yamlsrc.Fields) {
	n, ok := f.Val["format"]
	if !ok {
		return
	}
	if s, ok := w.Str(n, "format"); ok && s != Format {
		if s == questionnaire.Format {
			w.Errorf(n, "format %q is a questionnaire, not an answers file", s)
		} else {
			w.Errorf(n, "format %q is not supported; this version reads %q", s, Format)
		}
	}
}

func readRef(w *yamlsrc.Walker, n *yaml.Node) Ref {
	var ref Ref
	f, ok := w.Mapping(n, "questionnaire")
	if !ok {
		return ref
	}
	w.Known(f, "questionnaire", refFields, []string{"id"})
	if n, ok := f.Val["id"]; ok {
		ref.ID, _ = w.Str(n, "questionnaire id")
	}
	if n, ok := f.Val["version"]; ok {
		if s, ok := w.Str(n, "questionnaire version"); ok {
			if questionnaire.ValidVersion(s) {
				ref.Version = s
			} else {
				w.Errorf(n, "questionnaire version: %q is not a version such as 1.0.0", yamlsrc.Clip(s))
			}
		}
	}
	if n, ok := f.Val["sha256"]; ok {
		ref.SHA256, _ = readDigest(w, n, "questionnaire sha256")
	}
	if n, ok := f.Val["fingerprints"]; ok {
		if fm, ok := w.Mapping(n, "questionnaire fingerprints"); ok {
			ref.Fingerprints = map[string]string{}
			for _, id := range fm.Order {
				if s, ok := w.Str(fm.Val[id], "fingerprint of "+id); ok {
					ref.Fingerprints[id] = s
				}
			}
		}
	}
	return ref
}

// Decode is DecodeWith without a notion of today: the assessment date is
// checked only against its lower bound.
func Decode(path string, data []byte, q *questionnaire.Questionnaire) (*File, error) {
	return DecodeWith(path, data, q, DecodeOptions{})
}

// DecodeWith reads an answers file and checks every answer against q: a
// value the question cannot have is an error at its line and column, and
// so is every other broken rule of docs/answers-format.md (unknown answers where
// the question takes none, estimates without a value, evidence, actions,
// dates). Answers and actions for ids q does not have are kept as orphans.
// All problems are reported.
func DecodeWith(path string, data []byte, q *questionnaire.Questionnaire, opt DecodeOptions) (*File, error) {
	f, err := DecodeAll(path, data, q, opt)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// DecodeAll is DecodeWith for checking a file: with its problems it
// returns the file as far as it could be read, so that `validate` also
// re-hashes the evidence files named by a file that is broken elsewhere
// and reports every problem in one run. When err is not nil the file is
// incomplete (a value, item or action with a problem is missing or partly
// read): it is for checking only, never to score or save. It is nil when
// the YAML itself cannot be read.
func DecodeAll(path string, data []byte, q *questionnaire.Questionnaire, opt DecodeOptions) (*File, error) {
	return Parse(path, data).DecodeAll(q, opt)
}

// DecodeAll is the package's DecodeAll on the file as loaded.
func (s *Source) DecodeAll(q *questionnaire.Questionnaire, opt DecodeOptions) (*File, error) {
	errs, top := s.errs(), s.top
	if top == nil {
		return nil, errs.Err()
	}
	return decodeTop(top, errs, q, opt)
}

// decodeTop is DecodeAll on the file's top mapping, loaded already.
func decodeTop(top *yaml.Node, errs *yamlsrc.ErrorList, q *questionnaire.Questionnaire, opt DecodeOptions) (*File, error) {
	w := yamlsrc.NewWalker(errs)
	f, _ := w.Mapping(top, "answers file")
	w.Known(f, "the answers file", topFields, topRequired)
	checkFormat(w, f)
	file := &File{Answers: map[string]*Answer{}}
	if n, ok := f.Val["questionnaire"]; ok {
		file.Questionnaire = readRef(w, n)
		if file.Questionnaire.ID != "" && file.Questionnaire.ID != q.ID {
			w.Errorf(n, "these answers are for questionnaire %q, not %q", file.Questionnaire.ID, q.ID)
		}
	}
	for key, dst := range map[string]*string{"organization": &file.Organization, "service": &file.Service, "respondent": &file.Respondent} {
		if n, ok := f.Val[key]; ok {
			*dst, _ = w.Str(n, key)
		}
	}
	today := midnight(opt.Today)
	if n, ok := f.Val["date"]; ok {
		if d, ok := readDate(w, n, "date"); ok {
			file.Date, file.DateSet = d, true
			checkAssessmentDate(w, n, d, today)
		}
	}
	if n, ok := f.Val["from"]; ok {
		file.From = readOrigin(w, n, today)
	}
	d := &decoder{w: w, q: q, file: file, today: today, assessed: today, resuming: opt.Resuming}
	if file.DateSet {
		d.assessed = file.Date
	}
	if n, ok := f.Val["answers"]; ok && !isNull(n) {
		d.answers(n)
	}
	if n, ok := f.Val["actions"]; ok && !isNull(n) {
		d.actions(n)
	}
	if n, ok := f.Val["targets"]; ok && !isNull(n) {
		d.targets(n)
	}
	return file, errs.Err()
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// maxNesting bounds how deep an orphaned answer's YAML may nest.
const maxNesting = 64

// detach copies an orphaned answer's YAML so that it can be written back on
// its own: aliases are expanded (an alias whose anchor is elsewhere in the
// file, or not written back, would make the saved file unreadable), and
// anchors and comments are dropped, as Encode drops them everywhere else.
// Expansion is charged to the walker's alias budget, so an alias bomb
// hidden in an orphan is refused like any other.
func detach(w *yamlsrc.Walker, n *yaml.Node, depth int) *yaml.Node {
	n = w.Resolve(n)
	c := *n
	c.Anchor, c.HeadComment, c.LineComment, c.FootComment = "", "", "", ""
	c.Content = nil
	if c.Kind == yaml.ScalarNode && needsQuotes(c.Value) {
		c.Style = yaml.DoubleQuotedStyle
	}
	if depth > maxNesting {
		w.Errorf(n, "answer nested deeper than %d levels", maxNesting)
		w.Stopped = true
		return &c
	}
	for _, child := range n.Content {
		if w.Stopped {
			break
		}
		c.Content = append(c.Content, detach(w, child, depth+1))
	}
	return &c
}
