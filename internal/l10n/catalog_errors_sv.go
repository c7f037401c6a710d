package l10n

// swedishErrors: see englishErrors.
var swedishErrors = map[Key]string{
	"choice.unknown":          "%q är inte ett av alternativen.",
	"choice.twice":            "%q är valt två gånger.",
	"action.badstatus":        "%q är ingen status; använd %s.",
	"evidence.not-url":        "%q är ingen webbadress: skriv en fullständig https://-länk",
	"evidence.credentials":    "%q innehåller ett användarnamn eller lösenord: länka utan dem",
	"evidence.empty-path":     "Sökvägen är tom.",
	"evidence.hidden":         "%q har styrtecken eller osynliga tecken i namnet.",
	"evidence.backslash":      "%q: skriv sökvägen med / mellan mapparna.",
	"evidence.absolute":       "%q: skriv sökvägen relativt till svarsfilen, inte från diskens början.",
	"evidence.folder":         "%q anger en mapp, inte en fil.",
	"evidence.outside":        "%q ligger utanför svarsfilens mapp: underlag ska ligga i den eller i en mapp under den.",
	"evidence.kind.1.name":    "är en bild (%s, enligt namnet)",
	"evidence.kind.1.content": "är en bild (%s, enligt de första byten)",
	"evidence.kind.2.name":    "är en video (%s, enligt namnet)",
	"evidence.kind.2.content": "är en video (%s, enligt de första byten)",
	"evidence.kind.3.name":    "är ett arkiv (%s, enligt namnet)",
	"evidence.kind.3.content": "är ett arkiv (%s, enligt de första byten)",
	"evidence.material.kind":  "%s %s. Underlag beskriver och pekar; det innehåller aldrig själva materialet: länka i stället till ärendet i ärendesystemet.",
}
