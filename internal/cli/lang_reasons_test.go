package cli

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestSwedishReasonsHaveNoEnglish: what sign and validate say when a key,
// ssh-agent or the file system refuses has no English word in Swedish,
// as TestSwedishHasNoEnglish reads every command's ordinary output: the
// reasons that came from libraries (x509, the network, the system) are
// the program's own words now.
func TestSwedishReasonsHaveNoEnglish(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("ssh-agent sockets and the system's errors are Unix's here")
	}
	dir := t.TempDir()
	a := filepath.Join(dir, "a.yaml")
	data, err := os.ReadFile(filepath.Join(repoRoot, "testdata", "companies", "duties-startup.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"a.yaml":     string(data),
		"cert.pem":   "-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n",
		"broken.pem": "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n",
		"dsa.pem":    "-----BEGIN DSA PRIVATE KEY-----\nAAAA\n-----END DSA PRIVATE KEY-----\n",
		"k.pub":      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDPOI36Uc68hhJmVb5532bR6z0QxRohP+efBuAh2sQEb board@example.com\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	sign := func(key string) []string {
		return []string{"sign", "-a", a, "--key", filepath.Join(dir, key), "--name", "K"}
	}
	for _, tc := range []struct {
		env  map[string]string
		args []string
		want string // a Swedish reason the output must have
	}{
		{nil, sign("cert.pem"), "ett X.509-certifikat"},
		{nil, sign("broken.pem"), "går inte att läsa som en nyckel"},
		{nil, sign("dsa.pem"), "DSA-nycklar stöds inte"},
		{nil, sign("a.yaml/k"), "en del av sökvägen är inte en mapp"},
		{map[string]string{"SSH_AUTH_SOCK": filepath.Join(dir, "none.sock")}, sign("k.pub"), "det finns ingen socket på den sökvägen"},
		{map[string]string{"SSH_AUTH_SOCK": a}, sign("k.pub"), "sökvägen är en fil, inte en socket"},
		{map[string]string{"SSH_AUTH_SOCK": dir}, sign("k.pub"), "sökvägen är en mapp, inte en socket"},
		{nil, []string{"validate", filepath.Join(a, "x")}, "en del av sökvägen är inte en mapp"},
	} {
		args := append(tc.args, "--lang", "sv")
		t.Run(strings.Join(args[:1], " "), func(t *testing.T) {
			_, out, errOut := run(t, tc.env, args...)
			if !strings.Contains(errOut, tc.want) {
				t.Errorf("%v: %q does not say %q", args, errOut, tc.want)
			}
			text := program.ReplaceAllString(strings.ReplaceAll(out+errOut, dir, "D"), "")
			for _, line := range strings.Split(text, "\n") {
				if m := english.FindString(line); m != "" {
					t.Errorf("%v: English %q in %q", args, strings.TrimSpace(m), line)
				}
			}
			for _, lib := range []string{"x509", "asn1", "ssh:", "unsupported", "structure", "dial", "connect:", "not a directory", "refused"} {
				if strings.Contains(errOut, lib) {
					t.Errorf("%v: the library's %q in %q", args, lib, errOut)
				}
			}
		})
	}
}
