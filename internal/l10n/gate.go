package l10n

// ScoreBelow writes a score that failed a gate (--fail-under) with as many
// decimals as keep it below the gate once rounded: 69.996 against 70 reads
// "69.996", never "70.0" (which would meet it). A score that is not below
// the gate is written as Score writes it.
func (p *Printer) ScoreBelow(score, gate float64) string {
	if !(score < gate) || score < 0 {
		return p.Score(score)
	}
	places := 1
	for ; places < 15; places++ {
		if roundHalfUp(score, places) < gate {
			break
		}
	}
	return p.Decimal(score, places)
}
