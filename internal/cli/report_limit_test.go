package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A questionnaire may be up to 8 MiB (a 10,000-question one is about
// 5 MB), an answers file up to 1 MiB; past either the report command says
// so in one line naming the file, its size and the limit, and writes
// nothing.
func TestReportInputLimits(t *testing.T) {
	qpath, apath := reportFiles(t)
	dir := filepath.Dir(qpath)
	big := func(name string, size int64) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(p, size); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bigQ := big("big-questionnaire.yaml", 8<<20+1)
	bigA := big("big-answers.yaml", 1<<20+1)
	pdf := filepath.Join(dir, "r.pdf")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"report", "-q", bigQ, "-a", apath, "-o", pdf}, bigQ + ": the file is 8,388,609 bytes; the limit is 8 MiB\n"},
		{[]string{"report", "-q", qpath, "-a", bigA, "-o", pdf}, bigA + ": the file is 1,048,577 bytes; the limit is 1 MiB\n"},
	} {
		env, _, errb := reportEnv(nil)
		if code := Run(env, c.args); code != 1 || !strings.HasSuffix(errb.String(), c.want) || strings.Count(errb.String(), "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want 1 and one line ending %q", c.args, code, errb, c.want)
		}
		if _, err := os.Stat(pdf); err == nil {
			t.Errorf("%v: a PDF was written", c.args)
		}
	}
}
