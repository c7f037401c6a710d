package l10n

// The messages of measured answers (1.2, `dutycheck measure`) are kept in
// files of their own, catalog_measure_en.go and catalog_measure_sv.go, and
// added to the catalogues here (see catalog_add.go).
func init() {
	add(&english, englishMeasure, englishMeasureCount)
	add(&swedish, swedishMeasure, swedishMeasureCount)
}
