package l10n

// Jurisdiction names a regime's jurisdiction code in the printer's
// language: "UK" is "Storbritannien" in Swedish, "global" is
// "internationellt". A code the catalogue has no name for shows as it is,
// so a questionnaire may use any code.
func (p *Printer) Jurisdiction(code string) string {
	if k := Key("jurisdiction." + code); code != "" && p.Has(k) {
		return p.T(k)
	}
	return code
}

// The names of jurisdiction codes and the other words of the third
// edition of the built-in questionnaires are kept in a pair of their own.
func init() {
	add(&english, englishContent, nil)
	add(&swedish, swedishContent, nil)
}
