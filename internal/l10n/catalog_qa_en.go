package l10n

// englishQA are the English messages of catalog_qa.go.
var englishQA = map[Key]string{
	// report: the PDF written, with its path
	"report.wrote": "wrote %s",
}
