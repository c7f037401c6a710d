package answers

import (
	"bytes"
	"sort"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"gopkg.in/yaml.v3"
)

// Encode writes the file in a stable form: header fields in a fixed order,
// answers in the questionnaire's order (so that two assessments diff
// cleanly), durations in normal form, orphaned answers last, as they
// were, then the actions, in the questionnaire's order with orphaned
// ones last, and then the targets. Whatever Decode accepts, Encode writes back so that it
// decodes to the same assessment and encodes to the same bytes.
func Encode(f *File, q *questionnaire.Questionnaire) []byte {
	return marshal(encodeTree(f, q))
}

// encodeTree is the YAML tree Encode writes: the one place that turns an
// assessment into YAML. Encode writes it whole; an Encoder that keeps a
// file's layout (Encoder.Keep) compares it with the tree of the file as it
// was and writes only the entries that differ.
func encodeTree(f *File, q *questionnaire.Questionnaire) *yaml.Node {
	top := mapping()
	add(top, "format", str(Format))
	ref := mapping()
	add(ref, "id", str(f.Questionnaire.ID))
	if f.Questionnaire.Version != "" {
		add(ref, "version", str(f.Questionnaire.Version))
	}
	if f.Questionnaire.SHA256 != "" {
		add(ref, "sha256", str(f.Questionnaire.SHA256))
	}
	if len(f.Questionnaire.Fingerprints) > 0 {
		fp := mapping()
		for _, id := range fingerprintOrder(f.Questionnaire.Fingerprints, q) {
			add(fp, id, str(f.Questionnaire.Fingerprints[id]))
		}
		add(ref, "fingerprints", fp)
	}
	add(top, "questionnaire", ref)
	add(top, "organization", text(f.Organization))
	if f.Service != "" {
		add(top, "service", text(f.Service))
	}
	if f.Respondent != "" {
		add(top, "respondent", text(f.Respondent))
	}
	if f.DateSet {
		add(top, "date", date(f.Date))
	}
	if f.From != nil {
		add(top, "from", encodeOrigin(f.From))
	}
	ans := mapping()
	for _, qn := range q.Questions {
		if a := f.Answers[qn.ID]; a != nil {
			add(ans, qn.ID, answerNode(a, qn.Type))
		}
	}
	for _, id := range f.Orphans(q) {
		a := f.Answers[id]
		if a.raw != nil {
			add(ans, id, a.raw)
		} else {
			add(ans, id, encodeAnswer(a, questionnaire.FreeText))
		}
	}
	add(top, "answers", ans)
	if len(f.Actions) > 0 {
		acts := mapping()
		for _, qn := range q.Questions {
			if a := f.Actions[qn.ID]; a != nil {
				add(acts, qn.ID, encodeAction(a))
			}
		}
		for _, id := range f.OrphanActions(q) {
			add(acts, id, encodeAction(f.Actions[id]))
		}
		add(top, "actions", acts)
	}
	if !f.Targets.Empty() {
		add(top, "targets", encodeTargets(f.Targets, q))
	}
	return top
}

// marshal writes a tree as Encode does, indented by two spaces.
func marshal(top *yaml.Node) []byte { return marshalIndent(top, 2) }

// marshalIndent is marshal indenting each level by step spaces.
func marshalIndent(top *yaml.Node, step int) []byte {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(step)
	if err := enc.Encode(top); err != nil {
		// Encoding a tree of plain scalars cannot fail; if it ever does,
		// that is a bug, and saving a half file would lose data.
		panic("answers: encode: " + err.Error())
	}
	_ = enc.Close()
	return buf.Bytes()
}

// answerNode is the YAML of an answer to a question the questionnaire
// has. An answer whose choice the questionnaire no longer offers, not
// answered again yet, is written back as it was (see DecodeOptions.Resuming).
func answerNode(a *Answer, t questionnaire.Type) *yaml.Node {
	if a.raw != nil && !a.Answered() {
		return withNote(a.raw, a.Note)
	}
	return encodeAnswer(a, t)
}

// withNote is an answer's YAML as written, with its note replaced by note
// (typed since), so that a note is never lost with the old value kept.
func withNote(raw *yaml.Node, note string) *yaml.Node {
	if raw.Kind != yaml.MappingNode {
		return raw
	}
	out := *raw
	out.Content = nil
	found := false
	for i := 0; i+1 < len(raw.Content); i += 2 {
		k, v := raw.Content[i], raw.Content[i+1]
		if k.Value == "note" {
			found = true
			if note == "" {
				continue
			}
			if v.Value != note {
				v = str(note)
			}
		}
		out.Content = append(out.Content, k, v)
	}
	if !found && note != "" {
		out.Content = append(out.Content, str("note"), str(note))
	}
	return &out
}

