package l10n

// swedishMeasureProblems says the problems found in a case export (a
// measure.FileErrorf, "export.csv:12: …") and the reasons inside them in
// Swedish, keyed by the English format as swedishProblems is.
var swedishMeasureProblems = map[string]string{
	// a map's role no measure uses (a warning)
	"role %q is used by no measure and is not a standard role (%s); it is ignored": "rollen %q används inte av någon mätning och är ingen standardroll (%s); den hoppas över",
	"role %q is used by no measure; did you mean %q? It is ignored":                "rollen %q används inte av någon mätning; menade du %q? Den hoppas över",
	// a map's timezone and layouts
	"%q is not a time zone name such as Europe/Stockholm or UTC": "%q är inget tidszonsnamn som Europe/Stockholm eller UTC",
	"%q is not a Go time layout with the date and time to the minute; write the reference time Mon Jan 2 15:04:05 2006 as the export shows it, e.g. \"02/Jan/06 3:04 PM\"": "%q är inget tidsformat i Go med datum och klockslag på minuten; skriv referenstiden Mon Jan 2 15:04:05 2006 som exporten visar den, t.ex. \"02/Jan/06 3:04 PM\"",
	// the export as a whole
	"the export is UTF-16 text; save it as UTF-8 CSV":                                                               "exporten är text i UTF-16; spara den som CSV i UTF-8",
	"the export is empty; it needs a header line naming its columns":                                                "exporten är tom; den behöver en rubrikrad som namnger kolumnerna",
	"the header line is over %d bytes; is this a CSV export?":                                                       "rubrikraden är längre än %d byte; är detta en CSV-export?",
	"the export holds NUL bytes: it is not a CSV text file":                                                         "exporten innehåller NUL-byte: den är ingen CSV-textfil",
	"the map names no column for role %q; add it under columns":                                                     "kartan namnger ingen kolumn för rollen %q; lägg till den under columns",
	"column %q (role %q) is not in the header; its columns are: %s":                                                 "kolumnen %q (rollen %q) finns inte i rubrikraden; dess kolumner är: %s",
	"the map names no column for role %q, which every measurement reads; add it under columns":                      "kartan namnger ingen kolumn för rollen %q, som varje mätning läser; lägg till den under columns",
	"the map names no column for role %q, which question %q reads; add it under columns":                            "kartan namnger ingen kolumn för rollen %q, som fråga %q läser; lägg till den under columns",
	"warning: question %q is not measured: the map names no column for role %q; add it under columns to measure it": "varning: fråga %q mäts inte: kartan namnger ingen kolumn för rollen %q; lägg till den under columns för att mäta den",
	"is %s (%s, %s), not a CSV case export":                                                                         "är %s (%s, %s), inte en CSV-export av ärenden",
	// a row
	"the row has a different number of fields than the header (a ragged row); every row needs one field per column":             "raden har ett annat antal fält än rubrikraden (en ojämn rad); varje rad behöver ett fält per kolumn",
	"a quote (\") in a field that is not quoted, or a quoted field not closed; quote the field and double the quotes inside it": "ett citattecken (\") i ett fält utan citattecken, eller ett citerat fält som inte stängs; sätt fältet inom citattecken och dubbla citattecknen i det",
	"the row does not read as CSV":                                "raden går inte att läsa som CSV",
	"the export cannot be read: %v":                               "exporten kan inte läsas: %v",
	"column %q: %v":                                               "kolumnen %q: %v",
	"column %q: empty; every case needs an id":                    "kolumnen %q: tom; varje ärende behöver ett id",
	"column %q: empty; every case needs the time it was received": "kolumnen %q: tom; varje ärende behöver tiden då det togs emot",
	// a timestamp in a row
	"%q is not a timestamp: expected RFC 3339 or YYYY-MM-DD HH:MM[:SS] (with or without an offset)":                        "%q är ingen tidsstämpel: här ska stå RFC 3339 eller ÅÅÅÅ-MM-DD TT:MM[:SS] (med eller utan tidsförskjutning)",
	"%q is not a timestamp: expected RFC 3339 or YYYY-MM-DD HH:MM[:SS] (with or without an offset) or the map's layout %s": "%q är ingen tidsstämpel: här ska stå RFC 3339 eller ÅÅÅÅ-MM-DD TT:MM[:SS] (med eller utan tidsförskjutning) eller kartans format %s",
	"%q is not a valid date and time":                                 "%q är inget giltigt datum och klockslag",
	"the year is outside 1900–2199":                                   "året ligger utanför 1900–2199",
	"this local time does not exist: the clocks went forward over it": "denna lokala tid finns inte: klockan ställdes fram över den",
}

// swedishMeasurePhrases are the program's own words a measure problem
// quotes with %s: what kind of file an export is not, and how that was
// told ("is an image (GIF, by its first bytes), not a CSV case export").
var swedishMeasurePhrases = map[string]string{
	"an image":           "en bild",
	"a video":            "en video",
	"an archive":         "ett arkiv",
	"a document":         "ett dokument",
	"by its name":        "enligt namnet",
	"by its first bytes": "enligt de första byten",
}
