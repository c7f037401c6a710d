package signoff

import (
	"strings"
	"testing"
)

func TestMessageIsTheDocumentedBytes(t *testing.T) {
	s := example("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx karin@example.com")
	want := "dutycheck-signoff/v1\n" +
		"name: Karin Berg\n" +
		"role: Chair of the board\n" +
		"meaning: approved\n" +
		"date: 2026-12-10\n" +
		"next_review: 2027-12-10\n" +
		"answers: assessment.yaml sha256:" + answersHex + "\n" +
		"questionnaire: csea-duties 2.1.0 sha256:" + qHex + "\n" +
		"commit: " + commitHex + "\n" +
		"key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx karin@example.com\n"
	if got := string(s.Message()); got != want {
		t.Errorf("message:\n%s\nwant:\n%s", got, want)
	}
}

func TestMessageEmptyFieldsKeepTheirLines(t *testing.T) {
	s := example("k")
	s.Role, s.NextReview, s.Commit = "", "", ""
	msg := string(s.Message())
	for _, line := range []string{"\nrole: \n", "\nnext_review: \n", "\ncommit: \n"} {
		if !strings.Contains(msg, line) {
			t.Errorf("message lacks %q:\n%s", line, msg)
		}
	}
	if n := strings.Count(msg, "\n"); n != 10 {
		t.Errorf("message has %d lines, want 10", n)
	}
}

func TestDigestReadsCRLFAsLF(t *testing.T) {
	lf := []byte("format: dutycheck-answers/v1\nanswers:\n  a: yes\n")
	crlf := []byte(strings.ReplaceAll(string(lf), "\n", "\r\n"))
	if Digest(lf) != Digest(crlf) {
		t.Error("CRLF and LF digests differ")
	}
	if Digest(lf) == Digest(append(lf, ' ')) {
		t.Error("one more byte gives the same digest")
	}
	// a lone CR is a byte like any other
	if Digest([]byte("a\rb")) == Digest([]byte("a\nb")) {
		t.Error("a lone CR was read as LF")
	}
	if got := Digest(nil); got != "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
		t.Errorf("empty digest %s", got)
	}
}

func TestCheckValue(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"Karin Berg", ""},
		{"Åsa Öberg, ordförande", ""},
		{"Karin\nBerg", "name: has a line break; a signed value is one line"},
		{"Karin\rBerg", "name: has a line break; a signed value is one line"},
		{"Karin\tBerg", "name: has the control character U+0009; a signed value is plain text"},
		{"Karin\u202eBerg", "name: has the control character U+202E; a signed value is plain text"},
		{"Karin\u2028Berg", "name: has the control character U+2028; a signed value is plain text"},
		{"Karin\x00", "name: has the control character U+0000; a signed value is plain text"},
		{"\xff", "name: is not UTF-8 text"},
	} {
		err := CheckValue("name", tc.in)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("CheckValue(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCheckRefusesBadValues(t *testing.T) {
	key := KeyLine(testSigner(t, "ed25519").PublicKey(), "k@example.com")
	for _, tc := range []struct {
		name  string
		edit  func(*Signoff)
		field string
	}{
		{"meaning", func(s *Signoff) { s.Meaning = "signed" }, "meaning"},
		{"date", func(s *Signoff) { s.Date = "10/12/2026" }, "date"},
		{"next review before", func(s *Signoff) { s.NextReview = "2026-01-01" }, "next_review"},
		{"next review not a date", func(s *Signoff) { s.NextReview = "soon" }, "next_review"},
		{"answers file", func(s *Signoff) { s.Answers.File = "" }, "answers.file"},
		{"answers digest", func(s *Signoff) { s.Answers.SHA256 = strings.ToUpper(answersHex) }, "answers.sha256"},
		{"questionnaire id", func(s *Signoff) { s.Questionnaire.ID = "a b" }, "questionnaire.id"},
		{"questionnaire version", func(s *Signoff) { s.Questionnaire.Version = "" }, "questionnaire.version"},
		{"questionnaire digest", func(s *Signoff) { s.Questionnaire.SHA256 = "abc" }, "questionnaire.sha256"},
		{"commit", func(s *Signoff) { s.Commit = "HEAD" }, "commit"},
		{"key", func(s *Signoff) { s.Key = "ssh-ed25519 notbase64" }, "key"},
		{"key empty", func(s *Signoff) { s.Key = "" }, "key"},
		{"key dsa", func(s *Signoff) { s.Key = "ssh-dss AAAAB3NzaC1kc3MAAACBAP1" }, "key"},
		{"role line break", func(s *Signoff) { s.Role = "Chair\nof the board" }, "role"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := example(key)
			tc.edit(&s)
			errs := Check(&s)
			if len(errs) != 1 || errs[0].Field != tc.field {
				t.Fatalf("Check = %v, want one error on %s", errs, tc.field)
			}
		})
	}
	s := example(key)
	if errs := Check(&s); len(errs) != 0 {
		t.Errorf("the example fails: %v", errs)
	}
	s.Commit = strings.Repeat("d", 64) // a sha256 repository
	if errs := Check(&s); len(errs) != 0 {
		t.Errorf("a 64-hex commit fails: %v", errs)
	}
}
