package answers_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TestDecode11 reads a hand-written 1.1 file: unknown answers (by the flag
// and by an option marked unknown), estimates, evidence with its places,
// actions (an orphaned one kept) and the record of `run --from`.
func TestDecode11(t *testing.T) {
	q := sample11(t)
	data, err := os.ReadFile("testdata/v11.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.DecodeWith("v11.yaml", data, q, answers.DecodeOptions{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("unknown", func(t *testing.T) {
		a := f.Get("users")
		if !a.Unknown || !a.Answered() || a.Value.Set || !a.IsUnknown(q.Question("users")) {
			t.Errorf("users %+v", a)
		}
		hm := f.Get("hash-matching")
		if hm.Unknown || !hm.IsUnknown(q.Question("hash-matching")) {
			t.Errorf("an unknown option is an unknown answer: %+v", hm)
		}
		if f.Get("uploads").IsUnknown(q.Question("uploads")) {
			t.Error("yes is not unknown")
		}
	})
	t.Run("estimate and duration", func(t *testing.T) {
		a := f.Get("report-time")
		if !a.Estimate || a.Value.Duration != 90*time.Minute || a.Value.Format(q.Question("report-time").Type) != "1.5h" {
			t.Errorf("report-time %+v", a)
		}
		if f.Get("uploads").Estimate {
			t.Error("estimate: false read as true")
		}
	})
	t.Run("evidence", func(t *testing.T) {
		ev := f.Get("report-time").Evidence
		if len(ev) != 2 {
			t.Fatalf("evidence %+v", ev)
		}
		file, link := ev[0], ev[1]
		if file.File != "evidence/ncmec-export-2026q3.csv" || file.SHA256 != digestB || file.Date.Format("2006-01-02") != "2026-10-02" || file.URL != "" {
			t.Errorf("file evidence %+v", file)
		}
		if file.Pos.Line != 24 || file.Pos.Col != 9 {
			t.Errorf("file evidence at %d:%d, want 24:9", file.Pos.Line, file.Pos.Col)
		}
		if link.URL != "https://wiki.example.com/t-s/runbooks/ncmec" || link.File != "" || !link.Date.IsZero() || link.Pos.Line != 27 {
			t.Errorf("link evidence %+v", link)
		}
		if ev := f.Get("gone-question").Evidence; len(ev) != 1 || ev[0].File != "evidence/old.pdf" || ev[0].Pos.Line != 38 || ev[0].Pos.Col != 10 {
			t.Errorf("an orphan's evidence is read, to be re-hashed: %+v", ev)
		}
	})
	t.Run("actions", func(t *testing.T) {
		if len(f.Actions) != 4 {
			t.Fatalf("actions %+v", f.Actions)
		}
		hm := f.Actions["hash-matching"]
		if hm.Owner != "Head of Trust & Safety" || hm.Status != answers.ActionInProgress || hm.Due.Format("2006-01-02") != "2027-03-31" ||
			hm.DoneWhen != "PDQ and video hashes on every public upload surface" || hm.Pos.Line != 7 || hm.Pos.Col != 3 {
			t.Errorf("hash-matching %+v", hm)
		}
		if up := f.Actions["uploads"]; up.Status != answers.ActionRiskAccepted || up.ApprovedBy != "Board, minute 2026-11-12 §4" {
			t.Errorf("uploads %+v", up)
		}
		if u := f.Actions["users"]; u.Status != answers.ActionOpen || u.Owner != "" {
			t.Errorf("an empty action is an open one: %+v", u)
		}
		if got := f.OrphanActions(q); strings.Join(got, " ") != "gone-question" {
			t.Errorf("orphaned actions %v", got)
		}
	})
	t.Run("from", func(t *testing.T) {
		if f.From == nil || f.From.Path != "../2026q3/assessment.yaml" || f.From.SHA256 != digestA || f.From.Date.Format("2006-01-02") != "2026-08-30" {
			t.Errorf("from %+v", f.From)
		}
	})
}

