package answers

import (
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// kept is an answers file as last read or written, for saves that keep
// its layout: its bytes, their YAML tree (with lines and columns) and the
// tree Encode would write for what they read as.
type kept struct {
	q   *questionnaire.Questionnaire
	src []byte
	top *yaml.Node
	was *yaml.Node
}

// Keep makes e keep the layout of data, the answers file as read,
// comments and all: each later Encode writes data with only the entries
// whose content changed rewritten (in Encode's form), new entries
// inserted and removed ones deleted. data that does not read as an
// answers file of q is ignored: e then writes Encode's form.
func (e *Encoder) Keep(data []byte, q *questionnaire.Questionnaire) {
	e.kept = keepOf(data, nil, q)
}

// EncodeOver is Encode for an assessment read from data, keeping data's
// layout (see Encoder.Keep): what a command that changes a file and saves
// it once (plan set) writes.
func EncodeOver(data []byte, f *File, q *questionnaire.Questionnaire) []byte {
	var e Encoder
	e.Keep(data, q)
	return e.Encode(f, q)
}

// keepOf reads data (whose tree is top, when loaded already) for later
// saves; nil when it does not read.
func keepOf(data []byte, top *yaml.Node, q *questionnaire.Questionnaire) *kept {
	errs := &yamlsrc.ErrorList{}
	if top == nil {
		if top = yamlsrc.Load(data, errs); top == nil {
			return nil
		}
	}
	f, err := decodeTop(top, errs, q, DecodeOptions{Resuming: true})
	if err != nil {
		return nil
	}
	return &kept{q: q, src: data, top: top, was: encodeTree(f, q)}
}

// encode writes f over the kept file and keeps the result for the next
// save. A patched file that does not read back as f, to the byte of
// Encode's form, is not written: Encode's form is, whole.
func (k *kept) encode(f *File, q *questionnaire.Questionnaire) []byte {
	now := encodeTree(f, q)
	if q == k.q {
		if out, ok := safePatch(k, now); ok {
			if sameNode(k.was, now) {
				return out
			}
			errs := &yamlsrc.ErrorList{}
			if top := yamlsrc.Load(out, errs); top != nil {
				if back, err := decodeTop(top, errs, q, DecodeOptions{Resuming: true}); err == nil && sameNode(encodeTree(back, q), now) {
					k.src, k.top, k.was = out, top, now
					return out
				}
			}
		}
	}
	out := marshal(now)
	if next := keepOf(out, nil, q); next != nil {
		*k = *next
	}
	return out
}

// safePatch is patchFile, with a panic in it (a layout it misjudged) taken
// as a patch that failed: the save then writes Encode's form rather than
// losing the answers with the process.
func safePatch(k *kept, now *yaml.Node) (out []byte, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = nil, false
		}
	}()
	return patchFile(k.src, k.top, k.was, now)
}
