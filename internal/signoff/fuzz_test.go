package signoff

import (
	"bytes"
	"testing"
	"time"
)

// FuzzParse: any bytes give sign-offs or problems, never a panic; what
// reads passes Check and its entries re-append to the same values.
func FuzzParse(f *testing.F) {
	s, _ := signed(f, "ed25519")
	good, err := Append("s.yaml", nil, s)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(bytes.ReplaceAll(good, []byte("\n"), []byte("\r\n")))
	f.Add([]byte("format: dutycheck-signoffs/v1\nsignoffs:\n"))
	f.Add([]byte("format: dutycheck-signoffs/v1\nsignoffs: [{name: a}]\n"))
	f.Add([]byte("signoffs: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse("s.yaml", data)
		if err != nil {
			return
		}
		for _, s := range file.Signoffs {
			if errs := Check(s); len(errs) > 0 {
				t.Fatalf("read a sign-off that fails Check: %v", errs)
			}
			out, err := Append("s.yaml", nil, s)
			if err != nil {
				t.Fatalf("cannot re-append a sign-off that read: %v", err)
			}
			back, err := Parse("s.yaml", out)
			if err != nil || len(back.Signoffs) != 1 || !same(back.Signoffs[0], s) {
				t.Fatalf("re-appended sign-off reads back differently: %v", err)
			}
		}
	})
}

// FuzzParseAllowedSigners: any bytes give lines or problems, never a panic.
func FuzzParseAllowedSigners(f *testing.F) {
	key := KeyLine(testSigner(f, "ed25519").PublicKey(), "c")
	f.Add([]byte("karin@example.com " + key))
	f.Add([]byte(`"a b,*@x" namespaces="git,dutycheck",valid-after="20260101Z" ` + key))
	f.Add([]byte(`k cert-authority,valid-before="20261210153045" ` + key))
	f.Add([]byte("# only a comment\n\n"))
	f.Add([]byte(`k namespaces="a\"b" ` + key))
	f.Fuzz(func(t *testing.T, data []byte) {
		list, err := ParseAllowedSigners("a", data, time.UTC)
		if err != nil {
			return
		}
		for _, s := range list.Signers {
			if s.Key == nil || s.Line < 1 {
				t.Fatalf("line without key or number: %+v", s)
			}
		}
	})
}
