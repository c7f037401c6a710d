package l10n

// The messages of issue 24 (no answer lost, round 2) are kept in files of
// their own, catalog_attack_en.go and catalog_attack_sv.go, and added to
// the catalogues here (see catalog11.go).
func init() {
	add(&english, englishAttack, englishAttackCount)
	add(&swedish, swedishAttack, swedishAttackCount)
}
