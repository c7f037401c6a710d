package export_test

import (
	"bytes"
	"testing"

	"github.com/dutycheck/dutycheck/internal/export"
)

// formats maps each export to the extension of its golden file.
var formats = []struct {
	ext    string
	encode func(export.Input) ([]byte, error)
}{
	{"json", export.JSON},
	{"csv", export.CSV},
	{"md", export.Markdown},
	{"oscal.json", export.OSCAL},
}

// TestGolden pins every format's bytes for every fixture; run with
// -update after an intended change and review the diff like code.
func TestGolden(t *testing.T) {
	for _, fx := range fixtures {
		in := load(t, fx)
		for _, f := range formats {
			t.Run(fx.name+"."+f.ext, func(t *testing.T) {
				got, err := f.encode(in)
				if err != nil {
					t.Fatal(err)
				}
				golden(t, "testdata/export/"+fx.name+"."+f.ext, got)
			})
		}
	}
}

// TestDeterministic checks that two exports of the same inputs are the
// same bytes: nothing depends on map order or the clock.
func TestDeterministic(t *testing.T) {
	for _, f := range formats {
		a, _ := f.encode(load(t, fixtures[0]))
		b, _ := f.encode(load(t, fixtures[0]))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs differ", f.ext)
		}
	}
}

// TestPlanGolden pins the plan's bytes (dutycheck plan --format json, csv,
// markdown) for the 1.1 fixtures, in English and Swedish.
func TestPlanGolden(t *testing.T) {
	encoders := []struct {
		ext    string
		encode func(export.Input) ([]byte, error)
	}{{"json", export.PlanJSON}, {"csv", export.PlanCSV}, {"md", export.PlanMarkdown}}
	for _, name := range []string{"plan", "plan-sv"} {
		in := load(t, fixtureNamed(t, name))
		for _, e := range encoders {
			t.Run(name+".plan."+e.ext, func(t *testing.T) {
				got, err := e.encode(in)
				if err != nil {
					t.Fatal(err)
				}
				golden(t, "testdata/export/"+name+".plan."+e.ext, got)
			})
		}
	}
}
