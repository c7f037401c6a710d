package measure

import (
	"encoding/csv"
	"errors"
	"io/fs"
	"strings"
	"syscall"
	"testing"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// TestCSVError: each way encoding/csv or the file refuses a record is one
// problem in our words, at its line and, where known, its column; none
// says the reader's English.
func TestCSVError(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"ragged", &csv.ParseError{StartLine: 4, Line: 5, Column: 3, Err: csv.ErrFieldCount}, "a.csv:4: the row has a different number of fields than the header (a ragged row); every row needs one field per column"},
		{"bare quote", &csv.ParseError{StartLine: 2, Line: 2, Column: 5, Err: csv.ErrBareQuote}, `a.csv:2:5: a quote (") in a field that is not quoted, or a quoted field not closed; quote the field and double the quotes inside it`},
		{"quote", &csv.ParseError{StartLine: 2, Line: 3, Column: 9, Err: csv.ErrQuote}, `a.csv:3:9: a quote (") in a field that is not quoted, or a quoted field not closed; quote the field and double the quotes inside it`},
		{"a kind csv may add", &csv.ParseError{StartLine: 7, Line: 7, Column: 2, Err: errors.New("a kind encoding/csv may add")}, "a.csv:7:2: the row does not read as CSV"},
		{"the file fails", &fs.PathError{Op: "read", Path: "a.csv", Err: syscall.EIO}, "a.csv: the export cannot be read: input/output error"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := csvError("a.csv", tc.err)
			if err.Error() != tc.want {
				t.Errorf("%q\nwant %q", err, tc.want)
			}
			var el *yamlsrc.ErrorList
			if !errors.As(err, &el) || len(el.Problems) != 1 || el.Problems[0].Format == "" {
				t.Fatalf("%#v is not one problem with a format", err)
			}
			for _, lib := range []string{"bare \"", "extraneous", "wrong number", "extra delimiter", "read a.csv"} {
				if strings.Contains(err.Error(), lib) {
					t.Errorf("%q says the reader's %q", err, lib)
				}
			}
		})
	}
}
