package evidence_test

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/evidence"
)

// The files below are made by the standard library's own encoders, so
// their first bytes are those of real files of each kind.

func picture() image.Image {
	m := image.NewRGBA(image.Rect(0, 0, 4, 4))
	m.Set(1, 1, color.RGBA{200, 10, 10, 255})
	return m
}

func jpegBytes(t *testing.T) []byte {
	var b bytes.Buffer
	if err := jpeg.Encode(&b, picture(), nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func pngBytes(t *testing.T) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, picture()); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func gifBytes(t *testing.T) []byte {
	var b bytes.Buffer
	if err := gif.Encode(&b, picture(), nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func zipBytes(t *testing.T, names ...string) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, n := range names {
		f, err := w.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte("<x/>"))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func gzipBytes(t *testing.T) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte("hello"))
	w.Close()
	return b.Bytes()
}

func tarBytes(t *testing.T) []byte {
	var b bytes.Buffer
	w := tar.NewWriter(&b)
	data := []byte("hello")
	if err := w.WriteHeader(&tar.Header{Name: "a.txt", Mode: 0o600, Size: int64(len(data)), Format: tar.FormatUSTAR}); err != nil {
		t.Fatal(err)
	}
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// mp4Bytes is the start of an MP4 file: an ftyp box, then an empty mdat.
func mp4Bytes() []byte {
	return []byte("\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom\x00\x00\x00\x08mdat")
}

func digest(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// write puts data at dir/name, making folders.
func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestAdd: a document is hashed and named relative to the answers file.
func TestAdd(t *testing.T) {
	root := t.TempDir()
	apath := write(t, root, "assessments/2026q4.yaml", []byte("format: dutycheck-answers/v1\n"))
	csv := []byte("date,reports\n2026-10-01,3\n")
	write(t, root, "assessments/evidence/export.csv", csv)
	write(t, root, "evidence/policy.pdf", []byte("%PDF-1.7\n"))
	docx := zipBytes(t, "[Content_Types].xml", "word/document.xml")
	write(t, root, "assessments/evidence/policy.docx", docx)
	tests := []struct {
		name, path, want, sum string
	}{
		{"relative to the answers file", "evidence/export.csv", "evidence/export.csv", digest(csv)},
		{"absolute, made relative", filepath.Join(root, "assessments", "evidence", "export.csv"), "evidence/export.csv", digest(csv)},
		{"cleaned", "./evidence/../evidence/export.csv", "evidence/export.csv", digest(csv)},
		{"an office document, a zip inside", "evidence/policy.docx", "evidence/policy.docx", digest(docx)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := evidence.Add(apath, tc.path)
			if err != nil {
				t.Fatal(err)
			}
			if e.File != tc.want || e.SHA256 != tc.sum || e.URL != "" {
				t.Errorf("got %+v, want file %s, sha256 %s", e, tc.want, tc.sum)
			}
		})
	}
}

// TestAddRefused: images, videos and archives are refused by their first
// bytes whatever their name, and by their name whatever their bytes, with
// a message that sends the user to the case system; and paths that are no
// file are refused.
func TestAddRefused(t *testing.T) {
	dir := t.TempDir()
	apath := write(t, dir, "a.yaml", []byte("format: dutycheck-answers/v1\n"))
	material := []struct {
		name string
		data []byte
		want string
	}{
		{"planted.txt", jpegBytes(t), `file "planted.txt" is an image (JPEG, by its first bytes)`},
		{"numbers.csv", pngBytes(t), `file "numbers.csv" is an image (PNG, by its first bytes)`},
		{"notes.md", gifBytes(t), `file "notes.md" is an image (GIF, by its first bytes)`},
		{"clip.dat", mp4Bytes(), `file "clip.dat" is a video (MP4, by its first bytes)`},
		{"bundle.txt", zipBytes(t, "IMG_0001.jpg"), `file "bundle.txt" is an archive (zip, by its first bytes)`},
		{"photos.docx", zipBytes(t, "IMG_0001.jpg"), `file "photos.docx" is an archive (zip, by its first bytes)`},
		{"log.txt", gzipBytes(t), `file "log.txt" is an archive (gzip, by its first bytes)`},
		{"backup", tarBytes(t), `file "backup" is an archive (tar, by its first bytes)`},
		{"renamed.jpg", []byte("just text"), `file "renamed.jpg" is an image (JPEG, by its name)`},
		{"export.ZIP", []byte("just text"), `file "export.ZIP" is an archive (zip, by its name)`},
	}
	for _, tc := range material {
		t.Run(tc.name, func(t *testing.T) {
			write(t, dir, tc.name, tc.data)
			_, err := evidence.Add(apath, tc.name)
			if err == nil {
				t.Fatal("accepted")
			}
			if !errors.Is(err, answers.ErrMaterial) || !strings.HasPrefix(err.Error(), tc.want) || !strings.Contains(err.Error(), "link to the record in the case system instead") {
				t.Errorf("error %q, want it to start %q and send the user to the case system", err, tc.want)
			}
		})
	}
	write(t, dir, "sub/x.txt", []byte("x"))
	other := []struct{ name, path, want string }{
		{"missing", "nope.csv", "nope.csv: no such file or directory"},
		{"a folder", "sub", "sub: not a regular file"},
		{"the answers file itself", "a.yaml", "a.yaml: the answers file cannot be its own evidence"},
	}
	for _, tc := range other {
		t.Run(tc.name, func(t *testing.T) {
			_, err := evidence.Add(apath, tc.path)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) || errors.Is(err, answers.ErrMaterial) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}
