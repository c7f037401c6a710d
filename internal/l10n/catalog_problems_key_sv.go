package l10n

// swedishKeyReasons says in Swedish why --key's file is no key dutycheck
// can sign with, and why ssh-agent could not be reached or did not sign
// (yamlsrc.Reason from internal/cli's keyFileProblem, agentDialProblem and
// agentProblem): the command line's own words for what x/crypto and the
// network say in English. Keyed by the English format as swedishProblems
// is.
var swedishKeyReasons = map[string]string{
	// what the file is instead of a key ("not an OpenSSH private key or
	// public key (…)")
	"an X.509 certificate":                                            "ett X.509-certifikat",
	"a public key in PEM form, not in OpenSSH form":                   "en publik nyckel i PEM-form, inte i OpenSSH-form",
	"an encrypted PKCS#8 key; ssh-keygen -p -f %s rewrites it as one": "en krypterad PKCS#8-nyckel; ssh-keygen -p -f %s skriver om den till en sådan",
	"a PEM block of type %q":                                          "ett PEM-block av typen %q",
	"its %q block does not read as a key":                             "dess %q-block går inte att läsa som en nyckel",
	// a key of a kind dutycheck does not sign with
	"DSA keys are not supported; use an ed25519, ecdsa or rsa key":                            "DSA-nycklar stöds inte; använd en ed25519-, ecdsa- eller rsa-nyckel",
	"the key's elliptic curve is not P-256, P-384 or P-521; use an ed25519, ecdsa or rsa key": "nyckelns elliptiska kurva är inte P-256, P-384 eller P-521; använd en ed25519-, ecdsa- eller rsa-nyckel",
	"the key is of a kind SSH does not sign with; use an ed25519, ecdsa or rsa key":           "nyckeln är av ett slag som SSH inte signerar med; använd en ed25519-, ecdsa- eller rsa-nyckel",
	"the key is encrypted in a way dutycheck cannot read":                                     "nyckeln är krypterad på ett sätt som dutycheck inte kan läsa",
	"the key could not make a signature":                                                      "nyckeln kunde inte skapa någon signatur",
	// ssh-agent's socket ("ssh-agent at SOCK cannot be reached: …")
	"there is no socket at that path":                           "det finns ingen socket på den sökvägen",
	"no permission to use the socket":                           "behörighet saknas för socketen",
	"the path is a folder, not a socket":                        "sökvägen är en mapp, inte en socket",
	"the path is a file, not a socket":                          "sökvägen är en fil, inte en socket",
	"nothing answers on the socket; the agent may have stopped": "ingen svarar på socketen; agenten kan ha avslutats",
	"the connection failed":                                     "anslutningen misslyckades",
	// what ssh-agent said, or did not ("ssh-agent at SOCK: …")
	"ssh-agent at %s: %v":         "ssh-agent på %s: %v",
	"it did not answer in time":   "den svarade inte i tid",
	"it refused to list its keys": "den vägrade lista sina nycklar",
	"it refused to sign: a confirmation was declined, the agent is locked, or the key was removed": "den vägrade signera: en bekräftelse nekades, agenten är låst eller nyckeln har tagits bort",
	"the connection closed before it answered":                                                     "anslutningen stängdes innan den svarade",
	"its answer could not be read":                                                                 "dess svar gick inte att läsa",
}
