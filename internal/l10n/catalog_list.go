package l10n

// The words of `dutycheck list` are kept in files of their own,
// catalog_list_en.go and catalog_list_sv.go, added here as catalog11.go
// adds those of 1.1.
func init() {
	add(&english, englishList, nil)
	add(&swedish, swedishList, nil)
}
