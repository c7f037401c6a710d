package l10n

// The words of sign-offs (dutycheck sign and verify, and the Draft or
// Final state the report, the walk-through and score show) are kept in
// catalog_signoff_en.go and catalog_signoff_sv.go.
func init() {
	add(&english, englishSignoff, englishSignoffCount)
	add(&swedish, swedishSignoff, swedishSignoffCount)
	add(&english, englishVerify, nil)
	add(&swedish, swedishVerify, nil)
}
