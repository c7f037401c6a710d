package signoff

import (
	"bytes"
	"strings"
	"testing"
)

func TestAppendNewFileThenMore(t *testing.T) {
	a, _ := signed(t, "ed25519")
	b, _ := signed(t, "rsa")
	b.Name, b.Meaning = "Ola Nordmann", Reviewed
	// b's signature no longer matches its fields, which Append does not
	// judge: it records, verify judges.
	first, err := Append("x.signoffs.yaml", nil, a)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(first, []byte("format: dutycheck-signoffs/v1\nsignoffs:\n  - name: \"Karin Berg\"\n")) {
		t.Errorf("new file starts:\n%s", first)
	}
	second, err := Append("x.signoffs.yaml", first, b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(second, first) {
		t.Fatal("appending changed the earlier bytes")
	}
	f, err := Parse("x.signoffs.yaml", second)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Signoffs) != 2 || !same(f.Signoffs[0], a) || f.Signoffs[1].Name != "Ola Nordmann" {
		t.Fatalf("read back %+v", f.Signoffs)
	}
	if c := VerifySignature(f.Signoffs[0]); !c.Valid() {
		t.Errorf("read-back signature not valid: %+v", c)
	}
}

func TestAppendKeepsHandWrittenBytes(t *testing.T) {
	a, _ := signed(t, "ed25519")
	for _, tc := range []struct {
		name, old string
		ok        bool
	}{
		{"comment and no final newline", "# board sign-offs\nformat: dutycheck-signoffs/v1\nsignoffs:", true},
		{"list at column 0", "format: dutycheck-signoffs/v1\nsignoffs:\n" + string(EntryYAML(a, "")), true},
		{"CRLF", strings.ReplaceAll("format: dutycheck-signoffs/v1\nsignoffs:\n"+string(EntryYAML(a, "  ")), "\n", "\r\n"), true},
		{"flow list", "format: dutycheck-signoffs/v1\nsignoffs: []\n", false},
		{"field after the list", "signoffs:\n" + string(EntryYAML(a, "  ")) + "format: dutycheck-signoffs/v1\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := Append("s.yaml", []byte(tc.old), a)
			if !tc.ok {
				if err == nil || !strings.Contains(err.Error(), "cannot add a sign-off without rewriting") {
					t.Fatalf("err %v\n%s", err, out)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(out, []byte(tc.old)) {
				t.Fatalf("earlier bytes changed:\n%q", out)
			}
			if strings.HasPrefix(tc.name, "CRLF") && bytes.Count(out, []byte("\n")) != bytes.Count(out, []byte("\r\n")) {
				t.Errorf("appended lines do not end in CRLF:\n%q", out)
			}
			f, err := Parse("s.yaml", out)
			if err != nil {
				t.Fatal(err)
			}
			last := f.Signoffs[len(f.Signoffs)-1]
			if c := VerifySignature(last); !c.Valid() {
				t.Errorf("appended sign-off does not verify: %+v", c)
			}
		})
	}
}

func TestAppendRefusesMalformedFile(t *testing.T) {
	a, _ := signed(t, "ed25519")
	_, err := Append("b.signoffs.yaml", []byte("format: dutycheck-signoffs/v1\nsignoffs:\n  - name: x\n    meening: approved\n"), a)
	if err == nil || !strings.Contains(err.Error(), "\nb.signoffs.yaml:4:5: unknown field \"meening\" in sign-off 1; did you mean \"meaning\"?") {
		t.Fatalf("err %v", err)
	}
}

func TestParseReportsPlaces(t *testing.T) {
	a, _ := signed(t, "ed25519")
	good := "format: dutycheck-signoffs/v1\nsignoffs:\n" + string(EntryYAML(a, "  "))
	for _, tc := range []struct{ name, in, want string }{
		{"format", strings.Replace(good, "signoffs/v1", "signoffs/v2", 1), "s.yaml:1:9: format: \"dutycheck-signoffs/v2\" is not dutycheck-signoffs/v1"},
		{"missing signature", strings.Split(good, "    signature:")[0], "s.yaml:3:5: sign-off 1: missing required field \"signature\""},
		{"bad date", strings.Replace(good, "date: 2026-12-10", "date: 2026-13-10", 1), "s.yaml:6:11: sign-off 1: date: \"2026-13-10\" is not a date YYYY-MM-DD"},
		{"line break in name", strings.Replace(good, `"Karin Berg"`, `"Karin\nBerg"`, 1), "s.yaml:3:11: sign-off 1: name: has a line break; a signed value is one line"},
		{"bad digest", strings.Replace(good, answersHex, "abc", 1), "s.yaml:8:48: sign-off 1: answers.sha256: \"abc\" is not a SHA-256 digest (64 lowercase hex digits)"},
		{"damaged signature", strings.Replace(good, "-----END SSH SIGNATURE-----", "-----END SSH SIGNATUR-----", 1), "s.yaml:12:16: sign-off 1: signature: cannot be read: the armored block is damaged or has text after its end"},
		{"not a list", "format: dutycheck-signoffs/v1\nsignoffs: {a: 1}\n", "s.yaml:2:11: signoffs: expected a list, got a mapping"},
		{"empty", "", "s.yaml:1:1: file is empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("s.yaml", []byte(tc.in))
			if err == nil {
				t.Fatalf("no error for\n%s", tc.in)
			}
			if first := strings.Split(err.Error(), "\n")[0]; first != tc.want {
				t.Errorf("got  %s\nwant %s", first, tc.want)
			}
		})
	}
}
