package columns

import "testing"

func TestColumns(t *testing.T) {
	for _, tc := range []struct {
		name, got, want string
	}{
		{"pad", Pad("åb", 4), "åb  "},
		{"pad wide enough", Pad("abcde", 4), "abcde"},
		{"pad left", PadLeft("7,5", 5), "  7,5"},
		{"clip", Clip("Rapporteringsskyldighet", 8), "Rapport…"},
		{"clip fits", Clip("åäö", 3), "åäö"},
		{"clip nothing", Clip("abc", 0), ""},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	if Width("åäö") != 3 {
		t.Errorf("width of åäö is %d", Width("åäö"))
	}
}
