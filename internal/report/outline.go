package report

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
)

// outlineShift is how far the bookmarks' page references are off. fpdf
// 0.12 writes a bookmark's page as object 1+2p, assuming the pages are the
// first objects of the file; but it writes document attachments first
// (two objects each), so with the answers file attached every bookmark
// would open the page before its own, and the first none at all. The
// shift is the objects that precede the first page; finishPDF adds it to
// each outline item's page reference (shiftOutlineItem).
func (x *objects) outlineShift() (int, error) {
	// Object 1 is the page tree; its first kid is page 1.
	kids := x.obj(1)
	i := bytes.Index(kids, []byte("/Kids ["))
	if i < 0 {
		return 0, errors.New("fix outline: no page tree")
	}
	first, err := leadingInt(kids[i+len("/Kids ["):])
	if err != nil {
		return 0, fmt.Errorf("fix outline: page tree: %w", err)
	}
	return first - 3, nil
}

// shiftOutlineItem is body with its page reference moved by shift when
// body is an outline item ("<</Title …/Dest [p 0 R …"), and false for any
// other object.
func shiftOutlineItem(body []byte, shift int) ([]byte, bool, error) {
	j := bytes.Index(body, []byte("\n/Dest ["))
	if j < 0 || !bytes.Contains(body[:min(len(body), 24)], []byte("<</Title")) {
		return nil, false, nil
	}
	at := j + len("\n/Dest [")
	page, err := leadingInt(body[at:])
	if err != nil {
		return nil, false, err
	}
	out := make([]byte, 0, len(body)+4)
	out = append(out, body[:at]...)
	out = strconv.AppendInt(out, int64(page+shift), 10)
	out = append(out, body[at+len(strconv.Itoa(page)):]...)
	return out, true, nil
}
