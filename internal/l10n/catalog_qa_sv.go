package l10n

// swedishQA are the Swedish messages of catalog_qa.go.
var swedishQA = map[Key]string{
	"report.wrote": "skrev %s",
}
