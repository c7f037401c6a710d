package cli

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/crypto/ssh/agent"

	"github.com/dutycheck/dutycheck/internal/l10n"
)

// said is a reason in English and in Swedish, and fails the test when
// either still carries the network's or the agent client's English.
func said(t *testing.T, reason error) (en, sv string) {
	t.Helper()
	en, sv = reason.Error(), errorIn(l10n.For("sv"), reason)
	for _, lib := range []string{"dial", "connect:", "agent:", "EOF", "connection refused", "no such file", "i/o timeout", "permission denied"} {
		if strings.Contains(en, lib) || strings.Contains(sv, lib) {
			t.Errorf("%q / %q says the library's %q", en, sv, lib)
		}
	}
	return en, sv
}

func TestAgentDialProblem(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	// a socket nobody listens on any more: the agent was killed
	dead := filepath.Join(dir, "dead.sock")
	l, err := net.ListenUnix("unix", &net.UnixAddr{Name: dead, Net: "unix"})
	if err != nil {
		t.Fatal(err)
	}
	l.SetUnlinkOnClose(false)
	l.Close()
	refusedBy := func(errno syscall.Errno) error {
		return &net.OpError{Op: "dial", Net: "unix", Err: os.NewSyscallError("connect", errno)}
	}
	for _, tc := range []struct {
		name, sock string
		err        error // instead of dialling sock, when set
		en, sv     string
	}{
		{name: "missing", sock: filepath.Join(dir, "none.sock"), en: "there is no socket at that path", sv: "det finns ingen socket på den sökvägen"},
		{name: "under a file", sock: filepath.Join(file, "x.sock"), en: "there is no socket at that path", sv: "det finns ingen socket på den sökvägen"},
		{name: "a file", sock: file, en: "the path is a file, not a socket", sv: "sökvägen är en fil, inte en socket"},
		{name: "a folder", sock: dir, en: "the path is a folder, not a socket", sv: "sökvägen är en mapp, inte en socket"},
		{name: "dead agent", sock: dead, en: "nothing answers on the socket; the agent may have stopped", sv: "ingen svarar på socketen; agenten kan ha avslutats"},
		// the superuser is never refused, so refusal is played
		{name: "no permission", sock: dead, err: refusedBy(syscall.EACCES), en: "no permission to use the socket", sv: "behörighet saknas för socketen"},
		{name: "timeout", sock: dead, err: &net.OpError{Op: "dial", Net: "unix", Err: os.ErrDeadlineExceeded}, en: "it did not answer in time", sv: "den svarade inte i tid"},
		{name: "other", sock: dead, err: refusedBy(syscall.EPROTOTYPE), en: "the connection failed", sv: "anslutningen misslyckades"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.err
			if err == nil {
				conn, derr := net.DialTimeout("unix", tc.sock, time.Second)
				if derr == nil {
					conn.Close()
					t.Fatal("the dial worked")
				}
				err = derr
			}
			en, sv := said(t, agentDialProblem(tc.sock, err))
			if en != tc.en || sv != tc.sv {
				t.Errorf("said %q / %q, want %q / %q (from %v)", en, sv, tc.en, tc.sv, err)
			}
		})
	}
}

// closingAgent is a socket that accepts a connection and closes it
// without a word, as an agent that dies mid-request.
func closingAgent(t *testing.T) string {
	t.Helper()
	sock := filepath.Join(t.TempDir(), "a.sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	return sock
}

func TestAgentProblem(t *testing.T) {
	conn, err := net.Dial("unix", closingAgent(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_, closed := agent.NewClient(conn).Signers()
	if closed == nil {
		t.Fatal("an agent that closes the connection listed keys")
	}
	for _, tc := range []struct {
		name   string
		err    error
		en, sv string
	}{
		{"closed", closed, "the connection closed before it answered", "anslutningen stängdes innan den svarade"},
		// the agent client's own texts (x/crypto/ssh/agent)
		{"refused to sign", errors.New("agent: failed to sign challenge"), "it refused to sign: a confirmation was declined, the agent is locked, or the key was removed", "den vägrade signera: en bekräftelse nekades, agenten är låst eller nyckeln har tagits bort"},
		{"refused to list", errors.New("agent: failed to list keys"), "it refused to list its keys", "den vägrade lista sina nycklar"},
		{"timeout", fmt.Errorf("agent: client error: %v", &net.OpError{Op: "read", Net: "unix", Err: os.ErrDeadlineExceeded}), "it did not answer in time", "den svarade inte i tid"},
		{"cut short", fmt.Errorf("agent: client error: %v", io.ErrUnexpectedEOF), "the connection closed before it answered", "anslutningen stängdes innan den svarade"},
		{"not an agent", errors.New("agent: unknown type tag 99"), "its answer could not be read", "dess svar gick inte att läsa"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			en, sv := said(t, agentProblem(tc.err))
			if en != tc.en || sv != tc.sv {
				t.Errorf("said %q / %q, want %q / %q (from %v)", en, sv, tc.en, tc.sv, tc.err)
			}
		})
	}
}

func TestAgentSignerSaysWhyInOurWords(t *testing.T) {
	s := agentSigner{sock: "/run/agent.sock"}
	err := s.said(errors.New("agent: failed to sign challenge"))
	en, sv := said(t, err)
	if want := "ssh-agent at /run/agent.sock: it refused to sign: "; !strings.HasPrefix(en, want) {
		t.Errorf("%q, want it to start %q", en, want)
	}
	if want := "ssh-agent på /run/agent.sock: den vägrade signera: "; !strings.HasPrefix(sv, want) {
		t.Errorf("%q, want it to start %q", sv, want)
	}
	if s.said(nil) != nil {
		t.Error("no error became one")
	}
}
