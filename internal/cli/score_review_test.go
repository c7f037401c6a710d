package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestScoreReviewDue(t *testing.T) {
	dir, apath := signFiles(t) // dated 2026-…, read against csea-duties
	qdata, err := os.ReadFile("../../questionnaires/csea-duties.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// the built-in questionnaire with a cadence of its own, as a file
	s := string(qdata)
	s = strings.Replace(s, "\nreview_every:", "\n# review_every:", 1)
	i := strings.Index(s, "\nversion:")
	j := i + 1 + strings.Index(s[i+1:], "\n")
	qpath := filepath.Join(dir, "q.yaml")
	if err := os.WriteFile(qpath, []byte(s[:j+1]+"review_every: 180d\n"+s[j+1:]), 0o644); err != nil {
		t.Fatal(err)
	}
	adata, _ := os.ReadFile(apath)
	var dated string
	for _, line := range strings.Split(string(adata), "\n") {
		if strings.HasPrefix(line, "date: ") {
			dated = strings.TrimPrefix(line, "date: ")
		}
	}
	assessed, err := time.Parse("2006-01-02", dated)
	if err != nil {
		t.Fatalf("the fixture has no date: %v", err)
	}
	env, out, errb := signEnv(nil)
	at := func(d time.Time) { env.Now = func() time.Time { return d } }

	at(assessed.AddDate(0, 0, 100))
	if code, _, stderr := runSign(env, out, errb, "score", "-q", qpath, "-a", apath, "--review-due"); code != 0 || stderr != "" {
		t.Errorf("100 days after: exit %d, %s", code, stderr)
	}
	at(assessed.AddDate(0, 0, 181))
	code, _, stderr := runSign(env, out, errb, "score", "-q", qpath, "-a", apath, "--review-due")
	want := "dutycheck: review due: the assessment is dated " + dated + ", and csea-duties asks for one every 180d (due " + assessed.AddDate(0, 0, 180).Format("2006-01-02") + ")\n"
	if code != 1 || stderr != want {
		t.Errorf("181 days after: exit %d, stderr %q, want %q", code, stderr, want)
	}
	code, _, stderr = runSign(env, out, errb, "score", "-q", qpath, "-a", apath, "--review-due", "--lang", "sv")
	if w := "dutycheck: dags för granskning: bedömningen är daterad " + dated; code != 1 || !strings.HasPrefix(stderr, w) {
		t.Errorf("181 days after, in Swedish: exit %d, stderr %q, want %q", code, stderr, w)
	}
	// without --review-due, score does not judge the cadence
	if code, _, _ := runSign(env, out, errb, "score", "-q", qpath, "-a", apath); code != 0 {
		t.Errorf("without the flag: exit %d", code)
	}

	// a sign-off's next review, once passed, is due too
	needTool(t, "ssh-keygen")
	key := keygen(t, dir, "k", "ed25519", "", "k@example.com")
	at(assessed.AddDate(0, 0, 10))
	next := assessed.AddDate(0, 0, 40).Format("2006-01-02")
	if code, _, stderr := runSign(env, out, errb, "sign", "-q", qpath, "-a", apath, "--key", key, "--name", "Karin Berg", "--next-review", next); code != 0 {
		t.Fatal(stderr)
	}
	at(assessed.AddDate(0, 0, 40))
	if code, _, stderr := runSign(env, out, errb, "score", "-q", qpath, "-a", apath, "--review-due"); code != 0 {
		t.Errorf("on the next review's day: exit %d, %s", code, stderr)
	}
	at(assessed.AddDate(0, 0, 41))
	code, _, stderr = runSign(env, out, errb, "score", "-q", qpath, "-a", apath, "--review-due")
	want = "dutycheck: review due: sign-off 1 (Karin Berg, " + assessed.AddDate(0, 0, 10).Format("2006-01-02") + ") set the next review for " + next + "\n"
	if code != 1 || stderr != want {
		t.Errorf("after the next review: exit %d, stderr %q, want %q", code, stderr, want)
	}
	// the same reasons in Swedish
	code, _, stderr = runSign(env, out, errb, "score", "-q", qpath, "-a", apath, "--review-due", "--lang", "sv")
	if w := "dutycheck: dags för granskning: godkännande 1 (Karin Berg, "; code != 1 || !strings.HasPrefix(stderr, w) {
		t.Errorf("in Swedish: exit %d, stderr %q, want %q", code, stderr, w)
	}
}
