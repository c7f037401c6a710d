package report

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
)

// fixOutlineDests corrects where the bookmarks point. fpdf 0.12 writes a
// bookmark's page as object 1+2p, assuming the pages are the first
// objects of the file; but it writes document attachments first (two
// objects each), so with the answers file attached every bookmark would
// open the page before its own, and the first none at all. This shifts
// the page references of the outline items by the objects that precede
// the first page and rebuilds the cross-reference table, whose offsets
// the longer numbers move.
func fixOutlineDests(pdf []byte) ([]byte, error) {
	xrefAt := bytes.LastIndex(pdf, []byte("\nxref\n"))
	trailerAt := bytes.LastIndex(pdf, []byte("\ntrailer\n"))
	if xrefAt < 0 || trailerAt < xrefAt {
		return nil, errors.New("fix outline: no cross-reference table")
	}
	xrefAt++
	offsets, err := readXref(pdf[xrefAt:trailerAt])
	if err != nil {
		return nil, err
	}
	// Objects in file order; each runs to where the next begins.
	order := make([]int, 0, len(offsets))
	for n := 1; n < len(offsets); n++ {
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
	obj := func(n int) []byte {
		if n <= 0 || n >= len(offsets) {
			return nil
		}
		return pdf[offsets[n]:end[n]]
	}
	// Object 1 is the page tree; its first kid is page 1.
	kids := obj(1)
	i := bytes.Index(kids, []byte("/Kids ["))
	if i < 0 {
		return nil, errors.New("fix outline: no page tree")
	}
	first, err := leadingInt(kids[i+len("/Kids ["):])
	if err != nil {
		return nil, fmt.Errorf("fix outline: page tree: %w", err)
	}
	shift := first - 3
	if shift == 0 {
		return pdf, nil
	}

	// Rebuild: the objects in file order, outline items patched.
	var out bytes.Buffer
	out.Grow(len(pdf) + 64)
	out.Write(pdf[:offsets[order[0]]])
	newOff := make([]int, len(offsets))
	for _, n := range order {
		body := obj(n)
		newOff[n] = out.Len()
		if j := bytes.Index(body, []byte("\n/Dest [")); j >= 0 && bytes.Contains(body[:min(len(body), 24)], []byte("<</Title")) {
			at := j + len("\n/Dest [")
			page, err := leadingInt(body[at:])
			if err != nil {
				return nil, fmt.Errorf("fix outline: object %d: %w", n, err)
			}
			out.Write(body[:at])
			out.WriteString(strconv.Itoa(page + shift))
			out.Write(body[at+len(strconv.Itoa(page)):])
			continue
		}
		out.Write(body)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(offsets))
	for n := 1; n < len(offsets); n++ {
		fmt.Fprintf(&out, "%010d 00000 n \n", newOff[n])
	}
	tail := pdf[trailerAt+1:]
	s := bytes.LastIndex(tail, []byte("startxref\n"))
	if s < 0 {
		return nil, errors.New("fix outline: no startxref")
	}
	out.Write(tail[:s])
	fmt.Fprintf(&out, "startxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes(), nil
}

// readXref reads a single-section cross-reference table ("xref\n0 N\n"
// and N entries) into offsets by object number.
func readXref(x []byte) ([]int, error) {
	lines := bytes.Split(bytes.TrimSpace(x), []byte("\n"))
	if len(lines) < 2 || string(lines[0]) != "xref" {
		return nil, errors.New("fix outline: bad cross-reference table")
	}
	head := bytes.Fields(lines[1])
	if len(head) != 2 || string(head[0]) != "0" {
		return nil, errors.New("fix outline: cross-reference table has several sections")
	}
	n, err := strconv.Atoi(string(head[1]))
	if err != nil || n != len(lines)-2 {
		return nil, errors.New("fix outline: cross-reference table size")
	}
	offsets := make([]int, n)
	for i := 1; i < n; i++ {
		f := bytes.Fields(lines[i+2])
		if len(f) != 3 {
			return nil, errors.New("fix outline: bad cross-reference entry")
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
