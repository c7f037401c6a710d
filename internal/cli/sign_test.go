package cli

import (
	"bytes"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/signoff"
)

// needTool finds a program the sign-off tests need (ssh-keygen,
// ssh-agent). Without it they skip, except in CI (CI=true), where a
// missing tool is a broken machine and fails.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed and CI=true: install openssh-client (.ci/run does)", name)
		}
		t.Skipf("%s is not installed", name)
	}
	return p
}

// signDay is the date every test signs on.
var signDay = time.Date(2026, 12, 10, 9, 30, 0, 0, time.UTC)

// signEnv is reportEnv's Env on signDay.
func signEnv(vars map[string]string) (*Env, *bytes.Buffer, *bytes.Buffer) {
	env, out, errb := reportEnv(vars)
	env.Now = func() time.Time { return signDay }
	return env, out, errb
}

// signFiles copies a real assessment of the built-in questionnaire into a
// fresh folder as assessment.yaml and returns the folder and its path.
func signFiles(t *testing.T) (dir, apath string) {
	t.Helper()
	dir = t.TempDir()
	data, err := os.ReadFile("../../testdata/companies/duties-startup.yaml")
	if err != nil {
		t.Fatal(err)
	}
	apath = filepath.Join(dir, "assessment.yaml")
	if err := os.WriteFile(apath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, apath
}

// keygen makes an SSH key pair on the spot with ssh-keygen and returns the
// private key's path (the public key is PATH.pub).
func keygen(t *testing.T, dir, name, typ, pass, comment string) string {
	t.Helper()
	needTool(t, "ssh-keygen")
	path := filepath.Join(dir, name)
	args := []string{"-q", "-t", typ, "-N", pass, "-C", comment, "-f", path}
	if typ == "rsa" {
		args = append(args, "-b", "2048")
	}
	if out, err := exec.Command("ssh-keygen", args...).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen %v: %v\n%s", args, err, out)
	}
	return path
}

// allowedFile writes an allowed-signers file with one line per key, the
// principal first, as git's documentation writes it.
func allowedFile(t *testing.T, dir string, lines ...string) string {
	t.Helper()
	path := filepath.Join(dir, "allowed_signers")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// allowedLine is "principal options public-key".
func allowedLine(t *testing.T, principal, options, keyPath string) string {
	t.Helper()
	pub, err := os.ReadFile(keyPath + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(strings.Join([]string{principal, options, strings.TrimSpace(string(pub))}, " "))
}

// startAgent runs a real ssh-agent in the foreground on its own socket in
// a temporary folder, and kills it when the test ends.
func startAgent(t *testing.T) string {
	t.Helper()
	needTool(t, "ssh-agent")
	sock := filepath.Join(t.TempDir(), "agent.sock")
	cmd := exec.Command("ssh-agent", "-D", "-a", sock)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	// The socket exists from bind(2), before ssh-agent listens on it: it
	// is ready when a connection is taken, not when the file is there.
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if c, err := net.Dial("unix", sock); err == nil {
			c.Close()
			return sock
		}
	}
	t.Fatal("ssh-agent did not listen on its socket")
	return ""
}

// agentAdd loads a private key into the agent at sock.
func agentAdd(t *testing.T, sock, key string) {
	t.Helper()
	needTool(t, "ssh-add")
	cmd := exec.Command("ssh-add", "-q", key)
	cmd.Env = append(os.Environ(), "SSH_AUTH_SOCK="+sock)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("ssh-add: %v\n%s", err, out)
	}
}

// runSign runs dutycheck and returns its exit code, stdout and stderr.
func runSign(env *Env, out, errb *bytes.Buffer, args ...string) (int, string, string) {
	out.Reset()
	errb.Reset()
	code := Run(env, args)
	return code, out.String(), errb.String()
}

