package l10n

// swedishProblems says the problems found in the answers file, the
// measure map, the signoffs file and the YAML they share in Swedish, keyed
// by the English format (see Problem). Each entry has the same verbs as
// its key, in the same order; field names (value, na, sha256, from, at…)
// stay as the file writes them. A format that is only field names and
// what the file or another message says ("date: %v") is its own entry.
var swedishProblems = map[string]string{
	// the YAML every file shares (internal/yamlsrc)
	"%s: %q is not a finite number":                                   "%s: %q är inte ett ändligt tal",
	"%s: %q is out of range for a number":                             "%s: %q är för stort eller för litet för ett tal",
	"%s: a field name must be plain text, got %s":                     "%s: ett fältnamn ska vara vanlig text, men här står %s",
	"%s: expected a list, got %s":                                     "%s: här ska stå en lista, men här står %s",
	"%s: expected a mapping of fields, got %s":                        "%s: här ska stå en mappning av fält, men här står %s",
	"%s: expected a number, got %s":                                   "%s: här ska stå ett tal, men här står %s",
	"%s: expected text, got %s":                                       "%s: här ska stå text, men här står %s",
	"%s: expected true or false, got %q":                              "%s: här ska stå true eller false, men här står %q",
	"%s: expected true or false, got %s":                              "%s: här ska stå true eller false, men här står %s",
	"%s: field %q given twice (first at line %d)":                     "%s: fältet %q står två gånger (första gången på rad %d)",
	"%s: merge keys (<<) are not supported; write the fields out":     "%s: sammanslagningsnycklar (<<) stöds inte; skriv ut fälten",
	"%s: missing required field %q":                                   "%s: det obligatoriska fältet %q saknas",
	"YAML syntax: %s":                                                 "YAML-syntax: %s",
	"YAML tag %s is not supported; remove it":                         "YAML-taggen %s stöds inte; ta bort den",
	"a second YAML document: a file holds one document only":          "ett andra YAML-dokument: en fil rymmer bara ett dokument",
	"alias *%s refers to a node that contains it, a loop without end": "aliaset *%s pekar på en nod som innehåller det, en slinga utan slut",
	"alias points nowhere":                                            "aliaset pekar ingenstans",
	"aliases expand past a sane size (more than %d nodes)":            "aliasen växer till en orimlig storlek (mer än %d noder)",
	"binary data (!!binary) is not supported; write plain text":       "binärdata (!!binary) stöds inte; skriv vanlig text",
	"control character %U in file":                                    "styrtecknet %U i filen",
	"expected a mapping of fields at the top of the file, got %s":     "överst i filen ska stå en mappning av fält, men här står %s",
	"file holds no YAML content, only comments":                       "filen har inget YAML-innehåll, bara kommentarer",
	"file holds no YAML document":                                     "filen har inget YAML-dokument",
	"file is %d bytes; the limit is %s":                               "filen är %d byte; gränsen är %s",
	"file is %s text; save it as UTF-8":                               "filen är text i %s; spara den som UTF-8",
	"file is binary (NUL byte), not YAML text":                        "filen är binär (NUL-byte), inte YAML-text",
	"file is empty": "filen är tom",
	"file is not UTF-8 text (invalid byte 0x%s)":   "filen är inte UTF-8-text (ogiltig byte 0x%s)",
	"tab in indentation: YAML indents with spaces": "tabb i indraget: YAML dras in med mellanslag",
	"unknown field %q in %s; did you mean %q?":     "okänt fält %q i %s; menade du %q?",
	"unknown field %q in %s; known fields: %s":     "okänt fält %q i %s; kända fält: %s",

	// the answers file (internal/answers)
	"%s %s: %v is not a count of cases": "%s %s: %v är inte ett antal ärenden",
	"%s due: %s is before %s":           "%s due: %s är före %s",
	"%s file: write the export's name on one line, without control characters":                "%s file: skriv exportens namn på en rad, utan styrtecken",
	"%s period: it ends before it starts":                                                     "%s period: den slutar innan den börjar",
	"%s: %q is not a SHA-256 digest (64 hexadecimal digits)":                                  "%s: %q är ingen SHA-256-summa (64 hexadecimala siffror)",
	`%s: a "not applicable" answer is not measured; give na: true or measured, not both`:      "%s: ett svar som är ”ej tillämpligt” är inte mätt; ange na: true eller measured, inte båda",
	"%s: a measured value is not an estimate; give estimate: true or measured, not both":      "%s: ett mätt värde är ingen uppskattning; ange estimate: true eller measured, inte båda",
	"%s: estimate: true marks a value as estimated, and there is no value":                    "%s: estimate: true märker ett värde som uppskattat, och det finns inget värde",
	"%s: file %q has no sha256; add the file in the walk-through, which records it":           "%s: filen %q har ingen sha256; lägg till filen i genomgången, som sparar den",
	"%s: give a url or a file (with its sha256) in each item":                                 "%s: ange en url eller en fil (med dess sha256) i varje post",
	"%s: give a url or a file in each item, not both":                                         "%s: ange en url eller en fil i varje post, inte båda",
	"%s: give a value or na: true, not both":                                                  "%s: ange ett värde eller na: true, inte båda",
	"%s: give a value or unknown: true, not both":                                             "%s: ange ett värde eller unknown: true, inte båda",
	"%s: give na: true or unknown: true, not both":                                            "%s: ange na: true eller unknown: true, inte båda",
	"%s: give source (one export) or sources (a list), not both":                              "%s: ange source (en export) eller sources (en lista), inte båda",
	"%s: measured records how a value was computed, and there is no value (or unknown: true)": "%s: measured visar hur ett värde räknades fram, och det finns inget värde (eller unknown: true)",
	"%s: open (%d) is more than the cases counted (%d)":                                       "%s: open (%d) är fler än de räknade ärendena (%d)",
	"%s: sha256 belongs to a file, not a url":                                                 "%s: sha256 hör till en fil, inte till en url",
	`%s: this question does not allow "don't know"`:                                           "%s: frågan tillåter inte ”vet inte”",
	`%s: this question does not allow "not applicable"`:                                       "%s: frågan tillåter inte ”ej tillämpligt”",
	"%s: unknown metric %q; the metrics are %s":                                               "%s: okänt mått %q; måtten är %s",
	"answer nested deeper than %d levels":                                                     "svaret är kapslat djupare än %d nivåer",
	`answers file: missing required field "questionnaire"`:                                    `svarsfilen: det obligatoriska fältet "questionnaire" saknas`,
	"format %q is a questionnaire, not an answers file":                                       "format %q är ett frågeformulär, inte en svarsfil",
	"format %q is not supported; this version reads %q":                                       "format %q stöds inte; den här versionen läser %q",
	"from path %q has control or invisible formatting characters in it":                       "from path %q innehåller styrtecken eller osynliga formateringstecken",
	"from path %q must be a path relative to the answers file, not an absolute one":           "from path %q ska vara en sökväg relativt svarsfilen, inte en absolut",
	"questionnaire version: %q is not a version such as 1.0.0":                                "questionnaire version: %q är ingen version som till exempel 1.0.0",
	"target: %s has no question %q":                                                           "target: %s har ingen fråga %q",
	"target: %s has no question %q; did you mean %q?":                                         "target: %s har ingen fråga %q; menade du %q?",
	"target: %s has no section %q":                                                            "target: %s har inget avsnitt %q",
	"target: %s has no section %q; did you mean %q?":                                          "target: %s har inget avsnitt %q; menade du %q?",
	"these answers are for questionnaire %q, not %q":                                          "svaren hör till frågeformuläret %q, inte %q",
	// field names and another message only
	"%s %s: %v":     "%s %s: %v",
	"%s at: %v":     "%s at: %v",
	"%s by: %v":     "%s by: %v",
	"%s date: %v":   "%s date: %v",
	"date: %v":      "date: %v",
	"from date: %v": "from date: %v",
	"target: %v":    "target: %v",

	// the measure map (internal/measure)
	"%s: role %q is not a role name: use lower-case letters, digits, - and _":                "%s: rollen %q är inget rollnamn: använd gemener, siffror, - och _",
	"a preset cannot name another preset":                                                    "en förinställning kan inte nämna en annan förinställning",
	"columns: %s: the column name is empty":                                                  "columns: %s: kolumnnamnet är tomt",
	"format %q is not supported; a map file says format: %s":                                 "format %q stöds inte; en kartfil anger format: %s",
	`multi: %s: the separator is empty; write the character between values, e.g. " " or ","`: `multi: %s: avgränsaren är tom; skriv tecknet mellan värdena, t.ex. " " eller ","`,
	"multi: role %q has no column; name it under columns":                                    "multi: rollen %q har ingen kolumn; ange den under columns",
	"unknown preset %q; the presets are %s":                                                  "okänd förinställning %q; förinställningarna är %s",
	"unknown preset %q; the presets are %s; did you mean %q?":                                "okänd förinställning %q; förinställningarna är %s; menade du %q?",
	"layouts: %s: %v": "layouts: %s: %v",
	"timezone: %v":    "timezone: %v",

	// the signoffs file (internal/signoff): the file, then each field's value
	"format: %q is not %s":                                      "format: %q är inte %s",
	"%s: signature: %v":                                         "%s: signature: %v",
	"%s: %s: %v":                                                "%s: %s: %v",
	"%q is not reviewed or approved":                            "%q är varken reviewed eller approved",
	"%q is not a date YYYY-MM-DD":                               "%q är inget datum ÅÅÅÅ-MM-DD",
	"%s is not after the sign-off's date %s":                    "%s är inte efter godkännandets datum %s",
	"is empty; name the answers file":                           "är tomt; ange svarsfilen",
	"%q is not a SHA-256 digest (64 lowercase hex digits)":      "%q är ingen SHA-256-summa (64 hexadecimala siffror med gemener)",
	"%q is not a questionnaire id":                              "%q är inget id för ett frågeformulär",
	"%q is not a version":                                       "%q är ingen version",
	"%q is not a git commit id (40 or 64 lowercase hex digits)": "%q är inget id för en git-commit (40 eller 64 hexadecimala siffror med gemener)",

	// the evidence files an answers file names, re-hashed (internal/evidence)
	"evidence file %s is missing":                    "underlagsfilen %s saknas",
	"evidence file %s %v":                            "underlagsfilen %s: %v",
	"evidence file %s cannot be read: %v":            "underlagsfilen %s kan inte läsas: %v",
	"evidence file %s changed since it was recorded": "underlagsfilen %s har ändrats sedan den registrerades",
}

