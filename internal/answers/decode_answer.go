package answers

import (
	"errors"
	"fmt"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// decoder holds what reading the answers and actions of one file shares:
// the walker that records problems, the questionnaire, the file being
// filled, and the dates that bound date answers and evidence.
type decoder struct {
	w    *yamlsrc.Walker
	q    *questionnaire.Questionnaire
	file *File
	// today is the caller's today at midnight UTC; zero when unknown.
	today time.Time
	// assessed is the assessment date, or today when the file has none;
	// zero when neither is known.
	assessed time.Time
	// resuming: see DecodeOptions.Resuming.
	resuming bool
}

func (d *decoder) answers(n *yaml.Node) {
	w := d.w
	am, ok := w.Mapping(n, "answers")
	if !ok {
		return
	}
	for _, id := range am.Order {
		if w.Stopped {
			return
		}
		node := am.Val[id]
		a := &Answer{Pos: yamlsrc.PosOf(am.Key[id])}
		if qn := d.q.Question(id); qn != nil {
			d.answer(node, qn, a)
		} else {
			d.orphan(node, id, a)
		}
		d.file.Set(id, a)
	}
}

// orphan reads an answer to a question the questionnaire no longer has.
// Its YAML is kept to be written back as it was; what can be read without
// the question (note, flags, evidence) is read, so that reports can show
// it and `validate` can re-hash its evidence.
func (d *decoder) orphan(node *yaml.Node, id string, a *Answer) {
	w := d.w
	what := fmt.Sprintf("answer %q", id)
	if af, ok := w.Mapping(node, what); ok {
		if nn, ok := af.Val["note"]; ok && !isNull(w.Resolve(nn)) {
			a.Note, _ = w.Str(nn, what+" note")
		}
		for key, dst := range map[string]*bool{"na": &a.NA, "unknown": &a.Unknown, "estimate": &a.Estimate} {
			if nn, ok := af.Val[key]; ok {
				*dst, _ = w.Bool(nn, what+" "+key)
			}
		}
		if nn, ok := af.Val["evidence"]; ok && !isNull(w.Resolve(nn)) {
			a.Evidence = d.evidence(nn, id)
		}
	}
	a.raw = detach(w, node, 0)
}

func (d *decoder) answer(node *yaml.Node, qn *questionnaire.Question, a *Answer) {
	w := d.w
	what := fmt.Sprintf("answer to %q", qn.ID)
	af, ok := w.Mapping(node, what)
	if !ok {
		return
	}
	w.Known(af, what, answerFields, nil)
	if nn, ok := af.Val["note"]; ok && !isNull(w.Resolve(nn)) {
		a.Note, _ = w.Str(nn, what+" note")
	}
	if nn, ok := af.Val["note_for"]; ok && !isNull(w.Resolve(nn)) {
		a.NoteFor, _ = w.Str(nn, what+" note_for")
	}
	if nn, ok := af.Val["evidence"]; ok && !isNull(w.Resolve(nn)) {
		a.Evidence = d.evidence(nn, qn.ID)
	}
	if nn, ok := af.Val["na"]; ok {
		a.NA, _ = w.Bool(nn, what+" na")
		if a.NA && !qn.AllowNA {
			w.Errorf(nn, "%s: this question does not allow \"not applicable\"", what)
		}
	}
	if nn, ok := af.Val["measured"]; ok && !isNull(w.Resolve(nn)) {
		a.Measured = d.measured(nn, what)
	}
	if nn, ok := af.Val["unknown"]; ok {
		a.Unknown, _ = w.Bool(nn, what+" unknown")
		switch {
		case a.Unknown && a.NA:
			w.Errorf(nn, "%s: give na: true or unknown: true, not both", what)
		case a.Unknown && !qn.UnknownAllowed() && a.Measured == nil:
			// a measurement whose figure falls on an open case is
			// unknown whatever the question allows
			w.Errorf(nn, "%s: this question does not allow \"don't know\"", what)
		}
	}
	vn, hasValue := af.Val["value"]
	hasValue = hasValue && !isNull(w.Resolve(vn))
	if nn, ok := af.Val["estimate"]; ok {
		a.Estimate, _ = w.Bool(nn, what+" estimate")
		if a.Estimate && !hasValue {
			w.Errorf(nn, "%s: estimate: true marks a value as estimated, and there is no value", what)
		}
		if a.Estimate && a.Measured != nil {
			w.Errorf(nn, "%s: a measured value is not an estimate; give estimate: true or measured, not both", what)
		}
	}
	if a.Measured != nil && a.NA {
		w.Errorf(af.Key["measured"], "%s: a \"not applicable\" answer is not measured; give na: true or measured, not both", what)
	}
	if a.Measured != nil && !hasValue && !a.Unknown {
		w.Errorf(af.Key["measured"], "%s: measured records how a value was computed, and there is no value (or unknown: true)", what)
	}
	if !hasValue {
		return
	}
	switch {
	case a.NA:
		w.Errorf(vn, "%s: give a value or na: true, not both", what)
		return
	case a.Unknown:
		w.Errorf(vn, "%s: give a value or unknown: true, not both", what)
		return
	}
	v, err := ParseValue(qn, w.Resolve(vn))
	// A choice the question does not offer is told apart from other bad
	// values, so that a walk-through can resume an assessment whose
	// questionnaire dropped an option (DecodeOptions.Resuming).
	var ce *ChoiceError
	if err != nil && d.resuming && errors.As(err, &ce) && ce.Kind == ChoiceUnknown {
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
	if qn.Type == questionnaire.Date {
		if err := CheckDateAnswer(v.Date, d.assessed); err != nil {
			w.Errorf(vn, "%s: %v", what, err)
			return
		}
	}
	a.Value = v
}