// sshKeygenVerify checks the n-th sign-off of apath with ssh-keygen alone:
// the message and signature dutycheck prints, piped as the README shows.
func sshKeygenVerify(t *testing.T, apath, allowed, principal, namespace string, n int) (string, error) {
	t.Helper()
	env, out, errb := signEnv(nil)
	num := string(rune('0' + n))
	code, msg, stderr := runSign(env, out, errb, "verify", "-a", apath, "--message", num)
	if code != 0 {
		t.Fatalf("verify --message: exit %d: %s", code, stderr)
	}
	code, sig, stderr := runSign(env, out, errb, "verify", "-a", apath, "--signature", num)
	if code != 0 {
		t.Fatalf("verify --signature: exit %d: %s", code, stderr)
	}
	sigPath := filepath.Join(t.TempDir(), "sig")
	if err := os.WriteFile(sigPath, []byte(sig), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("ssh-keygen", "-Y", "verify", "-f", allowed, "-I", principal, "-n", namespace, "-s", sigPath)
	cmd.Stdin = strings.NewReader(msg)
	got, err := cmd.CombinedOutput()
	return string(got), err
}

func TestSignOffVerifiesWithDutycheckAndSSHKeygen(t *testing.T) {
	needTool(t, "ssh-keygen")
	for _, tc := range []struct {
		name, typ, pass string
		agent, prompt   bool
	}{
		{name: "ed25519 file key", typ: "ed25519"},
		{name: "ed25519 file key with a passphrase asked on the terminal", typ: "ed25519", pass: "correct horse", prompt: true},
		{name: "ed25519 file key with the passphrase in " + passphraseEnv, typ: "ed25519", pass: "correct horse"},
		{name: "ecdsa file key", typ: "ecdsa"},
		{name: "rsa file key", typ: "rsa"},
		{name: "rsa key in ssh-agent", typ: "rsa", agent: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, apath := signFiles(t)
			key := keygen(t, dir, "id_"+tc.typ, tc.typ, tc.pass, "karin@example.com")
			vars := map[string]string{}
			keyArg := key
			if tc.agent {
				sock := startAgent(t)
				agentAdd(t, sock, key)
				vars["SSH_AUTH_SOCK"] = sock
				keyArg = key + ".pub"
			}
			if tc.pass != "" && !tc.prompt {
				vars[passphraseEnv] = tc.pass
			}
			env, out, errb := signEnv(vars)
			asked := ""
			if tc.prompt {
				env.ReadPassword = func(prompt string) ([]byte, error) {
					asked = prompt
					return []byte(tc.pass), nil
				}
			}
			code, stdout, stderr := runSign(env, out, errb, "sign", "-a", apath, "--key", keyArg, "--name", "Karin Berg", "--role", "Chair of the board", "--next-review", "2027-12-10")
			if code != 0 {
				t.Fatalf("sign: exit %d: %s", code, stderr)
			}
			if tc.prompt && asked != "Passphrase for "+key+": " {
				t.Errorf("passphrase prompt %q", asked)
			}
			if !strings.HasPrefix(stdout, "Signed: approved by Karin Berg, Chair of the board, 2026-12-10, key SHA256:") {
				t.Errorf("sign said %q", stdout)
			}
			allowed := allowedFile(t, dir, allowedLine(t, "karin@example.com", `namespaces="git,dutycheck"`, key))
			code, stdout, stderr = runSign(env, out, errb, "verify", "-a", apath, "--allowed-signers", allowed)
			if code != 0 {
				t.Fatalf("verify: exit %d: %s%s", code, stdout, stderr)
			}
			for _, want := range []string{"1 sign-off; signers checked against " + allowed, "   signature valid\n", "   signer allowed as karin@example.com (" + allowed + " line 1)\n", "   covers the current answers and questionnaire\n", "Final — approved by Karin Berg, Chair of the board, 2026-12-10\n"} {
				if !strings.Contains(stdout, want) {
					t.Errorf("verify lacks %q:\n%s", want, stdout)
				}
			}
			got, err := sshKeygenVerify(t, apath, allowed, "karin@example.com", "dutycheck", 1)
			if err != nil || !strings.Contains(got, `Good "dutycheck" signature for karin@example.com`) {
				t.Fatalf("ssh-keygen -Y verify: %v\n%s", err, got)
			}
			// the namespace is checked: the same signature is not a git one
			if got, err := sshKeygenVerify(t, apath, allowed, "karin@example.com", "git", 1); err == nil {
				t.Errorf("ssh-keygen accepted the sign-off as a git signature:\n%s", got)
			}
		})
	}
}

