package report

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

// pdfFile is just enough of a PDF reader to check what fpdf wrote: the
// objects by number (through the cross-reference table), streams
// inflated, and the text shown on each page. Tests check the real,
// compressed output this way, without external tools.
type pdfFile struct {
	raw  []byte
	objs map[int][]byte
}

func readPDF(t testing.TB, data []byte) *pdfFile {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(data), []byte("%%EOF")) {
		t.Fatalf("not a complete PDF")
	}
	xrefAt := bytes.LastIndex(data, []byte("\nxref\n")) + 1
	trailerAt := bytes.LastIndex(data, []byte("\ntrailer\n"))
	offsets, err := readXref(data[xrefAt:trailerAt])
	if err != nil {
		t.Fatal(err)
	}
	// startxref must point at the table.
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF`).FindSubmatch(data)
	if m == nil || string(m[1]) != strconv.Itoa(xrefAt) {
		t.Fatalf("startxref does not point at the cross-reference table")
	}
	p := &pdfFile{raw: data, objs: map[int][]byte{}}
	for n := 1; n < len(offsets); n++ {
		body := data[offsets[n]:]
		head := strconv.Itoa(n) + " 0 obj\n"
		if !bytes.HasPrefix(body, []byte(head)) {
			t.Fatalf("object %d: offset %d does not start %q", n, offsets[n], head)
		}
		end := bytes.Index(body, []byte("\nendobj"))
		p.objs[n] = body[len(head):end]
	}
	return p
}

var refRE = regexp.MustCompile(`(\d+) 0 R`)

// ref reads the object number after key in obj ("/Root 3 0 R").
func ref(obj []byte, key string) int {
	i := bytes.Index(obj, []byte(key))
	if i < 0 {
		return 0
	}
	m := refRE.FindSubmatch(obj[i+len(key):])
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

func (p *pdfFile) trailer() []byte {
	return p.raw[bytes.LastIndex(p.raw, []byte("\ntrailer\n")):]
}

func (p *pdfFile) catalog() []byte { return p.objs[ref(p.trailer(), "/Root")] }
func (p *pdfFile) info() []byte    { return p.objs[ref(p.trailer(), "/Info")] }

// pages lists page object numbers in order.
func (p *pdfFile) pages() []int {
	tree := p.objs[ref(p.catalog(), "/Pages")]
	i := bytes.Index(tree, []byte("/Kids ["))
	j := bytes.IndexByte(tree[i:], ']')
	var out []int
	for _, m := range refRE.FindAllSubmatch(tree[i:i+j], -1) {
		n, _ := strconv.Atoi(string(m[1]))
		out = append(out, n)
	}
	return out
}

// stream returns an object's stream, inflated when it is compressed.
func (p *pdfFile) stream(t testing.TB, n int) []byte {
	t.Helper()
	obj := p.objs[n]
	i := bytes.Index(obj, []byte("stream\n"))
	j := bytes.LastIndex(obj, []byte("endstream"))
	if i < 0 || j < i {
		t.Fatalf("object %d has no stream", n)
	}
	data := bytes.TrimSuffix(obj[i+len("stream\n"):j], []byte("\n"))
	if !bytes.Contains(obj[:i], []byte("/FlateDecode")) {
		return data
	}
	r, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("object %d: %v", n, err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("object %d: %v", n, err)
	}
	return out
}

// pageText lists the strings shown on a page (each Tj), in drawing order.
func (p *pdfFile) pageText(t testing.TB, page int) []string {
	t.Helper()
	content := p.stream(t, ref(p.objs[page], "/Contents"))
	var out []string
	for i := 0; i < len(content); i++ {
		if content[i] != '(' {
			continue
		}
		s, n := literal(content[i:])
		rest := bytes.TrimLeft(content[i+n:], " ")
		if bytes.HasPrefix(rest, []byte("Tj")) {
			out = append(out, decodeUTF16(s))
		}
		i += n - 1
	}
	return out
}

// text is every page's text, a line per string, pages separated by a
// marker line: the form of the golden files.
func (p *pdfFile) text(t testing.TB) string {
	var b strings.Builder
	for i, pg := range p.pages() {
		b.WriteString("=== page " + strconv.Itoa(i+1) + "\n")
		for _, s := range p.pageText(t, pg) {
			b.WriteString(s + "\n")
		}
	}
	return b.String()
}

// literal reads a PDF literal string at b[0] == '(' and returns its bytes
// and the length consumed.
func literal(b []byte) ([]byte, int) {
	var out []byte
	depth := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '\\' && i+1 < len(b):
			i++
			switch e := b[i]; e {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			default:
				if e >= '0' && e <= '7' {
					v, k := 0, 0
					for k < 3 && i+k < len(b) && b[i+k] >= '0' && b[i+k] <= '7' {
						v = v*8 + int(b[i+k]-'0')
						k++
					}
					out = append(out, byte(v))
					i += k - 1
				} else {
					out = append(out, e)
				}
			}
		case c == '(':
			if depth > 0 {
				out = append(out, c)
			}
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return out, i + 1
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out, len(b)
}

// decodeUTF16 decodes UTF-16BE text, with or without a byte-order mark.
func decodeUTF16(b []byte) string {
	b = bytes.TrimPrefix(b, []byte{0xFE, 0xFF})
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return string(utf16.Decode(u))
}

// infoString reads a text string entry of the document information.
func (p *pdfFile) infoString(key string) string {
	info := p.info()
	i := bytes.Index(info, []byte(key+" ("))
	if i < 0 {
		return ""
	}
	s, _ := literal(info[i+len(key)+1:])
	return decodeUTF16(s)
}

// bookmark is an outline item: its title, depth and the page (1-based)
// it opens.
type bookmark struct {
	title string
	depth int
	page  int
}

func (p *pdfFile) outline() []bookmark {
	pageNo := map[int]int{}
	for i, n := range p.pages() {
		pageNo[n] = i + 1
	}
	var out []bookmark
	var walk func(n, depth int)
	walk = func(n, depth int) {
		for n != 0 {
			obj := p.objs[n]
			s, _ := literal(obj[bytes.Index(obj, []byte("/Title ("))+len("/Title "):])
			out = append(out, bookmark{decodeUTF16(s), depth, pageNo[ref(obj, "/Dest [")]})
			walk(ref(obj, "/First"), depth+1)
			n = ref(obj, "/Next")
		}
	}
	root := p.objs[ref(p.catalog(), "/Outlines")]
	walk(ref(root, "/First"), 0)
	return out
}

// attachments returns the embedded files by name.
func (p *pdfFile) attachments(t testing.TB) map[string][]byte {
	t.Helper()
	cat := p.catalog()
	i := bytes.Index(cat, []byte("/EmbeddedFiles"))
	if i < 0 {
		return nil
	}
	out := map[string][]byte{}
	j := bytes.Index(cat[i:], []byte("]"))
	for _, m := range refRE.FindAllSubmatch(cat[i:i+j], -1) {
		n, _ := strconv.Atoi(string(m[1]))
		spec := p.objs[n]
		k := bytes.Index(spec, []byte("/UF ("))
		name, _ := literal(spec[k+len("/UF "):])
		out[decodeUTF16(name)] = p.stream(t, ref(spec, "/EF << /F "))
	}
	return out
}
