package cli

import (
	"bytes"
	"io"

	"github.com/dutycheck/dutycheck/internal/jsonout"
)

// warned adds the Result's warnings to a JSON object out writes, as its
// last field "warnings" (a list of lines), so that a tool reading only
// stdout learns what stderr said. Without warnings the output is as out
// writes it, byte for byte.
func warned(out Outputter) Outputter {
	return func(w io.Writer, r Result) error {
		if len(r.Warnings) == 0 {
			return out(w, r)
		}
		var buf bytes.Buffer
		if err := out(&buf, r); err != nil {
			return err
		}
		data := bytes.TrimRight(buf.Bytes(), " \n")
		list, err := jsonout.Marshal(r.Warnings)
		if err != nil {
			return err
		}
		if len(data) < 2 || data[len(data)-1] != '}' {
			return out(w, r) // not an object: nothing to add to
		}
		body := bytes.TrimSpace(data[:len(data)-1])
		var b bytes.Buffer
		b.Write(body)
		if body[len(body)-1] != '{' {
			b.WriteByte(',')
		}
		b.WriteString(`"warnings":`)
		b.Write(list)
		b.WriteByte('}')
		// One layout for every JSON dutycheck writes.
		laid, err := jsonout.Reformat(b.Bytes())
		if err != nil {
			return err
		}
		_, err = w.Write(laid)
		return err
	}
}
