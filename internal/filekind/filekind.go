// Package filekind tells images, videos and archives apart from documents,
// by a file's name and by its first bytes. Evidence in an answers file
// describes and points to the record in the case system; it must never be
// the material itself (docs/answers-format.md), and these are the kinds of file
// such material comes in. The package is pure: names and bytes in, a kind
// out. Reading the file is the caller's job (package evidence).
package filekind

import (
	"bytes"
	"path"
	"strings"
)

// Class is the broad kind of a refused file.
type Class int

// The classes of file that evidence may not be.
const (
	None Class = iota
	Image
	Video
	Archive
)

func (c Class) String() string {
	switch c {
	case Image:
		return "an image"
	case Video:
		return "a video"
	case Archive:
		return "an archive"
	}
	return "a document"
}

// Kind says what a file is: its class and a format name ("JPEG") for the
// message. The zero Kind is a file that may be evidence.
type Kind struct {
	Class  Class
	Format string
	// Inside names the entry of an office document that is the image,
	// video or archive (see Contents); "" for the file itself.
	Inside string
	// Embedded is set for a zip found after other bytes (see Contents).
	Embedded bool
}

// Refused reports whether a file of this kind may not be evidence.
func (k Kind) Refused() bool { return k.Class != None }

// HeadSize is how many leading bytes Sniff looks at: enough for a tar
// header (offset 257) and an ISO 9660 volume descriptor (offset 32769).
const HeadSize = 32774

var byExt = map[string]Kind{}

func init() {
	for class, exts := range map[Class]string{
		Image: "jpg:JPEG jpeg:JPEG jpe:JPEG jfif:JPEG png:PNG apng:PNG gif:GIF webp:WebP bmp:BMP dib:BMP " +
			"tif:TIFF tiff:TIFF heic:HEIC heif:HEIF avif:AVIF jxl:JPEG-XL jp2:JPEG-2000 j2k:JPEG-2000 " +
			"psd:Photoshop ico:icon svg:SVG svgz:SVG raw:raw-photo cr2:raw-photo cr3:raw-photo nef:raw-photo " +
			"arw:raw-photo dng:raw-photo orf:raw-photo rw2:raw-photo tga:TGA " +
			"ppm:Netpbm pgm:Netpbm pbm:Netpbm pnm:Netpbm pam:Netpbm qoi:QOI bpg:BPG xcf:GIMP exr:OpenEXR " +
			"dcm:DICOM dicom:DICOM djvu:DjVu djv:DjVu cur:icon pcx:PCX jfi:JPEG jif:JPEG",
		Video: "mp4:MP4 m4v:MP4 mov:QuickTime qt:QuickTime avi:AVI mkv:Matroska webm:WebM mpg:MPEG mpeg:MPEG " +
			"mpe:MPEG m2ts:MPEG-TS mts:MPEG-TS flv:Flash-video f4v:Flash-video wmv:Windows-Media asf:Windows-Media " +
			"3gp:3GPP 3g2:3GPP ogv:Ogg vob:DVD-video rm:RealMedia rmvb:RealMedia divx:DivX " +
			"m2v:MPEG mxf:MXF h264:H.264 264:H.264 hevc:H.265 h265:H.265 y4m:YUV4MPEG ogm:Ogg mk3d:Matroska",
		Archive: "zip:zip 7z:7-Zip rar:RAR tar:tar gz:gzip tgz:gzip bz2:bzip2 tbz:bzip2 tbz2:bzip2 xz:xz txz:xz " +
			"zst:Zstandard tzst:Zstandard lz:lzip lzma:LZMA lz4:LZ4 cab:cabinet iso:ISO-image dmg:disk-image " +
			"cpio:cpio jar:zip apk:zip " +
			"z:compress lzh:LHA lha:LHA arj:ARJ ace:ACE deb:ar rpm:RPM xar:xar zipx:zip ipa:zip xpi:zip " +
			"war:zip ear:zip wim:WIM vhd:disk-image vhdx:disk-image vmdk:disk-image",
	} {
		for _, e := range strings.Fields(exts) {
			ext, format, _ := strings.Cut(e, ":")
			byExt[ext] = Kind{Class: class, Format: strings.ReplaceAll(format, "-", " ")}
		}
	}
}

