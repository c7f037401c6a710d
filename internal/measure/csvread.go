package measure

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// exportReader reads one export as a stream of records.
type exportReader struct {
	name   string
	csv    *csv.Reader
	header []string
	// cols maps each role the run reads to its column indexes: one, or
	// several for a header name repeated (Jira's Labels, Labels, …).
	cols map[string][]int
}

// maxHeaderLine bounds the header line looked at to tell the separator.
const maxHeaderLine = 1 << 20

// openExport starts reading an export: it skips a UTF-8 byte-order mark,
// tells the separator from the header line, reads the header and finds
// the column of each role.
func openExport(name string, r io.Reader, m *Map, roles []string) (*exportReader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		_, _ = br.Discard(3)
	} else if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		return nil, fileErr(name, 0, "the export is UTF-16 text; save it as UTF-8 CSV")
	}
	sep, err := separator(br)
	if err != nil {
		return nil, fileErr(name, 0, "%v", err)
	}
	cr := csv.NewReader(br)
	cr.Comma = sep
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fileErr(name, 0, "the export is empty; it needs a header line naming its columns")
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	header = append([]string(nil), header...)
	cr.FieldsPerRecord = len(header)
	er := &exportReader{name: name, csv: cr, header: header, cols: map[string][]int{}}
	for _, role := range roles {
		col, ok := m.Columns[role]
		if !ok {
			return nil, fileErr(name, 0, "the map names no column for role %q; add it under columns", role)
		}
		for i, h := range header {
			if strings.TrimSpace(h) == strings.TrimSpace(col) {
				er.cols[role] = append(er.cols[role], i)
			}
		}
		if len(er.cols[role]) == 0 {
			return nil, fileErr(name, 1, "column %q (role %q) is not in the header; its columns are: %s", clip(col), role, headerList(header))
		}
	}
	return er, nil
}

// headerList quotes a header's names for a message, at most 40 of them.
func headerList(h []string) string {
	var parts []string
	for i, c := range h {
		if i == 40 {
			parts = append(parts, fmt.Sprintf("… (%d in all)", len(h)))
			break
		}
		parts = append(parts, fmt.Sprintf("%q", clip(c)))
	}
	return strings.Join(parts, ", ")
}

// separator tells `,` `;` or tab from the header line: the one that
// occurs most often outside quotes; a comma when none does.
func separator(br *bufio.Reader) (rune, error) {
	var line []byte
	for n := 4096; ; n *= 2 {
		b, err := br.Peek(n)
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line = b[:i]
			break
		}
		if err != nil { // the whole input is one line
			line = b
			break
		}
		if n >= maxHeaderLine {
			return 0, problemf("the header line is over %d bytes; is this a CSV export?", maxHeaderLine)
		}
	}
	if bytes.IndexByte(line, 0) >= 0 {
		return 0, problemf("the export holds NUL bytes: it is not a CSV text file")
	}
	counts := map[rune]int{}
	quoted := false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '\t'):
			counts[rune(c)]++
		}
	}
	best := ','
	for _, c := range []rune{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best, nil
}

// csvError turns a CSV read error into one line at the record's line,
// and column where the reader knows it, in our words: encoding/csv's
// ("bare \" in non-quoted-field") and the file system's are English and
// say little to whoever exported the file. A read error of the file
// itself is an argument, which the command line says by its kind.
func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(pe.Err, csv.ErrFieldCount):
			return fileErr(name, pe.StartLine, "the row has a different number of fields than the header (a ragged row); every row needs one field per column")
		case errors.Is(pe.Err, csv.ErrQuote), errors.Is(pe.Err, csv.ErrBareQuote):
			return fileErrAt(name, pe.Line, pe.Column, "a quote (\") in a field that is not quoted, or a quoted field not closed; quote the field and double the quotes inside it")
		}
		return fileErrAt(name, pe.Line, pe.Column, "the row does not read as CSV")
	}
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		err = pathErr.Err // the file is named already
	}
	return fileErr(name, 0, "the export cannot be read: %v", err)
}
