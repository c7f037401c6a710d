package report

import (
	"strings"
	"testing"
)

// TestDetailsSayWhy: the details name each question's sources, and a
// question that does not apply says which answer made it so, by its
// number, in both languages; "given earlier answers" is left for a
// condition that reads nothing.
func TestDetailsSayWhy(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {"1.4 Is the provider otherwise subject to US jurisdiction", "does not apply: In the United States, answer to 1.3",
			"content, answer to 1.13",
			"Sources: 18 U.S.C. § 2258E(6) · Digital Services Act Arts. 11–13"},
		"sv": {"gäller inte: I USA, svar på 1.3", "Källor: 18 U.S.C. § 2258E(6)"},
	} {
		_, pdf, _ := renderProbed(t, largeInput(t, lang))
		all := flat(pdf.text(t))
		details := all[strings.Index(all, map[string]string{"en": "Details per section", "sv": "Svar per avsnitt"}[lang]):]
		details = details[:strings.Index(details, map[string]string{"en": "How the scores are computed", "sv": "Så beräknas poängen"}[lang])]
		for _, s := range want {
			if !strings.Contains(details, s) {
				t.Errorf("%s: the details lack %q", lang, s)
			}
		}
		if strings.Contains(details, "given earlier answers") || strings.Contains(details, "enligt tidigare svar") {
			t.Errorf("%s: a question that does not apply does not say why", lang)
		}
	}
}
