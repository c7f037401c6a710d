package answers

import (
	"slices"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// Entry is what a person entered for one question in the walk-through,
// read from the screen's controls or from a plain-mode line. Each mode
// reads its own keys or words into an Entry; File.Enter alone decides
// what answer that is, so that the two modes cannot come to differ on
// what "don't know", "not applicable" or an estimate saves.
type Entry struct {
	// NA is "not applicable"; Note is then its reason, which may be
	// empty (the full screen asks for one, but the file does not need it).
	NA bool
	// Unknown is "don't know / not measured": the question's own option
	// that says so, when it has one, else the unknown flag.
	Unknown bool
	// Choices are the option values chosen, for a yesno, single or multi
	// question. A multi answer may choose none ("none of them"); a yesno
	// or single one with none chosen enters no value.
	Choices []string
	// Text is the value typed for a question of any other type, in the
	// language given to Enter; "" enters no value.
	Text string
	// Kept confirms the value on file as it stands, instead of Text: the
	// value as written, not as a field showed it.
	Kept bool
	// Estimate says whether the value is an estimate.
	Estimate Estimate
	// Note is the note to save with the answer, as it now reads.
	Note string
}

// Estimate says whether an entered value is an estimate.
type Estimate int8

const (
	// EstimateAsOnFile is said when the person did not say: the value is
	// an estimate if the value on file was one and the value is the
	// same. An estimate never sticks silently to a new value.
	EstimateAsOnFile Estimate = iota
	// EstimateYes marks the value as an estimate.
	EstimateYes
	// EstimateNo says the value is not an estimate.
	EstimateNo
)

// Enter turns what a person entered for qn into the answer to save, by
// the rules of both modes of the walk-through:
//
//   - "not applicable" and "don't know" only where qn allows them; "don't
//     know" is the question's own option when it has one;
//   - choices are checked (known options, an exclusive one alone) and
//     typed text is read as ParseInput reads it in lang, with the file's
//     checks (a date after the assessment date is refused);
//   - an estimate is a value's, never "don't know"'s (see Estimate);
//   - the evidence on file stays with the answer, and so does a measured
//     record when the answer keeps what was measured; an answer that
//     replaces a measured one has none (the caller asks before saving);
//   - an entry without a value keeps only what else there is: the note
//     and evidence when a value on file was deleted, the answer on file
//     with the new note, a note alone, or nothing (a nil answer: skip).
//
// A refused entry is an *EntryError, a *ChoiceError or a
// *questionnaire.ValueError (or the file's *DateAfterError), for the
// caller to word in its language.
func (f *File) Enter(qn *questionnaire.Question, e Entry, lang string) (*Answer, error) {
	old := f.Get(qn.ID)
	var ev []Evidence
	if old != nil {
		ev = old.Evidence
	}
	a := &Answer{Note: e.Note, Evidence: ev}
	switch {
	case e.NA:
		if !qn.AllowNA {
			return nil, &EntryError{Kind: EntryNA}
		}
		a.NA = true
		return a, nil
	case e.Unknown:
		if !qn.UnknownAllowed() {
			return nil, &EntryError{Kind: EntryUnknown}
		}
		o, ok := qn.UnknownOption()
		if !ok {
			a.Unknown = true
			return keepMeasured(qn, old, a), nil
		}
		a.Value = Value{Set: true, Choice: o.Value}
		if qn.Type == questionnaire.Multi {
			a.Value = Value{Set: true, Choices: []string{o.Value}}
		}
		return keepMeasured(qn, old, a), nil
	}
	v, err := f.entered(qn, e, old, lang)
	if err != nil {
		return nil, err
	}
	if !v.Set {
		return withoutValue(old, e.Note), nil
	}
	a.Value = v
	// An option that says "don't know" is no value to estimate.
	a.Estimate = e.Estimate.Of(qn.Type, old, v) && !a.IsUnknown(qn)
	return keepMeasured(qn, old, a), nil
}

// Of reports whether v, a value of a question of type t whose answer on
// file is old, is an estimate by this mark: an estimate from an earlier
// value never sticks silently to a new one.
func (m Estimate) Of(t questionnaire.Type, old *Answer, v Value) bool {
	switch m {
	case EstimateYes:
		return true
	case EstimateNo:
		return false
	}
	return old != nil && old.Estimate && old.Value.Set && old.Value.Same(t, v)
}

// entered is the value of an entry that is neither "not applicable" nor
// "don't know"; not Set when it enters none.
func (f *File) entered(qn *questionnaire.Question, e Entry, old *Answer, lang string) (Value, error) {
	switch {
	case qn.Type == questionnaire.Multi:
		return CheckChoices(qn, e.Choices)
	case qn.Type == questionnaire.YesNo || qn.Type == questionnaire.Single:
		if len(e.Choices) == 0 {
			return Value{}, nil
		}
		// One option, checked as the file's is; two are no option.
		return ParseText(qn, strings.Join(e.Choices, ", "))
	case e.Kept && old != nil && old.Value.Set:
		return old.Value, nil
	case e.Text == "":
		return Value{}, nil
	}
	return f.ParseInput(qn, e.Text, lang)
}

// withoutValue is the answer to an entry that enters no value: the note
// and evidence alone when the value on file was deleted, the answer on
// file with a new note, a note alone, or nil when nothing changes.
func withoutValue(old *Answer, note string) *Answer {
	switch {
	case old != nil && old.Value.Set:
		return &Answer{Note: note, Evidence: old.Evidence}
	case old != nil && note != old.Note:
		kept := *old
		kept.Note = note
		return &kept
	case old == nil && note != "":
		return &Answer{Note: note}
	}
	return nil
}

// keepMeasured gives a the measured record of old when a keeps what was
// measured: the same value (or the same "don't know"), not an estimate,
// not "not applicable".
func keepMeasured(qn *questionnaire.Question, old, a *Answer) *Answer {
	if old != nil && old.Measured != nil && !a.NA && !a.Estimate && a.Unknown == old.Unknown &&
		a.Value.Set == old.Value.Set && a.Value.Same(qn.Type, old.Value) {
		a.Measured = old.Measured
	}
	return a
}

// Same reports whether v and w, values of a question of type t, are the
// same answer: the same choices, or the same value as the file writes it.
func (v Value) Same(t questionnaire.Type, w Value) bool {
	if t == questionnaire.Multi {
		return slices.Equal(v.Choices, w.Choices)
	}
	return v.Format(t) == w.Format(t)
}
