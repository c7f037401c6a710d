package report

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/report")

// TestGolden compares the text of the sample report, page by page and
// line by line as drawn, with testdata/report/*.txt. Any change to what
// the report says shows up as a readable diff; go test -update rewrites
// them after a change that is meant.
func TestGolden(t *testing.T) {
	for _, lang := range []string{"en", "sv"} {
		t.Run(lang, func(t *testing.T) {
			in := sampleInput(t, lang)
			_, pdf, _ := renderProbed(t, in)
			got := pdf.text(t)
			path := filepath.Join("..", "..", "testdata", "report", "sample-"+lang+".txt")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("text differs from %s (go test -update rewrites it):\n%s", path, diffLines(string(want), got))
			}
		})
	}
}

// diffLines shows the first lines where two texts differ.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := 0; i < max(len(w), len(g)) && len(out) < 20; i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			out = append(out, "- "+a, "+ "+b)
		}
	}
	return strings.Join(out, "\n")
}

// TestPdftotext checks the report with poppler's pdftotext, when it is
// installed: an independent reader must find the text, in reading order,
// with the Swedish letters intact.
func TestPdftotext(t *testing.T) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not installed")
	}
	data, err := Render(sampleInput(t, "sv"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "r.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := flat(string(out))
	at := 0
	for _, s := range []string{"Exempel på säkerhetskontroll", "Sammanfattning", "Åtgärdsplan", "Matchar ni uppladdningar mot hashlistor?", "Svar per avsnitt", "Bilaga", "Godkännande"} {
		i := strings.Index(text[at:], s)
		if i < 0 {
			t.Fatalf("pdftotext: %q missing or out of order", s)
		}
		at += i
	}
}
