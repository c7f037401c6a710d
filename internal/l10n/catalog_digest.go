package l10n

// englishDigest and swedishDigest are the warning that the questionnaire
// read is not the one the answers were given to (its SHA-256 differs from
// the one the answers file recorded), which every command that reads an
// assessment prints.
var englishDigest = map[Key]string{
	"warn.digest.same":    "%s: warning: questionnaire %s %s is not the one these answers were given to: its SHA-256 is %s, the answers recorded %s (changed without a new version)",
	"warn.digest.version": "%s: warning: these answers were given to questionnaire %s %s (SHA-256 %s) and are read with version %s (SHA-256 %s)",
}

var swedishDigest = map[Key]string{
	"warn.digest.same":    "%s: varning: frågeformuläret %s %s är inte det som svaren gavs till: dess SHA-256 är %s, svaren anger %s (ändrat utan ny version)",
	"warn.digest.version": "%s: varning: svaren gavs till frågeformuläret %s %s (SHA-256 %s) och läses med version %s (SHA-256 %s)",
}
