package answers_test

import (
	"errors"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TestParseInput: numbers and durations as people type them, in English
// and Swedish, and what the answers file keeps of them.
func TestParseInput(t *testing.T) {
	max := 100.0
	number := &questionnaire.Question{ID: "n", Type: questionnaire.Number}
	share := &questionnaire.Question{ID: "p", Type: questionnaire.Number, Unit: questionnaire.Plain("en", "%"), Max: &max}
	dur := &questionnaire.Question{ID: "d", Type: questionnaire.Duration}
	tests := []struct {
		lang string
		qn   *questionnaire.Question
		in   string
		want string                  // Format of the value
		kind questionnaire.ValueKind // when refused
	}{
		{"en", number, "1,800,000", "1800000", ""},
		{"en", number, "1,234.5", "1234.5", ""},
		{"en", number, "1.8M", "1800000", ""},
		{"en", number, "1.8m", "1800000", ""},
		{"en", number, "2k", "2000", ""},
		{"en", number, "3 million", "3000000", ""},
		{"en", number, "2.5bn", "2500000000", ""},
		{"en", number, "1,000", "1000", ""},
		{"en", number, "0,5", "0.5", ""},
		{"en", number, "45 000", "45000", ""},
		{"en", number, "-3", "-3", ""},
		{"en", number, "−3", "-3", ""},
		{"en", number, "12,34", "12.34", ""}, // a decimal comma, as files allow
		{"en", number, "1,2,3", "", questionnaire.ValueSyntax},
		{"en", number, "lots", "", questionnaire.ValueSyntax},
		{"en", number, "5 apples", "", questionnaire.ValueSyntax},
		{"en", share, "85%", "85", ""},
		{"en", share, "85 %", "85", ""},
		{"en", share, "120%", "", questionnaire.ValueAboveMax},
		{"en", number, "85%", "", questionnaire.ValueSyntax},
		{"sv", number, "1 234 567", "1234567", ""},
		{"sv", number, "1\u00a0234\u00a0567", "1234567", ""},
		{"sv", number, "1\u202f234", "1234", ""},
		{"sv", number, "45 000", "45000", ""},
		{"sv", number, "1 234,5", "1234.5", ""},
		{"sv", number, "1,5", "1.5", ""},
		{"sv", number, "1.5", "1.5", ""},
		{"sv", number, "1,8 milj", "1800000", ""},
		{"sv", number, "1,8M", "1800000", ""},
		{"sv", number, "45 tusen", "45000", ""},
		{"sv", number, "1,800,000", "1800000", ""},
		{"sv", number, "1.800.000", "1800000", ""},
		{"sv", number, "1.234,5", "1234.5", ""},
		{"sv", number, "1,000", "", questionnaire.ValueAmbiguous},
		{"sv", number, "12 34", "", questionnaire.ValueSyntax},
		{"sv", number, "1  234", "", questionnaire.ValueSyntax},
		{"sv", share, "85 %", "85", ""},
		{"sv", share, "85,5\u00a0%", "85.5", ""},
		{"en", dur, "30s", "30s", ""},
		{"en", dur, "1y", "1y", ""},
		{"en", dur, "24h", "24h", ""},
		{"en", dur, "1.5h", "1.5h", ""},
		{"en", dur, "2 days", "2d", ""},
		{"en", dur, "4 hours", "4h", ""},
		{"en", dur, "1 hour 30 minutes", "1h30m", ""},
		{"en", dur, "90 min", "90m", ""},
		{"en", dur, "2 Weeks", "2w", ""},
		{"sv", dur, "1,5h", "1.5h", ""},
		{"sv", dur, "1,5 tim", "1.5h", ""},
		{"sv", dur, "2 dagar", "2d", ""},
		{"sv", dur, "4 tim", "4h", ""},
		{"sv", dur, "3 veckor", "3w", ""},
		{"sv", dur, "1 år", "1y", ""},
		{"sv", dur, "30 sek", "30s", ""},
		{"sv", dur, "2 dygn 4 timmar", "2d4h", ""},
		{"sv", dur, "2 månader", "", questionnaire.ValueSyntax},
		{"en", dur, "soon", "", questionnaire.ValueSyntax},
		{"en", dur, "4h!", "", questionnaire.ValueSyntax},
		{"en", dur, "1,000h", "", questionnaire.ValueAmbiguous},
		{"en", dur, "12", "", questionnaire.ValueSyntax},
		{"en", dur, "1h 1h", "", questionnaire.ValueRepeatedUnit},
		{"en", dur, "", "", questionnaire.ValueEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.in, func(t *testing.T) {
			v, err := answers.ParseInput(tt.qn, tt.in, tt.lang)
			if tt.kind != "" {
				var ve *questionnaire.ValueError
				if !errors.As(err, &ve) || ve.Kind != tt.kind {
					t.Fatalf("got %v, %v; want a %s error", v.Format(tt.qn.Type), err, tt.kind)
				}
				if tt.in != "" && ve.Input != tt.in {
					t.Errorf("error input %q, want what was typed, %q", ve.Input, tt.in)
				}
				return
			}
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			if got := v.Format(tt.qn.Type); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzParseInput: whatever is typed, ParseInput does not panic, and what
// it accepts the answers file reads back as the same value.
func FuzzParseInput(f *testing.F) {
	for _, s := range []string{"1,800,000", "1.8M", "85 %", "1 234,5", "1,5 tim", "2 dagar", "30s", "1y", "1.234,5", "−3"} {
		f.Add(s, "sv")
		f.Add(s, "en")
	}
	qns := []*questionnaire.Question{
		{ID: "n", Type: questionnaire.Number, Unit: questionnaire.Plain("en", "%")},
		{ID: "d", Type: questionnaire.Duration},
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		for _, qn := range qns {
			v, err := answers.ParseInput(qn, s, lang)
			if err != nil {
				continue
			}
			back, err := answers.ParseText(qn, v.Format(qn.Type))
			if err != nil || back.Number != v.Number || back.Duration != v.Duration {
				t.Fatalf("%q (%s) gives %q, which reads back as %v, %v", s, lang, v.Format(qn.Type), back, err)
			}
		}
	})
}
