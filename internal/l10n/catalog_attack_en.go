package l10n

// englishAttack is the English of issue 24 (see catalog_attack.go).
var englishAttack = map[Key]string{
	// Plain mode, while a large evidence file is hashed.
	"acc.evidence.hashing": "Hashing %s: %s done…",
	// An evidence file re-hashed by score, report or export.
	"evidence.stale.changed": "changed since it was recorded",
	"evidence.stale.missing": "missing since it was recorded",
}

// englishAttackCount are the counted phrases of issue 24.
var englishAttackCount = map[Key]Forms{
	"score.stale": {
		One:   "%d answer's evidence file changed or went missing since it was recorded; it counts as without evidence: %s",
		Other: "%d answers' evidence files changed or went missing since they were recorded; they count as without evidence: %s",
	},
}
