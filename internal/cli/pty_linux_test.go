//go:build linux

package cli_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal pair with the kernel's /dev/ptmx, which
// is all a test needs, without a dependency for it. The master is a raw
// descriptor: closing it must hang the terminal up at once, which an
// os.File with a read blocked on it would delay.
func openPTY(t *testing.T) (master int, slave *os.File) {
	t.Helper()
	m, err := unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC|unix.O_NONBLOCK, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(m, unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(m, unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.IoctlSetWinsize(m, unix.TIOCSWINSZ, &unix.Winsize{Row: 30, Col: 100}); err != nil {
		t.Fatal(err)
	}
	return m, s
}

// terminal plays the terminal emulator on the master side: it collects
// the screen and answers the colour and cursor queries a program sends at
// start, as a real terminal would.
type terminal struct {
	fd     int
	mu     sync.Mutex
	screen bytes.Buffer
	stop   chan struct{}
	done   chan struct{}
}

func newTerminal(fd int) *terminal {
	tm := &terminal{fd: fd, stop: make(chan struct{}), done: make(chan struct{})}
	go tm.loop()
	return tm
}

func (tm *terminal) loop() {
	defer close(tm.done)
	buf := make([]byte, 4096)
	for {
		select {
		case <-tm.stop:
			return
		default:
		}
		fds := []unix.PollFd{{Fd: int32(tm.fd), Events: unix.POLLIN}}
		if n, _ := unix.Poll(fds, 20); n <= 0 {
			continue
		}
		n, err := unix.Read(tm.fd, buf)
		if n > 0 {
			chunk := string(buf[:n])
			if strings.Contains(chunk, "\x1b]11;?") {
				tm.write("\x1b]11;rgb:0000/0000/0000\x1b\\")
			}
			if strings.Contains(chunk, "\x1b[6n") {
				tm.write("\x1b[1;1R")
			}
			tm.mu.Lock()
			tm.screen.WriteString(chunk)
			tm.mu.Unlock()
		}
		if err != nil && err != unix.EAGAIN && err != unix.EINTR {
			return
		}
	}
}

func (tm *terminal) write(s string) { _, _ = unix.Write(tm.fd, []byte(s)) }

func (tm *terminal) text() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.screen.String()
}

// hangUp closes the terminal window: the master side goes away.
func (tm *terminal) hangUp() {
	close(tm.stop)
	<-tm.done
	_ = unix.Close(tm.fd)
	tm.fd = -1
}

// TestSignalsSaveWhatCtrlCSaves: the full-screen walk-through on a real
// terminal, a note half typed, then ctrl+c, SIGTERM, or the terminal
// closed (SIGHUP), or SIGQUIT (which dumped goroutines and lost the note):
// each must leave the same file, with the note.
func TestSignalsSaveWhatCtrlCSaves(t *testing.T) {
	q := sampleQ(t)
	for _, how := range []string{"ctrl+c", "SIGTERM", "SIGHUP", "SIGQUIT", "terminal closed"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "a.yaml")
			start := "format: dutycheck-answers/v1\nquestionnaire: {id: sample, version: 1.0.0}\norganization: Acme\ndate: 2026-11-26\n"
			if err := os.WriteFile(path, []byte(start), 0o600); err != nil {
				t.Fatal(err)
			}
			master, slave := openPTY(t)
			tm := newTerminal(master)
			defer func() {
				if tm.fd >= 0 {
					tm.hangUp()
				}
			}()
			cmd := &exec.Cmd{Path: os.Args[0], Args: []string{"dutycheck", "run", "-q", q, "-a", "a.yaml"}, Dir: dir}
			cmd.Env = append(os.Environ(), "NO_COLOR=1", "ACCESSIBLE=", "TERM=xterm")
			cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
			if f := os.Getenv("PTYDEBUG"); f != "" {
				cmd.Stderr, _ = os.Create(f)
			}
			cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			slave.Close()
			waitScreen := func(want string) {
				t.Helper()
				for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
					if strings.Contains(tm.text(), want) {
						return
					}
				}
				t.Fatalf("screen never showed %q:\n%q", want, tm.text())
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			defer func() { _ = cmd.Process.Kill() }()

			waitScreen("Resuming") // the start screen
			tm.write("\r")
			waitScreen("Can users upload")
			tm.write("\t")
			time.Sleep(100 * time.Millisecond)
			tm.write("half typed note")
			waitScreen("half typed note")
			switch how {
			case "ctrl+c":
				tm.write("\x03")
			case "SIGTERM":
				_ = cmd.Process.Signal(syscall.SIGTERM)
			case "SIGHUP":
				_ = cmd.Process.Signal(syscall.SIGHUP)
			case "SIGQUIT":
				_ = cmd.Process.Signal(syscall.SIGQUIT)
			case "terminal closed":
				tm.hangUp()
			}
			select {
			case <-done:
			case <-time.After(15 * time.Second):
				_ = cmd.Process.Kill()
				t.Fatal("the walk-through did not end")
			}
			got, _ := os.ReadFile(path)
			if !strings.Contains(string(got), "note: half typed note") {
				t.Fatalf("after %s the note was not saved:\n%s", how, got)
			}
			if _, err := os.Stat(path + ".lock"); !os.IsNotExist(err) {
				t.Errorf("lock file left: %v", err)
			}
		})
	}
}