// TestEncode11Golden writes the 1.1 file in canonical form and reads it
// back the same.
func TestEncode11Golden(t *testing.T) {
	q := sample11(t)
	data, err := os.ReadFile("testdata/v11.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.Decode("v11.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	out := answers.Encode(f, q)
	golden(t, "testdata/v11.golden.yaml", out)
	f2, err := answers.Decode("golden.yaml", out, q)
	if err != nil {
		t.Fatalf("the encoded file does not decode: %v\n%s", err, out)
	}
	if again := answers.Encode(f2, q); !bytes.Equal(again, out) {
		t.Errorf("encoding is not stable:\n%s\nthen\n%s", out, again)
	}
	sameAnswers(t, q, f, f2)
	// actions follow the answers, in questionnaire order, orphans last
	i := bytes.Index(out, []byte("\nactions:\n"))
	if i < 0 || i < bytes.Index(out, []byte("\nanswers:\n")) {
		t.Fatalf("actions not after answers:\n%s", out)
	}
	order := []string{"  uploads:", "  users:", "  hash-matching:", "  gone-question:"}
	at := i
	for _, k := range order {
		j := bytes.Index(out[at:], []byte("\n"+k+"\n"))
		if j < 0 {
			t.Fatalf("actions not in order %v:\n%s", order, out[i:])
		}
		at += j + 1
	}
}

// TestEncode11Values: 1.1 fields set in code (as the walk-through sets
// them) are written and read back.
func TestEncode11Values(t *testing.T) {
	q := sample11(t)
	day := time.Date(2026, 10, 2, 0, 0, 0, 0, time.UTC)
	f := answers.New(q, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	f.Put(q.Question("users"), &answers.Answer{Unknown: true, Note: "not measured",
		Evidence: []answers.Evidence{{URL: "https://x.example/a?b=c#d"}}})
	f.Put(q.Question("reviewed-share"), &answers.Answer{Value: answers.Value{Set: true, Number: 70}, Estimate: true,
		Evidence: []answers.Evidence{{File: "ev/a b.csv", SHA256: digestA, Date: day}, {URL: "http://y.example", Date: day}}})
	f.Put(q.Question("report-time"), &answers.Answer{Value: answers.Value{Set: true, Duration: 24 * time.Hour, DurationText: "24h"}})
	f.SetAction("reviewed-share", &answers.Action{Owner: "Ops", Due: day, Status: answers.ActionDone, DoneWhen: "90% reviewed"})
	f.SetAction("removed", &answers.Action{Status: answers.ActionRiskAccepted, ApprovedBy: "Board"})
	f.From = &answers.Origin{Path: "old.yaml", SHA256: digestB, Date: day}
	out := answers.Encode(f, q)
	for _, want := range []string{"    unknown: true\n", "    estimate: true\n", "    value: 24h\n", "      - url: https://x.example/a?b=c#d\n",
		"      - file: ev/a b.csv\n        sha256: " + digestA + "\n        date: 2026-10-02\n", "from:\n  path: old.yaml\n",
		"actions:\n  reviewed-share:\n    owner: Ops\n    due: 2026-10-02\n    status: done\n    done_when: 90% reviewed\n  removed:\n    status: risk_accepted\n    approved_by: Board\n"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	back, err := answers.DecodeWith("a.yaml", out, q, answers.DecodeOptions{Today: today})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	sameAnswers(t, q, f, back)
}

// TestDecodeDates11: the bounds of the assessment date, and what a zero
// Today leaves unchecked.
func TestDecodeDates11(t *testing.T) {
	q := sample11(t)
	tests := []struct {
		name, date string
		today      time.Time
		ok         bool
	}{
		{"today", "2026-11-29", today, true},
		{"one day after today (time zones)", "2026-11-30", today, true},
		{"two days after today", "2026-12-01", today, false},
		{"the first day allowed", "2000-01-01", today, true},
		{"the day before", "1999-12-31", today, false},
		{"no today: only the lower bound", "2099-01-01", time.Time{}, true},
		{"no today: 0001-01-01 still refused", "0001-01-01", time.Time{}, false},
		{"today late in a zone ahead of UTC", "2026-11-30", time.Date(2026, 11, 29, 23, 30, 0, 0, time.FixedZone("X", -5*3600)), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			file := strings.Replace(header, "2026-11-26", tc.date, 1)
			_, err := answers.DecodeWith("a.yaml", []byte(file), q, answers.DecodeOptions{Today: tc.today})
			if (err == nil) != tc.ok {
				t.Errorf("err %v, want ok=%v", err, tc.ok)
			}
		})
	}
	t.Run("a date answer on the assessment date is fine", func(t *testing.T) {
		if _, err := decode11(t, q, header+"  risk-date: {value: 2026-11-26}\n"); err != nil {
			t.Error(err)
		}
	})
	t.Run("DateAfterError can be told apart", func(t *testing.T) {
		err := answers.CheckDateAnswer(time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
		if _, ok := err.(*answers.DateAfterError); !ok {
			t.Errorf("%T %v", err, err)
		}
	})
}

// TestCheckAction: the rules `plan set` and the plan screen share with
// Decode.
func TestCheckAction(t *testing.T) {
	tests := []struct {
		a    answers.Action
		want string
	}{
		{answers.Action{Status: answers.ActionOpen}, ""},
		{answers.Action{}, ""},
		{answers.Action{Status: answers.ActionDone, Owner: "CTO"}, ""},
		{answers.Action{Status: answers.ActionRiskAccepted, ApprovedBy: "Board"}, ""},
		{answers.Action{Status: answers.ActionRiskAccepted}, "status risk_accepted needs approved_by: who accepted the risk, and where that is recorded"},
		{answers.Action{Status: "closed"}, `status "closed" is not one of open, in_progress, done, risk_accepted`},
		{answers.Action{Status: "Done"}, `status "Done" is not one of open, in_progress, done, risk_accepted`},
	}
	for _, tc := range tests {
		err := answers.CheckAction(&tc.a)
		if got := fmt.Sprint(err); (tc.want == "" && err != nil) || (tc.want != "" && got != tc.want) {
			t.Errorf("CheckAction(%+v) = %v, want %q", tc.a, err, tc.want)
		}
	}
	for _, s := range []string{"open", "in_progress", "done", "risk_accepted"} {
		if st, ok := answers.ParseStatus(s); !ok || string(st) != s {
			t.Errorf("ParseStatus(%q) = %q, %v", s, st, ok)
		}
	}
	if _, ok := answers.ParseStatus("in-progress"); ok {
		t.Error("in-progress accepted")
	}
}

// TestFileParseText: a typed date is checked against the assessment date,
// as the file would be.
func TestFileParseText(t *testing.T) {
	q := sampleQ(t)
	f := answers.New(q, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	if _, err := f.ParseText(q.Question("risk-date"), "2026-11-27"); err == nil {
		t.Error("a date after the assessment date was accepted")
	}
	if v, err := f.ParseText(q.Question("risk-date"), " 2026-11-26 "); err != nil || v.Date.Day() != 26 {
		t.Errorf("%+v %v", v, err)
	}
	if v, err := f.ParseText(q.Question("report-time"), "1,5 tim"); err != nil || v.Format(questionnaire.Duration) != "1.5h" {
		t.Errorf("%+v %v", v, err)
	}
}
