package changes

import (
	"slices"
	"testing"
)

func TestVersionBump(t *testing.T) {
	cases := []struct {
		old, new string
		want     Bump
	}{
		{"1.2.0", "2.0.0", Bump{Level: Major}},
		{"1.2.0", "1.3.0", Bump{Level: Minor}},
		{"1.2.0", "1.2.1", Bump{Level: Patch}},
		{"1.2.0", "1.2.0", Bump{Same: true}},
		{"1.2.0", "1.2.0+build.7", Bump{Same: true}},
		{"1.3.0", "1.2.9", Bump{Down: true}},
		{"2.0.0", "1.9.9", Bump{Down: true}},
		{"1.2.0", "2.0.0-rc.1", Bump{Level: Major}},
		{"2.0.0-rc.1", "2.0.0-rc.2", Bump{PreRelease: true}},
		{"2.0.0-rc.2", "2.0.0-rc.10", Bump{PreRelease: true}},
		{"2.0.0-rc.1", "2.0.0", Bump{PreRelease: true}},
		{"2.0.0", "2.0.0-rc.1", Bump{Down: true}},
		{"2.0.0-alpha", "2.0.0-alpha.1", Bump{PreRelease: true}},
		{"2.0.0-1", "2.0.0-alpha", Bump{PreRelease: true}},
		{"1.2", "1.3.0", Bump{Invalid: true}},
	}
	for _, tc := range cases {
		if got := VersionBump(tc.old, tc.new); got != tc.want {
			t.Errorf("%s → %s: %+v, want %+v", tc.old, tc.new, got, tc.want)
		}
	}
}

// TestEnough: every bump against every need.
func TestEnough(t *testing.T) {
	levels := []Level{None, Patch, Minor, Major}
	for _, b := range levels {
		for _, need := range levels {
			if got, want := (Bump{Level: b}).Enough(need), b >= need; got != want {
				t.Errorf("bump %v for need %v: %v", b, need, got)
			}
		}
	}
	for _, b := range []Bump{{Down: true}, {Invalid: true}} {
		if b.Enough(None) {
			t.Errorf("%+v is enough", b)
		}
	}
	if !(Bump{Same: true}).Enough(None) || (Bump{Same: true}).Enough(Patch) {
		t.Error("no bump: enough for no change only")
	}
	if !(Bump{PreRelease: true}).Enough(Major) {
		t.Error("a pre-release step allows any change")
	}
}

func report(old, new string, ch ...Change) *Report {
	r := &Report{Old: Side{Version: old}, New: Side{Version: new}, Changes: ch, Bump: VersionBump(old, new)}
	for _, c := range ch {
		r.Needs = max(r.Needs, c.Needs)
	}
	return r
}

func TestProblems(t *testing.T) {
	weight := Change{Subject: SubjectQuestion, ID: "q7", Kind: Changed, Field: "weight", Old: "1", New: "2", Scoring: true, Needs: Major}
	added := Change{Subject: SubjectQuestion, ID: "q8", Kind: Added, Needs: Minor}
	wording := Change{Subject: SubjectQuestion, ID: "q1", Kind: Changed, Field: "text", Needs: Patch}
	cases := []struct {
		name string
		r    *Report
		want []string
	}{
		{"the issue's example", report("1.2.0", "1.3.0", weight, added),
			[]string{"weight of q7 changed: needs a major version, 1.2.0 → 1.3.0 is minor"}},
		{"major is enough", report("1.2.0", "2.0.0", weight, added, wording), nil},
		{"minor for an addition", report("1.2.0", "1.3.0", added, wording), nil},
		{"patch too small for an addition", report("1.2.0", "1.2.1", added, wording),
			[]string{"question q8 added: needs a minor version, 1.2.0 → 1.2.1 is patch"}},
		{"content changed, version did not", report("1.2.0", "1.2.0", wording),
			[]string{"text of q1 changed: needs a patch version, 1.2.0 → 1.2.0 is no bump"}},
		{"nothing changed, nothing bumped", report("1.2.0", "1.2.0"), nil},
		{"nothing changed, bumped anyway", report("1.2.0", "1.2.1"), nil},
		{"version went down", report("1.3.0", "1.2.0"), []string{"the version went down: 1.3.0 → 1.2.0"}},
		{"version went down with changes", report("1.3.0", "1.2.0", wording),
			[]string{"text of q1 changed: needs a patch version, 1.3.0 → 1.2.0 is a step down"}},
		{"pre-release step", report("2.0.0-rc.1", "2.0.0", weight), nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.r.Problems(); !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
