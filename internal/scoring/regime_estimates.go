package scoring

// collectRegimeEstimates lists the estimated answers that a regime's
// condition read and that add nothing to the score: "2 M EU users
// (estimate)" decides whether the DSA's large-platform duties apply, and
// the result rests on it as much as on a scored estimate. Scored
// estimates are in Estimates already and are not listed twice.
func (r *Result) collectRegimeEstimates() {
	read := map[string]bool{}
	for _, rr := range r.Regimes {
		for _, id := range rr.Read {
			read[id] = true
		}
	}
	r.RegimeEstimates = nil
	for _, qr := range r.Questions {
		if !read[qr.Question.ID] || qr.Status != Answered || qr.Answer == nil || !qr.Answer.Estimate || qr.CountsOverall() {
			continue
		}
		r.RegimeEstimates = append(r.RegimeEstimates, qr.Question.ID)
	}
}