// officeExt lists the document formats that are zip files inside: they
// are documents, and legitimate evidence (a policy, a spreadsheet of
// response times), so a zip with one of these names is not refused as an
// archive as long as it has the structure of one (see officeZip).
var officeExt = map[string]bool{
	"docx": true, "docm": true, "dotx": true, "xlsx": true, "xlsm": true, "xltx": true,
	"pptx": true, "pptm": true, "potx": true, "vsdx": true,
	"odt": true, "ods": true, "odp": true, "odg": true, "ott": true, "ots": true, "otp": true,
}

func ext(name string) string {
	e := path.Ext(strings.ReplaceAll(name, "\\", "/"))
	return strings.ToLower(strings.TrimPrefix(e, "."))
}

// ByName is the kind a file's name gives it, by its extension, case
// ignored.
func ByName(name string) Kind { return byExt[ext(name)] }

// IsOffice reports whether the name is that of an office document that is
// a zip file inside (docx, xlsx, odt and the like).
func IsOffice(name string) bool { return officeExt[ext(name)] }

// Sniff is the kind a file's first bytes give it (pass at least HeadSize
// bytes when the file has them). name is only used to let office documents
// through: a zip is an archive unless the name is an office format and the
// bytes start like one.
func Sniff(name string, head []byte) Kind {
	h := head
	has := func(off int, sig string) bool {
		return len(h) >= off+len(sig) && string(h[off:off+len(sig)]) == sig
	}
	switch {
	case has(0, "\xFF\xD8\xFF"):
		return Kind{Class: Image, Format: "JPEG"}
	case has(0, "\x89PNG\r\n\x1a\n"):
		return Kind{Class: Image, Format: "PNG"}
	case has(0, "GIF87a"), has(0, "GIF89a"):
		return Kind{Class: Image, Format: "GIF"}
	case has(0, "RIFF") && has(8, "WEBP"):
		return Kind{Class: Image, Format: "WebP"}
	case has(0, "RIFF") && has(8, "AVI "):
		return Kind{Class: Video, Format: "AVI"}
	case has(0, "II*\x00"), has(0, "MM\x00*"):
		return Kind{Class: Image, Format: "TIFF"}
	case isBMP(h):
		return Kind{Class: Image, Format: "BMP"}
	case has(0, "8BPS"):
		return Kind{Class: Image, Format: "Photoshop"}
	case has(0, "\x00\x00\x00\x0CjP  \r\n\x87\n"):
		return Kind{Class: Image, Format: "JPEG 2000"}
	case has(0, "\xFF\x0A"), has(0, "\x00\x00\x00\x0CJXL \r\n\x87\n"):
		return Kind{Class: Image, Format: "JPEG XL"}
	case len(h) >= 12 && h[0] == 0 && has(4, "ftyp"):
		return isoMedia(string(h[8:12]))
	case len(h) >= 8 && h[0] == 0 && (has(4, "moov") || has(4, "mdat") || has(4, "wide") || has(4, "free") || has(4, "skip") || has(4, "pnot")):
		return Kind{Class: Video, Format: "QuickTime"}
	case has(0, "\x1A\x45\xDF\xA3"):
		return Kind{Class: Video, Format: "Matroska/WebM"}
	case has(0, "\x00\x00\x01\xBA"), has(0, "\x00\x00\x01\xB3"):
		return Kind{Class: Video, Format: "MPEG"}
	case isTS(h):
		return Kind{Class: Video, Format: "MPEG-TS"}
	case has(0, "FLV\x01"):
		return Kind{Class: Video, Format: "Flash video"}
	case has(0, "\x30\x26\xB2\x75\x8E\x66\xCF\x11"):
		return Kind{Class: Video, Format: "Windows Media"}
	case has(0, "OggS"):
		return Kind{Class: Video, Format: "Ogg"}
	case has(0, "PK\x03\x04"), has(0, "PK\x05\x06"), has(0, "PK\x07\x08"):
		if IsOffice(name) && officeZip(h) {
			return Kind{}
		}
		return Kind{Class: Archive, Format: "zip"}
	case has(0, "7z\xBC\xAF\x27\x1C"):
		return Kind{Class: Archive, Format: "7-Zip"}
	case has(0, "Rar!\x1A\x07"):
		return Kind{Class: Archive, Format: "RAR"}
	case has(0, "\x1F\x8B"):
		return Kind{Class: Archive, Format: "gzip"}
	case isBzip2(h):
		return Kind{Class: Archive, Format: "bzip2"}
	case has(0, "\xFD7zXZ\x00"):
		return Kind{Class: Archive, Format: "xz"}
	case has(0, "\x28\xB5\x2F\xFD"):
		return Kind{Class: Archive, Format: "Zstandard"}
	case has(0, "LZIP"):
		return Kind{Class: Archive, Format: "lzip"}
	case has(0, "MSCF\x00\x00\x00\x00"):
		return Kind{Class: Archive, Format: "cabinet"}
	case has(257, "ustar"):
		return Kind{Class: Archive, Format: "tar"}
	case has(0x8001, "CD001"):
		return Kind{Class: Archive, Format: "ISO image"}
	case isSVG(h):
		return Kind{Class: Image, Format: "SVG"}
	case isNetpbm(h):
		return Kind{Class: Image, Format: "Netpbm"}
	case has(0, "qoif"):
		return Kind{Class: Image, Format: "QOI"}
	case has(0, "BPG\xFB"):
		return Kind{Class: Image, Format: "BPG"}
	case isICO(h):
		return Kind{Class: Image, Format: "icon"}
	case has(0, "AT&TFORM") && (has(12, "DJVU") || has(12, "DJVM") || has(12, "DJVI")):
		return Kind{Class: Image, Format: "DjVu"}
	case has(0, "gimp xcf "):
		return Kind{Class: Image, Format: "GIMP"}
	case has(0, "\x76\x2F\x31\x01"):
		return Kind{Class: Image, Format: "OpenEXR"}
	case has(128, "DICM"):
		return Kind{Class: Image, Format: "DICOM"}
	case has(0, "\x1F\x9D"):
		return Kind{Class: Archive, Format: "compress"}
	case has(0, "\x04\x22\x4D\x18"):
		return Kind{Class: Archive, Format: "LZ4"}
	case has(0, "!<arch>\n"):
		return Kind{Class: Archive, Format: "ar"}
	case has(0, "\xED\xAB\xEE\xDB"):
		return Kind{Class: Archive, Format: "RPM"}
	case has(0, "xar!") && len(h) >= 6 && h[4] == 0:
		return Kind{Class: Archive, Format: "xar"}
	}
	return Kind{}
}

