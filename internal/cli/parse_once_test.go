package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCommandsParseTheQuestionnaireOnce: report (with a sign-off, the
// allowed-signers list and a trend from history files), score, sign and
// verify each read and parse their questionnaire once, however many of
// their parts need it: the parse is the largest cost of a big report
// after the layout, and it used to be repeated for the sign-off's digest
// and for the trend.
func TestCommandsParseTheQuestionnaireOnce(t *testing.T) {
	apath, key, allowed := signedOff(t)
	dir := filepath.Dir(apath)
	earlier := filepath.Join(dir, "earlier.yaml")
	data, err := os.ReadFile(apath)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(earlier, data, 0o644); err != nil {
		t.Fatal(err)
	}
	qpath := filepath.Join(dir, "duties.yaml")
	qdata, err := os.ReadFile("../../questionnaires/csea-duties.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(qpath, qdata, 0o644); err != nil {
		t.Fatal(err)
	}
	env, out, errb := signEnv(map[string]string{"SOURCE_DATE_EPOCH": "1765000000"})
	pdf := filepath.Join(dir, "r.pdf")
	for _, args := range [][]string{
		{"report", "-a", apath, "-o", pdf, "--allowed-signers", allowed, "--history", earlier},
		{"report", "-q", qpath, "-a", apath, "-o", pdf, "--history", earlier},
		{"score", "-a", apath},
		{"score", "-q", qpath, "-a", apath},
		{"verify", "-a", apath, "--allowed-signers", allowed},
		{"sign", "-a", apath, "--key", key, "--name", "Per Ek", "--role", "CEO"},
	} {
		before := parsedQuestionnaires.Load()
		if code, _, stderr := runSign(env, out, errb, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		if n := parsedQuestionnaires.Load() - before; n != 1 {
			t.Errorf("%v: the questionnaire was parsed %d times", args, n)
		}
	}
}
