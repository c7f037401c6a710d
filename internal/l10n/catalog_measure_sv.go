package l10n

// swedishMeasure is the Swedish of measured answers.
var swedishMeasure = map[Key]string{
	"months.short":                 "jan feb mar apr maj jun jul aug sep okt nov dec",
	"measured.line":                "mätt: %s av %s, %s",
	"measured.metric.median":       "medianen",
	"measured.metric.p90":          "90:e percentilen",
	"measured.metric.p95":          "95:e percentilen",
	"measured.metric.share_within": "andelen inom %s",
	"measured.metric.share":        "andelen",
	"measured.metric.count":        "antalet",
	"measure.value":                "%s: %s · %s",
	"measure.unknown":              "%s: vet ej · %s",
	"measure.nocases":              "%s: lämnat som det var: inget ärende i urvalet",
	"measure.dry":                  "Provkörning: inget skrevs.",
	"measure.reduced":              "Reducerad kopia (bara de kolumner som lästes) skriven till %s",
	"measured.onfile":              "%s. Ett annat värde ersätter det (ni får frågan först).",
	"measured.replace":             "Svaret är mätt (%s). Tryck enter igen för att ersätta det för hand; uppgiften om mätningen tas bort.",
	"acc.measured.replace":         "Svaret är mätt (%s). Skriv samma rad igen för att ersätta det för hand; uppgiften om mätningen tas bort.",
	"measured.noestimate":          "Ett mätt värde är ingen uppskattning; ange ett annat värde för att ersätta det för hand.",
	"sum.measured":                 "%s av poängens vikt vilar på mätta värden (svar mätta ur ärendeexporter: %d, inskrivna: %d, uppskattade: %d).",
	"sum.measured.heading":         "Mätta värden",
	"measured.tag":                 "mätt",
}

// swedishMeasureCount are the counted phrases of measured answers.
var swedishMeasureCount = map[Key]Forms{
	"measured.open":     {One: "%d öppet", Other: "%d öppna"},
	"measured.excluded": {One: "%d utesluten (slut före start)", Other: "%d uteslutna (slut före start)"},
	"measured.cases":    {One: "%d ärende", Other: "%d ärenden"},
	"measure.rows":      {One: "Läste %d rad; %s.", Other: "Läste %d rader; %s."},
	"measure.cases.in":  {One: "%d ärende i perioden %s", Other: "%d ärenden i perioden %s"},
	"measure.repeated":  {One: "%d upprepat id borttaget (räknat en gång, efter sin första rad).", Other: "%d upprepade id borttagna (vart och ett räknat en gång, efter sin första rad)."},
	"measure.open.note": {One: "mätt: %d av %d ärenden är öppet (ingen tid för ”%s”), så %s kan inte fastställas", Other: "mätt: %d av %d ärenden är öppna (ingen tid för ”%s”), så %s kan inte fastställas"},
}
