package answers

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"gopkg.in/yaml.v3"
)

var (
	topFields    = []string{"format", "questionnaire", "organization", "service", "respondent", "date", "answers"}
	topRequired  = []string{"format", "questionnaire"}
	refFields    = []string{"id", "version", "sha256", "fingerprints"}
	answerFields = []string{"value", "na", "note"}
)

// ReadRef reads only the header of an answers file: which questionnaire it
// was made with. The command line uses it to pick a built-in questionnaire
// before the answers can be checked against one.
func ReadRef(path string, data []byte) (Ref, error) {
	errs := &questionnaire.ErrorList{Path: path}
	top := questionnaire.LoadYAML(data, errs)
	if top == nil {
		return Ref{}, errs.Err()
	}
	w := questionnaire.NewWalker(errs)
	f, _ := w.Mapping(top, "answers file")
	checkFormat(w, f)
	var ref Ref
	if n, ok := f.Val["questionnaire"]; ok {
		ref = readRef(w, n)
	} else {
		w.Errorf(top, "answers file: missing required field \"questionnaire\"")
	}
	return ref, errs.Err()
}

// IsAnswers reports whether data looks like an answers file (by its
// format field), so that `validate` can tell the two kinds apart.
func IsAnswers(data []byte) bool {
	// Read as every input is read, so that a file the loader takes (a '?'
	// in a flow mapping, a %YAML 1.2 line) is told apart as well.
	if !bytes.Contains(data, []byte("dutycheck-answers/")) {
		return false
	}
	top := questionnaire.LoadYAML(data, &questionnaire.ErrorList{})
	if top == nil {
		return false
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		if k, v := top.Content[i], top.Content[i+1]; k.Value == "format" && v.Kind == yaml.ScalarNode {
			return strings.HasPrefix(v.Value, "dutycheck-answers/")
		}
	}
	return false
}

func checkFormat(w *questionnaire.Walker, f *questionnaire.Fields) {
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

func readRef(w *questionnaire.Walker, n *yaml.Node) Ref {
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
		ref.Version, _ = w.Str(n, "questionnaire version")
	}
	if n, ok := f.Val["sha256"]; ok {
		ref.SHA256, _ = w.Str(n, "questionnaire sha256")
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

// Decode reads an answers file and checks every answer against q: a value
// the question cannot have is an error at its line and column. Answers to
// ids q does not have are kept as orphans. All problems are reported.
func Decode(path string, data []byte, q *questionnaire.Questionnaire) (*File, error) {
	return decode(path, data, q, false)
}

// DecodeResuming is Decode for a walk-through resuming an assessment: an
// answer whose choice the questionnaire no longer offers (a new version
// dropped the option) is not an error. The answer is kept as it was
// written, its old value an orphaned value (OrphanValue) that is written
// back unchanged, and it counts as unanswered, so the walk offers the
// question again instead of refusing to start.
func DecodeResuming(path string, data []byte, q *questionnaire.Questionnaire) (*File, error) {
	return decode(path, data, q, true)
}

func decode(path string, data []byte, q *questionnaire.Questionnaire, resuming bool) (*File, error) {
	errs := &questionnaire.ErrorList{Path: path}
	top := questionnaire.LoadYAML(data, errs)
	if top == nil {
		return nil, errs.Err()
	}
	w := questionnaire.NewWalker(errs)
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
	if n, ok := f.Val["date"]; ok {
		if s, ok := w.Str(n, "date"); ok {
			d, err := questionnaire.ParseDate(s)
			if err != nil {
				w.Errorf(n, "date: %v", err)
			} else {
				file.Date, file.DateSet = d, true
			}
		}
	}
	if n, ok := f.Val["answers"]; ok && !isNull(n) {
		decodeAnswers(w, n, q, file, resuming)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return file, nil
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

func decodeAnswers(w *questionnaire.Walker, n *yaml.Node, q *questionnaire.Questionnaire, file *File, resuming bool) {
	am, ok := w.Mapping(n, "answers")
	if !ok {
		return
	}
	for _, id := range am.Order {
		if w.Stopped {
			return
		}
		node := am.Val[id]
		qn := q.Question(id)
		a := &Answer{Pos: questionnaire.PosOf(am.Key[id])}
		if qn == nil {
			what := fmt.Sprintf("answer %q", id)
			if af, ok := w.Mapping(node, what); ok {
				if nn, ok := af.Val["note"]; ok && !isNull(w.Resolve(nn)) {
					a.Note, _ = w.Str(nn, what+" note")
				}
				if nn, ok := af.Val["na"]; ok {
					a.NA, _ = w.Bool(nn, what+" na")
				}
			}
			a.raw = detach(w, node, 0)
			file.Set(id, a)
			continue
		}
		decodeAnswer(w, node, qn, a, resuming)
		file.Set(id, a)
	}
}

func decodeAnswer(w *questionnaire.Walker, node *yaml.Node, qn *questionnaire.Question, a *Answer, resuming bool) {
	what := fmt.Sprintf("answer to %q", qn.ID)
	af, ok := w.Mapping(node, what)
	if !ok {
		return
	}
	w.Known(af, what, answerFields, nil)
	if nn, ok := af.Val["note"]; ok && !isNull(w.Resolve(nn)) {
		a.Note, _ = w.Str(nn, what+" note")
	}
	if nn, ok := af.Val["na"]; ok {
		a.NA, _ = w.Bool(nn, what+" na")
		if a.NA && !qn.AllowNA {
			w.Errorf(nn, "%s: this question does not allow \"not applicable\"", what)
		}
	}
	vn, ok := af.Val["value"]
	if !ok || isNull(w.Resolve(vn)) {
		return
	}
	if a.NA {
		w.Errorf(vn, "%s: give a value or na: true, not both", what)
		return
	}
	v, err := ParseValue(qn, w.Resolve(vn))
	var notOption notOptionError
	if err != nil && resuming && errors.As(err, &notOption) {
		a.raw = detach(w, node, 0)
		return
	}
	if err != nil {
		at := vn
		var ie *ItemError
		if errors.As(err, &ie) {
			at = ie.Node
		}
		w.Errorf(at, "%s: %v", what, err)
		return
	}
	a.Value = v
}

// maxNesting bounds how deep an orphaned answer's YAML may nest.
const maxNesting = 64

// detach copies an orphaned answer's YAML so that it can be written back on
// its own: aliases are expanded (an alias whose anchor is elsewhere in the
// file, or not written back, would make the saved file unreadable), and
// anchors and comments are dropped, as Encode drops them everywhere else.
// Expansion is charged to the walker's alias budget, so an alias bomb
// hidden in an orphan is refused like any other.
func detach(w *questionnaire.Walker, n *yaml.Node, depth int) *yaml.Node {
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
