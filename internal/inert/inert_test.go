package inert

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestLineAndBlock(t *testing.T) {
	tests := []struct {
		name, in, line, block string
	}{
		{"plain", "Trust & Safety – Malmö", "Trust & Safety – Malmö", "Trust & Safety – Malmö"},
		{"escape sequence", "a\x1b[2Jb", `a\x1b[2Jb`, `a\x1b[2Jb`},
		{"OSC 52 clipboard", "\x1b]52;c;aGk=\x07", `\x1b]52;c;aGk=\x07`, `\x1b]52;c;aGk=\x07`},
		{"C1 CSI", "a\u009b2Jb", `a\x9b2Jb`, `a\x9b2Jb`},
		{"C1 NEL", "a\u0085b", `a\x85b`, `a\x85b`},
		{"DEL", "a\x7fb", `a\x7fb`, `a\x7fb`},
		{"RLO", "abc\u202edcba", `abc\u202edcba`, `abc\u202edcba`},
		{"isolates", "\u2066x\u2069", `\u2066x\u2069`, `\u2066x\u2069`},
		{"Arabic letter mark", "a\u061cb", `a\u061cb`, `a\u061cb`},
		{"LRM RLM", "\u200ea\u200f", `\u200ea\u200f`, `\u200ea\u200f`},
		{"zero width space", "pay\u200bpal", `pay\u200bpal`, `pay\u200bpal`},
		{"BOM", "\ufeffhi", `\ufeffhi`, `\ufeffhi`},
		{"line separator", "a\u2028b", `a\u2028b`, "a\nb"},
		{"paragraph separator", "a\u2029b", `a\u2029b`, "a\nb"},
		{"newline and tab", "a\n\tb\r\n", "a  b ", "a\n b\n"},
		{"invalid UTF-8", "a\xffb", `a\xffb`, `a\xffb`},
		// Invisible format characters that hide or smuggle text: the
		// word joiner, the Mongolian vowel separator, the soft hyphen,
		// interlinear annotation, and the tag characters that spell
		// ASCII nobody sees (U+E0041 is an invisible "A").
		{"word joiner", "pay\u2060pal", `pay\u2060pal`, `pay\u2060pal`},
		{"invisible times", "a\u2062b", `a\u2062b`, `a\u2062b`},
		{"Mongolian vowel separator", "a\u180eb", `a\u180eb`, `a\u180eb`},
		{"soft hyphen", "pay\u00adpal", `pay\xadpal`, `pay\xadpal`},
		{"interlinear annotation", "\ufff9a\ufffab\ufffb", `\ufff9a\ufffab\ufffb`, `\ufff9a\ufffab\ufffb`},
		{"deprecated format", "a\u206ab", `a\u206ab`, `a\u206ab`},
		{"tag characters", "ok\U000E0041\U000E007F", `ok\U000e0041\U000e007f`, `ok\U000e0041\U000e007f`},
		// A flood of combining marks (Zalgo) draws over the lines above
		// and below in a terminal; past eight on one character the rest
		// are shown as escapes. Real text never stacks that many.
		{"combining flood", "e" + strings.Repeat("\u0301", 10) + "x", "e" + strings.Repeat("\u0301", 8) + `\u0301\u0301x`, "e" + strings.Repeat("\u0301", 8) + `\u0301\u0301x`},
		{"Vietnamese and Hebrew keep their marks", "Vie\u0323\u0302t \u05e9\u05c1\u05b8\u0591", "Vie\u0323\u0302t \u05e9\u05c1\u05b8\u0591", "Vie\u0323\u0302t \u05e9\u05c1\u05b8\u0591"},
		// Joiners that scripts and emoji need stay.
		{"ZWNJ and ZWJ", "می\u200cخواهم 👩\u200d💻", "می\u200cخواهم 👩\u200d💻", "می\u200cخواهم 👩\u200d💻"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Line(tc.in); got != tc.line {
				t.Errorf("Line(%q) = %q, want %q", tc.in, got, tc.line)
			}
			if got := Block(tc.in); got != tc.block {
				t.Errorf("Block(%q) = %q, want %q", tc.in, got, tc.block)
			}
			for _, out := range []string{Line(tc.in), Block(tc.in), Strip(tc.in)} {
				for _, r := range out {
					if Unsafe(r) {
						t.Errorf("output %q keeps unsafe %U", out, r)
					}
				}
			}
		})
	}
}

func TestStrip(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Example AB", "Example AB"},
		{"Evil\u202eBA", "EvilBA"},
		{"note\x1b]52;c;aGk=\x07 end", "note]52;c;aGk= end"},
		{"two\u2028lines", "two\nlines"},
		{"keep\n\ttabs", "keep\n\ttabs"},
		{"crlf\r\n", "crlf\n"},
		{"bad\xffbyte", "badbyte"},
	}
	for _, tc := range tests {
		if got := Strip(tc.in); got != tc.want {
			t.Errorf("Strip(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestJSON(t *testing.T) {
	hostile := "CSI\u009b2J RLO\u202e ZW\u200b LS\u2028 BOM\ufeff ALM\u061c WJ\u2060 TAG\U000E0041 ok–å"
	enc, err := json.Marshal(map[string]string{"title": hostile})
	if err != nil {
		t.Fatal(err)
	}
	out := JSON(enc)
	for _, r := range string(out) {
		if Unsafe(r) {
			t.Fatalf("JSON kept %U raw: %s", r, out)
		}
	}
	if !strings.Contains(string(out), `\u009b`) || !strings.Contains(string(out), `\u202e`) {
		t.Fatalf("not escaped: %s", out)
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("inert JSON does not decode: %v\n%s", err, out)
	}
	if back["title"] != hostile {
		t.Fatalf("value changed: %q, want %q", back["title"], hostile)
	}
	plain := []byte(`{"a": "Malmö"}`)
	if got := JSON(plain); string(got) != string(plain) {
		t.Fatalf("clean JSON changed: %s", got)
	}
}

func FuzzJSON(f *testing.F) {
	f.Add("\u009b\u202e\u2028")
	f.Fuzz(func(t *testing.T, s string) {
		enc, err := json.Marshal(s)
		if err != nil {
			return
		}
		var back string
		if err := json.Unmarshal(JSON(enc), &back); err != nil {
			t.Fatalf("%v: %s", err, JSON(enc))
		}
		var want string
		_ = json.Unmarshal(enc, &want)
		if back != want {
			t.Fatalf("got %q want %q", back, want)
		}
	})
}
