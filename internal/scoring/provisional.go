package scoring

import (
	"fmt"
	"strconv"
	"strings"
)

// provisional decides whether the rating is provisional (docs/scoring.md):
// completion below the questionnaire's minimum, or unknown answers more
// than MaxUnknownShare of the applicable scored questions. Those are the
// questions that count towards the overall score: they apply, can be
// scored, are not answered not applicable, and sit in a section of weight
// above 0. The reason keeps every number, whichever test failed, so that an
// output can say how far from the line the assessment is.
func (r *Result) provisional() {
	minC := r.Questionnaire.MinCompletion
	unknown, scored := 0, 0
	for _, qr := range r.Questions {
		if qr.CountsOverall() {
			scored++
			if qr.Status == Unknown {
				unknown++
			}
		}
	}
	r.Reason = ProvisionalReason{
		LowCompletion: r.Completion < minC,
		Completion:    r.Completion,
		MinCompletion: minC,
		// 5·u > n is u/n > 20 % without a division: exactly a fifth is not
		// more than a fifth, and no rounding can make it so.
		TooManyUnknown: unknown*5 > scored,
		Unknown:        unknown,
		Scored:         scored,
	}
	r.Provisional = r.Reason.LowCompletion || r.Reason.TooManyUnknown
}

// String is the reason as one short English sentence for machines and
// logs, e.g. "completion 62% is below 80%"; "" when the rating is not
// provisional. Outputs for people word it in their own language from the
// values.
func (p ProvisionalReason) String() string {
	var parts []string
	if p.LowCompletion {
		got, want := percents(p.Completion, p.MinCompletion)
		parts = append(parts, fmt.Sprintf("completion %s is below %s", got, want))
	}
	if p.TooManyUnknown {
		share, limit := percents(float64(p.Unknown)/float64(p.Scored), MaxUnknownShare)
		parts = append(parts, fmt.Sprintf("%d of %d applicable scored questions (%s) are answered unknown, more than %s",
			p.Unknown, p.Scored, share, limit))
	}
	return strings.Join(parts, "; ")
}

// percents writes two shares as percentages with as few decimals as keep
// them apart, so that 79.6 % below 80 % never reads "80% is below 80%".
func percents(a, b float64) (string, string) {
	for dec := 0; ; dec++ {
		x := strconv.FormatFloat(100*a, 'f', dec, 64)
		y := strconv.FormatFloat(100*b, 'f', dec, 64)
		if x != y || dec == 6 {
			return trimZeros(x) + "%", trimZeros(y) + "%"
		}
	}
}

// trimZeros drops trailing zeros after a decimal point, and the point.
func trimZeros(s string) string {
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