// swedishProblemPhrases are the program's words that problems quote
// whole: the files and the kinds of YAML node (yamlsrc.KindName).
var swedishProblemPhrases = map[string]string{
	"the answers file":  "svarsfilen",
	"answers file":      "svarsfilen",
	"the signoffs file": "godkännandefilen",
	"the map":           "kartan",
	"map":               "kartan",
	"a mapping":         "en mappning",
	"a list":            "en lista",
	"nothing":           "ingenting",
	"a number":          "ett tal",
	" (use includes)":   " (använd includes)",
	// the YAML parser's own words for the commonest syntax errors
	// (gopkg.in/yaml.v3); a rarer one stays as the parser says it
	"did not find expected key":                                                          "hittade inte nästa fältnamn där det väntades",
	"did not find expected ',' or ']'":                                                   "hittade inte ',' eller ']' där det väntades",
	"did not find expected ',' or '}'":                                                   "hittade inte ',' eller '}' där det väntades",
	"did not find expected '-' indicator":                                                "hittade inte '-' där det väntades",
	"did not find expected node content":                                                 "hittade inget innehåll där det väntades",
	"did not find expected comment or line break":                                        "hittade inte en kommentar eller ett radslut där det väntades",
	"could not find expected ':'":                                                        "hittade inte ':' där det väntades",
	"mapping values are not allowed in this context":                                     "ett fältvärde får inte stå här",
	"block sequence entries are not allowed in this context":                             "en listpost får inte stå här",
	"found unexpected end of stream":                                                     "filen tar slut oväntat",
	"found character that cannot start any token":                                        "här står ett tecken som ingenting i YAML kan börja med",
	"found unknown escape character":                                                     "okänt escape-tecken",
	"found a tab character that violates indentation":                                    "en tabb bryter indraget",
	"could not find expected ':' (YAML reads no field name longer than 1024 characters)": "hittade inte ':' där det väntades (YAML läser inga fältnamn längre än 1024 tecken)",
	"this %YAML version is not supported; write %YAML 1.2 or leave the line out":         "den här %YAML-versionen stöds inte; skriv %YAML 1.2 eller ta bort raden",
}

// swedishProblemPlaces are the words of a questionnaire's places
// (`question 2 of section "s"`, `rating band 1`, `option set "o"
// option 2`), translated word by word outside quotes.
var swedishProblemPlaces = map[string]string{
	"question":    "fråga",
	"section":     "avsnitt",
	"of":          "i",
	"regime":      "regelverk",
	"reference":   "referens",
	"rating":      "betyg",
	"band":        "intervall",
	"glossary":    "ordlista",
	"option":      "alternativ",
	"rating band": "betygsintervall",
	"option set":  "alternativuppsättning",
}

// swedishProblemPrefixes begin the program's phrases for a place in a
// file; what follows (an id, a field name) stays as the file writes it.
var swedishProblemPrefixes = map[string]string{
	"the text ":           "texten ",
	"answer to ":          "svaret på ",
	"answer ":             "svaret ",
	"evidence of ":        "underlaget för ",
	"action for ":         "åtgärden för ",
	"target on section ":  "målet för avsnittet ",
	"target on question ": "målet för frågan ",
	"sign-off ":           "godkännande ",
	"fingerprint of ":     "fingeravtrycket för ",
}
