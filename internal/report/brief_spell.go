package report

// spellBrief spells out each acronym of the glossary at its first use on
// the brief, in reading order: the texts are spelled once, before the
// page is measured (it is laid out dry several times), and the draws look
// them up with spell.
func (d *doc) spellBrief() {
	sp := d.sum.Speller()
	d.spelled = map[string]string{}
	add := func(s string) {
		if _, ok := d.spelled[s]; !ok && s != "" {
			d.spelled[s] = sp.Spell(s)
		}
	}
	add(d.tr(d.q.Title))
	for _, g := range d.sum.MustHaves.Gaps {
		add(g.Finding)
	}
	for _, t := range d.sum.Top {
		add(t.What)
	}
	for _, dc := range d.sum.Decisions {
		add(dc.Gap.Text)
	}
	for _, rr := range d.briefRegimes() {
		add(d.tr(rr.Regime.Title))
	}
}

// spell is s as the brief writes it: with an acronym spelled out when
// this is its first use on the page.
func (d *doc) spell(s string) string {
	if t, ok := d.spelled[s]; ok {
		return t
	}
	return s
}

// seePage is a block of the brief with no room on it, in one line: its
// title and the page it is on ("Section scores: page 11").
func (d *doc) seePage(title string, page int) {
	d.gap(1.2)
	d.bookmark(title, 1)
	d.text(cellS.bold(), left, d.y, d.w.T("brief.seePage", title, page))
	d.y += cellS.lead()
}

// inlineBlock is a block of the brief cut to its sentence: the title in
// bold and the text after it on the same line, wrapped, with no heading
// of its own.
func (d *doc) inlineBlock(title, text string) {
	d.gap(1.2)
	d.bookmark(title, 1)
	head := title + ": "
	hw := d.width(cellS.bold(), head)
	d.text(cellS.bold(), left, d.y, head)
	for _, l := range d.wrap(cellS, text, textW-hw) {
		d.text(cellS, left+hw, d.y, l)
		d.y += cellS.lead()
	}
}
