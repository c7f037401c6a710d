package export

import "testing"

// TestCellLeadingBreakOrBlanks: a note beginning with a line break gave a
// cell beginning with CR LF and no apostrophe, and " =1+1" (a tab becomes
// a space) was left as it was; an importer that trims cells then runs the
// formula. Both are quoted as the formula characters are.
func TestCellLeadingBreakOrBlanks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"\r\n=1+1", "'\n=1+1"},
		{"\nplain note", "'\nplain note"},
		{"\t=1+1", "' =1+1"},
		{" =1+1", "' =1+1"},
		{"  @SUM(A1)", "'  @SUM(A1)"},
		{" plain", " plain"},
		{"plain", "plain"},
		{"=1+1", "'=1+1"},
	} {
		if got := cell(tc.in); got != tc.want {
			t.Errorf("cell(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
