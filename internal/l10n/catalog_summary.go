package l10n

// The result summary's messages are kept in files of their own and added
// to the catalogues here (see add).
func init() {
	add(&english, englishSummary, nil)
	add(&swedish, swedishSummary, nil)
}
