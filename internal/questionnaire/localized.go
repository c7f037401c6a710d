package questionnaire

// PinpointIn is the reference's pinpoint in lang ("art. 16.1" in Swedish
// for "Art. 16(1)"), falling back to the default language, so that a
// Swedish report never cites in English where the file gives Swedish.
func (r *Reference) PinpointIn(lang string) string {
	if s := r.PinpointText.In(lang); s != "" {
		return s
	}
	return r.Pinpoint
}

// TermIn is the glossary headword in lang, falling back to the term as the
// file keys it (the default language).
func (g GlossaryEntry) TermIn(lang string) string {
	if s := g.Headword.In(lang); s != "" {
		return s
	}
	return g.Term
}
