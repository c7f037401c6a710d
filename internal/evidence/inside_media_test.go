package evidence_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/evidence"
)

// zipOf makes a zip of name, content pairs.
func zipOf(t *testing.T, pairs ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for i := 0; i+1 < len(pairs); i += 2 {
		h := &zip.FileHeader{Name: pairs[i], Method: zip.Deflate}
		if pairs[i] == "mimetype" {
			h.Method = zip.Store // as OpenDocument writes it
		}
		f, err := w.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = f.Write([]byte(pairs[i+1]))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestMediaInsideRefused: a zip of photos after a line of text, and a
// .docx whose first entry is [Content_Types].xml with photos after it,
// were accepted as evidence ("Evidence added"): only the first bytes and
// the first entry were looked at. Whatever comes first, a zip inside a
// file that is no office document is an archive, and an office document
// that holds an image, a video or an archive is refused as what it holds,
// by an entry's name or by its first bytes. Validate says the same.
func TestMediaInsideRefused(t *testing.T) {
	jpg := string(jpegBytes(t))
	dir := t.TempDir()
	apath := write(t, dir, "a.yaml", []byte("format: dutycheck-answers/v1\n"))
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"notes.txt", append([]byte("Meeting notes, nothing to see\n"), zipOf(t, "photos/img1.jpg", jpg)...),
			`file "notes.txt" is an archive (zip, found inside it)`},
		{"fake.docx", zipOf(t, "[Content_Types].xml", "<Types/>", "photos/img1.jpg", jpg),
			`file "fake.docx" holds an image (JPEG: photos/img1.jpg)`},
		{"renamed.docx", zipOf(t, "[Content_Types].xml", "<Types/>", "word/media/part.bin", jpg),
			`file "renamed.docx" holds an image (JPEG: word/media/part.bin)`},
		{"clip.xlsx", zipOf(t, "[Content_Types].xml", "<Types/>", "xl/media/clip.mp4", "x"),
			`file "clip.xlsx" holds a video (MP4: xl/media/clip.mp4)`},
		{"nested.odt", zipOf(t, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>", "Pictures/a.zip", string(zipOf(t, "x.jpg", jpg))),
			`file "nested.odt" holds an archive (zip: Pictures/a.zip)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			write(t, dir, tc.name, tc.data)
			_, err := evidence.Add(apath, tc.name)
			if err == nil || !errors.Is(err, answers.ErrMaterial) || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("Add = %v, want %q", err, tc.want)
			}
		})
	}
	// A document with no media inside is evidence; swapped for one with
	// photos after it was recorded, validate refuses it.
	clean := zipOf(t, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")
	write(t, dir, "policy.docx", clean)
	e, err := evidence.Add(apath, "policy.docx")
	if err != nil {
		t.Fatalf("a document without media: %v", err)
	}
	write(t, dir, "policy.docx", zipOf(t, "[Content_Types].xml", "<Types/>", "word/media/image1.jpeg", jpg))
	f := &answers.File{Answers: map[string]*answers.Answer{"q": {Evidence: []answers.Evidence{e}}}}
	probs := evidence.Verify(apath, f)
	if len(probs) != 1 || probs[0].Kind != evidence.Material {
		t.Errorf("Verify of a document with a photo inside: %+v", probs)
	}
}
