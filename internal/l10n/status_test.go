package l10n

import "testing"

func TestStatusWords(t *testing.T) {
	tests := []struct {
		name, lang, legal, action string
		wantLegal, wantAction     string
	}{
		{"law and open", "en", "law", "open", "law", "open"},
		{"unset is none and open", "en", "", "", "", "open"},
		{"proposal in Swedish", "sv", "proposal", "in_progress", "förslag, inte antaget", "pågår"},
		{"not a legal status", "en", "na", "risk_accepted", "", "risk accepted"},
		{"unknown action shows as it is", "sv", "lapsed", "parked", "inte längre i kraft", "parked"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := For(tc.lang)
			if got := p.LegalStatus(tc.legal); got != tc.wantLegal {
				t.Errorf("LegalStatus(%q) = %q, want %q", tc.legal, got, tc.wantLegal)
			}
			if got := p.ActionStatus(tc.action); got != tc.wantAction {
				t.Errorf("ActionStatus(%q) = %q, want %q", tc.action, got, tc.wantAction)
			}
		})
	}
}