func encodeAnswer(a *Answer, t questionnaire.Type) *yaml.Node {
	m := mapping()
	switch {
	case a.NA:
		add(m, "na", yes())
	case a.Unknown:
		add(m, "unknown", yes())
	case a.Value.Set && t == questionnaire.Multi:
		seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, c := range a.Value.Choices {
			seq.Content = append(seq.Content, str(c))
		}
		add(m, "value", seq)
	case a.Value.Set && t == questionnaire.Number:
		add(m, "value", &yaml.Node{Kind: yaml.ScalarNode, Tag: numberTag(a.Value.Number), Value: FormatNumber(a.Value.Number)})
	case a.Value.Set && t == questionnaire.Date:
		add(m, "value", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: a.Value.Format(t)})
	case a.Value.Set:
		add(m, "value", str(a.Value.Format(t)))
	}
	if a.Estimate && a.Value.Set && !a.NA && !a.Unknown {
		add(m, "estimate", yes())
	}
	if a.Measured != nil && !a.NA && (a.Value.Set || a.Unknown) {
		add(m, "measured", encodeMeasured(a.Measured))
	}
	if a.Note != "" {
		add(m, "note", text(a.Note))
	}
	if a.NoteFor != "" && (a.Note != "" || len(a.Evidence) > 0) {
		add(m, "note_for", str(a.NoteFor))
	}
	if len(a.Evidence) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, e := range a.Evidence {
			seq.Content = append(seq.Content, encodeEvidence(e))
		}
		add(m, "evidence", seq)
	}
	return m
}

func encodeEvidence(e Evidence) *yaml.Node {
	m := mapping()
	if e.File != "" {
		add(m, "file", str(e.File))
		add(m, "sha256", str(e.SHA256))
	} else {
		add(m, "url", str(e.URL))
	}
	if !e.Date.IsZero() {
		add(m, "date", date(e.Date))
	}
	return m
}

func encodeAction(a *Action) *yaml.Node {
	m := mapping()
	if a.Owner != "" {
		add(m, "owner", text(a.Owner))
	}
	if !a.Due.IsZero() {
		add(m, "due", date(a.Due))
	}
	status := a.Status
	if status == "" {
		status = ActionOpen
	}
	add(m, "status", str(string(status)))
	if a.DoneWhen != "" {
		add(m, "done_when", text(a.DoneWhen))
	}
	if a.ApprovedBy != "" {
		add(m, "approved_by", text(a.ApprovedBy))
	}
	return m
}

func encodeOrigin(o *Origin) *yaml.Node {
	m := mapping()
	add(m, "path", str(o.Path))
	if o.SHA256 != "" {
		add(m, "sha256", str(o.SHA256))
	}
	if !o.Date.IsZero() {
		add(m, "date", date(o.Date))
	}
	return m
}

func yes() *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"} }

func date(t time.Time) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: t.Format(questionnaire.DateLayout)}
}

func numberTag(f float64) string {
	if f == float64(int64(f)) {
		return "!!int"
	}
	return "!!float"
}

// fingerprintOrder lists fingerprint ids in questionnaire order, then any
// others (of removed questions) sorted.
func fingerprintOrder(fp map[string]string, q *questionnaire.Questionnaire) []string {
	var out, rest []string
	for _, qn := range q.Questions {
		if _, ok := fp[qn.ID]; ok {
			out = append(out, qn.ID)
		}
	}
	for id := range fp {
		if q.Question(id) == nil {
			rest = append(rest, id)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

func mapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode} }

// str is a text scalar. Text that is not UTF-8 (a note pasted from a
// terminal in another encoding) cannot be written as YAML text: the bad
// bytes become U+FFFD rather than failing the save and losing the answer.
func str(s string) *yaml.Node {
	s = strings.ToValidUTF8(s, "\uFFFD")
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if needsQuotes(s) {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// needsQuotes reports whether yaml.v3 would write s in a form that does not
// read back as s. It writes multi-line text as a literal block, which
// drops a leading line break, and breaks on tabs at the start of a line,
// carriage returns and Unicode line separators. Double quotes hold any
// text, so such text gets them.
func needsQuotes(s string) bool {
	return strings.HasPrefix(s, "\n") || strings.ContainsAny(s, "\t\r\u0085\u2028\u2029\ufeff")
}

func add(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, str(key), v)
}
