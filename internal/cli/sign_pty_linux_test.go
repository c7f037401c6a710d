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

// ptySign runs `dutycheck sign` on a real terminal with a fresh key whose
// passphrase is pass, in a folder with an assessment, and waits for the
// passphrase prompt. The slave side stays open for the caller to inspect
// the terminal's settings; done receives the process's end.
func ptySign(t *testing.T, pass string) (tm *terminal, slave *os.File, cmd *exec.Cmd, done chan error, dir string) {
	t.Helper()
	if _, err := exec.LookPath("ssh-keygen"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("ssh-keygen is not installed and CI=true")
		}
		t.Skip("ssh-keygen is not installed")
	}
	dir = t.TempDir()
	data, err := os.ReadFile("../../testdata/companies/duties-startup.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.yaml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", pass, "-C", "k@example.com", "-f", filepath.Join(dir, "key")).CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	master, slave := openPTY(t)
	tm = newTerminal(master)
	t.Cleanup(func() {
		if tm.fd >= 0 {
			tm.hangUp()
		}
		slave.Close()
	})
	cmd = &exec.Cmd{Path: os.Args[0], Args: []string{"dutycheck", "sign", "-a", "a.yaml", "--key", "key", "--name", "Karin Berg"}, Dir: dir}
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "TERM=xterm", "DUTYCHECK_KEY_PASSPHRASE=")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done = make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	waitText(t, tm, "Passphrase for key: ")
	return tm, slave, cmd, done, dir
}

// waitText waits until the terminal shows want.
func waitText(t *testing.T, tm *terminal, want string) {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if strings.Contains(tm.text(), want) {
			return
		}
	}
	t.Fatalf("the terminal never showed %q:\n%q", want, tm.text())
}

// wait waits for the process to end.
func wait(t *testing.T, done chan error, tm *terminal) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(15 * time.Second):
		t.Fatalf("sign did not end:\n%s", tm.text())
	}
	return nil
}

// TestSignAsksThePassphraseWithoutEcho: on a real terminal, sign asks for
// the key's passphrase and the typed passphrase never shows on the screen.
func TestSignAsksThePassphraseWithoutEcho(t *testing.T) {
	const secret = "tr0ub4dor-and-3"
	tm, _, _, done, dir := ptySign(t, secret)
	tm.write(secret + "\r")
	if err := wait(t, done, tm); err != nil {
		t.Fatalf("sign: %v\n%s", err, tm.text())
	}
	waitText(t, tm, "Saved as sign-off 1")
	if strings.Contains(tm.text(), secret) {
		t.Errorf("the passphrase was echoed:\n%s", tm.text())
	}
	if _, err := os.Stat(filepath.Join(dir, "a.signoffs.yaml")); err != nil {
		t.Error(err)
	}
}

// TestSignInterruptedAtThePassphraseRestoresEcho: ctrl+c at the prompt
// ends sign with 130, writes nothing and leaves the terminal echoing, as
// it found it.
func TestSignInterruptedAtThePassphraseRestoresEcho(t *testing.T) {
	tm, slave, cmd, done, dir := ptySign(t, "pass phrase")
	tm.write("\x03")
	_ = wait(t, done, tm)
	if code := cmd.ProcessState.ExitCode(); code != 130 {
		t.Errorf("exit %d, want 130", code)
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
