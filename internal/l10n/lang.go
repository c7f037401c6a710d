package l10n

import (
	"fmt"
	"slices"
	"strings"
)

// LangError is a --lang that no part of the program can speak: neither the
// catalogue nor the questionnaire has it.
type LangError struct {
	Lang string
	// Known are the languages that would have been accepted.
	Known []string
}

func (e *LangError) Error() string {
	return fmt.Sprintf("unknown language %q; use %s", e.Lang, strings.Join(e.Known, ", "))
}

// Choose is the one rule for --lang, in every command. An empty flag
// means the questionnaire's default language (its first; English without
// a questionnaire). A language is accepted when the catalogue speaks it or
// the questionnaire has it: the program's words are then in that language
// (English around a questionnaire language the catalogue lacks), and a
// questionnaire text missing in it falls back to the questionnaire's
// default, as questionnaires/README.md says of every text. Anything else is a
// *LangError, which every command reports the same way (exit 2, one line).
//
// offered are the questionnaire's languages, default first; nil when the
// command shows no questionnaire text.
func Choose(flag string, offered []string) (string, error) {
	if flag == "" {
		if len(offered) > 0 {
			return offered[0], nil
		}
		return string(EN), nil
	}
	if Speaks(flag) || slices.Contains(offered, flag) {
		return flag, nil
	}
	var known []string
	for _, l := range Langs() {
		known = append(known, string(l))
	}
	for _, l := range offered {
		if !slices.Contains(known, l) {
			known = append(known, l)
		}
	}
	return "", &LangError{Lang: flag, Known: known}
}
