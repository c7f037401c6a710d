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

// MeasuredSummary is MeasuredBasis in `score --format json` (1.2).
type MeasuredSummary struct {
	// Share is the part of the overall score's weight that rests on
	// measured answers, 0–1, unrounded.
	Share float64 `json:"share"`
	// Measured of Scored answers the overall score rests on are measured.
	Measured int `json:"measured"`
	Scored   int `json:"scored"`
	// Questions are the measured ones, in questionnaire order.
	Questions []string `json:"questions"`
}

func (r *Result) measuredSummary() *MeasuredSummary {
	b := r.Measured()
	if b.Measured == 0 {
		return nil
	}
	return &MeasuredSummary{Share: b.Share, Measured: b.Measured, Scored: b.Scored, Questions: b.IDs}
}
