package cli_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/atomicfile"
	"github.com/dutycheck/dutycheck/internal/cli"
	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run `dutycheck` as a real process built from
// this test binary, so exit codes, stdout and stderr are checked end to end.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"dutycheck": func() { os.Exit(cli.Main()) },
		// dutycheck-slowsave says "saving" and waits in every save
		// between writing the temporary file and renaming it, for
		// tests that send a signal in the middle of a save.
		"dutycheck-slowsave": func() {
			atomicfile.SetPauseBeforeRename(func(string) {
				fmt.Fprintln(os.Stderr, "saving")
				time.Sleep(time.Minute)
			})
			os.Exit(cli.Main())
		},
	})
}

// TestScripts runs testdata/script/*.txtar: each is a session at a shell,
// with its input files inline.
func TestScripts(t *testing.T) {
	root, _ := filepath.Abs("../..")
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join(root, "testdata", "script"),
		RequireExplicitExec: true,
		UpdateScripts:       *updateScripts,
		// [root]: file modes do not bind the superuser, so the tests of
		// read-only folders skip under it.
		Condition: func(cond string) (bool, error) {
			if cond == "root" {
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTDATA", filepath.Join(root, "testdata"))
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}
