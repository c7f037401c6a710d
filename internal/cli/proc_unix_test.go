//go:build unix

package cli_test

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// These tests run dutycheck as real processes (the test binary, dispatched
// by testscript.Main on its name), because locks, signals and files edited
// behind a walk-through's back only mean something between processes.

// sampleQ is the questionnaire the process tests walk.
func sampleQ(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs("../../testdata/questionnaires/valid/sample.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// proc is a running dutycheck with its output collected.
type proc struct {
	t    *testing.T
	cmd  *exec.Cmd
	in   io.WriteCloser
	mu   sync.Mutex
	out  bytes.Buffer
	done chan struct{}
	err  error
}

func (p *proc) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.Write(b)
}

func (p *proc) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

// dutycheck starts the command in dir with a pipe for stdin, stdout and
// stderr both collected.
func startDutycheck(t *testing.T, dir string, args ...string) *proc {
	t.Helper()
	cmd := &exec.Cmd{Path: os.Args[0], Args: append([]string{"dutycheck"}, args...), Dir: dir}
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "ACCESSIBLE=")
	p := &proc{t: t, cmd: cmd, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = p, p
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.in = in
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.err = cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-p.done
	})
	return p
}

func (p *proc) send(line string) {
	p.t.Helper()
	if _, err := io.WriteString(p.in, line+"\n"); err != nil {
		p.t.Fatalf("send %q: %v\noutput so far:\n%s", line, err, p.output())
	}
}

// waitFor waits until the output holds want the n-th time.
func (p *proc) waitFor(want string, n int) {
	p.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Count(p.output(), want) >= n {
			return
		}
		select {
		case <-p.done:
			if strings.Count(p.output(), want) >= n {
				return
			}
			p.t.Fatalf("exited (%v) before %q; output:\n%s", p.err, want, p.output())
		case <-time.After(10 * time.Millisecond):
		}
	}
	p.t.Fatalf("timed out waiting for %q; output:\n%s", want, p.output())
}

// wait waits for the process to exit and returns its exit code.
func (p *proc) wait() int {
	p.t.Helper()
	select {
	case <-p.done:
	case <-time.After(20 * time.Second):
		p.t.Fatalf("did not exit; output:\n%s", p.output())
	}
	if p.cmd.ProcessState == nil {
		return -1
	}
	return p.cmd.ProcessState.ExitCode()
}

// TestTwoWalkthroughsOneFile: a second walk-through on a file another one
// holds refuses to start and names the holder; a hand edit made while a
// walk-through runs is never overwritten; a lock left by a killed process
// is taken over.
func TestTwoWalkthroughsOneFile(t *testing.T) {
	dir := t.TempDir()
	q := sampleQ(t)
	a := startDutycheck(t, dir, "run", "-q", q, "-a", "a.yaml")
	a.send("Acme")
	a.waitFor("Answer (1-2): ", 1)
	a.send("1")
	a.waitFor("Saved: ", 1)

	b := startDutycheck(t, dir, "run", "-q", q, "-a", "a.yaml")
	if code := b.wait(); code == 0 {
		t.Fatalf("second walk-through started; output:\n%s", b.output())
	}
	for _, want := range []string{"a.yaml is open in another walk-through", "process " + itoa(a.cmd.Process.Pid), "since "} {
		if !strings.Contains(b.output(), want) {
			t.Errorf("refusal lacks %q:\n%s", want, b.output())
		}
	}
	if strings.Contains(b.output(), "Question 1") {
		t.Errorf("the second walk-through asked a question before refusing")
	}

	// A hand edit while A runs: A's next save must not overwrite it.
	path := filepath.Join(dir, "a.yaml")
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edited := append(orig, []byte("# signed off by hand\n")...)
	if err := os.WriteFile(path, edited, 0o600); err != nil {
		t.Fatal(err)
	}
	a.send("1") // regions: EU
	code := a.wait()
	if code == 0 {
		t.Errorf("A exited 0 after a conflict")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, edited) {
		t.Fatalf("the hand edit was overwritten:\n%s", got)
	}
	mine, _ := filepath.Glob(path + ".mine-*")
	if len(mine) != 1 {
		t.Fatalf("own version: %v; output:\n%s", mine, a.output())
	}
	if b, _ := os.ReadFile(mine[0]); !strings.Contains(string(b), "value: [eu]") {
		t.Errorf("own version lacks the answer:\n%s", b)
	}
	if !strings.Contains(a.output(), "changed on disk since this walk-through last saved it") {
		t.Errorf("A did not say why it stopped:\n%s", a.output())
	}
	if _, err := os.Stat(path + ".lock"); !os.IsNotExist(err) {
		t.Errorf("lock file left after a clean exit: %v", err)
	}

	// A walk-through killed outright leaves a stale lock; the next one
	// takes it over.
	c := startDutycheck(t, dir, "run", "-q", q, "-a", "c.yaml")
	c.send("Acme")
	c.waitFor("Answer (1-2): ", 1)
	_ = c.cmd.Process.Signal(syscall.SIGKILL)
	c.wait()
	if _, err := os.Stat(filepath.Join(dir, "c.yaml.lock")); err != nil {
		t.Fatalf("expected a stale lock file: %v", err)
	}
	d := startDutycheck(t, dir, "run", "-q", q, "-a", "c.yaml")
	d.send("1")
	_ = d.in.Close()
	if code := d.wait(); code != 0 {
		t.Fatalf("stale lock not taken over (exit %d):\n%s", code, d.output())
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "c.yaml")); !strings.Contains(string(b), "uploads:") {
		t.Errorf("answer not saved after taking over the lock:\n%s", b)
	}
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

// TestPlainModeSignals: in plain mode an interrupt, SIGTERM, SIGHUP or
// SIGQUIT (ctrl+\, which printed a goroutine dump) ends
// the sitting like the end of input: confirmed answers are on disk and the
// lock is released, not left behind; the exit status is 128 plus the
// signal's number, so a script can tell it from a walk that ran to its end.
func TestPlainModeSignals(t *testing.T) {
	q := sampleQ(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			p := startDutycheck(t, dir, "run", "-q", q, "-a", "a.yaml")
			p.send("Acme")
			p.waitFor("Answer (1-2): ", 1)
			p.send("1")
			p.waitFor("Saved: ", 1)
			p.waitFor("Answer (", 2)
			_ = p.cmd.Process.Signal(sig)
			if code := p.wait(); code != 128+int(sig) {
				t.Fatalf("exit %d after %v, want %d:\n%s", code, sig, 128+int(sig), p.output())
			}
			if !strings.Contains(p.output(), "Stopped. Every confirmed answer is saved.") {
				t.Errorf("no word of stopping:\n%s", p.output())
			}
			if b, _ := os.ReadFile(filepath.Join(dir, "a.yaml")); !strings.Contains(string(b), "uploads:") {
				t.Errorf("answer lost:\n%s", b)
			}
			if _, err := os.Stat(filepath.Join(dir, "a.yaml.lock")); !os.IsNotExist(err) {
				t.Errorf("lock file left behind: %v", err)
			}
		})
	}
}
