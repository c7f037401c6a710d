package l10n

// The brief's findings (the gap as a fact with its basis, the actions
// that matter most, the plan to approve, the caveat) are kept in files of
// their own and added to the catalogues here (see add).
func init() {
	add(&english, englishBrief, englishBriefCount)
	add(&swedish, swedishBrief, swedishBriefCount)
	add(&english, englishPlan, englishPlanCount)
	add(&swedish, swedishPlan, swedishPlanCount)
	add(&english, englishWhy, nil)
	add(&swedish, swedishWhy, nil)
	add(&english, englishApplies, nil)
	add(&swedish, swedishApplies, nil)
}
