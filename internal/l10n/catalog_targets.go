package l10n

// The messages of targets and trends (1.2) are kept in files of their
// own, catalog_targets_en.go and catalog_targets_sv.go, added here as
// catalog_add.go adds the others.
func init() {
	add(&english, englishTargets, englishTargetsCount)
	add(&swedish, swedishTargets, swedishTargetsCount)
}
