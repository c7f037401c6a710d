package report

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// The measuring copies give, for every rune of the Basic Multilingual
// Plane in every face and at the sizes the report uses, exactly the width
// a document with freshly loaded fonts gives: layout measured with them
// is the layout measured before they shared the first document's fonts.
func TestMeasureWidthsAreFpdfs(t *testing.T) {
	fresh := fpdf.New("P", "mm", "A4", "")
	addFonts(fresh)
	var b strings.Builder
	for _, f := range faceNames {
		for _, size := range []float64{6.5, 8, 10, 21} {
			st := style{family: f[0], face: f[1], size: size}
			fresh.SetFont(f[0], f[1], size)
			for r := rune(1); r < 0x10000; r++ {
				if r >= 0xD800 && r < 0xE000 {
					continue // surrogates: never a rune of a Go string
				}
				s := string(r)
				if got, want := measure(st, s), fresh.GetStringWidth(s); got != want {
					t.Fatalf("%s %q %v pt: U+%04X is %v mm, fpdf says %v", f[0], f[1], size, r, got, want)
				}
			}
			b.Reset()
			b.WriteString("Åtgärd – “duty” ≥ 90 % · NCMEC")
			if got, want := measure(st, b.String()), fresh.GetStringWidth(b.String()); got != want {
				t.Fatalf("%s %q: a line is %v mm, fpdf says %v", f[0], f[1], got, want)
			}
		}
	}
	if err := fresh.Error(); err != nil {
		t.Fatal(err)
	}
}

// A process that writes one report loads the fonts once: the measuring
// and the document share them. Run in a fresh process, since the load
// happens once per process.
func TestOneFontLoadPerReport(t *testing.T) {
	if os.Getenv("DUTYCHECK_FONT_LOADS") == "1" {
		Prewarm()
		if _, err := Render(boardInput(t, "en", true)); err != nil {
			t.Fatal(err)
		}
		os.Stdout.WriteString("\nfont loads: " + strconv.FormatInt(fontLoads.Load(), 10) + "\n")
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestOneFontLoadPerReport$", "-test.count=1")
	cmd.Env = append(os.Environ(), "DUTYCHECK_FONT_LOADS=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(string(out), "\nfont loads: 1\n") {
		t.Errorf("one report, want one font load:\n%s", out)
	}
}
