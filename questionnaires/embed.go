// Package questionnaires holds the built-in questionnaires, embedded in the
// binary so that `dutycheck` works with nothing but itself.
package questionnaires

import (
	"embed"
	"path"
	"sort"
	"strings"
)

//go:embed *.yaml
var files embed.FS

// DefaultID is the questionnaire `dutycheck run` uses when none is named.
const DefaultID = "csea-duties"

// File is one built-in questionnaire's source.
type File struct {
	// ID is the file name without .yaml; each file's id field matches it
	// (a test checks this).
	ID   string
	Name string
	Data []byte
}

// All returns the built-in questionnaires, the default first, then by id.
func All() []File {
	entries, _ := files.ReadDir(".")
	var out []File
	for _, e := range entries {
		data, err := files.ReadFile(e.Name())
		if err != nil {
			continue
		}
		out = append(out, File{ID: strings.TrimSuffix(e.Name(), path.Ext(e.Name())), Name: e.Name(), Data: data})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if (out[i].ID == DefaultID) != (out[j].ID == DefaultID) {
			return out[i].ID == DefaultID
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Get returns the built-in questionnaire with the given id.
func Get(id string) (File, bool) {
	for _, f := range All() {
		if f.ID == id {
			return f, true
		}
	}
	return File{}, false
}
