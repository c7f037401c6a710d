package l10n

// englishSignoff is the English of sign-offs (see catalog_signoff.go).
var englishSignoff = map[Key]string{
	"signoff.approved":    "approved",
	"signoff.reviewed":    "reviewed",
	"signoff.final":       "Final",
	"signoff.draft":       "Draft",
	"signoff.approved.by": "approved by %s, %s",
	"signoff.unchecked":   "signer not checked: key %s",
	"signoff.changed":     "approved version changed since %s",
	"signoff.none":        "not signed off",
	"signoff.no.approval": "no approval covers these answers",

	// The label of the state in score's text.
	// The signature line of the report's "Approved by", filled from a verified approval.
	"pdf.sshSigned": "SSH-signed",
	"score.signoff": "Sign-off",

	// dutycheck sign
	"sign.done":  "Signed: %s by %s, %s, key %s",
	"sign.saved": "Saved as sign-off %d in %s",
}

var englishVerify = map[Key]string{
	"verify.head.list":             "%s: %s; signers checked against %s",
	"verify.head.nolist":           "%s: %s; signers not checked (no allowed-signers list: give --allowed-signers FILE or set git's gpg.ssh.allowedSignersFile)",
	"verify.ca":                    "note: %s lines %s trust a certificate authority; dutycheck does not check SSH certificates, so those lines allow no sign-off",
	"verify.who":                   "%s by %s, %s, key %s",
	"verify.sig.valid":             "signature valid",
	"verify.sig.namespace":         "signature NOT valid: made for %q, not for dutycheck",
	"verify.sig.hash":              "signature NOT valid: made with %s, not sha512",
	"verify.sig.otherkey":          "signature NOT valid: made by another key than the one the key field names",
	"verify.sig.mismatch":          "signature NOT valid: it does not match the signed fields (a field or the signature was changed after signing)",
	"verify.sig.unreadable":        "signature NOT valid: %s",
	"verify.signer.allowed":        "signer allowed as %s (%s line %d)",
	"verify.signer.notlisted":      "signer NOT allowed: the key is not in %s",
	"verify.signer.namespace":      "signer NOT allowed: %s line %d does not allow the namespace dutycheck",
	"verify.signer.expired":        "signer NOT allowed: %s line %d allows the key only before %s",
	"verify.signer.notyet":         "signer NOT allowed: %s line %d allows the key only after %s",
	"verify.signer.unchecked":      "signer not checked",
	"verify.covers":                "covers the current answers and questionnaire",
	"verify.changed.answers":       "the answers (%s) changed since",
	"verify.changed.questionnaire": "the questionnaire (then %s %s) changed since",
	"verify.changed.both":          "the answers (%s) and the questionnaire (then %s %s) changed since",
}

var englishSignoffCount = map[Key]Forms{
	"signoff.invalid": {One: "%d sign-off has a signature that is not valid", Other: "%d sign-offs have a signature that is not valid"},
	"signoffs":        {One: "%d sign-off", Other: "%d sign-offs"},
}
