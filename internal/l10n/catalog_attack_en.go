package l10n

// englishAttack is the English of issue 24 (see catalog_attack.go).
var englishAttack = map[Key]string{
	// Plain mode, while a large evidence file is hashed.
	"acc.evidence.hashing": "Hashing %s: %s done…",
}
