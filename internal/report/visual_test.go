package report

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

// Visual regression: pages 1–3 of the golden reports (the sample, the
// small company with a baseline, the large platform with targets and a
// sign-off), in both languages, are rendered to grey PNGs at 60 dpi with
// poppler's pdftoppm and compared with the reference images in
// testdata/report/visual, so that a layout that breaks (a block that
// moves, overlaps or runs off the page) fails even where the text is the
// same. Small differences of anti-aliasing between poppler versions are
// tolerated. go test -update rewrites the references; look at them
// before committing.

const (
	visualDPI = "60"
	// visualPixel is the grey-level difference (0–255) from which a pixel
	// counts as changed; visualShare the share of changed pixels a page
	// may have.
	visualPixel = 48
	visualShare = 0.0025
)

// pdftoppm is the path of poppler's pdftoppm; without it the test is
// skipped, except in CI, where it must run.
func pdftoppm(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("pdftoppm")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftoppm not installed; CI installs poppler-utils")
		}
		t.Skip("pdftoppm not installed")
	}
	return bin
}

func TestVisual(t *testing.T) {
	bin := pdftoppm(t)
	inputs := map[string]func(t testing.TB, lang string) Input{
		"sample": sampleInput,
		"board":  func(t testing.TB, lang string) Input { return boardInput(t, lang, true) },
		"large":  largeInput,
	}
	for name, input := range inputs {
		for _, lang := range []string{"en", "sv"} {
			t.Run(name+"-"+lang, func(t *testing.T) {
				t.Parallel()
				data, err := Render(input(t, lang))
				if err != nil {
					t.Fatal(err)
				}
				pages := renderPages(t, bin, data)
				if len(pages) != 3 {
					t.Fatalf("%d pages rendered, want 3", len(pages))
				}
				for i, got := range pages {
					checkVisual(t, fmt.Sprintf("%s-%s-%d.png", name, lang, i+1), got)
				}
			})
		}
	}
}

// renderPages renders pages 1–3 of a PDF in grey at visualDPI and
// returns the PNG files' bytes in page order.
func renderPages(t *testing.T, bin string, pdf []byte) [][]byte {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "r.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "-png", "-gray", "-r", visualDPI, "-f", "1", "-l", "3", in, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "p-*.png"))
	sort.Strings(files)
	var pages [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, b)
	}
	return pages
}

// checkVisual compares a rendered page with its reference image, or
// writes the reference with -update. On a difference it writes the page
// and an image of the changed pixels next to each other in a temporary
// directory and names it.
func checkVisual(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "report", "visual", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	wantData, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	want, err := png.Decode(bytes.NewReader(wantData))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	img, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		t.Fatalf("rendered %s: %v", name, err)
	}
	changed, diff := compareImages(want, img)
	total := want.Bounds().Dx() * want.Bounds().Dy()
	if diff == nil || float64(changed) > visualShare*float64(total) {
		dir, _ := os.MkdirTemp("", "dutycheck-visual-")
		_ = os.WriteFile(filepath.Join(dir, name), got, 0o644)
		if diff != nil {
			f, _ := os.Create(filepath.Join(dir, "diff-"+name))
			_ = png.Encode(f, diff)
			f.Close()
		}
		if diff == nil {
			t.Errorf("%s: size %v, want %v; the page is in %s (go test -update rewrites the reference)", name, img.Bounds().Size(), want.Bounds().Size(), dir)
			return
		}
		t.Errorf("%s: %d of %d pixels changed (%.2f%%, at most %.2f%% allowed); the page and the changes are in %s (go test -update rewrites the reference)",
			name, changed, total, 100*float64(changed)/float64(total), 100*visualShare, dir)
	}
}

// compareImages counts the pixels whose grey levels differ by more than
// visualPixel and draws them black on white; a nil image when the sizes
// differ.
func compareImages(a, b image.Image) (int, *image.Gray) {
	if a.Bounds().Size() != b.Bounds().Size() {
		return 0, nil
	}
	r := a.Bounds()
	diff := image.NewGray(image.Rect(0, 0, r.Dx(), r.Dy()))
	changed := 0
	for y := 0; y < r.Dy(); y++ {
		for x := 0; x < r.Dx(); x++ {
			ga := color.GrayModel.Convert(a.At(r.Min.X+x, r.Min.Y+y)).(color.Gray).Y
			gb := color.GrayModel.Convert(b.At(b.Bounds().Min.X+x, b.Bounds().Min.Y+y)).(color.Gray).Y
			d := int(ga) - int(gb)
			if d < 0 {
				d = -d
			}
			if d > visualPixel {
				changed++
				diff.SetGray(x, y, color.Gray{})
			} else {
				diff.SetGray(x, y, color.Gray{Y: 255})
			}
		}
	}
	return changed, diff
}
