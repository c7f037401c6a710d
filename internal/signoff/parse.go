package signoff

import (
	"bytes"
	"encoding/pem"
	"fmt"
	"strings"

	"github.com/hiddeco/sshsig"
	"gopkg.in/yaml.v3"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// File is a signoffs file as read: its sign-offs in file order.
type File struct {
	Signoffs []*Signoff
	// CRLF is set when the file's lines end in CRLF (a Windows checkout),
	// so that an appended entry ends its lines the same way.
	CRLF bool
}

var (
	topFields       = []string{"format", "signoffs"}
	entryFields     = []string{"name", "role", "meaning", "date", "next_review", "answers", "questionnaire", "commit", "key", "signature"}
	entryRequired   = []string{"meaning", "date", "answers", "questionnaire", "key", "signature"}
	answersFields   = []string{"file", "sha256"}
	questionFields  = []string{"id", "version", "sha256"}
	signaturePrefix = "-----BEGIN SSH SIGNATURE-----"
)

// Parse reads a signoffs file. Every problem is reported at its place as
// `path:line:col: message` (a *yamlsrc.ErrorList); a file with any problem
// returns no sign-offs, since a sign-off read in part means nothing.
func Parse(path string, data []byte) (*File, error) {
	errs := &yamlsrc.ErrorList{Path: path}
	top := yamlsrc.Load(data, errs)
	if top == nil {
		return nil, errs.Err()
	}
	w := yamlsrc.NewWalker(errs)
	tf, _ := w.Mapping(top, "the signoffs file")
	w.Known(tf, "the signoffs file", topFields, topFields)
	if n, ok := tf.Val["format"]; ok {
		if v, ok := w.Str(n, "format"); ok && v != Format {
			w.Errorf(n, "format: %q is not %s", yamlsrc.Clip(v), Format)
		}
	}
	f := &File{CRLF: bytes.Contains(data, []byte("\r\n"))}
	// "signoffs:" with nothing after it is a file no one has signed yet.
	if n, ok := tf.Val["signoffs"]; ok && !isNull(w.Resolve(n)) {
		items, _ := w.Seq(n, "signoffs")
		for i, item := range items {
			if w.Stopped {
				break
			}
			if s := readEntry(w, item, i+1); s != nil {
				f.Signoffs = append(f.Signoffs, s)
			}
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return f, nil
}

// readEntry reads the n-th sign-off, or returns nil after recording what
// is wrong with it.
func readEntry(w *yamlsrc.Walker, n *yaml.Node, num int) *Signoff {
	what := fmt.Sprintf("sign-off %d", num)
	m, ok := w.Mapping(n, what)
	if !ok {
		return nil
	}
	before := len(w.Errs.Problems)
	w.Known(m, what, entryFields, entryRequired)
	s := &Signoff{Line: m.Node.Line}
	at := map[string]*yaml.Node{}
	str := func(fields *yamlsrc.Fields, key, name string, dst *string) {
		if v, ok := fields.Val[key]; ok {
			at[name] = v
			*dst, _ = w.Str(v, what+": "+name)
		}
	}
	str(m, "name", "name", &s.Name)
	str(m, "role", "role", &s.Role)
	str(m, "meaning", "meaning", &s.Meaning)
	str(m, "date", "date", &s.Date)
	str(m, "next_review", "next_review", &s.NextReview)
	str(m, "commit", "commit", &s.Commit)
	str(m, "key", "key", &s.Key)
	str(m, "signature", "signature", &s.Signature)
	if v, ok := m.Val["answers"]; ok {
		at["answers"] = v
		if af, ok := w.Mapping(v, what+": answers"); ok {
			w.Known(af, what+": answers", answersFields, answersFields)
			str(af, "file", "answers.file", &s.Answers.File)
			str(af, "sha256", "answers.sha256", &s.Answers.SHA256)
		}
	}
	if v, ok := m.Val["questionnaire"]; ok {
		at["questionnaire"] = v
		if qf, ok := w.Mapping(v, what+": questionnaire"); ok {
			w.Known(qf, what+": questionnaire", questionFields, questionFields)
			str(qf, "id", "questionnaire.id", &s.Questionnaire.ID)
			str(qf, "version", "questionnaire.version", &s.Questionnaire.Version)
			str(qf, "sha256", "questionnaire.sha256", &s.Questionnaire.SHA256)
		}
	}
	if len(w.Errs.Problems) > before {
		return nil
	}
	for _, e := range Check(s) {
		node := at[e.Field]
		if node == nil {
			node = m.Node
		}
		w.Errorf(node, "%s: %s: %v", what, e.Field, e.Said)
	}
	if sig := at["signature"]; sig != nil {
		if _, err := ParseSignature(s.Signature); err != nil {
			w.Errorf(sig, "%s: signature: %v", what, err)
		}
	}
	if len(w.Errs.Problems) > before {
		return nil
	}
	return s
}

// ParseSignature reads an armored SSH signature: one PEM block of type
// SSH SIGNATURE and nothing else around it.
func ParseSignature(text string) (*sshsig.Signature, error) {
	t := strings.TrimSpace(text)
	if !strings.HasPrefix(t, signaturePrefix) {
		return nil, yamlsrc.Reasonf("is not an SSH signature (it must start with %s)", signaturePrefix)
	}
	block, rest := pem.Decode([]byte(t))
	if block == nil || len(bytes.TrimSpace(rest)) > 0 || len(block.Headers) > 0 {
		return nil, yamlsrc.Reasonf("cannot be read: the armored block is damaged or has text after its end")
	}
	if block.Type != sshsig.PEMType {
		return nil, yamlsrc.Reasonf("cannot be read: a %q block, not %q", yamlsrc.Clip(block.Type), sshsig.PEMType)
	}
	sig, err := sshsig.ParseSignature(block.Bytes)
	if err != nil {
		return nil, yamlsrc.Reasonf("cannot be read: its content is not a valid SSH signature")
	}
	return sig, nil
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }
