package report

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
)

// finishPDF rewrites fpdf's output once, object by object, for the two
// things fpdf 0.12 does not do right or fast enough from outside:
//
//   - the bookmarks' page references (outlineShift and shiftOutlineItem,
//     outline.go), which fpdf writes as if the pages were the first
//     objects of the file;
//   - the page contents' compression (compressStreams, compress.go): the
//     document is written uncompressed and the page streams are
//     compressed here, byte for byte as fpdf would, with one zlib writer
//     per core instead of a new 1 MB writer per page.
//
// The cross-reference table is rebuilt for the offsets that move.
func finishPDF(pdf []byte) ([]byte, error) {
	x, err := readObjects(pdf)
	if err != nil {
		return nil, err
	}
	shift, err := x.outlineShift()
	if err != nil {
		return nil, err
	}
	contents, err := x.pageContents()
	if err != nil {
		return nil, err
	}
	zipped := compressStreams(contents)

	var out bytes.Buffer
	out.Grow(len(pdf)/3 + 4096)
	out.Write(pdf[:x.offsets[x.order[0]]])
	newOff := make([]int, len(x.offsets))
	for _, n := range x.order {
		body := x.obj(n)
		newOff[n] = out.Len()
		if z, ok := zipped[n]; ok {
			writeCompressed(&out, n, z)
			continue
		}
		if shift != 0 {
			if patched, ok, err := shiftOutlineItem(body, shift); err != nil {
				return nil, fmt.Errorf("fix outline: object %d: %w", n, err)
			} else if ok {
				out.Write(patched)
				continue
			}
		}
		out.Write(body)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(x.offsets))
	for n := 1; n < len(x.offsets); n++ {
		fmt.Fprintf(&out, "%010d 00000 n \n", newOff[n])
	}
	tail := pdf[x.trailerAt+1:]
	s := bytes.LastIndex(tail, []byte("startxref\n"))
	if s < 0 {
		return nil, errors.New("finish pdf: no startxref")
	}
	out.Write(tail[:s])
	fmt.Fprintf(&out, "startxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes(), nil
}

// pdfFinisher is where fpdf writes the file: it finishes it (finishPDF)
// straight from fpdf's own buffer, which fpdf hands over in one Write
// (bytes.Buffer.WriteTo), instead of from a copy. The file written before
// its pages are compressed is several times the finished one (25 MB for
// the 10,000-question report), so the copy was the largest allocation at
// the report's peak of memory. Should fpdf ever write in parts, the
// second Write fails: the report is refused rather than made from part of
// a file.
type pdfFinisher struct {
	out  []byte
	done bool
}

func (w *pdfFinisher) Write(p []byte) (int, error) {
	if w.done {
		return 0, errors.New("finish pdf: fpdf wrote the file in more than one part")
	}
	w.done = true
	out, err := finishPDF(p)
	if err != nil {
		return 0, err
	}
	w.out = out
	return len(p), nil
}

// objects is a PDF as fpdf writes it: its objects' offsets by number, in
// file order, each running to where the next begins.
type objects struct {
	pdf       []byte
	offsets   []int // by object number; 0 is the free entry
	order     []int // object numbers in file order
	end       []int // by object number
	trailerAt int
}

// readObjects finds the objects of pdf from its single cross-reference
// table.
func readObjects(pdf []byte) (*objects, error) {
	xrefAt := bytes.LastIndex(pdf, []byte("\nxref\n"))
	trailerAt := bytes.LastIndex(pdf, []byte("\ntrailer\n"))
	if xrefAt < 0 || trailerAt < xrefAt {
		return nil, errors.New("finish pdf: no cross-reference table")
	}
	xrefAt++
	offsets, err := readXref(pdf[xrefAt:trailerAt])
	if err != nil {
		return nil, err
	}
	if len(offsets) < 2 {
		return nil, errors.New("finish pdf: no objects")
	}
	order := make([]int, 0, len(offsets))
	for n := 1; n < len(offsets); n++ {
		if offsets[n] <= 0 || offsets[n] >= xrefAt {
			return nil, fmt.Errorf("finish pdf: object %d is outside the file", n)
		}
		order = append(order, n)
	}
	sort.Slice(order, func(a, b int) bool { return offsets[order[a]] < offsets[order[b]] })
	end := make([]int, len(offsets))
	for k, n := range order {
		end[n] = xrefAt
		if k+1 < len(order) {
			end[n] = offsets[order[k+1]]
		}
	}
	return &objects{pdf: pdf, offsets: offsets, order: order, end: end, trailerAt: trailerAt}, nil
}

// obj is object n as written, from "n 0 obj" to the next object; nil for
// a number the file does not have.
func (x *objects) obj(n int) []byte {
	if n <= 0 || n >= len(x.offsets) {
		return nil
	}
	return x.pdf[x.offsets[n]:x.end[n]]
}

// readXref reads a single-section cross-reference table ("xref\n0 N\n"
// and N entries) into offsets by object number.
func readXref(x []byte) ([]int, error) {
	lines := bytes.Split(bytes.TrimSpace(x), []byte("\n"))
	if len(lines) < 2 || string(lines[0]) != "xref" {
		return nil, errors.New("finish pdf: bad cross-reference table")
	}
	head := bytes.Fields(lines[1])
	if len(head) != 2 || string(head[0]) != "0" {
		return nil, errors.New("finish pdf: cross-reference table has several sections")
	}
	n, err := strconv.Atoi(string(head[1]))
	if err != nil || n != len(lines)-2 {
		return nil, errors.New("finish pdf: cross-reference table size")
	}
	offsets := make([]int, n)
	for i := 1; i < n; i++ {
		f := bytes.Fields(lines[i+2])
		if len(f) != 3 {
			return nil, errors.New("finish pdf: bad cross-reference entry")
		}
		if offsets[i], err = strconv.Atoi(string(f[0])); err != nil {
			return nil, err
		}
	}
	return offsets, nil
}

// leadingInt reads the decimal number at the start of b.
func leadingInt(b []byte) (int, error) {
	i := 0
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return strconv.Atoi(string(b[:i]))
}
