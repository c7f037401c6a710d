package l10n

import "fmt"

// Messages by subject are kept in pairs of files of their own
// (catalog_<subject>_en.go and _sv.go) and added to the catalogues here, in
// one list, so that the catalogue grows by subject, in parallel: the
// duties (must-haves, actions and the plan, unknown answers and estimates,
// evidence, reference status, regimes, run --from), the result summary,
// the command line's own lines, the words of `changes`, the refusals of
// answers, actions and evidence, the brief and the plan of the PDF, `list`,
// measured figures, the next quarter, sign-offs, targets and trends, the
// questionnaire digest's warnings, and the words of jurisdictions and
// legal status. A key defined twice is a bug that panics when the program
// starts, and so fails every test.
func init() {
	for _, s := range []struct {
		en, sv           map[Key]string
		enCount, svCount map[Key]Forms
	}{
		{englishDuties, swedishDuties, englishDutiesCount, swedishDutiesCount},
		{englishSummary, swedishSummary, nil, nil},
		{englishCLI, swedishCLI, englishCLICount, swedishCLICount},
		{englishChanges, swedishChanges, englishChangesCount, swedishChangesCount},
		{englishErrors, swedishErrors, nil, nil},
		{englishBrief, swedishBrief, englishBriefCount, swedishBriefCount},
		{englishPlan, swedishPlan, englishPlanCount, swedishPlanCount},
		{englishWhy, swedishWhy, nil, nil},
		{englishApplies, swedishApplies, nil, nil},
		{englishList, swedishList, nil, nil},
		{englishMeasure, swedishMeasure, englishMeasureCount, swedishMeasureCount},
		{englishMeasureProblems, swedishMeasureProblemWords, nil, nil},
		{englishQuarter, swedishQuarter, englishQuarterCount, swedishQuarterCount},
		{englishSignoff, swedishSignoff, englishSignoffCount, swedishSignoffCount},
		{englishVerify, swedishVerify, nil, nil},
		{englishTargets, swedishTargets, englishTargetsCount, swedishTargetsCount},
		{englishDigest, swedishDigest, nil, nil},
		{englishContent, swedishContent, nil, nil},
	} {
		add(&english, s.en, s.enCount)
		add(&swedish, s.sv, s.svCount)
	}
}

func add(c *catalog, text map[Key]string, count map[Key]Forms) {
	for k, v := range text {
		if _, dup := c.text[k]; dup {
			panic(fmt.Sprintf("l10n: message %q defined twice in %s", k, c.lang))
		}
		c.text[k] = v
	}
	for k, v := range count {
		if _, dup := c.count[k]; dup {
			panic(fmt.Sprintf("l10n: counted phrase %q defined twice in %s", k, c.lang))
		}
		c.count[k] = v
	}
}
