package l10n

// englishMeasure is the English of measured answers.
var englishMeasure = map[Key]string{
	"months.short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
	// "measured: median of 1,234 cases, 1 Jul–30 Sep 2026"
	"measured.line":                "measured: %s of %s, %s",
	"measured.metric.median":       "median",
	"measured.metric.p90":          "90th percentile",
	"measured.metric.p95":          "95th percentile",
	"measured.metric.share_within": "share within %s",
	"measured.metric.share":        "share",
	"measured.metric.count":        "count",
	"measure.value":                "%s: %s · %s",
	"measure.unknown":              "%s: unknown · %s",
	"measure.nocases":              "%s: left as it was: no case in scope",
	"measure.dry":                  "Dry run: nothing written.",
	"measure.reduced":              "Reduced copy (only the columns read) written to %s",
	"measured.onfile":              "%s. Typing another value replaces it (you are asked first).",
	"measured.replace":             "This answer was measured (%s). Press enter again to replace it by hand; the measured record is dropped.",
	"acc.measured.replace":         "This answer was measured (%s). Type the same line again to replace it by hand; the measured record is dropped.",
	"measured.noestimate":          "A measured value is not an estimate; give another value to replace it by hand.",
	"sum.measured":                 "%s of the score’s weight rests on measured figures (answers measured from case exports: %d, typed: %d, estimated: %d).",
	"sum.measured.heading":         "Measured figures",
	"measured.tag":                 "measured",
}

// englishMeasureCount are the counted phrases of measured answers.
var englishMeasureCount = map[Key]Forms{
	"measured.open":     {One: "%d open", Other: "%d open"},
	"measured.excluded": {One: "%d excluded (end before start)", Other: "%d excluded (end before start)"},
	"measured.cases":    {One: "%d case", Other: "%d cases"},
	"measure.rows":      {One: "Read %d row; %s.", Other: "Read %d rows; %s."},
	"measure.cases.in":  {One: "%d case in the period %s", Other: "%d cases in the period %s"},
	"measure.repeated":  {One: "%d repeated id dropped (counted once, by its first row).", Other: "%d repeated ids dropped (each counted once, by its first row)."},
	"measure.open.note": {One: "measured: %d of %d cases is open (no “%s” time), so the %s cannot be known", Other: "measured: %d of %d cases are open (no “%s” time), so the %s cannot be known"},
}
