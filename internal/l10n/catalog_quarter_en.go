package l10n

// englishQuarter is the English of the next-quarter messages (see
// catalog_quarter.go).
var englishQuarter = map[Key]string{
	// dutycheck diff: multiple-choice and cut answers, actions.
	"diff.answer.options":      "options: %d added, %d removed",
	"diff.answer.text.changed": "changed, in full below",
	"diff.answer.was":          "was: %s",
	"diff.answer.now":          "now: %s",
	"diff.actions.none":        "Actions changed: none.",
	"diff.actions.changed":     "Actions changed (%d), must-haves first:",
	"diff.action.added":        "(new action)",
	"diff.action.removed":      "(action removed)",
	"diff.action.owner":        "owner",
	"diff.action.due":          "due",
	"diff.action.status":       "status",
	"diff.action.done_when":    "done when",
	"diff.action.approved_by":  "approved by",
	"diff.targets.none":        "Targets changed: none.",
	"diff.targets.changed":     "Targets changed (%d):",
	"diff.target.added":        "(new target)",
	"diff.target.removed":      "(target cleared)",
	"diff.target.limit":        "target",
	"diff.target.state":        "state",

	// The plan screen: a due date before the assessment date.
	"plan.pastdue": "%s is before the assessment date %s: the action would be overdue at once. Enter again keeps it; or change the date.",

	// The results screen after a next-quarter walk.
	"key.confirm.next": "next to confirm",

	// A note or evidence kept when the answer changed.
	"notefor.note":     "The note was written for the answer “%s”: enter keeps it, tab edits it (empty it to drop it).",
	"notefor.evidence": "The evidence was recorded for the answer “%s”: enter keeps it.",
	"notefor.mark":     "written for the earlier answer “%s”",
	"acc.notefor":      "The note was written for the answer “%s”: keep, edit or drop it? (k/e/d, default k): ",
	"acc.notefor.new":  "New note: ",
	// The same, on a question asked again in plain mode: its own keys.
	"acc.notefor.stale.note":     "The note was written for the answer “%s”: an empty line keeps it; note: TEXT replaces it, and note: alone drops it.",
	"acc.notefor.stale.evidence": "The evidence was recorded for the answer “%s”: an empty line keeps it.",

	// A question changed since it was answered (walk-through).
	"changed.field": "Changed since your answer: %s: %s → %s",

	// The brief since the baseline: the must-haves first.
	"sum.must.change": "Must-have duties not met: %d → %d.",
}

// englishQuarterCount are the counted phrases of the next-quarter messages.
var englishQuarterCount = map[Key]Forms{
	// What the result rests on: estimates that decide which laws apply.
	"sum.regime.estimates": {One: "%d estimate that decides which laws apply", Other: "%d estimates that decide which laws apply"},
	"changed.more":         {One: "… %d change, cut here: dutycheck changes shows it whole.", Other: "… %d changes in all: dutycheck changes lists them."},
	"end.to.confirm":       {One: "%d question still to answer or confirm: c goes to it.", Other: "%d questions still to answer or confirm: c goes to the next."},
}
