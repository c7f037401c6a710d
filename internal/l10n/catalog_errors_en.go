package l10n

// englishErrors word the kinds of the answers' errors (answers.ChoiceError,
// ActionError, EvidenceError) for the walk-through and the plain mode.
var englishErrors = map[Key]string{
	"choice.unknown":       "%q is not one of the options.",
	"choice.twice":         "%q is chosen twice.",
	"action.badstatus":     "%q is not a status; use %s.",
	"evidence.not-url":     "%q is not a web address: write an absolute https:// link",
	"evidence.credentials": "%q has a user name or password in it: link without them",
	"evidence.empty-path":  "The file path is empty.",
	"evidence.hidden":      "%q has control or invisible characters in its name.",
	"evidence.backslash":   "%q: write the path with / between folders.",
	"evidence.absolute":    "%q: write the path relative to the answers file, not from the top of the disk.",
	"evidence.folder":      "%q names a folder, not a file.",
	"evidence.outside":     "%q lies outside the answers file's folder: evidence files must be in it or in a folder under it.",
	// What a refused file is, found by its name or by its first bytes:
	// "is an image (JPEG, by its first bytes)".
	"evidence.kind.1.name":    "is an image (%s, by its name)",
	"evidence.kind.1.content": "is an image (%s, by its first bytes)",
	"evidence.kind.2.name":    "is a video (%s, by its name)",
	"evidence.kind.2.content": "is a video (%s, by its first bytes)",
	"evidence.kind.3.name":    "is an archive (%s, by its name)",
	"evidence.kind.3.content": "is an archive (%s, by its first bytes)",
	"evidence.material.kind":  "%s %s. Evidence describes and points; it never contains the material itself: link to the record in the case system instead.",
	"evidence.hashing":        "Hashing %s…",
	"evidence.hashing.pct":    "Hashing %s… %s",
	"save.why.readonly":       "the file is read-only (make it writable to save)",
	"save.why.toolarge":       "it would be over the 1 MiB that dutycheck reads back; shorten a long note or text answer",
	"save.why.nofolder":       "its folder no longer exists",
	"save.why.denied":         "permission denied",
	"evidence.why.nofile":     "there is no such file",
	"evidence.why.outside":    "it lies outside the answers file's folder; evidence files must be in it or in a folder under it",
	"evidence.why.notfile":    "it is not a regular file",
	"evidence.why.self":       "the answers file cannot be its own evidence (its digest changes with every save)",
	"evidence.why.toolarge":   "it is over 2 GiB, the limit for an evidence file; link to the record in the case system instead",
}
