package l10n

// englishDuties are the words of the duties: must-haves, actions and the
// plan, unknown answers and estimates, evidence, reference status, regimes
// (see catalog_add.go).
var englishDuties = map[Key]string{

	// Action statuses (docs/answers-format.md).
	"action.open":          "open",
	"action.in_progress":   "in progress",
	"action.done":          "done",
	"action.risk_accepted": "risk accepted",

	// Must-have duties, wherever they are shown.
	"must.title":  "Must-have duties not met (%d)",
	"must.nocap":  "They come before every other gap, whatever the points.",
	"provisional": "provisional",
	// Why a rating is provisional (l10n.Printer.ProvisionalCompletion, ProvisionalUnknown).
	"provisional.completion": "only %s of the questions that apply are answered (%s are needed)",
	"provisional.unknown":    "%d of %d scored answers are “don't know” (more than %s)",

	// An action, on one line.
	"act.owner":      "owner %s",
	"act.no.owner":   "no owner",
	"act.unowned":    "NO OWNER",
	"act.due":        "due %s",
	"act.no.due":     "no due date",
	"act.overdue":    "OVERDUE",
	"act.approved":   "approved by %s",
	"act.done.when":  "done when: %s",
	"act.none":       "no action recorded",
	"act.to.do":      "to do: %s",
	"act.sources":    "sources: %s",
	"act.unknown":    "don't know / not measured: measure this",
	"act.unanswered": "unanswered: answer it",
	"act.estimate":   "est.",
	"act.answer":     "answer: %s",

	// dutycheck plan.
	"plan.heading": "Action plan",
	"plan.others":  "Other gaps, by points lost (%d)",
	"plan.none":    "No gaps: every question that counts scores in full.",
	"plan.closed":  "Actions on questions without a gap (%d)",

	// dutycheck score (1.1 parts).
	"score.others":             "Other gaps (%d), by points lost:",
	"score.regimes.notInForce": "Proposals and laws no longer in force (not duties)",
	"score.regime.would":       "would apply if adopted",
	"score.regimes.not":        "Do not apply, given the service profile",
	"score.regime.none":        "no scored question",
	"score.see.plan":           "Owners, due dates and every gap: dutycheck plan",

	// export --format markdown (1.1 parts).
	"md.gaps.bypoints": "By points lost, largest first.",
	"md.col.action":    "Action",
	"md.col.evidence":  "Evidence",
	"md.col.regime":    "Regime",
	"md.col.applies":   "Applies",
	"md.col.readiness": "Readiness",
	"md.no":            "no",

	// dutycheck diff (1.1 parts).
	"diff.evidence.changed": "Evidence changed: %s",
	"diff.stale":            "Answer changed but note or evidence left as it was (evidence may be stale): %s",

	// run --from: answers carried from an earlier assessment.
	"tag.carried": "to confirm",
	"start.from":  "Started from %s (%s): %s carried over, each to be confirmed.",

	// Progress leaves out carried answers not yet confirmed.
	"progress.to.confirm": "%d to confirm",
	"farewell.to.confirm": "%s still to confirm.",
	// Plain mode, while a large evidence file is hashed.
	"acc.evidence.hashing": "Hashing %s: %s done…",
	// An evidence file re-hashed by score, report or export.
	"evidence.stale.changed": "changed since it was recorded",
	"evidence.stale.missing": "missing since it was recorded",
}

// englishDutiesCount are the counted phrases of 1.1.
var englishDutiesCount = map[Key]Forms{
	"plan.n.overdue": {One: "%d action overdue", Other: "%d actions overdue"},
	"plan.n.unowned": {One: "%d must-have duty without an owner", Other: "%d must-have duties without an owner"},
	"must":           {One: "%d must-have duty not met", Other: "%d must-have duties not met"},
	"answers":        {One: "%d answer", Other: "%d answers"},
	"score.stale": {
		One:   "%d answer's evidence file changed or went missing since it was recorded; it counts as without evidence: %s",
		Other: "%d answers' evidence files changed or went missing since they were recorded; they count as without evidence: %s",
	},
}
