package l10n

// The result summary's messages, the command line's own lines and the
// words of `changes` are kept in files of their own and added to the catalogues here (see add).
func init() {
	add(&english, englishSummary, nil)
	add(&swedish, swedishSummary, nil)
	add(&english, englishCLI, englishCLICount)
	add(&swedish, swedishCLI, swedishCLICount)
	add(&english, englishChanges, englishChangesCount)
	add(&swedish, swedishChanges, swedishChangesCount)
	add(&english, englishErrors, nil)
	add(&swedish, swedishErrors, nil)
}
