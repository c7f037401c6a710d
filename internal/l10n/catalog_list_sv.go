package l10n

// swedishList is the Swedish of `dutycheck list` (see catalog_list.go).
var swedishList = map[Key]string{
	"list.columns": "ID\tVERSION\tSPRÅK\tFRÅGOR\tTITEL",
	"list.default": "(standard)",
}
