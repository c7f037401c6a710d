// Package export writes one scored assessment in formats other tools read:
// JSON for scripts, CSV for spreadsheets, Markdown for pull-request review
// and OSCAL assessment results for GRC tools. Every encoder is pure (values
// in, bytes out) and deterministic: the same inputs give the same bytes, so
// exports can be checked into git and diffed.
package export

import (
	"fmt"
	"time"

	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/signoff"
)

// Input is one scored assessment and where it came from.
type Input struct {
	Result *scoring.Result
	// Lang is the language of the questionnaire's texts in the output.
	Lang string
	// Sources are the files the assessment was read from: the questionnaire
	// first, then the answers. An auditor needs them to tie an export to
	// exact file contents.
	Sources []Source
	// Time stamps the OSCAL document (from SOURCE_DATE_EPOCH); the zero
	// time means the assessment date, so that exports are reproducible.
	Time time.Time
	// Excel starts a CSV export with a byte order mark, for Excel.
	Excel bool
	// Generator names the program that wrote the export, e.g.
	// "dutycheck 1.1.0"; empty leaves it out.
	Generator string
	// SignOff is the judged state of the sign-offs beside the answers
	// file, which the Markdown says as score does; nil is a Draft.
	SignOff *signoff.State
}

// Roles of a Source.
const (
	RoleQuestionnaire = "questionnaire"
	RoleAnswers       = "answers"
)

// Source is an input file with its digest and, when it lives in a git work
// tree, the commit it was read at.
type Source struct {
	Role string `json:"role"`
	// Path is the file as named on the command line, or the id of a
	// built-in questionnaire.
	Path    string `json:"path"`
	BuiltIn bool   `json:"built_in,omitempty"`
	SHA256  string `json:"sha256"`
	Git     *Git   `json:"git,omitempty"`
}

// Git says where a file stands in its repository. A reviewer can check out
// Commit and get the file as scored, unless Modified says it has changed
// since.
type Git struct {
	// Path is the file's path from the repository's top folder.
	Path string `json:"path"`
	// Head is the commit checked out when the export was made.
	Head string `json:"head"`
	// Commit is the last commit that changed the file; empty when the file
	// was never committed.
	Commit string `json:"commit,omitempty"`
	// Modified is true when the file differs from Commit (or is new).
	Modified bool `json:"modified"`
}

// Line describes the state in a few words for people, e.g.
// "answers.yaml: commit 3f1c9a2 (modified since)".
func (g *Git) Line() string {
	switch {
	case g.Commit == "":
		return fmt.Sprintf("%s: not committed (repository at %s)", g.Path, short(g.Head))
	case g.Modified:
		return fmt.Sprintf("%s: commit %s (modified since)", g.Path, short(g.Commit))
	}
	return fmt.Sprintf("%s: commit %s", g.Path, short(g.Commit))
}

// short is the abbreviated commit hash people recognise from git log.
func short(hash string) string {
	if len(hash) > 7 {
		return hash[:7]
	}
	return hash
}

// source returns the first source with the given role, or nil.
func (in Input) source(role string) *Source {
	for i := range in.Sources {
		if in.Sources[i].Role == role {
			return &in.Sources[i]
		}
	}
	return nil
}
