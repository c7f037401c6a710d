package l10n

// swedishSignoffReasons says in Swedish the reasons an SSH key, a
// signature or an allowed_signers line is refused (yamlsrc.Reason from
// internal/signoff), keyed by the English format as swedishProblems is.
var swedishSignoffReasons = map[string]string{
	// a public key (the signoffs file's key, --key)
	"is empty; give the signer's public key":                                             "är tom; ange undertecknarens publika nyckel",
	"%q is not an SSH public key (\"ssh-ed25519 AAAA… comment\")":                        "%q är ingen publik SSH-nyckel (\"ssh-ed25519 AAAA… kommentar\")",
	"key type %s is an SSH certificate; sign with the plain key (ed25519, ecdsa or rsa)": "nyckeltypen %s är ett SSH-certifikat; signera med den vanliga nyckeln (ed25519, ecdsa eller rsa)",
	"key type %s is not supported; use an ed25519, ecdsa or rsa key":                     "nyckeltypen %s stöds inte; använd en ed25519-, ecdsa- eller rsa-nyckel",
	// a signature
	"is not an SSH signature (it must start with %s)":                        "är ingen SSH-signatur (den ska börja med %s)",
	"cannot be read: the armored block is damaged or has text after its end": "kan inte läsas: blocket är skadat eller har text efter sitt slut",
	"cannot be read: a %q block, not %q":                                     "kan inte läsas: ett %q-block, inte %q",
	"cannot be read: its content is not a valid SSH signature":               "kan inte läsas: innehållet är ingen giltig SSH-signatur",
	// signing and adding a sign-off to the file
	"the key field is not the signing key's public key": "fältet key är inte den signerande nyckelns publika nyckel",
	"signing failed: %v": "signeringen misslyckades: %v",
	"signature: %v":      "signature: %v",
	"%s: cannot add a sign-off without rewriting the file: its signoffs list must be its last field, written as a block list of '- name: …' entries": "%s: ett godkännande kan inte läggas till utan att filen skrivs om: listan signoffs måste vara dess sista fält, skriven som en blocklista med '- name: …'-poster",
	// a line of allowed_signers
	"expected principals, then a public key":                                          "här ska stå principaler och sedan en publik nyckel",
	"missing public key after the options":                                            "den publika nyckeln saknas efter alternativen",
	"expected a key type and its base64":                                              "här ska stå en nyckeltyp och dess base64",
	"the %s key's base64 does not read as a key of that type":                         "base64-texten för %s-nyckeln går inte att läsa som en nyckel av den typen",
	"unknown option %q; known: cert-authority, namespaces, valid-after, valid-before": "okänt alternativ %q; kända: cert-authority, namespaces, valid-after, valid-before",
	"option %s needs a value":                                                         "alternativet %s behöver ett värde",
	"option %s: the value must be in double quotes":                                   "alternativet %s: värdet ska stå inom dubbla citattecken",
	"option %s: the closing quote is missing":                                         "alternativet %s: det avslutande citattecknet saknas",
	"option %s: expected a comma after the value":                                     "alternativet %s: här ska stå ett kommatecken efter värdet",
	"write YYYYMMDD, YYYYMMDDHHMM or YYYYMMDDHHMMSS, with Z for UTC":                  "skriv ÅÅÅÅMMDD, ÅÅÅÅMMDDTTMM eller ÅÅÅÅMMDDTTMMSS, med Z för UTC",
	"not a date and time: write YYYYMMDD[HHMM[SS]][Z]":                                "inget datum och klockslag: skriv ÅÅÅÅMMDD[TTMM[SS]][Z]",
}
