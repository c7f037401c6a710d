package answers

import (
	"bytes"
	"maps"
	"slices"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"gopkg.in/yaml.v3"
)

// Encoder encodes one answers file again and again as a walk-through
// changes it, with the same bytes as Encode but without encoding the
// whole file each time: it keeps each answer's encoded lines and the
// lines around the answers, and encodes again only what changed. A
// walk-through saves after every answer, and encoding every answer on
// every save made a piped walk of 4,000 questions take minutes (issue 11).
//
// The lines around the answers are Encode's own output for the file with
// no answers, so fields Encode learns later come along; each answer's
// lines are encoded nested exactly as in the whole file, so that line
// folding at the same column gives the same bytes.
//
// An Encoder told the file's bytes as read (Keep) writes nothing of its
// own form: it keeps the file as its author wrote it and changes only
// the entries whose content changed (see patchFile).
type Encoder struct {
	head, tail []byte
	headOf     header
	headOK     bool
	frags      map[string]fragment
	kept       *kept
}

// fragment is one answer's encoded lines and the answer they encode.
type fragment struct {
	ptr    *Answer
	was    Answer
	t      questionnaire.Type
	orphan bool
	data   []byte
}

// header is what the lines around the answers depend on.
type header struct {
	ref                            Ref
	org, service, respondent, date string
	dateSet                        bool
}

func headerOf(f *File) header {
	h := header{ref: f.Questionnaire, org: f.Organization, service: f.Service, respondent: f.Respondent,
		date: f.Date.String(), dateSet: f.DateSet}
	h.ref.Fingerprints = maps.Clone(f.Questionnaire.Fingerprints)
	return h
}

func (h header) same(f *File) bool {
	r := f.Questionnaire
	return h.ref.ID == r.ID && h.ref.Version == r.Version && h.ref.SHA256 == r.SHA256 &&
		maps.Equal(h.ref.Fingerprints, r.Fingerprints) &&
		h.org == f.Organization && h.service == f.Service && h.respondent == f.Respondent &&
		h.dateSet == f.DateSet && h.date == f.Date.String()
}

// answersEmpty is how Encode writes a file with no answers.
var answersEmpty = []byte("answers: {}\n")

// Encode returns Encode(f, q).
func (e *Encoder) Encode(f *File, q *questionnaire.Questionnaire) []byte {
	if e.kept != nil {
		return e.kept.encode(f, q)
	}
	// Actions, targets and the origin are rare during a walk and their encoding
	// is not this type's to know: such a file is encoded whole.
	if len(f.Answers) == 0 || len(f.Actions) > 0 || f.From != nil || f.Targets != nil {
		return Encode(f, q)
	}
	if !e.headOK || !e.headOf.same(f) {
		bare := *f
		bare.Answers, bare.order = nil, nil
		all := Encode(&bare, q)
		i := bytes.Index(all, answersEmpty)
		if i < 0 || (i > 0 && all[i-1] != '\n') {
			return Encode(f, q)
		}
		e.head, e.tail = all[:i], all[i+len(answersEmpty):]
		e.headOf, e.headOK = headerOf(f), true
	}
	if e.frags == nil {
		e.frags = map[string]fragment{}
	}
	var buf bytes.Buffer
	buf.Grow(len(e.head) + len(e.tail) + 64*len(f.Answers))
	buf.Write(e.head)
	buf.WriteString("answers:\n")
	known := 0
	for _, qn := range q.Questions {
		if a := f.Answers[qn.ID]; a != nil {
			buf.Write(e.fragment(qn.ID, a, qn.Type, false))
			known++
		}
	}
	if known < len(f.Answers) {
		for _, id := range f.Orphans(q) {
			buf.Write(e.fragment(id, f.Answers[id], questionnaire.FreeText, true))
		}
	}
	// Forget answers removed since, now and then rather than on every
	// save: the check costs as much as the save.
	if len(e.frags) > 2*len(f.Answers)+64 {
		for id := range e.frags {
			if f.Answers[id] == nil {
				delete(e.frags, id)
			}
		}
	}
	buf.Write(e.tail)
	return buf.Bytes()
}

// fragment is the encoded lines of one answer, from the cache when the
// answer is the same one, unchanged, as when they were encoded.
func (e *Encoder) fragment(id string, a *Answer, t questionnaire.Type, orphan bool) []byte {
	if fr, ok := e.frags[id]; ok && fr.ptr == a && fr.t == t && fr.orphan == orphan && sameAnswer(&fr.was, a) {
		return fr.data
	}
	var node *yaml.Node
	if orphan && a.raw != nil {
		node = a.raw
	} else {
		node = answerNode(a, t)
	}
	ans := mapping()
	add(ans, id, node)
	top := mapping()
	add(top, "answers", ans)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(top); err != nil {
		panic("answers: encode: " + err.Error())
	}
	_ = enc.Close()
	data := bytes.TrimPrefix(buf.Bytes(), []byte("answers:\n"))
	e.frags[id] = fragment{ptr: a, was: cloneAnswer(a), t: t, orphan: orphan, data: data}
	return data
}

// cloneAnswer copies an answer deep enough that changing the original's
// lists in place shows as a difference.
func cloneAnswer(a *Answer) Answer {
	c := *a
	c.Value.Choices = slices.Clone(a.Value.Choices)
	c.Evidence = slices.Clone(a.Evidence)
	c.Measured = cloneMeasured(a.Measured)
	return c
}

// sameAnswer reports whether two answers encode the same. It is written
// out field by field, because comparing by reflection on every save cost
// more than the encoding it saves; TestSameAnswerCoversEveryField fails
// when a field is added to Answer or Value and not here.
func sameAnswer(a, b *Answer) bool {
	av, bv := a.Value, b.Value
	return av.Set == bv.Set && av.Choice == bv.Choice && av.Number == bv.Number && av.Duration == bv.Duration && av.DurationText == bv.DurationText &&
		av.Date.Equal(bv.Date) && av.Text == bv.Text &&
		(a.Value.Choices == nil) == (b.Value.Choices == nil) && slices.Equal(a.Value.Choices, b.Value.Choices) &&
		a.NA == b.NA && a.Unknown == b.Unknown && a.Estimate == b.Estimate && a.Note == b.Note && a.NoteFor == b.NoteFor &&
		slices.Equal(a.Evidence, b.Evidence) && a.raw == b.raw && sameMeasured(a.Measured, b.Measured)
}
