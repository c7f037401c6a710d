//go:build linux

package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestSignAsksThePassphraseWithoutEcho: on a real terminal, sign asks for
// the key's passphrase and the typed passphrase never shows on the screen.
func TestSignAsksThePassphraseWithoutEcho(t *testing.T) {
	if _, err := exec.LookPath("ssh-keygen"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("ssh-keygen is not installed and CI=true")
		}
		t.Skip("ssh-keygen is not installed")
	}
	dir := t.TempDir()
	data, err := os.ReadFile("../../testdata/companies/duties-startup.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.yaml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	const secret = "tr0ub4dor-and-3"
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", secret, "-C", "k@example.com", "-f", filepath.Join(dir, "key")).CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	master, slave := openPTY(t)
	tm := newTerminal(master)
	defer func() {
		if tm.fd >= 0 {
			tm.hangUp()
		}
	}()
	cmd := &exec.Cmd{Path: os.Args[0], Args: []string{"dutycheck", "sign", "-a", "a.yaml", "--key", "key", "--name", "Karin Berg"}, Dir: dir}
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "TERM=xterm", "DUTYCHECK_KEY_PASSPHRASE=")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	defer func() { _ = cmd.Process.Kill() }()
	waitFor := func(want string) {
		t.Helper()
		for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if strings.Contains(tm.text(), want) {
				return
			}
		}
		t.Fatalf("the terminal never showed %q:\n%q", want, tm.text())
	}
	waitFor("Passphrase for key: ")
	tm.write(secret + "\r")
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("sign: %v\n%s", err, tm.text())
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("sign did not end:\n%s", tm.text())
	}
	waitFor("Saved as sign-off 1")
	if strings.Contains(tm.text(), secret) {
		t.Errorf("the passphrase was echoed:\n%s", tm.text())
	}
	if _, err := os.Stat(filepath.Join(dir, "a.signoffs.yaml")); err != nil {
		t.Error(err)
	}
}

// TestSignInterruptedAtThePassphraseRestoresEcho: ctrl+c at the prompt
// ends sign with 130 and leaves the terminal echoing, as it found it.
func TestSignInterruptedAtThePassphraseRestoresEcho(t *testing.T) {
	if _, err := exec.LookPath("ssh-keygen"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("ssh-keygen is not installed and CI=true")
		}
		t.Skip("ssh-keygen is not installed")
	}
	dir := t.TempDir()
	data, err := os.ReadFile("../../testdata/companies/duties-startup.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.yaml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "pass phrase", "-f", filepath.Join(dir, "key")).CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	master, slave := openPTY(t)
	tm := newTerminal(master)
	defer func() {
		if tm.fd >= 0 {
			tm.hangUp()
		}
	}()
	defer slave.Close()
	cmd := &exec.Cmd{Path: os.Args[0], Args: []string{"dutycheck", "sign", "-a", "a.yaml", "--key", "key", "--name", "K"}, Dir: dir}
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "TERM=xterm", "DUTYCHECK_KEY_PASSPHRASE=")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	defer func() { _ = cmd.Process.Kill() }()
	for deadline := time.Now().Add(15 * time.Second); !strings.Contains(tm.text(), "Passphrase for key: "); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no prompt:\n%s", tm.text())
		}
	}
	tm.write("\x03")
	select {
	case err := <-done:
		if cmd.ProcessState.ExitCode() != 130 {
			t.Errorf("exit %v (%d), want 130", err, cmd.ProcessState.ExitCode())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("sign did not end on ctrl+c")
	}
	st, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if st.Lflag&unix.ECHO == 0 {
		t.Error("the terminal was left without echo")
	}
	if _, err := os.Stat(filepath.Join(dir, "a.signoffs.yaml")); err == nil {
		t.Error("an interrupted sign wrote a signoffs file")
	}
}
