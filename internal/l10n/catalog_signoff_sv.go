package l10n

// swedishSignoff is the Swedish of sign-offs (see catalog_signoff.go), in
// the glossary's words: "godkännande", "Godkänd av", "Utkast", "Slutlig".
var swedishSignoff = map[Key]string{
	"signoff.approved":    "godkänd",
	"signoff.reviewed":    "granskad",
	"signoff.final":       "Slutlig",
	"signoff.draft":       "Utkast",
	"signoff.approved.by": "godkänd av %s, %s",
	"signoff.unchecked":   "undertecknaren inte kontrollerad: nyckel %s",
	"signoff.changed":     "den godkända versionen har ändrats sedan %s",
	"signoff.none":        "ännu inte godkänd",
	"signoff.no.approval": "inget godkännande gäller dessa svar",

	// The signature line of the report's "Approved by", filled from a verified approval.
	"pdf.sshSigned": "SSH-signerad",
	"score.signoff": "Godkännande",

	"sign.done":  "Undertecknat: %s av %s, %s, nyckel %s",
	"sign.saved": "Sparat som godkännande %d i %s",
}

var swedishVerify = map[Key]string{
	"verify.head.list":             "%s: %s; undertecknare kontrollerade mot %s",
	"verify.head.nolist":           "%s: %s; undertecknare inte kontrollerade (ingen lista över tillåtna undertecknare: ange --allowed-signers FIL eller git-inställningen gpg.ssh.allowedSignersFile)",
	"verify.ca":                    "obs: %s rader %s litar på en certifikatutfärdare; dutycheck kontrollerar inte SSH-certifikat, så de raderna tillåter inget godkännande",
	"verify.who":                   "%s av %s, %s, nyckel %s",
	"verify.sig.valid":             "signaturen är giltig",
	"verify.sig.namespace":         "signaturen är INTE giltig: gjord för %q, inte för dutycheck",
	"verify.sig.hash":              "signaturen är INTE giltig: gjord med %s, inte sha512",
	"verify.sig.otherkey":          "signaturen är INTE giltig: gjord med en annan nyckel än den som fältet key anger",
	"verify.sig.mismatch":          "signaturen är INTE giltig: den stämmer inte med de signerade fälten (ett fält eller signaturen har ändrats efter signeringen)",
	"verify.sig.unreadable":        "signaturen är INTE giltig: %s",
	"verify.signer.allowed":        "undertecknaren är tillåten som %s (%s rad %d)",
	"verify.signer.notlisted":      "undertecknaren är INTE tillåten: nyckeln finns inte i %s",
	"verify.signer.namespace":      "undertecknaren är INTE tillåten: %s rad %d tillåter inte namnrymden dutycheck",
	"verify.signer.expired":        "undertecknaren är INTE tillåten: %s rad %d tillåter nyckeln bara före %s",
	"verify.signer.notyet":         "undertecknaren är INTE tillåten: %s rad %d tillåter nyckeln bara efter %s",
	"verify.signer.unchecked":      "undertecknaren inte kontrollerad",
	"verify.covers":                "gäller de nuvarande svaren och frågeformuläret",
	"verify.changed.answers":       "svaren (%s) har ändrats sedan dess",
	"verify.changed.questionnaire": "frågeformuläret (då %s %s) har ändrats sedan dess",
	"verify.changed.both":          "svaren (%s) och frågeformuläret (då %s %s) har ändrats sedan dess",
}

var swedishSignoffCount = map[Key]Forms{
	"signoff.invalid": {One: "%d godkännande har en signatur som inte är giltig", Other: "%d godkännanden har en signatur som inte är giltig"},
	"signoffs":        {One: "%d godkännande", Other: "%d godkännanden"},
}