// signed makes a folder with an answers file signed off once with a fresh
// ed25519 key (in a git repository when inGit), and returns the answers
// path, the key and an allowed-signers file for it.
func signedOff(t *testing.T, extra ...string) (apath, key, allowed string) {
	t.Helper()
	dir, apath := signFiles(t)
	key = keygen(t, dir, "id_ed25519", "ed25519", "", "karin@example.com")
	env, out, errb := signEnv(nil)
	args := append([]string{"sign", "-a", apath, "--key", key, "--name", "Karin Berg", "--role", "Chair of the board", "--next-review", "2027-12-10"}, extra...)
	if code, _, stderr := runSign(env, out, errb, args...); code != 0 {
		t.Fatalf("sign: exit %d: %s", code, stderr)
	}
	return apath, key, allowedFile(t, dir, allowedLine(t, "karin@example.com", "", key))
}

// Every signed field changed in the signoffs file, and the answers or the
// questionnaire changed after the approval, are each reported as what
// they are; ssh-keygen agrees about the signature.
func TestSignOffTamperedFieldByField(t *testing.T) {
	needTool(t, "ssh-keygen")
	other := keygen(t, t.TempDir(), "other", "ed25519", "", "karin@example.com")
	otherPub, _ := os.ReadFile(other + ".pub")
	const mismatch = "signature NOT valid: it does not match the signed fields (a field or the signature was changed after signing)"
	for _, tc := range []struct {
		name     string
		old, new string // in the signoffs file
		answers  bool   // change one byte of the answers file instead
		// flipAfter changes the hex digit after old instead of replacing it
		flipAfter bool
		want      string
		sigValid  bool
	}{
		{name: "name", old: `name: "Karin Berg"`, new: `name: "Karin Borg"`, want: mismatch},
		{name: "role", old: `role: "Chair of the board"`, new: `role: "Chair"`, want: mismatch},
		{name: "meaning", old: "meaning: approved", new: "meaning: reviewed", want: mismatch},
		{name: "date", old: "date: 2026-12-10", new: "date: 2026-12-09", want: mismatch},
		{name: "next_review", old: "next_review: 2027-12-10", new: "next_review: 2028-12-10", want: mismatch},
		{name: "answers file", old: `file: "assessment.yaml"`, new: `file: "other.yaml"`, want: mismatch},
		{name: "answers digest", old: `file: "assessment.yaml", sha256: `, flipAfter: true, want: mismatch},
		{name: "answers digest not a digest", old: "sha256: ", new: "sha256: 0", want: "answers.sha256: "},
		{name: "questionnaire digest", old: `version: "3.0.0", sha256: `, flipAfter: true, want: mismatch},
		{name: "questionnaire id", old: `id: "csea-duties"`, new: `id: "csea-quick"`, want: mismatch},
		{name: "questionnaire version", old: `version: "3.0.0"`, new: `version: "3.0.1"`, want: mismatch},
		{name: "added commit", old: "    key: ", new: "    commit: \"" + strings.Repeat("ab", 20) + "\"\n    key: ", want: mismatch},
		{name: "key comment", old: `karin@example.com"`, new: `eve@example.com"`, want: mismatch},
		{name: "key", old: "key: ", new: "key: \"" + strings.TrimSpace(string(otherPub)) + "\"\n    x-old-key: ", want: "unknown field \"x-old-key\""},
		{name: "signature cut", old: "-----END SSH SIGNATURE-----", new: "", want: "signature: cannot be read"},
		{name: "answers byte", answers: true, want: "the answers (assessment.yaml) changed since", sigValid: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			apath, _, allowed := signedOff(t)
			spath := signoffsPath(apath)
			if tc.answers {
				data, _ := os.ReadFile(apath)
				i := bytes.Index(data, []byte("organization: ")) + len("organization: ")
				data[i] ^= 0x20 // one letter's case: one byte of the answers
				if err := os.WriteFile(apath, data, 0o644); err != nil {
					t.Fatal(err)
				}
			} else {
				data, _ := os.ReadFile(spath)
				if !bytes.Contains(data, []byte(tc.old)) {
					t.Fatalf("the signoffs file lacks %q:\n%s", tc.old, data)
				}
				if tc.flipAfter {
					// the hex digit after old becomes another hex digit
					i := bytes.Index(data, []byte(tc.old)) + len(tc.old)
					data[i] = "1032547698badcfe"[strings.IndexByte("0123456789abcdef", data[i])]
				} else {
					data = bytes.Replace(data, []byte(tc.old), []byte(tc.new), 1)
				}
				if err := os.WriteFile(spath, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			env, out, errb := signEnv(nil)
			code, stdout, stderr := runSign(env, out, errb, "verify", "-a", apath, "--allowed-signers", allowed)
			if code != 1 {
				t.Errorf("verify: exit %d, want 1", code)
			}
			if !strings.Contains(stdout+stderr, tc.want) {
				t.Errorf("verify does not say %q:\n%s%s", tc.want, stdout, stderr)
			}
			if stderr != "" {
				// a damaged file, reported at its place, one line
				if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, spath+":") {
					t.Errorf("stderr is not one placed line: %q", stderr)
				}
				return
			}
			if !strings.Contains(stdout, "Draft — ") {
				t.Errorf("a tampered sign-off still approves:\n%s", stdout)
			}
			got, err := sshKeygenVerify(t, apath, allowed, "karin@example.com", "dutycheck", 1)
			if (err == nil) != tc.sigValid {
				t.Errorf("ssh-keygen says valid=%v, want %v:\n%s", err == nil, tc.sigValid, got)
			}
		})
	}
}

