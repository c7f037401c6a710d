package report

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// The page contents compressed by finishPDF are byte for byte what fpdf's
// own compression writes: the same reports rendered both ways are the same
// file. This is what lets the report skip fpdf's per-page zlib writers
// without changing a byte of its output.
func TestOwnCompressionIsFpdfs(t *testing.T) {
	cases := []struct {
		name string
		in   Input
	}{
		{"sample en", sampleInput(t, "en")},
		{"board sv", boardInput(t, "sv", true)},
		{"generated 200", genInput(t, 200, "en")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ours, err := Render(c.in)
			if err != nil {
				t.Fatal(err)
			}
			c.in.fpdfCompresses = true
			theirs, err := Render(c.in)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(ours, theirs) {
				i := 0
				for i < min(len(ours), len(theirs)) && ours[i] == theirs[i] {
					i++
				}
				t.Fatalf("own compression: %d bytes, fpdf's: %d bytes; first difference at byte %d:\nours:   %q\nfpdf's: %q",
					len(ours), len(theirs), i, ours[max(0, i-40):min(len(ours), i+40)], theirs[max(0, i-40):min(len(theirs), i+40)])
			}
			if !hasOnlyToUnicodePlain(ours) {
				t.Error("page contents were not compressed")
			}
		})
	}
	if _, err := exec.LookPath("qpdf"); err == nil {
		pdf, err := Render(genInput(t, 200, "en"))
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "report.pdf")
		if err := os.WriteFile(path, pdf, 0o600); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("qpdf", "--check", path)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("qpdf --check: %v\n%s", err, out)
		}
	}
}

// hasOnlyToUnicodePlain is true when every uncompressed stream in pdf is
// one fpdf never compresses (a font's ToUnicode map, "/CIDInit").
func hasOnlyToUnicodePlain(pdf []byte) bool {
	x, err := readObjects(pdf)
	if err != nil {
		return false
	}
	for _, n := range x.order {
		data, ok, err := plainStream(x.obj(n), n)
		if err == nil && ok && !bytes.Contains(data, []byte("/CIDInit")) {
			return false
		}
	}
	return true
}

// A page object or content stream not in the shape fpdf writes is an
// error, not a silently wrong file.
func TestFinishRefusesWhatFpdfDoesNotWrite(t *testing.T) {
	page := func(contents string) string { return "<</Type /Page\n/Parent 1 0 R\n" + contents + "endobj\n" }
	cases := []struct {
		name string
		objs []string // object 1, 2, …; "%d" in each is its number
		ok   bool
	}{
		{"fpdf's shape", []string{"<</Type /Pages\n/Kids [3 0 R ]\n>>\nendobj\n", "<<>>\nendobj\n", page("/Contents 4 0 R>>\n"), "<</Length 3>>\nstream\nabc\nendstream\nendobj\n"}, true},
		{"already compressed", []string{"<</Type /Pages\n/Kids [3 0 R ]\n>>\nendobj\n", "<<>>\nendobj\n", page("/Contents 4 0 R>>\n"), "<</Filter /FlateDecode /Length 3>>\nstream\nabc\nendstream\nendobj\n"}, true},
		{"length too long", []string{"<</Type /Pages\n/Kids [3 0 R ]\n>>\nendobj\n", "<<>>\nendobj\n", page("/Contents 4 0 R>>\n"), "<</Length 9>>\nstream\nabc\nendstream\nendobj\n"}, false},
		{"no contents", []string{"<</Type /Pages\n/Kids [3 0 R ]\n>>\nendobj\n", "<<>>\nendobj\n", page(""), "<</Length 3>>\nstream\nabc\nendstream\nendobj\n"}, false},
		{"contents elsewhere", []string{"<</Type /Pages\n/Kids [3 0 R ]\n>>\nendobj\n", "<<>>\nendobj\n", page("/Contents 9 0 R>>\n"), "<</Length 3>>\nstream\nabc\nendstream\nendobj\n"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			b.WriteString("%PDF-1.4\n")
			offs := []int{}
			for i, o := range c.objs {
				offs = append(offs, b.Len())
				fmt.Fprintf(&b, "%d 0 obj\n%s", i+1, o)
			}
			xref := b.Len()
			fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
			for _, o := range offs {
				fmt.Fprintf(&b, "%010d 00000 n \n", o)
			}
			fmt.Fprintf(&b, "trailer\n<<\n/Size %d\n>>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
			out, err := finishPDF(b.Bytes())
			if c.ok != (err == nil) {
				t.Fatalf("err = %v, want ok = %v", err, c.ok)
			}
			if c.ok && c.name == "fpdf's shape" && !bytes.Contains(out, []byte("4 0 obj\n<</Filter /FlateDecode /Length ")) {
				t.Errorf("the page's contents were not compressed:\n%s", out)
			}
			if c.ok && c.name == "already compressed" && !bytes.Equal(out, b.Bytes()) {
				t.Errorf("a file with nothing to do changed:\n%s", out)
			}
		})
	}
}

// The point of compressing the pages here: a report allocates far less
// than with fpdf's own compression, which makes a new zlib writer (about
// 1 MB) for every page. Both renders do the same layout, so the
// difference is the writers: it must be at least half a megabyte a page.
func TestOwnCompressionSavesAWriterPerPage(t *testing.T) {
	in := genInput(t, 200, "en")
	allocated := func(in Input) (uint64, []byte) {
		if _, err := Render(in); err != nil { // fonts and caches warm
			t.Fatal(err)
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		pdf, err := Render(in)
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(err)
		}
		return after.TotalAlloc - before.TotalAlloc, pdf
	}
	ours, pdf := allocated(in)
	in.fpdfCompresses = true
	theirs, _ := allocated(in)
	pages := uint64(bytes.Count(pdf, []byte("<</Type /Page\n")))
	if pages < 10 {
		t.Fatalf("only %d pages found", pages)
	}
	if saved := int64(theirs) - int64(ours); saved < int64(pages)<<19 {
		t.Errorf("%d pages: %d MB allocated with our compression, %d MB with fpdf's: saves %d KB a page, want at least 512",
			pages, ours>>20, theirs>>20, saved/int64(pages)>>10)
	}
}

// FuzzFinishPDF: whatever bytes it is given, finishing a PDF returns an
// error or a file, and never panics or reads outside what it was given;
// a file it finishes reads back as one with the same objects.
func FuzzFinishPDF(f *testing.F) {
	// A small file from fpdf itself, pages uncompressed as the report
	// writes them (a whole report, fonts and all, makes the fuzzer crawl).
	small := fpdf.New("P", "mm", "A4", "")
	small.SetCompression(false)
	for _, text := range []string{"one", "two"} {
		small.AddPage()
		small.SetFont("Helvetica", "", 12)
		small.Text(20, 20, text)
	}
	var buf bytes.Buffer
	if err := small.Output(&buf); err != nil {
		f.Fatal(err)
	}
	if _, err := finishPDF(buf.Bytes()); err != nil {
		f.Fatalf("the seed does not finish: %v", err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("%PDF-1.4\n1 0 obj\n<</Type /Pages\n/Kids [3 0 R ]\n>>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<<\n/Size 2\n>>\nstartxref\n52\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := finishPDF(data)
		if err != nil {
			return
		}
		x, err := readObjects(out)
		if err != nil {
			t.Fatalf("a finished file does not read back: %v", err)
		}
		y, _ := readObjects(data)
		if len(x.offsets) != len(y.offsets) {
			t.Fatalf("%d objects finished from %d", len(x.offsets), len(y.offsets))
		}
	})
}
