package l10n

// swedishAttack is the Swedish of issue 24 (see catalog_attack.go).
var swedishAttack = map[Key]string{
	"acc.evidence.hashing":   "Hashar %s: %s klart …",
	"evidence.stale.changed": "ändrad sedan den bifogades",
	"evidence.stale.missing": "saknas sedan den bifogades",
}

// swedishAttackCount are the counted phrases of issue 24 in Swedish.
var swedishAttackCount = map[Key]Forms{
	"score.stale": {
		One:   "%d svars underlagsfil har ändrats eller saknas sedan den bifogades; svaret räknas som utan underlag: %s",
		Other: "%d svars underlagsfiler har ändrats eller saknas sedan de bifogades; svaren räknas som utan underlag: %s",
	},
}