func TestSignOffKeyAndSignatureSwapped(t *testing.T) {
	needTool(t, "ssh-keygen")
	apath, _, allowed := signedOff(t)
	other := keygen(t, filepath.Dir(apath), "other", "ed25519", "", "eve@example.com")
	otherPub, _ := os.ReadFile(other + ".pub")
	spath := signoffsPath(apath)
	data, _ := os.ReadFile(spath)
	f, err := signoff.Parse(spath, data)
	if err != nil {
		t.Fatal(err)
	}
	s := f.Signoffs[0]
	swapped := bytes.Replace(data, []byte(s.Key), []byte(strings.TrimSpace(string(otherPub))), 1)
	if err := os.WriteFile(spath, swapped, 0o644); err != nil {
		t.Fatal(err)
	}
	env, out, errb := signEnv(nil)
	code, stdout, _ := runSign(env, out, errb, "verify", "-a", apath, "--allowed-signers", allowed)
	if code != 1 || !strings.Contains(stdout, "signature NOT valid: made by another key than the one the key field names") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}

	// A signature damaged inside its bytes (the last base64 line holds the
	// signature proper) is not valid; one damaged in its structure does
	// not read, and is reported at its place.
	if err := os.WriteFile(spath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(s.Signature, "\n"), "\n")
	last := lines[len(lines)-2]
	flipped := last[:10] + string(last[10]^1) + last[11:]
	if err := os.WriteFile(spath, bytes.Replace(data, []byte(last), []byte(flipped), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runSign(env, out, errb, "verify", "-a", apath, "--allowed-signers", allowed)
	if code != 1 || !strings.Contains(stdout+stderr, "signature") || strings.Contains(stdout, "signature valid") {
		t.Errorf("damaged signature: exit %d:\n%s%s", code, stdout, stderr)
	}
}

func TestSignOffOfChangedQuestionnaire(t *testing.T) {
	needTool(t, "ssh-keygen")
	dir, apath := signFiles(t)
	key := keygen(t, dir, "k", "ed25519", "", "karin@example.com")
	qdata, err := os.ReadFile("../../questionnaires/csea-duties.yaml")
	if err != nil {
		t.Fatal(err)
	}
	qpath := filepath.Join(dir, "q.yaml")
	if err := os.WriteFile(qpath, qdata, 0o644); err != nil {
		t.Fatal(err)
	}
	env, out, errb := signEnv(nil)
	if code, _, stderr := runSign(env, out, errb, "sign", "-q", qpath, "-a", apath, "--key", key, "--name", "Karin Berg"); code != 0 {
		t.Fatal(stderr)
	}
	if code, stdout, _ := runSign(env, out, errb, "verify", "-q", qpath, "-a", apath); code != 0 {
		t.Fatalf("exit %d:\n%s", code, stdout)
	}
	if err := os.WriteFile(qpath, append(qdata, []byte("# a comment\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := runSign(env, out, errb, "verify", "-q", qpath, "-a", apath)
	if code != 1 || !strings.Contains(stdout, "the questionnaire (then csea-duties ") || !strings.Contains(stdout, "Draft — approved version changed since 2026-12-10") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
}

// A Windows checkout turns every LF into CRLF; the digests read CRLF as
// LF, so the sign-off still covers the answers.
func TestSignOffVerifiesInACRLFCheckout(t *testing.T) {
	apath, _, allowed := signedOff(t)
	env, out, errb := signEnv(nil)
	_, before, _ := runSign(env, out, errb, "verify", "-a", apath, "--message", "1")
	for _, p := range []string{apath, signoffsPath(apath), allowed} {
		data, _ := os.ReadFile(p)
		crlf := bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
		if err := os.WriteFile(p, crlf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := runSign(env, out, errb, "verify", "-a", apath, "--allowed-signers", allowed)
	if code != 0 || !strings.Contains(stdout, "Final — approved by Karin Berg") {
		t.Fatalf("exit %d:\n%s%s", code, stdout, stderr)
	}
	_, after, _ := runSign(env, out, errb, "verify", "-a", apath, "--message", "1")
	if after != before {
		t.Errorf("the message changed with the line ends:\n%q\n%q", before, after)
	}
	if got, err := sshKeygenVerify(t, apath, allowed, "karin@example.com", "dutycheck", 1); err != nil {
		t.Errorf("ssh-keygen: %v\n%s", err, got)
	}
	// a second sign-off appended to the CRLF file keeps its line ends
	key := filepath.Join(filepath.Dir(apath), "id_ed25519")
	if code, _, stderr := runSign(env, out, errb, "sign", "-a", apath, "--key", key, "--meaning", "reviewed"); code != 0 {
		t.Fatal(stderr)
	}
	data, _ := os.ReadFile(signoffsPath(apath))
	if bytes.Count(data, []byte("\n")) != bytes.Count(data, []byte("\r\n")) {
		t.Error("the appended sign-off does not end its lines in CRLF")
	}
}

// A signature ssh-keygen makes over the message dutycheck prints is a
// dutycheck signature: the format is the one both speak.
func TestSSHKeygenSignatureVerifiesInDutycheck(t *testing.T) {
	needTool(t, "ssh-keygen")
	apath, _, allowed := signedOff(t)
	dir := filepath.Dir(apath)
	ola := keygen(t, dir, "ola", "ecdsa", "", "ola@example.com")
	pub, _ := os.ReadFile(ola + ".pub")
	spath := signoffsPath(apath)
	data, _ := os.ReadFile(spath)
	f, _ := signoff.Parse(spath, data)
	s := *f.Signoffs[0]
	s.Name, s.Role, s.Meaning, s.NextReview = "Ola Nordmann", "", signoff.Reviewed, ""
	s.Key = strings.TrimSpace(string(pub))
	for _, ns := range []string{"dutycheck", "git"} {
		cmd := exec.Command("ssh-keygen", "-Y", "sign", "-f", ola, "-n", ns)
		cmd.Stdin = bytes.NewReader(s.Message())
		sig, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		s.Signature = string(sig)
		withOla, err := signoff.Append(spath, data, &s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(spath, withOla, 0o644); err != nil {
			t.Fatal(err)
		}
		env, out, errb := signEnv(nil)
		_, stdout, stderr := runSign(env, out, errb, "verify", "-a", apath, "--allowed-signers", allowed)
		second := stdout[strings.Index(stdout, "\n2. "):]
		want := "   signature valid\n   signer NOT allowed: the key is not in " + allowed
		if ns == "git" {
			want = "   signature NOT valid: made for \"git\", not for dutycheck"
		}
		if !strings.Contains(second, want) {
			t.Errorf("namespace %s: verify lacks %q:\n%s%s", ns, want, stdout, stderr)
		}
	}
}

func TestSignRecordsTheCommitOfAnUnchangedFile(t *testing.T) {
	needTool(t, "ssh-keygen")
	dir := gitRepo(t)
	data, _ := os.ReadFile("../../testdata/companies/duties-startup.yaml")
	apath := filepath.Join(dir, "a.yaml")
	if err := os.WriteFile(apath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	git := func(args ...string) string {
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Env = gitEnv()
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	git("commit", "-q", "-am", "answers")
	head := git("rev-parse", "HEAD")
	key := keygen(t, t.TempDir(), "k", "ed25519", "", "")
	env, out, errb := signEnv(nil)
	if code, _, stderr := runSign(env, out, errb, "sign", "-a", apath, "--key", key, "--name", "K"); code != 0 {
		t.Fatal(stderr)
	}
	_, msg, _ := runSign(env, out, errb, "verify", "-a", apath, "--message", "1")
	if !strings.Contains(msg, "\ncommit: "+head+"\n") {
		t.Errorf("committed file: message lacks commit %s:\n%s", head, msg)
	}
	if err := os.WriteFile(apath, append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runSign(env, out, errb, "sign", "-a", apath, "--key", key, "--name", "K"); code != 0 {
		t.Fatal(stderr)
	}
	_, msg, _ = runSign(env, out, errb, "verify", "-a", apath, "--message", "2")
	if !strings.Contains(msg, "\ncommit: \n") {
		t.Errorf("changed file: message has a commit:\n%s", msg)
	}
}

// report and score judge the sign-offs as verify does: Final with the
// allowed-signers list, Final with "signer not checked" without one,
// Draft once the answers move on.
func TestReportAndScoreSayDraftOrFinal(t *testing.T) {
	apath, _, allowed := signedOff(t)
	dir := filepath.Dir(apath)
	env, out, errb := signEnv(map[string]string{"SOURCE_DATE_EPOCH": "1765000000"})
	pdfText := func(args ...string) string {
		t.Helper()
		pdf := filepath.Join(dir, "r.pdf")
		if code, _, stderr := runSign(env, out, errb, append([]string{"report", "-a", apath, "-o", pdf}, args...)...); code != 0 {
			t.Fatalf("report: %s", stderr)
		}
		bin, err := exec.LookPath("pdftotext")
		if err != nil {
			return ""
		}
		txt, err := exec.Command(bin, "-f", "1", "-l", "2", pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(string(txt)), " ")
	}
	final := "Final — approved by Karin Berg, Chair of the board, 2026-12-10"
	if txt := pdfText("--allowed-signers", allowed); txt != "" && (strings.Count(txt, final) != 2 || strings.Contains(txt, "not checked")) {
		t.Errorf("report with the list:\n%s", txt)
	}
	if txt := pdfText("--lang", "sv"); txt != "" && strings.Count(txt, "undertecknaren inte kontrollerad: nyckel SHA256:") != 2 {
		t.Errorf("report without a list:\n%s", txt)
	}
	_, stdout, _ := runSign(env, out, errb, "score", "-a", apath)
	if !strings.Contains(stdout, "\nSign-off   "+final+" (signer not checked: key SHA256:") {
		t.Errorf("score:\n%s", stdout)
	}
	data, _ := os.ReadFile(apath)
	if err := os.WriteFile(apath, append(data, []byte("# one more line\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	if txt := pdfText(); txt != "" && strings.Count(txt, "Draft — approved version changed since 2026-12-10") != 2 {
		t.Errorf("report after a change:\n%s", txt)
	}
	_, stdout, _ = runSign(env, out, errb, "score", "-a", apath)
	if !strings.Contains(stdout, "\nSign-off   Draft — approved version changed since 2026-12-10\n") {
		t.Errorf("score after a change:\n%s", stdout)
	}
	// a damaged signoffs file stops the report: nothing is judged from it
	if err := os.WriteFile(signoffsPath(apath), []byte("format: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runSign(env, out, errb, "report", "-a", apath, "-o", filepath.Join(dir, "x.pdf")); code != 1 || !strings.Contains(stderr, "signoffs.yaml:1:9:") {
		t.Errorf("report with a damaged signoffs file: exit %d %s", code, stderr)
	}
}

// Without --allowed-signers, verify and report use git's
// gpg.ssh.allowedSignersFile, as git does for signed commits.
func TestVerifyUsesGitsAllowedSignersFile(t *testing.T) {
	needTool(t, "ssh-keygen")
	dir := gitRepo(t) // HOME is the repository's folder: no user config
	data, _ := os.ReadFile("../../testdata/companies/duties-startup.yaml")
	apath := filepath.Join(dir, "a.yaml")
	if err := os.WriteFile(apath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	key := keygen(t, t.TempDir(), "k", "ed25519", "", "karin@example.com")
	env, out, errb := signEnv(nil)
	if code, _, stderr := runSign(env, out, errb, "sign", "-a", apath, "--key", key, "--name", "Karin Berg"); code != 0 {
		t.Fatal(stderr)
	}
	_, stdout, _ := runSign(env, out, errb, "verify", "-a", apath)
	if !strings.Contains(stdout, "signers not checked") {
		t.Fatalf("no list set, yet:\n%s", stdout)
	}
	list := allowedFile(t, t.TempDir(), allowedLine(t, "karin@example.com", "", key))
	cmd := exec.Command("git", "-C", dir, "config", "gpg.ssh.allowedSignersFile", list)
	cmd.Env = gitEnv()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	code, stdout, stderr := runSign(env, out, errb, "verify", "-a", apath)
	if code != 0 || !strings.Contains(stdout, "signers checked against "+list) || !strings.Contains(stdout, "signer allowed as karin@example.com") {
		t.Errorf("exit %d:\n%s%s", code, stdout, stderr)
	}
	// a list git names that is gone is an error, not "not checked"
	if err := os.Remove(list); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runSign(env, out, errb, "verify", "-a", apath)
	if want := "dutycheck: git's gpg.ssh.allowedSignersFile: " + list + ": no such file\n"; code != 2 || stderr != want {
		t.Errorf("exit %d: %q, want %q", code, stderr, want)
	}
	// in Swedish, the file's reason too
	code, _, stderr = runSign(env, out, errb, "verify", "-a", apath, "--lang", "sv")
	if want := "dutycheck: gits gpg.ssh.allowedSignersFile: " + list + ": filen finns inte\n"; code != 2 || stderr != want {
		t.Errorf("exit %d: %q, want %q", code, stderr, want)
	}
}
