package answers

import (
	"slices"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// Source is an answers file read once as YAML. A command reads its header
// first (Ref: which questionnaire to decode it against) and then decodes
// it (Decode), both from the one parse, so that every answers file is
// parsed once per command, and what is decoded is exactly what was read.
type Source struct {
	path string
	top  *yaml.Node
	// loaded is what reading the YAML found (when top is nil, why it could
	// not be read); each step reports it with its own problems.
	loaded []yamlsrc.Problem
}

// Parse reads an answers file's YAML; what is wrong with it is reported by
// the steps that follow (Ref, Decode, DecodeAll).
func Parse(path string, data []byte) *Source {
	errs := &yamlsrc.ErrorList{Path: path}
	top := yamlsrc.Load(data, errs)
	return &Source{path: path, top: top, loaded: errs.Problems}
}

func (s *Source) errs() *yamlsrc.ErrorList {
	return &yamlsrc.ErrorList{Path: s.path, Problems: slices.Clone(s.loaded)}
}

// Ref reads only the header: which questionnaire the file was made with.
// The command line uses it to pick a built-in questionnaire before the
// answers can be checked against one.
func (s *Source) Ref() (Ref, error) {
	errs := s.errs()
	if s.top == nil {
		return Ref{}, errs.Err()
	}
	w := yamlsrc.NewWalker(errs)
	f, _ := w.Mapping(s.top, "answers file")
	checkFormat(w, f)
	var ref Ref
	if n, ok := f.Val["questionnaire"]; ok {
		ref = readRef(w, n)
	} else {
		w.Errorf(s.top, "answers file: missing required field \"questionnaire\"")
	}
	return ref, errs.Err()
}

// Decode is DecodeWith on the file as loaded.
func (s *Source) Decode(q *questionnaire.Questionnaire, opt DecodeOptions) (*File, error) {
	f, err := s.DecodeAll(q, opt)
	if err != nil {
		return nil, err
	}
	return f, nil
}
