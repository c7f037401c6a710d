package measure

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// genExport writes a Zendesk-shaped export of rows rows, seeded, with a
// free-text subject (commas, quotes, line breaks), open cases, clock
// errors, repeated ids and cases outside a quarter.
func genExport(rows int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed))
	var b bytes.Buffer
	b.WriteString("Id,Subject,Created at,Solved at,Content removed at,Tags,Via\n")
	start := time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC).Unix()
	tags := []string{"csam", "grooming", "spam", "csam other", "sextortion vip", "fraud"}
	via := []string{"api_scanner", "hash_match", "web_form", "email"}
	const layout = "2006-01-02 15:04:05"
	for i := 0; i < rows; i++ {
		id := i
		if r.IntN(100) == 0 {
			id = r.IntN(i + 1) // a repeated id
		}
		recv := start + r.Int64N(120*86400)
		fmt.Fprintf(&b, "%d,\"Report %d, about \"\"x\"\"\nsecond line\",%s,", id, i, time.Unix(recv, 0).UTC().Format(layout))
		if r.IntN(3) == 0 {
			b.WriteString(time.Unix(recv+r.Int64N(5*86400), 0).UTC().Format(layout))
		}
		b.WriteByte(',')
		switch k := r.IntN(50); {
		case k == 0: // open
		case k == 1: // clock error
			b.WriteString(time.Unix(recv-r.Int64N(3600)-1, 0).UTC().Format(layout))
		default:
			b.WriteString(time.Unix(recv+r.Int64N(3*86400), 0).UTC().Format(layout))
		}
		fmt.Fprintf(&b, ",%s,%s\n", tags[r.IntN(len(tags))], via[r.IntN(len(via))])
	}
	return b.Bytes()
}

// BenchmarkRun1M measures a quarter's figures on a generated
// 1,000,000-row export (about 110 MB): a median, a p90, a share within
// 24 hours, a share and a count.
func BenchmarkRun1M(b *testing.B) {
	data := genExport(1_000_000, 1)
	m, err := ParseMap("m.yaml", []byte(testMap))
	if err != nil {
		b.Fatal(err)
	}
	p, _ := ParsePeriod("2026-07-01..2026-09-30")
	specs := benchSpecs()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Run(specs, []Export{{"x.csv", bytes.NewReader(data)}}, Options{Map: m, Period: &p}); err != nil {
			b.Fatal(err)
		}
	}
}

func benchSpecs() []Spec {
	return []Spec{
		{Question: "median", Metric: Median, From: "received", To: "removed", Where: csea()},
		{Question: "p90", Metric: P90, From: "received", To: "removed", Where: csea()},
		{Question: "within", Metric: ShareWithin, Within: 24 * time.Hour, From: "received", To: "decided", Where: csea()},
		{Question: "share", Metric: Share, Where: csea(), Match: map[string][]string{"source": {"proactive", "hash"}}},
		{Question: "count", Metric: Count, Where: csea()},
	}
}
