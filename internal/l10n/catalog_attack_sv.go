package l10n

// swedishAttack is the Swedish of issue 24 (see catalog_attack.go).
var swedishAttack = map[Key]string{
	"acc.evidence.hashing": "Hashar %s: %s klart …",
}
