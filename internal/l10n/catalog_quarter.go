package l10n

// The next-quarter messages (diff of options and actions, carried-over
// notes, due dates, authoring) are kept in files of their own and added
// to the catalogues here (see add).
func init() {
	add(&english, englishQuarter, englishQuarterCount)
	add(&swedish, swedishQuarter, swedishQuarterCount)
}
