package measure

import (
	"strings"
	"testing"
	"time"
)

// FuzzParseMap feeds arbitrary bytes to the map parser: it must never
// panic, and every problem must be one line placed in the file.
func FuzzParseMap(f *testing.F) {
	f.Add([]byte(testMap))
	f.Add([]byte("format: dutycheck-measure-map/v1\npreset: jira\nlayouts: {received: [\"02/Jan/06 3:04 PM\", \"2006\"]}\ntimezone: Europe/Stockholm\n"))
	f.Add([]byte("format: dutycheck-measure-map/v1\ncolumns: &a {id: A}\nmulti: *a\n"))
	for _, p := range Presets() {
		b, _ := PresetSource(p)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseMap("m.yaml", data)
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, "m.yaml:") {
					t.Fatalf("problem not placed in the file: %q", line)
				}
			}
			return
		}
		if m.Timezone == nil {
			t.Fatal("a map without a timezone")
		}
		_ = m.Warnings([]string{"id"})
	})
}

// FuzzRun feeds arbitrary exports to a run with every metric: it must
// never panic, every error is one line naming the export, and the counts
// of a run that succeeds add up.
func FuzzRun(f *testing.F) {
	f.Add(zendeskish)
	f.Add("Id;Created at;Content removed at;Tags\nx;2026-07-01 10:00;2026-07-01 10:10;csam\n")
	f.Add("Id\tCreated at\tContent removed at\tTags\n\"a\"\"b\"\t2026-07-01T10:00:00+02:00\t\tcsam grooming\n")
	f.Add("Id,Created at,Content removed at,Tags\n1,2026-03-29 02:30,,csam\n")
	m, err := ParseMap("m.yaml", []byte(testMap+"timezone: Europe/Stockholm\n"))
	if err != nil {
		f.Fatal(err)
	}
	specs := []Spec{
		{Question: "a", Metric: Median, From: "received", To: "removed", Where: csea()},
		{Question: "b", Metric: P95, From: "received", To: "removed"},
		{Question: "c", Metric: ShareWithin, Within: time.Hour, From: "received", To: "removed", Where: csea()},
		{Question: "d", Metric: Share, Match: csea()},
		{Question: "e", Metric: Count},
	}
	f.Fuzz(func(t *testing.T, export string) {
		out, err := Run(specs, []Export{{"x.csv", strings.NewReader(export)}}, Options{Map: m})
		if err != nil {
			if msg := err.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "x.csv") {
				t.Fatalf("bad error line %q", msg)
			}
			return
		}
		for _, r := range out.Results {
			if r.Cases+r.Excluded != r.InScope || r.Open > r.Cases || r.InScope > out.Cases {
				t.Fatalf("counts do not add up: %+v of %d cases", r, out.Cases)
			}
			if !r.NoCases && !r.Spec.Metric.Quantile() && (r.Number < 0 || r.Spec.Metric != Count && r.Number > 100) {
				t.Fatalf("figure out of range: %+v", r)
			}
		}
		if out.Cases+out.Repeated > out.Rows {
			t.Fatalf("more cases than rows: %+v", out)
		}
	})
}
