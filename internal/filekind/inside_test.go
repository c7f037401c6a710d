package filekind

import (
	"archive/zip"
	"bytes"
	"testing"
)

func zipSeed(names ...string) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, n := range names {
		f, _ := w.Create(n)
		_, _ = f.Write([]byte("\xFF\xD8\xFF\xE0 data"))
	}
	_ = w.Close()
	return b.Bytes()
}

// TestContents: a zip after a prefix is an archive in any file but an
// office document; an office document is refused for an image inside,
// by the entry's name or its first bytes; a file with no zip is nothing.
func TestContents(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want Class
	}{
		{"notes.txt", append([]byte("hello\n"), zipSeed("a.csv")...), Archive},
		{"a.docx", zipSeed("[Content_Types].xml", "word/media/a.bin"), Image},
		{"a.docx", zipSeed("[Content_Types].xml", "word/media/image1.png"), Image},
		{"plain.txt", []byte("PK\x05\x06 but no zip"), None},
	} {
		if got := Contents(bytes.NewReader(tc.data), int64(len(tc.data)), tc.name); got.Class != tc.want {
			t.Errorf("Contents(%s) = %+v, want %v", tc.name, got, tc.want)
		}
	}
}

// FuzzContents: whatever the bytes, Contents returns (no panic, no hang).
func FuzzContents(f *testing.F) {
	f.Add(zipSeed("[Content_Types].xml", "word/media/a.bin"), "a.docx")
	f.Add(append([]byte("text\n"), zipSeed("x.jpg")...), "n.txt")
	f.Add([]byte("PK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00"), "a.xlsx")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		_ = Contents(bytes.NewReader(data), int64(len(data)), name)
	})
}
