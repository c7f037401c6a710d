package export

import (
	"strings"
	"testing"
)

// TestUUID5 checks the name-based UUID against RFC 9562's own example
// (Appendix A.4: www.example.com in the DNS namespace).
func TestUUID5(t *testing.T) {
	nsDNS := [16]byte{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}
	if got, want := formatUUID(uuid5(nsDNS, "www.example.com")), "2ed6657d-e927-568b-95e1-2665a8aea6a2"; got != want {
		t.Errorf("uuid5 = %s, want %s", got, want)
	}
}

func TestToken(t *testing.T) {
	for id, want := range map[string]string{"hash-matching": "hash-matching", "2fa": "_2fa", "x.y_z": "x.y_z"} {
		if got := token(id); got != want {
			t.Errorf("token(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestCell(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+46 8": "'+46 8", "-3": "'-3", "@SUM(A1)": "'@SUM(A1)",
		"plain": "plain", "": "", "a=b": "a=b", "\x1b[31m": `\x1b[31m`, "two\nlines": "two\nlines",
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMDText(t *testing.T) {
	for in, want := range map[string]string{
		"a | b":          `a \| b`,
		`a \| b`:         `a \\\| b`,
		"<img src=x>":    "&lt;img src=x&gt;",
		"two\nlines":     "two<br>lines",
		"![i](http://x)": `!\[i\](http://x)`,
	} {
		if got := mdText(in); got != want {
			t.Errorf("mdText(%q) = %q, want %q", in, got, want)
		}
	}
	if got := code("a`b"); strings.Contains(got, "`a") {
		t.Errorf("code with a backtick = %q", got)
	}
}

func TestDecimal(t *testing.T) {
	for f, want := range map[float64]string{56.666666666666664: "56.67", 50: "50", 0.005: "0.01", 0: "0"} {
		if got := decimal(f); got != want {
			t.Errorf("decimal(%v) = %q, want %q", f, got, want)
		}
	}
}
