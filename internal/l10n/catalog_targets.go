package l10n

// The messages of targets and trends (1.2) are kept in files of their
// own, catalog_targets_en.go and catalog_targets_sv.go, added here as
// catalog11.go adds those of 1.1.
func init() {
	add(&english, englishTargets, englishTargetsCount)
	add(&swedish, swedishTargets, swedishTargetsCount)
}
