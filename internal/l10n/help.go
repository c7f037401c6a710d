package l10n

// Help says one text of the command line's help (a command's Short or
// Long, a flag's usage, a format's summary, the words around them) in
// lang. Like the problem catalogues, the help catalogues are keyed by the
// English text itself, which is also the English help: each command owns
// its help beside its flags (internal/cli), and a test there checks that
// every text it shows has an entry here and every entry is still shown.
// A text without an entry, and any language without a help catalogue, is
// said in English.
func Help(lang Lang, english string) string {
	if t, ok := helpCatalogs[lang][english]; ok {
		return t
	}
	return english
}

// HelpTexts returns lang's help entries by their English text, for tests.
func HelpTexts(lang Lang) map[string]string { return helpCatalogs[lang] }

var helpCatalogs = map[Lang]map[string]string{
	SV: swedishHelp,
}
