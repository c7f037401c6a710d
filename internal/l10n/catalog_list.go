package l10n

// The words of `dutycheck list` are kept in files of their own,
// catalog_list_en.go and catalog_list_sv.go, added here as catalog_add.go
// adds the others.
func init() {
	add(&english, englishList, nil)
	add(&swedish, swedishList, nil)
}
