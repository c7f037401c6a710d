package summary

import "github.com/dutycheck/dutycheck/internal/scoring"

// The suggested horizons of an action, in days, from the gap's severity.
const (
	HorizonUrgent = 30
	HorizonSoon   = 90
	HorizonLater  = 180
)

// heavyGap is the points lost from which an ordinary gap is closed within
// HorizonSoon rather than HorizonLater: about a thirtieth of the score.
const heavyGap = 3.0

// Horizon suggests within how many days a gap's action should be done, for
// a plan with no dates yet: a must-have duty not met within 30 days; a
// legal duty or a regulator's code measure for this service, or a gap that
// costs 3 points or more, within 90; other good practice within 180. It is
// a suggestion for the owner to turn into a due date, never a date itself.
func Horizon(g scoring.Gap, basis Basis) int {
	switch {
	case g.Critical:
		return HorizonUrgent
	case basis == BasisLaw || basis == BasisCode || g.PointsLost >= heavyGap:
		return HorizonSoon
	default:
		return HorizonLater
	}
}
