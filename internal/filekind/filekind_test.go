package filekind_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/filekind"
)

// pad makes a head of n bytes starting with sig, the rest spaces, so that
// signatures at an offset (tar, ISO) can be placed.
func pad(n int, parts ...any) []byte {
	b := bytes.Repeat([]byte(" "), n)
	for i := 0; i+1 < len(parts); i += 2 {
		copy(b[parts[i].(int):], parts[i+1].(string))
	}
	return b
}

// ts is an MPEG transport stream: a sync byte every 188 bytes.
func ts() []byte {
	b := make([]byte, 188*4)
	for i := 0; i < len(b); i += 188 {
		b[i] = 0x47
	}
	return b
}

// bmp is the start of a real BMP file: "BM", size, zero reserved bytes,
// the pixel offset and a 40-byte info header.
var bmp = "BM\x46\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00\x00\x00"

// zipWith is a zip local file header whose first entry is name.
func zipWith(name, rest string) []byte {
	h := []byte("PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	h = append(h, byte(len(name)), 0, 0, 0)
	return append(append(h, name...), rest...)
}

// TestSniff: each format is told by its real first bytes, and text that
// merely starts with the same letters is not.
func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		file string
		head []byte
		want filekind.Kind
	}{
		{"JPEG", "a.txt", []byte("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00"), filekind.Kind{Class: filekind.Image, Format: "JPEG"}},
		{"PNG", "a.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), filekind.Kind{Class: filekind.Image, Format: "PNG"}},
		{"GIF", "a.csv", []byte("GIF89a\x01\x00\x01\x00"), filekind.Kind{Class: filekind.Image, Format: "GIF"}},
		{"WebP", "a", []byte("RIFF\x24\x00\x00\x00WEBPVP8 "), filekind.Kind{Class: filekind.Image, Format: "WebP"}},
		{"BMP", "a", []byte(bmp), filekind.Kind{Class: filekind.Image, Format: "BMP"}},
		{"TIFF little-endian", "a", []byte("II*\x00\x08\x00\x00\x00"), filekind.Kind{Class: filekind.Image, Format: "TIFF"}},
		{"TIFF big-endian", "a", []byte("MM\x00*\x00\x00\x00\x08"), filekind.Kind{Class: filekind.Image, Format: "TIFF"}},
		{"HEIC", "a", []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00"), filekind.Kind{Class: filekind.Image, Format: "HEIC"}},
		{"AVIF", "a", []byte("\x00\x00\x00\x1cftypavif\x00\x00\x00\x00"), filekind.Kind{Class: filekind.Image, Format: "AVIF"}},
		{"SVG", "a.xml", []byte("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"), filekind.Kind{Class: filekind.Image, Format: "SVG"}},
		{"MP4", "a", []byte("\x00\x00\x00\x20ftypisom\x00\x00\x02\x00"), filekind.Kind{Class: filekind.Video, Format: "MP4"}},
		{"QuickTime by brand", "a", []byte("\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00"), filekind.Kind{Class: filekind.Video, Format: "QuickTime"}},
		{"QuickTime without ftyp", "a", []byte("\x00\x00\x00\x08wide\x00\x00\x00\x00mdat"), filekind.Kind{Class: filekind.Video, Format: "QuickTime"}},
		{"Matroska", "a", []byte("\x1A\x45\xDF\xA3\x9F\x42\x86\x81"), filekind.Kind{Class: filekind.Video, Format: "Matroska/WebM"}},
		{"AVI", "a", []byte("RIFF\x00\x10\x00\x00AVI LIST"), filekind.Kind{Class: filekind.Video, Format: "AVI"}},
		{"MPEG program stream", "a", []byte("\x00\x00\x01\xBA\x44\x00"), filekind.Kind{Class: filekind.Video, Format: "MPEG"}},
		{"MPEG transport stream", "a.ts", ts(), filekind.Kind{Class: filekind.Video, Format: "MPEG-TS"}},
		{"FLV", "a", []byte("FLV\x01\x05\x00\x00\x00\x09"), filekind.Kind{Class: filekind.Video, Format: "Flash video"}},
		{"zip", "a.txt", zipWith("photos/1.jpg", ""), filekind.Kind{Class: filekind.Archive, Format: "zip"}},
		{"7-Zip", "a", []byte("7z\xBC\xAF\x27\x1C\x00\x04"), filekind.Kind{Class: filekind.Archive, Format: "7-Zip"}},
		{"RAR", "a", []byte("Rar!\x1A\x07\x01\x00"), filekind.Kind{Class: filekind.Archive, Format: "RAR"}},
		{"gzip", "a", []byte("\x1F\x8B\x08\x00\x00\x00\x00\x00"), filekind.Kind{Class: filekind.Archive, Format: "gzip"}},
		{"bzip2", "a", []byte("BZh91AY&SY\x00"), filekind.Kind{Class: filekind.Archive, Format: "bzip2"}},
		{"xz", "a", []byte("\xFD7zXZ\x00\x00\x04"), filekind.Kind{Class: filekind.Archive, Format: "xz"}},
		{"tar", "a", pad(512, 0, "evidence/a.jpg", 257, "ustar\x0000"), filekind.Kind{Class: filekind.Archive, Format: "tar"}},
		{"ISO image", "a", pad(filekind.HeadSize, 0x8001, "CD001"), filekind.Kind{Class: filekind.Archive, Format: "ISO image"}},
		// documents pass
		{"a docx", "policy.docx", zipWith("[Content_Types].xml", "<?xml"), filekind.Kind{}},
		{"an xlsx written with _rels first", "times.XLSX", zipWith("_rels/.rels", ""), filekind.Kind{}},
		{"an odt", "policy.odt", zipWith("mimetype", "application/vnd.oasis.opendocument.text"), filekind.Kind{}},
		{"a zip of photos named .docx", "policy.docx", zipWith("IMG_0001.jpg", ""), filekind.Kind{Class: filekind.Archive, Format: "zip"}},
		{"an office document that is really a zip by name", "policy.zip", zipWith("[Content_Types].xml", ""), filekind.Kind{Class: filekind.Archive, Format: "zip"}},
		{"PDF", "a.pdf", []byte("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"), filekind.Kind{}},
		{"CSV", "a.csv", []byte("date,reports\n2026-10-01,3\n"), filekind.Kind{}},
		{"text starting BM", "a.txt", []byte("BMW fleet report, Q3 2026\n"), filekind.Kind{}},
		{"text starting BZh", "a.txt", []byte("BZh9 is a bzip2 header\n"), filekind.Kind{}},
		{"text with G at 0 and 188 only", "a.txt", pad(300, 0, "G", 188, "G"), filekind.Kind{}},
		{"XML that is not SVG", "a.xml", []byte("<?xml version=\"1.0\"?><policy/>"), filekind.Kind{}},
		{"empty", "a.txt", nil, filekind.Kind{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := filekind.Sniff(tc.file, tc.head); got != tc.want {
				t.Errorf("Sniff(%q) = %+v, want %+v", tc.file, got, tc.want)
			}
		})
	}
}

// TestByName: extensions of images, videos and archives, any case; office
// documents, PDFs and text pass, and so does .ts (TypeScript as often as
// MPEG-TS, which Sniff catches).
func TestByName(t *testing.T) {
	refused := map[string]filekind.Class{
		"a.jpg": filekind.Image, "b/c.JPEG": filekind.Image, "x.png": filekind.Image, "x.heic": filekind.Image, "x.webp": filekind.Image,
		"v.mp4": filekind.Video, "v.MOV": filekind.Video, "v.mkv": filekind.Video, "v.avi": filekind.Video, "v.webm": filekind.Video,
		"dump.zip": filekind.Archive, "dump.tar.gz": filekind.Archive, "d.7z": filekind.Archive, "d.rar": filekind.Archive, "d.xz": filekind.Archive, "d.bz2": filekind.Archive,
	}
	for name, class := range refused {
		if k := filekind.ByName(name); k.Class != class || !k.Refused() {
			t.Errorf("ByName(%q) = %+v, want %v", name, k, class)
		}
	}
	for _, name := range []string{"policy.docx", "times.xlsx", "a.pdf", "a.csv", "README", "a.ts", "jpg", "a.jpg.txt", ".png-notes"} {
		if k := filekind.ByName(name); k.Refused() {
			t.Errorf("ByName(%q) = %+v, want a document", name, k)
		}
	}
	if s := (filekind.Kind{Class: filekind.Video}).Class.String(); !strings.HasPrefix(s, "a video") {
		t.Errorf("%q", s)
	}
}
