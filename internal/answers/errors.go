package answers

import (
	"fmt"

	"github.com/dutycheck/dutycheck/internal/filekind"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// The errors of this file carry a kind, as questionnaire.ValueError does
// for typed values (after strconv.NumError): callers branch on the kind
// with errors.As, and each interface words it in its own language from the
// fields, never from the English of Error, which is for files and logs.

// ChoiceKind says what is wrong with an option chosen.
type ChoiceKind string

// The kinds of ChoiceError.
const (
	// ChoiceUnknown: the question has no such option.
	ChoiceUnknown ChoiceKind = "unknown"
	// ChoiceTwice: a multi answer names the option twice.
	ChoiceTwice ChoiceKind = "twice"
	// ChoiceExclusive: an exclusive option ("none of these") is chosen
	// with others.
	ChoiceExclusive ChoiceKind = "exclusive"
)

// ChoiceKinds lists every kind, for tests that check each is worded in
// every language.
var ChoiceKinds = []ChoiceKind{ChoiceUnknown, ChoiceTwice, ChoiceExclusive}

// ChoiceError is an option that cannot be chosen. Choice is the value as
// given; Known lists the question's option values (ChoiceUnknown); Multi
// is true for a multi answer.
type ChoiceError struct {
	Kind   ChoiceKind
	Choice string
	Known  string
	Multi  bool
}

func (e *ChoiceError) Error() string {
	c := yamlsrc.Clip(e.Choice)
	switch e.Kind {
	case ChoiceTwice:
		return fmt.Sprintf("%q is chosen twice", c)
	case ChoiceExclusive:
		return fmt.Sprintf("%q cannot be chosen with other options", c)
	}
	if e.Multi {
		return fmt.Sprintf("%q is not an option; choose from %s", c, e.Known)
	}
	return fmt.Sprintf("%q is not an option; choose one of %s", c, e.Known)
}

// EntryKind says why an entry cannot answer its question.
type EntryKind string

// The kinds of EntryError.
const (
	// EntryNA: "not applicable" for a question that does not allow it.
	EntryNA EntryKind = "na"
	// EntryUnknown: "don't know" for a question that does not allow it.
	EntryUnknown EntryKind = "unknown"
)

// EntryKinds lists every kind, for tests that check each is worded.
var EntryKinds = []EntryKind{EntryNA, EntryUnknown}

// EntryError is an entry that the question does not allow.
type EntryError struct {
	Kind EntryKind
}

func (e *EntryError) Error() string {
	if e.Kind == EntryNA {
		return `this question cannot be answered "not applicable"`
	}
	return `this question cannot be answered "don't know"`
}

// ActionKind says what is wrong with an action.
type ActionKind string

// The kinds of ActionError.
const (
	// ActionBadStatus: the status is not one of ActionStatuses.
	ActionBadStatus ActionKind = "status"
	// ActionNoApprover: a risk accepted without who accepted it.
	ActionNoApprover ActionKind = "no-approver"
)

// ActionKinds lists every kind, for tests.
var ActionKinds = []ActionKind{ActionBadStatus, ActionNoApprover}

// ActionError is an action that cannot be recorded; Status is the status
// given.
type ActionError struct {
	Kind   ActionKind
	Status string
}

func (e *ActionError) Error() string {
	if e.Kind == ActionNoApprover {
		return "status risk_accepted needs approved_by: who accepted the risk, and where that is recorded"
	}
	return fmt.Sprintf("status %q is not one of %s", yamlsrc.Clip(e.Status), statusList())
}

// EvidenceKind says why an item cannot be evidence.
type EvidenceKind string

// The kinds of EvidenceError.
const (
	// EvidenceNotURL: not an absolute http or https address.
	EvidenceNotURL EvidenceKind = "not-url"
	// EvidenceCredentials: a link with a user name or password in it.
	EvidenceCredentials EvidenceKind = "credentials"
	// EvidenceEmptyPath: a file with no path.
	EvidenceEmptyPath EvidenceKind = "empty-path"
	// EvidenceHidden: a path with control or invisible characters.
	EvidenceHidden EvidenceKind = "hidden"
	// EvidenceBackslash: a path written with backslashes.
	EvidenceBackslash EvidenceKind = "backslash"
	// EvidenceAbsolute: a path that is not relative to the answers file.
	EvidenceAbsolute EvidenceKind = "absolute"
	// EvidenceFolder: a path that names a folder.
	EvidenceFolder EvidenceKind = "folder"
	// EvidenceOutside: a path that climbs out of the answers file's
	// folder tree ("../…"); evidence lies in it or in a folder under it.
	EvidenceOutside EvidenceKind = "outside"
	// EvidenceMaterial: an image, a video or an archive; File is what it
	// is, and ByContent says it was found by its first bytes.
	EvidenceMaterial EvidenceKind = "material"
)

// EvidenceKinds lists every kind, for tests.
var EvidenceKinds = []EvidenceKind{EvidenceNotURL, EvidenceCredentials, EvidenceEmptyPath, EvidenceHidden,
	EvidenceBackslash, EvidenceAbsolute, EvidenceFolder, EvidenceOutside, EvidenceMaterial}

// EvidenceError is an item that cannot be evidence. Input is the link or
// path as given (a link without its password).
type EvidenceError struct {
	Kind      EvidenceKind
	Input     string
	File      filekind.Kind
	ByContent bool
}

func (e *EvidenceError) Error() string {
	in := yamlsrc.Clip(e.Input)
	switch e.Kind {
	case EvidenceNotURL:
		return fmt.Sprintf("%q is not a web address; write an absolute http:// or https:// URL", in)
	case EvidenceCredentials:
		return fmt.Sprintf("%q has a user name or password in it; link without them", in)
	case EvidenceEmptyPath:
		return "the file path is empty"
	case EvidenceHidden:
		return fmt.Sprintf("file %q has control or invisible formatting characters in its name", in)
	case EvidenceBackslash:
		return fmt.Sprintf("file %q: write the path with / between folders", in)
	case EvidenceAbsolute:
		return fmt.Sprintf("file %q must be a path relative to the answers file, not an absolute one", in)
	case EvidenceFolder:
		return fmt.Sprintf("file %q names a folder, not a file", in)
	case EvidenceOutside:
		return fmt.Sprintf("file %q lies outside the answers file's folder; evidence files must be in it or in a folder under it", in)
	}
	if e.File.Inside != "" {
		return fmt.Sprintf("%s holds %s (%s: %s); %s", e.Input, e.File.Class, e.File.Format, yamlsrc.Clip(e.File.Inside), ErrMaterial)
	}
	how := "by its name"
	switch {
	case e.File.Embedded:
		how = "found inside it"
	case e.ByContent:
		how = "by its first bytes"
	}
	return fmt.Sprintf("%s is %s (%s, %s); %s", e.Input, e.File.Class, e.File.Format, how, ErrMaterial)
}

// Unwrap lets errors.Is find ErrMaterial in a refusal of material.
func (e *EvidenceError) Unwrap() error {
	if e.Kind == EvidenceMaterial {
		return ErrMaterial
	}
	return nil
}
