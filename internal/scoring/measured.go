package scoring

// MeasuredBasis says how much of the overall score rests on measured
// figures (1.2, `dutycheck measure`): the share of the overall score's
// weight carried by questions whose answer was computed from case exports,
// out of all the questions the overall score rests on.
type MeasuredBasis struct {
	// Share is that part of the overall score's weight, 0–1.
	Share float64
	// Measured counts the measured answers among the Scored questions the
	// overall score rests on (CountsOverall).
	Measured, Scored int
	// IDs lists the measured ones in questionnaire order.
	IDs []string
}

// Measured is the result's MeasuredBasis. A measured answer that came out
// "don't know" (its figure fell on an open case) counts as measured: the
// measurement is what it rests on.
func (r *Result) Measured() MeasuredBasis {
	var b MeasuredBasis
	for i := range r.Sections {
		sr := &r.Sections[i]
		if !sr.Scored {
			continue
		}
		ws := r.sectionWeights(sr.Section)
		sumW := 0.0
		for _, w := range ws {
			sumW += w
		}
		for _, qn := range sr.Section.Questions {
			qr := r.Questions[qn.Index]
			w, ok := ws[qn.Index]
			if !ok || !qr.CountsOverall() {
				continue
			}
			b.Scored++
			if qr.Answer != nil && qr.Answer.Measured != nil && (qr.Status == Answered || qr.Status == Unknown) {
				b.Measured++
				b.IDs = append(b.IDs, qn.ID)
				if sumW > 0 {
					b.Share += sr.Share * w / sumW
				}
			}
		}
	}
	return b
}
