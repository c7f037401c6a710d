package l10n

// englishList is the English of `dutycheck list` (see catalog_list.go).
var englishList = map[Key]string{
	// The column headings, tab-separated, and the mark of the default.
	"list.columns": "ID\tVERSION\tLANGUAGES\tQUESTIONS\tTITLE",
	"list.default": "(default)",
}
