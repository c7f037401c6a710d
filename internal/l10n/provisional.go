package l10n

// The reasons a rating is provisional (docs/scoring.md), worded once for
// the walk-through, the report, the text output and the exports. Each
// interface frames them in its own way ("The rating is provisional: …",
// "provisional: …", a list under a heading); the phrases are the same.

// ProvisionalCompletion is the reason when too few of the questions that
// apply are answered: "only 79.6% of the questions that apply are answered
// (80% are needed)".
func (p *Printer) ProvisionalCompletion(completion, minimum float64) string {
	got, want := p.PercentsApart(completion, minimum)
	return p.T("provisional.completion", got, want)
}

// ProvisionalUnknown is the reason when more of the scored answers than
// maxShare are "don't know": "5 of 20 scored answers are “don't know”
// (more than 20%)".
func (p *Printer) ProvisionalUnknown(unknown, scored int, maxShare float64) string {
	return p.T("provisional.unknown", unknown, scored, p.Percent(maxShare))
}

// PercentsApart writes two shares as percentages with as few decimals as
// keep them apart, so that 79.6% below 80% never reads "80% is below
// 80%".
func (p *Printer) PercentsApart(a, b float64) (string, string) {
	for places := 0; ; places++ {
		x, y := p.Decimal(100*a, places), p.Decimal(100*b, places)
		if x != y || places == 4 {
			return p.WithUnit(x, "%"), p.WithUnit(y, "%")
		}
	}
}
