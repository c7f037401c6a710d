package l10n

import "testing"

func TestProvisionalReasons(t *testing.T) {
	tests := []struct {
		name      string
		got, want string
	}{
		{"shares kept apart", For("en").ProvisionalCompletion(0.796, 0.8),
			"only 79.6% of the questions that apply are answered (80.0% are needed)"},
		{"whole shares", For("sv").ProvisionalCompletion(0.5, 0.8),
			"bara 50\u00a0% av frågorna som gäller är besvarade (minst 80\u00a0% behövs)"},
		{"unknown", For("en").ProvisionalUnknown(3, 10, 0.2),
			"3 of 10 scored answers are “don't know” (more than 20%)"},
		{"upper first", UpperFirst("ändå"), "Ändå"},
		{"upper first of nothing", UpperFirst(""), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %q, want %q", tc.got, tc.want)
			}
		})
	}
}
