package l10n

// englishMeasureProblems are the command line's words around a measure
// map's and an export's problems, and a refused option's in a file's (the problems themselves are in the
// problem catalogue, see Problem).
var englishMeasureProblems = map[Key]string{
	// "map.yaml:3:40: warning: role "removd" is used by no measure; …"
	"measure.map.warning": "%s:%d:%d: warning: %s",
	// an option a question does not have, in a file's problem: as the
	// answers file's reader says it (answers.ChoiceError)
	"cli.choice.unknown.one":   "%q is not an option; choose one of %s",
	"cli.choice.unknown.multi": "%q is not an option; choose from %s",
	// --key names a file that holds no SSH key at all
	"cli.key.nokey": "--key %s: not an OpenSSH private key or public key",
}
