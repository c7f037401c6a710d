package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/filelock"
)

// TestPlanSetHeldFile: while a walk-through holds the answers file, plan
// set refuses, names the holder, and leaves the file as it was.
func TestPlanSetHeldFile(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.yaml")
	orig, err := os.ReadFile(filepath.Join(repoRoot, "testdata/plan/a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(a, orig, 0o600); err != nil {
		t.Fatal(err)
	}
	lock, err := filelock.Acquire(a)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	code, _, stderr := run(t, nil, "plan", "set", "-q", "testdata/plan/q.yaml", "-a", a, "hashes", "--owner", "CTO")
	if code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	if !strings.Contains(stderr, "a.yaml") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr = %q, want one line naming the file", stderr)
	}
	got, _ := os.ReadFile(a)
	if !bytes.Equal(got, orig) {
		t.Error("the file changed while it was held")
	}
	lock.Release()
	if code, _, stderr := run(t, nil, "plan", "set", "-q", "testdata/plan/q.yaml", "-a", a, "hashes", "--owner", "CTO"); code != 0 {
		t.Fatalf("after release: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(a + ".lock"); !os.IsNotExist(err) {
		t.Error("plan set left its lock file behind")
	}
}

// TestActionEdit checks each field of plan set's edit, table-driven: what
// is given changes, what is not stays, and a bad value is refused.
func TestActionEdit(t *testing.T) {
	tests := []struct {
		name    string
		edit    actionEdit
		want    string // owner|due|status|done|approved
		wantErr string
	}{
		{"owner only", actionEdit{set: map[string]bool{"owner": true}, owner: " CTO "}, "CTO||open||", ""},
		{"due", actionEdit{set: map[string]bool{"due": true}, due: "2027-03-31"}, "|2027-03-31|open||", ""},
		{"bad due", actionEdit{set: map[string]bool{"due": true}, due: "2027-3-31"}, "", "--due"},
		{"status", actionEdit{set: map[string]bool{"status": true}, status: "done"}, "||done||", ""},
		{"bad status", actionEdit{set: map[string]bool{"status": true}, status: "Done"}, "", "--status"},
		{"risk without approval", actionEdit{set: map[string]bool{"status": true}, status: "risk_accepted"}, "", "needs approved_by"},
		{"risk with approval", actionEdit{set: map[string]bool{"status": true, "approved-by": true}, status: "risk_accepted", approvedBy: "Board"}, "||risk_accepted||Board", ""},
		{"control character", actionEdit{set: map[string]bool{"owner": true}, owner: "a\x1b[31m"}, "", "one line"},
		{"new line", actionEdit{set: map[string]bool{"done-when": true}, doneWhen: "a\nb"}, "", "one line"},
		{"nothing", actionEdit{set: map[string]bool{}}, "", "nothing to record"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := tt.edit.apply(nil)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			due := ""
			if !a.Due.IsZero() {
				due = a.Due.Format("2006-01-02")
			}
			if got := strings.Join([]string{a.Owner, due, string(a.Status), a.DoneWhen, a.ApprovedBy}, "|"); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
