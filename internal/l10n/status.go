package l10n

// LegalStatus is a legal status of a reference or regime (questionnaires/README.md)
// in words, so that nobody reads a voluntary principle or a proposal as a
// legal duty: "law", "code of practice", "proposal, not adopted", "no
// longer in force". It is "" for a reference that gives none. Every place
// that shows a status (walk-through, report, text output, exports) words
// it here, so they cannot drift apart.
func (p *Printer) LegalStatus(st string) string {
	if k := Key("legal." + st); st != "" && p.Has(k) {
		return p.T(k)
	}
	return ""
}

// ActionStatus is the status of a gap's action in words: "open", "in
// progress", "done", "risk accepted". An unset status is open, as the
// answers file writes it; a status the catalogue has no word for shows as
// it is.
func (p *Printer) ActionStatus(st string) string {
	if st == "" {
		st = "open"
	}
	if k := Key("action." + st); p.Has(k) {
		return p.T(k)
	}
	return st
}
