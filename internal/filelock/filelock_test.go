package filelock

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary play the other process: with
// FILELOCK_HOLD set it takes the lock on that file, says "locked" and
// holds it until its stdin closes or it is killed.
func TestMain(m *testing.M) {
	if path := os.Getenv("FILELOCK_HOLD"); path != "" {
		l, err := Acquire(path)
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		if os.Getenv("FILELOCK_TRY") != "" {
			fmt.Println("acquired")
			_ = l.Release()
			os.Exit(0)
		}
		fmt.Println("locked")
		_, _ = bufio.NewReader(os.Stdin).ReadString('\n')
		_ = l.Release()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// holder starts another process that holds the lock on path.
func holder(t *testing.T, path string) (*exec.Cmd, func()) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "FILELOCK_HOLD="+path)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "locked" {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		t.Fatalf("holder said %q", line)
	}
	done := func() { _ = in.Close(); _ = cmd.Wait() }
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	return cmd, done
}

func TestSecondProcessRefusedAndNamed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "assessment.yaml")
	cmd, done := holder(t, path)
	_, err := Acquire(path)
	var held *HeldError
	if !errors.As(err, &held) {
		t.Fatalf("Acquire while another process holds it = %v, want *HeldError", err)
	}
	if held.Holder.PID != cmd.Process.Pid {
		t.Errorf("holder pid %d, want %d", held.Holder.PID, cmd.Process.Pid)
	}
	host, _ := os.Hostname()
	if held.Holder.Host != oneLine(host) || held.Holder.User == "" || time.Since(held.Holder.Since) > time.Minute {
		t.Errorf("holder %+v: want user, this host and a recent time", held.Holder)
	}
	msg := err.Error()
	for _, want := range []string{path, fmt.Sprint(cmd.Process.Pid), "since", held.Holder.User} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	done()
	l, err := Acquire(path)
	if err != nil {
		t.Fatalf("after the holder released: %v", err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + ".lock"); !os.IsNotExist(err) {
		t.Errorf("lock file left after Release: %v", err)
	}
}

func TestStaleLockOfKilledProcessTakenOver(t *testing.T) {
	path := filepath.Join(t.TempDir(), "assessment.yaml")
	cmd, _ := holder(t, path)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	if _, err := os.Stat(path + ".lock"); err != nil {
		t.Fatalf("the killed holder should leave its lock file: %v", err)
	}
	l, err := Acquire(path)
	if err != nil {
		t.Fatalf("stale lock not taken over: %v", err)
	}
	defer l.Release()
	b, _ := os.ReadFile(path + ".lock")
	if !strings.Contains(string(b), fmt.Sprintf("pid: %d\n", os.Getpid())) {
		t.Errorf("lock file does not name the new holder:\n%s", b)
	}
	// And while we hold it, nobody else gets it.
	if _, err := Acquire(path); !errors.Is(err, ErrHeld) {
		t.Errorf("second Acquire in the same process = %v, want ErrHeld", err)
	}
}

func TestHostileLockFileTextIsInert(t *testing.T) {
	h := readHolderText(t, "pid: 1\nuser: \x1b]52;c;aGk=\x07evil\u009b\nhost: h\n")
	if strings.ContainsAny(h.User, "\x1b\x07\u009b") {
		t.Fatalf("user %q keeps control characters", h.User)
	}
}

func readHolderText(t *testing.T, text string) Holder {
	t.Helper()
	p := filepath.Join(t.TempDir(), "x")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return readHolder(f)
}
