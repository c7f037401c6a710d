//go:build unix

package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReportSignalLeavesNoTemporaryFile: a report killed by SIGTERM or
// SIGHUP while saving left ".r.pdf.NNNN.tmp" beside the output, and
// SIGQUIT printed Go's goroutine dump. Each quit signal now ends it with
// 128 plus its number, the old output as it was and no temporary file.
func TestReportSignalLeavesNoTemporaryFile(t *testing.T) {
	answers, err := os.ReadFile("../../testdata/answers/sample.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT, syscall.SIGQUIT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "a.yaml"), answers, 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "r.pdf"), []byte("old"), 0o600); err != nil {
				t.Fatal(err)
			}
			cmd := &exec.Cmd{Path: os.Args[0], Dir: dir,
				Args: []string{"dutycheck-slowsave", "report", "-q", sampleQ(t), "-a", "a.yaml", "-o", "r.pdf"}}
			p := &proc{t: t, cmd: cmd, done: make(chan struct{})}
			cmd.Stdout, cmd.Stderr = p, p
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			go func() { p.err = cmd.Wait(); close(p.done) }()
			t.Cleanup(func() { _ = cmd.Process.Kill(); <-p.done })
			for deadline := time.Now().Add(20 * time.Second); !strings.Contains(p.output(), "saving"); time.Sleep(10 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatalf("never reached the save:\n%s", p.output())
				}
			}
			_ = cmd.Process.Signal(sig)
			<-p.done
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || ws.Signaled() || ws.ExitStatus() != 128+int(sig) {
				t.Errorf("after %v: %v, want exit %d", sig, cmd.ProcessState, 128+int(sig))
			}
			if strings.Contains(p.output(), "goroutine") {
				t.Errorf("a goroutine dump was printed:\n%s", p.output())
			}
			if b, _ := os.ReadFile(filepath.Join(dir, "r.pdf")); string(b) != "old" {
				t.Errorf("the output was changed (%d bytes)", len(b))
			}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if strings.HasSuffix(e.Name(), ".tmp") {
					t.Errorf("temporary file %s left behind", e.Name())
				}
			}
		})
	}
}
