package l10n

// Messages added when release 1.2 was tested end to end, kept in files of
// their own (catalog_qa_en.go, catalog_qa_sv.go) and added here as
// catalog11.go adds those of 1.1.
func init() {
	add(&english, englishQA, nil)
	add(&swedish, swedishQA, nil)
}
