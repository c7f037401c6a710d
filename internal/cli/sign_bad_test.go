package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Bad input to sign: one clear line on stderr, exit 2 (1 for a damaged
// signoffs file), no stack trace, and the signoffs file as it was.
func TestSignBadInputWritesNothing(t *testing.T) {
	needTool(t, "ssh-keygen")
	dir, apath := signFiles(t)
	plain := keygen(t, dir, "plain", "ed25519", "", "karin@example.com")
	locked := keygen(t, dir, "locked", "ed25519", "sekret", "karin@example.com")
	empty := startAgent(t)
	spath := signoffsPath(apath)
	damaged := "format: dutycheck-signoffs/v2\nsignoffs:\n"

	for _, tc := range []struct {
		name     string
		existing string // the signoffs file before, "" for none
		vars     map[string]string
		args     []string
		code     int
		want     string
	}{
		{name: "no key", args: []string{"--name", "K"}, code: 2, want: "dutycheck: sign: name your SSH key with --key"},
		{name: "missing key", args: []string{"--key", filepath.Join(dir, "nope"), "--name", "K"}, code: 2, want: "no such file"},
		{name: "key is a folder", args: []string{"--key", dir, "--name", "K"}, code: 2, want: "is a folder, not a file"},
		{name: "not a key", args: []string{"--key", apath, "--name", "K"}, code: 2, want: "not an OpenSSH private key or public key"},
		{name: "wrong passphrase", vars: map[string]string{passphraseEnv: "wrong"}, args: []string{"--key", locked, "--name", "K"}, code: 2, want: "--key " + locked + ": wrong passphrase"},
		{name: "passphrase and no terminal", args: []string{"--key", locked, "--name", "K"}, code: 2, want: "the key has a passphrase and there is no terminal to ask for it on"},
		{name: "public key, no agent", args: []string{"--key", plain + ".pub", "--name", "K"}, code: 2, want: "SSH_AUTH_SOCK is not set"},
		{name: "agent without the key", vars: map[string]string{"SSH_AUTH_SOCK": empty}, args: []string{"--key", plain + ".pub", "--name", "K"}, code: 2, want: "ssh-agent does not hold this key (SHA256:"},
		{name: "agent gone", vars: map[string]string{"SSH_AUTH_SOCK": filepath.Join(dir, "gone.sock")}, args: []string{"--key", plain + ".pub", "--name", "K"}, code: 2, want: "cannot be reached"},
		{name: "damaged signoffs file", existing: damaged, args: []string{"--key", plain, "--name", "K"}, code: 1, want: spath + ":1:9: format: \"dutycheck-signoffs/v2\" is not dutycheck-signoffs/v1"},
		{name: "flow list", existing: "format: dutycheck-signoffs/v1\nsignoffs: []\n", args: []string{"--key", plain, "--name", "K"}, code: 1, want: "cannot add a sign-off without rewriting the file"},
		{name: "flow list, in Swedish", existing: "format: dutycheck-signoffs/v1\nsignoffs: []\n", args: []string{"--key", plain, "--name", "K", "--lang", "sv"}, code: 1, want: ": ett godkännande kan inte läggas till utan att filen skrivs om: listan signoffs måste vara dess sista fält"},
		{name: "not a key, in Swedish", args: []string{"--key", apath, "--name", "K", "--lang", "sv"}, code: 2, want: "--key " + apath + ": inte en privat eller publik OpenSSH-nyckel\n"},
		{name: "name with a line break", args: []string{"--key", plain, "--name", "Karin\nBerg"}, code: 2, want: "--name: has a line break"},
		{name: "role with a control character", args: []string{"--key", plain, "--name", "K", "--role", "Chair\x1b[31m"}, code: 2, want: "--role: has the control character U+001B"},
		{name: "bidi override", args: []string{"--key", plain, "--name", "K\u202e"}, code: 2, want: "--name: has the control character U+202E"},
		{name: "approval without a name", args: []string{"--key", plain}, code: 2, want: "an approval names who approves"},
		{name: "unknown meaning", args: []string{"--key", plain, "--name", "K", "--meaning", "signed"}, code: 2, want: "--meaning: \"signed\" is not approved or reviewed"},
		{name: "next review not a date", args: []string{"--key", plain, "--name", "K", "--next-review", "next year"}, code: 2, want: "--next-review: \"next year\" is not a date"},
		{name: "next review in the past", args: []string{"--key", plain, "--name", "K", "--next-review", "2026-01-01"}, code: 2, want: "--next-review: 2026-01-01 is not after today, 2026-12-10"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_ = os.Remove(spath)
			if tc.existing != "" {
				if err := os.WriteFile(spath, []byte(tc.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			env, out, errb := signEnv(tc.vars)
			code, stdout, stderr := runSign(env, out, errb, append([]string{"sign", "-a", apath}, tc.args...)...)
			if code != tc.code {
				t.Errorf("exit %d, want %d", code, tc.code)
			}
			if stdout != "" {
				t.Errorf("stdout %q", stdout)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "goroutine") {
				t.Errorf("stderr is not the one line %q:\n%s", tc.want, stderr)
			}
			got, err := os.ReadFile(spath)
			switch {
			case tc.existing == "" && err == nil:
				t.Errorf("a signoffs file was written:\n%s", got)
			case tc.existing != "" && !bytes.Equal(got, []byte(tc.existing)):
				t.Errorf("the signoffs file changed:\n%s", got)
			}
			if left, _ := filepath.Glob(filepath.Join(dir, "*.mine-*")); len(left) > 0 {
				t.Errorf("left %v", left)
			}
		})
	}
}

func TestVerifyBadInput(t *testing.T) {
	needTool(t, "ssh-keygen")
	apath, _, allowed := signedOff(t)
	dir := filepath.Dir(apath)
	badList := filepath.Join(dir, "bad_signers")
	if err := os.WriteFile(badList, []byte("# ok\nkarin@example.com ssh-ed25519\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"message out of range", []string{"--message", "2"}, 2, "verify: --message 2: " + signoffsPath(apath) + " has sign-offs 1 to 1"},
		{"message and signature", []string{"--message", "1", "--signature", "1"}, 2, "give --message or --signature, not both"},
		{"allowed signers missing", []string{"--allowed-signers", filepath.Join(dir, "nope")}, 2, "no such file"},
		{"allowed signers damaged", []string{"--allowed-signers", badList}, 1, badList + ":2:19: expected a key type and its base64"},
		{"no answers", []string{"-a", filepath.Join(dir, "none.yaml")}, 1, "no sign-offs: there is no"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env, out, errb := signEnv(nil)
			args := append([]string{"verify", "-a", apath}, tc.args...)
			if tc.args[0] == "-a" {
				args = append([]string{"verify"}, tc.args...)
			}
			code, stdout, stderr := runSign(env, out, errb, args...)
			if code != tc.code || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d (want %d), stdout %q, stderr %q (want %q)", code, tc.code, stdout, stderr, tc.want)
			}
		})
	}
	_ = allowed
}

// TestPassphrasePromptInTheCommandsLanguage: the passphrase is asked for
// in the language of --lang, as everything else sign says.
func TestPassphrasePromptInTheCommandsLanguage(t *testing.T) {
	needTool(t, "ssh-keygen")
	dir, apath := signFiles(t)
	locked := keygen(t, dir, "locked", "ed25519", "sekret", "karin@example.com")
	for lang, want := range map[string]string{"en": "Passphrase for " + locked + ": ", "sv": "Lösenfras för " + locked + ": "} {
		env, out, errb := signEnv(nil)
		var asked string
		env.ReadPassword = func(prompt string) ([]byte, error) {
			asked = prompt
			return []byte("sekret"), nil
		}
		if code, _, stderr := runSign(env, out, errb, "sign", "-a", apath, "--key", locked, "--name", "K", "--lang", lang); code != 0 {
			t.Fatalf("%s: exit %d: %s", lang, code, stderr)
		}
		if asked != want {
			t.Errorf("%s: asked %q, want %q", lang, asked, want)
		}
		_ = os.Remove(signoffsPath(apath))
	}
}