// isNetpbm reports a Netpbm image (PBM, PGM, PPM, PAM: what any image
// converter writes): "P1" to "P7", white space, then (after comments) a
// width and a height given in digits, or for PAM a header line in
// capitals. Text that starts "P6 is …" or "P2 3 incidents" has not.
func isNetpbm(h []byte) bool {
	if len(h) < 3 || h[0] != 'P' || h[1] < '1' || h[1] > '7' {
		return false
	}
	rest := h[2:]
	if len(rest) == 0 || !isSpaceByte(rest[0]) {
		return false
	}
	for {
		rest = bytes.TrimLeft(rest, " \t\r\n")
		if len(rest) > 0 && rest[0] == '#' {
			i := bytes.IndexByte(rest, '\n')
			if i < 0 {
				return false
			}
			rest = rest[i+1:]
			continue
		}
		break
	}
	if h[1] == '7' {
		return bytes.HasPrefix(rest, []byte("WIDTH ")) || bytes.HasPrefix(rest, []byte("HEIGHT ")) ||
			bytes.HasPrefix(rest, []byte("DEPTH ")) || bytes.HasPrefix(rest, []byte("MAXVAL ")) || bytes.HasPrefix(rest, []byte("TUPLTYPE "))
	}
	// A width and a height, in digits.
	for range 2 {
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n == 0 || n == len(rest) || !isSpaceByte(rest[n]) {
			return false
		}
		rest = bytes.TrimLeft(rest[n:], " \t\r\n")
	}
	return true
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// isICO reports a Windows icon or cursor: reserved 0, type 1 or 2, at
// least one image, and the first directory entry's reserved byte 0.
func isICO(h []byte) bool {
	return len(h) >= 10 && h[0] == 0 && h[1] == 0 && (h[2] == 1 || h[2] == 2) && h[3] == 0 &&
		(h[4] != 0 || h[5] != 0) && h[9] == 0
}

// isoMedia tells the ISO base media formats apart by their brand: HEIF and
// AVIF are still images, the rest (MP4, QuickTime, 3GPP) video.
func isoMedia(brand string) Kind {
	switch brand {
	case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1":
		return Kind{Class: Image, Format: "HEIC"}
	case "avif", "avis":
		return Kind{Class: Image, Format: "AVIF"}
	case "qt  ":
		return Kind{Class: Video, Format: "QuickTime"}
	}
	return Kind{Class: Video, Format: "MP4"}
}

// isBMP checks more than the two letters "BM", which plenty of text files
// start with: the reserved bytes are zero and the info header has one of
// the sizes the format defines.
func isBMP(h []byte) bool {
	if len(h) < 18 || h[0] != 'B' || h[1] != 'M' {
		return false
	}
	if h[6]|h[7]|h[8]|h[9] != 0 {
		return false
	}
	switch uint32(h[14]) | uint32(h[15])<<8 | uint32(h[16])<<16 | uint32(h[17])<<24 {
	case 12, 16, 40, 52, 56, 64, 108, 124:
		return true
	}
	return false
}

// isTS reports an MPEG transport stream: a sync byte 0x47 at the start
// of every 188-byte packet, checked over up to seven packets (at least
// three), so that a text that happens to have a "G" in those places is not
// taken for one.
func isTS(h []byte) bool {
	n := min(len(h)/188, 7)
	if n < 3 {
		return false
	}
	for i := range n {
		if h[i*188] != 0x47 {
			return false
		}
	}
	return true
}

// isBzip2 checks the block size digit and the magic of the first block
// (or of the end of an empty stream), not only "BZh".
func isBzip2(h []byte) bool {
	return len(h) >= 10 && string(h[:3]) == "BZh" && h[3] >= '1' && h[3] <= '9' &&
		(string(h[4:10]) == "\x31\x41\x59\x26\x53\x59" || string(h[4:10]) == "\x17\x72\x45\x38\x50\x90")
}

// isSVG reports an SVG drawing: XML whose first element is <svg>. SVG can
// carry raster images inside, so it counts as an image.
func isSVG(h []byte) bool {
	if len(h) > 1024 {
		h = h[:1024]
	}
	h = bytes.TrimPrefix(h, []byte("\xEF\xBB\xBF"))
	h = bytes.TrimLeft(h, " \t\r\n")
	if bytes.HasPrefix(h, []byte("<svg")) {
		return true
	}
	if !bytes.HasPrefix(h, []byte("<?xml")) && !bytes.HasPrefix(h, []byte("<!DOCTYPE svg")) {
		return false
	}
	return bytes.Contains(h, []byte("<svg"))
}

// officeZip reports whether a zip's first entry is that of an office
// document: OOXML (docx, xlsx, pptx) opens with "[Content_Types].xml" or
// the "_rels/" and "docProps/" parts, OpenDocument with an uncompressed
// "mimetype". A zip of photos renamed to .docx does not pass.
func officeZip(h []byte) bool {
	if len(h) < 30 || string(h[:4]) != "PK\x03\x04" {
		return false
	}
	n := int(h[26]) | int(h[27])<<8
	if len(h) < 30+n {
		return false
	}
	first := string(h[30 : 30+n])
	switch {
	case first == "[Content_Types].xml", strings.HasPrefix(first, "_rels/"), strings.HasPrefix(first, "docProps/"):
		return true
	case first == "mimetype":
		return bytes.Contains(h[30+n:min(len(h), 30+n+100)], []byte("application/vnd.oasis.opendocument."))
	}
	return false
}
