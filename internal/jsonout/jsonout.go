// Package jsonout is the one way dutycheck writes JSON, in every command
// that prints it (score, diff, export json and oscal): two-space indent,
// no HTML escaping (the output is a file or a pipe, not a web page, and
// escaping would turn a note's "R&D <team>" into \u0026 and \u003c), and
// a final newline. One writer means the same data gives the same bytes
// from every command (cli/cli's pkg/cmdutil/json_flags.go does the same).
//
// What it writes is inert (internal/inert): encoding/json passes C1 and
// bidirectional controls and invisible separators raw; escaped as \uXXXX,
// they decode to the same values and cannot act on a terminal or reorder
// what a reader sees.
package jsonout

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/dutycheck/dutycheck/internal/inert"
)

// Indent is the indent of every level.
const Indent = "  "

// Marshal returns v as dutycheck writes JSON, with a final newline.
func Marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", Indent)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return inert.JSON(buf.Bytes()), nil
}

// Write writes v to w as Marshal does. Nothing is written when v cannot be
// encoded, so a reader never sees half a document.
func Write(w io.Writer, v any) error {
	data, err := Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// Reformat lays out JSON that is already encoded (a file embedded as it
// was written, such as the questionnaire schema) the one way: the same
// keys in the same order, two-space indent, a final newline. Strings keep
// their escapes as written; unsafe characters written raw are escaped as
// in Marshal.
func Reformat(data []byte) ([]byte, error) {
	var compact, out bytes.Buffer
	if err := json.Compact(&compact, data); err != nil {
		return nil, err
	}
	if err := json.Indent(&out, compact.Bytes(), "", Indent); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return inert.JSON(out.Bytes()), nil
}
