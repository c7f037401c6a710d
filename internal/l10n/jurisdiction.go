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
