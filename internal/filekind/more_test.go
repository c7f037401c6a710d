package filekind_test

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/filekind"
)

// TestSniffMore: formats a renamed file got through as (attack on the 1.1
// candidate): Netpbm images that any converter writes, QOI, BPG, icons,
// DjVu, GIMP and OpenEXR images, DICOM (a medical image, 128 bytes of
// preamble, then DICM), a QuickTime movie whose first atom is free or
// skip, and the archives compress (.Z), LZ4, ar (.deb), RPM and xar.
// Text that merely starts alike still passes.
func TestSniffMore(t *testing.T) {
	img := func(f string) filekind.Kind { return filekind.Kind{Class: filekind.Image, Format: f} }
	vid := func(f string) filekind.Kind { return filekind.Kind{Class: filekind.Video, Format: f} }
	arc := func(f string) filekind.Kind { return filekind.Kind{Class: filekind.Archive, Format: f} }
	tests := []struct {
		name string
		head []byte
		want filekind.Kind
	}{
		{"PPM", []byte("P6\n640 480\n255\n\x00\x00"), img("Netpbm")},
		{"PGM with a comment", []byte("P5\n# made by convert\n4 4\n255\n"), img("Netpbm")},
		{"PBM plain", []byte("P1 2 2\n0 1\n1 0\n"), img("Netpbm")},
		{"PAM", []byte("P7\nWIDTH 4\nHEIGHT 4\n"), img("Netpbm")},
		{"QOI", []byte("qoif\x00\x00\x00\x04\x00\x00\x00\x04\x03\x00"), img("QOI")},
		{"BPG", []byte("BPG\xFB\x00\x00"), img("BPG")},
		{"icon", []byte("\x00\x00\x01\x00\x01\x00\x10\x10\x00\x00\x01\x00"), img("icon")},
		{"DjVu", []byte("AT&TFORM\x00\x00\x00\x10DJVU"), img("DjVu")},
		{"GIMP", []byte("gimp xcf v011\x00"), img("GIMP")},
		{"OpenEXR", []byte("\x76\x2F\x31\x01\x02\x00\x00\x00"), img("OpenEXR")},
		{"DICOM", pad(200, 0, "\x00", 128, "DICM"), img("DICOM")},
		{"QuickTime, free atom first", []byte("\x00\x00\x00\x08free\x00\x00\x00\x14ftypqt  "), vid("QuickTime")},
		{"QuickTime, skip atom first", []byte("\x00\x00\x00\x08skip\x00\x00\x00\x08mdat"), vid("QuickTime")},
		{"compress", []byte("\x1F\x9D\x90\x00"), arc("compress")},
		{"LZ4 frame", []byte("\x04\x22\x4D\x18\x64\x40\xA7"), arc("LZ4")},
		{"ar (deb)", []byte("!<arch>\ndebian-binary   "), arc("ar")},
		{"RPM", []byte("\xED\xAB\xEE\xDB\x03\x00"), arc("RPM")},
		{"xar", []byte("xar!\x00\x1C\x00\x01"), arc("xar")},
		// text that starts alike
		{"text P6", []byte("P6 is the sixth priority level\n"), filekind.Kind{}},
		{"text P1 then words", []byte("P1: respond within an hour\n"), filekind.Kind{}},
		{"text P2 then a count", []byte("P2 3 incidents this week\n"), filekind.Kind{}},
		{"text xar", []byte("xar is a tool\n"), filekind.Kind{}},
		{"text DICM late", pad(200, 10, "DICM"), filekind.Kind{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := filekind.Sniff("renamed.txt", tc.head); got != tc.want {
				t.Errorf("Sniff = %+v, want %+v", got, tc.want)
			}
		})
	}
	for name, class := range map[string]filekind.Class{
		"a.ppm": filekind.Image, "a.PGM": filekind.Image, "a.pbm": filekind.Image, "a.pnm": filekind.Image, "a.pam": filekind.Image,
		"a.qoi": filekind.Image, "a.bpg": filekind.Image, "a.xcf": filekind.Image, "a.exr": filekind.Image, "a.dcm": filekind.Image,
		"a.djvu": filekind.Image, "a.cur": filekind.Image, "a.pcx": filekind.Image, "a.jfi": filekind.Image, "a.jif": filekind.Image,
		"v.m2v": filekind.Video, "v.mxf": filekind.Video, "v.h264": filekind.Video, "v.hevc": filekind.Video, "v.y4m": filekind.Video,
		"d.Z": filekind.Archive, "d.lzh": filekind.Archive, "d.arj": filekind.Archive, "d.deb": filekind.Archive, "d.rpm": filekind.Archive,
		"d.xar": filekind.Archive, "d.zipx": filekind.Archive, "d.ipa": filekind.Archive, "d.vhd": filekind.Archive, "d.vmdk": filekind.Archive,
	} {
		if k := filekind.ByName(name); k.Class != class {
			t.Errorf("ByName(%q) = %+v, want %v", name, k, class)
		}
	}
}
