package answers_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestParseText: answers as typed in the walk-through.
func TestParseText(t *testing.T) {
	q := sampleQ(t)
	tests := []struct {
		id, in string
		want   string // Format of the value; "" with err
		err    string
	}{
		{"uploads", "yes", "yes", ""},
		{"uploads", "Yes", "", `"Yes" is not an option; choose one of yes, no`},
		{"regions", " us , eu ", "us, eu", ""},
		{"regions", "", "", ""}, // nothing chosen is an answer: []
		{"regions", "eu,none", "", `"none" cannot be chosen with other options`},
		{"users", "120000", "120000", ""},
		{"users", " 7 ", "7", ""},
		{"reviewed-share", "70,5", "70.5", ""}, // a decimal comma
		{"users", "1,000", "", `"1,000" is ambiguous: write 1000 for a thousand, or 1.0 for a decimal`},
		{"users", "12,345,678", "", `"12,345,678" is ambiguous: write 1000 for a thousand, or 1.0 for a decimal`},
		{"users", "1,0000", "1", ""},
		{"users", "1 000", "", `"1 000" is not a number`},
		{"users", "inf", "", `"inf" is not a number`},
		{"users", "1e400", "", `"1e400" is not a number`},
		// Only decimal numbers: strconv.ParseFloat also reads Go's hex
		// floats and digit separators, so "0x1.9p5" was 50 and "5_0"
		// was 50 in a file while the walk-through refused both, and
		// "-0" was written back with its sign.
		{"users", "0x1.9p5", "", `"0x1.9p5" is not a number`},
		{"users", "0X1P-2", "", `"0X1P-2" is not a number`},
		{"users", "5_0", "", `"5_0" is not a number`},
		{"users", "1_000", "", `"1_000" is not a number`},
		{"users", "NaN", "", `"NaN" is not a number`},
		{"users", "Infinity", "", `"Infinity" is not a number`},
		{"users", "1e2", "100", ""},
		{"users", "+7", "7", ""},
		{"users", "-0", "0", ""},
		{"reviewed-share", "-0.0", "0", ""},
		{"reviewed-share", "1e-400", "0", ""},
		{"reviewed-share", ".5", "0.5", ""},
		// durations keep the units typed, in normal form (docs/answers-format.md)
		{"report-time", " 90m ", "90m", ""},
		{"report-time", "24h", "24h", ""},
		{"report-time", "1,5 h", "1.5h", ""},
		{"report-time", "1,5 tim", "1.5h", ""},
		{"report-time", "1 h 30 min", "1h30m", ""},
		{"report-time", "2 dagar", "2d", ""},
		{"report-time", "4 Hours", "4h", ""},
		{"report-time", "01.50h", "1.5h", ""},
		{"report-time", "0", "0m", ""},
		{"report-time", "1,000h", "", `"1,000h" is ambiguous: write 1000 for a thousand, or 1.5 for a decimal`},
		{"report-time", "4 fortnights", "", `"4 fortnights" is not a duration: write a number and a unit s, m, h, d, w or y, e.g. 30m, 4h, 1h30m, 2d`},
		{"report-time", ".h", "", `".h" is not a duration: write a number and a unit s, m, h, d, w or y, e.g. 30m, 4h, 1h30m, 2d`},
		{"risk-date", "2025-11-26", "2025-11-26", ""},
		{"comments", "  kept as typed  ", "  kept as typed  ", ""},
		{"comments", "bad \xff byte", "", "the text is not valid UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.id+"/"+tc.in, func(t *testing.T) {
			qn := q.Question(tc.id)
			v, err := answers.ParseText(qn, tc.in)
			if tc.err != "" {
				if err == nil || err.Error() != tc.err {
					t.Fatalf("err %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := v.Format(qn.Type); !v.Set || got != tc.want {
				t.Errorf("value %q (set %v), want %q", got, v.Set, tc.want)
			}
		})
	}
	t.Run("an empty multi is a non-nil empty list", func(t *testing.T) {
		v, err := answers.ParseText(q.Question("regions"), " , ")
		if err != nil || !v.Set || v.Choices == nil || len(v.Choices) != 0 {
			t.Errorf("%+v %v", v, err)
		}
	})
	t.Run("an unset value formats as nothing", func(t *testing.T) {
		if got := (answers.Value{}).Format("yesno"); got != "" {
			t.Errorf("%q", got)
		}
	})
}

// TestEncodeInvalidUTF8: text that is not UTF-8 (set directly, as the
// walk-through does with notes) must not make saving fail: the bad bytes
// become U+FFFD.
func TestEncodeInvalidUTF8(t *testing.T) {
	q := sampleQ(t)
	f := answers.New(q, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	f.Organization = "Org \xff"
	f.Put(q.Question("uploads"), &answers.Answer{Value: answers.Value{Set: true, Choice: "yes"}, Note: "note \xc3"})
	out := answers.Encode(f, q)
	if !bytes.Contains(out, []byte("Org \uFFFD")) {
		t.Errorf("organization not repaired:\n%s", out)
	}
	back, err := answers.Decode("a.yaml", out, q)
	if err != nil {
		t.Fatal(err)
	}
	if got := back.Get("uploads").Note; got != "note \uFFFD" {
		t.Errorf("note %q", got)
	}
	if !strings.HasPrefix(back.Organization, "Org ") {
		t.Errorf("organization %q", back.Organization)
	}
}

// TestEncodeAnyText: a note, a text answer and an orphan's text read back
// exactly, whatever characters they hold. Every string up to three
// characters long over an alphabet of the characters YAML treats
// specially is tried; yaml.v3 alone loses a leading line break and writes
// tabs, CRs and line separators in literal blocks that do not read back.
func TestEncodeAnyText(t *testing.T) {
	q := sampleQ(t)
	alphabet := []string{"a", " ", "\n", "\t", "\r", "#", ":", "-", "'", "\"", "|", "\x1b", "\x00", "\u0085", "\u2028", "\u2029", "\ufeff", "\u00a0", "é"}
	var texts []string
	var gen func(prefix string, depth int)
	gen = func(prefix string, depth int) {
		texts = append(texts, prefix)
		if depth > 0 {
			for _, c := range alphabet {
				gen(prefix+c, depth-1)
			}
		}
	}
	gen("", 3)
	// one file holds many texts, as orphans' values and notes, so that
	// the test stays fast
	const per = 500
	for start := 0; start < len(texts); start += per {
		chunk := texts[start:min(start+per, len(texts))]
		f := answers.New(q, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
		f.Organization = chunk[len(chunk)-1]
		f.Put(q.Question("comments"), &answers.Answer{Value: answers.Value{Set: true, Text: chunk[0]}, Note: chunk[1]})
		for i, s := range chunk {
			f.Set(fmt.Sprintf("o%d", i), &answers.Answer{Value: answers.Value{Set: true, Text: s}, Note: s})
		}
		out := answers.Encode(f, q)
		back, err := answers.Decode("a.yaml", out, q)
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		sameAnswers(t, q, f, back)
		if a := back.Get("comments"); a.Value.Text != chunk[0] || a.Note != chunk[1] || back.Organization != f.Organization {
			t.Errorf("text %q, note %q, organization %q read back as %q, %q, %q",
				chunk[0], chunk[1], f.Organization, a.Value.Text, a.Note, back.Organization)
		}
		// the orphans, now written back from their YAML, read back too
		again := answers.Encode(back, q)
		if !bytes.Equal(again, out) {
			t.Errorf("not stable:\n%s\nthen\n%s", out, again)
		}
	}
}

// TestParseDecimal: the numbers an answers file and a command-line
// threshold take; Go's other float syntax is refused.
func TestParseDecimal(t *testing.T) {
	for in, want := range map[string]float64{"90": 90, "99.5": 99.5, "99,5": 99.5, "1e2": 100, "+7": 7, ".5": 0.5, "-0": 0, "1e-400": 0} {
		if got, ok := answers.ParseDecimal(in); !ok || got != want {
			t.Errorf("ParseDecimal(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"1_0", "0x1p6", "0x10", "NaN", "nan", "Inf", "-Inf", "Infinity", "1e309", "", " 9", "9%", "١٢", "１２"} {
		if got, ok := answers.ParseDecimal(in); ok {
			t.Errorf("ParseDecimal(%q) = %v, want refused", in, got)
		}
	}
}
