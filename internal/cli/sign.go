package cli

import (
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/dutycheck/dutycheck/internal/atomicfile"
	"github.com/dutycheck/dutycheck/internal/filelock"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/signoff"
)

// signCmd records a sign-off: who approved (or reviewed) exactly which
// answers, signed with the SSH key the person already uses for git.
var signCmd = &Command{
	Name:  "sign",
	Args:  "-a FILE --key KEY",
	Short: "sign off the answers: approve or review them, signed with your SSH key",
	Long: "Adds a sign-off to FILE's signoffs file (assessment.yaml → assessment.signoffs.yaml):\n" +
		"name, role, meaning, date, next review, the digests of the answers and the\n" +
		"questionnaire, the git commit when the answers file is committed unchanged,\n" +
		"the public key, and an SSH signature over those fields (namespace dutycheck),\n" +
		"which 'dutycheck verify' or ssh-keygen -Y verify checks. Earlier sign-offs are\n" +
		"never rewritten.\n\n" +
		"--key is an OpenSSH private key file (ed25519, ecdsa or rsa; a passphrase is\n" +
		"asked for on the terminal, never echoed; without a terminal it is read from\n" +
		passphraseEnv + "), or a public key file (.pub) whose private key\n" +
		"the running ssh-agent holds (SSH_AUTH_SOCK).\n\n" +
		"An approval names who approves (--name). Bad input writes nothing (exit 2).",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		af := addAssessmentFlags(fs)
		key := fs.String("key", "", "SSH `KEY`: a private key file, or a .pub file whose key ssh-agent holds")
		name := fs.String("name", "", "`NAME` of who signs, e.g. \"Karin Berg\"")
		role := fs.String("role", "", "`ROLE` of who signs, e.g. \"Chair of the board\"")
		meaning := fs.String("meaning", signoff.Approved, "`reviewed|approved`: what the signature says")
		next := fs.String("next-review", "", "`DATE` of the next review, YYYY-MM-DD")
		return func(env *Env, args []string) error {
			if err := af.parse(fs, args); err != nil {
				return err
			}
			if *key == "" {
				return usageErr("cli.sign.key")
			}
			s, err := signoffValues(env, *name, *role, *meaning, *next)
			if err != nil {
				return err
			}
			return sign(env, *af.qspec, *af.apath, *key, s, af)
		}
	},
}

// signoffValues checks the flags' values before anything is read: one
// line each, trimmed, without line breaks or control characters.
func signoffValues(env *Env, name, role, meaning, next string) (signoff.Signoff, error) {
	s := signoff.Signoff{
		Name: strings.TrimSpace(name), Role: strings.TrimSpace(role),
		Meaning: strings.TrimSpace(meaning), NextReview: strings.TrimSpace(next),
		Date: today(env).Format(questionnaire.DateLayout),
	}
	for _, f := range [][2]string{{"name", s.Name}, {"role", s.Role}, {"meaning", s.Meaning}, {"next-review", s.NextReview}} {
		if err := signoff.CheckValue("--"+f[0], f[1]); err != nil {
			return s, usageErr("cli.sign.error", err)
		}
	}
	if s.Meaning != signoff.Approved && s.Meaning != signoff.Reviewed {
		return s, usageErr("cli.sign.meaning", s.Meaning)
	}
	if s.Meaning == signoff.Approved && s.Name == "" {
		return s, usageErr("cli.sign.name")
	}
	if s.NextReview != "" {
		if _, err := questionnaire.ParseDate(s.NextReview); err != nil {
			return s, usageErr("cli.sign.nextreview", s.NextReview)
		}
		if s.NextReview <= s.Date {
			return s, usageErr("cli.sign.nextreview.past", s.NextReview, s.Date)
		}
	}
	return s, nil
}

// sign reads the answers and the questionnaire, checks the signoffs file
// can take one more entry, then loads the key, signs and appends, through
// the lock and the compare-before-write guard; nothing is written unless
// everything worked.
func sign(env *Env, qspec, apath, keyPath string, s signoff.Signoff, af assessmentFlags) error {
	adata, err := readFile(apath)
	if err != nil {
		return err
	}
	qf, _, err := decodeAssessmentFile(env, qspec, apath, adata, false)
	if err != nil {
		return err
	}
	lang, err := af.language(qf.q)
	if err != nil {
		return err
	}
	cur := currentOf(qf, adata)
	s.Answers = signoff.Answers{File: filepath.Base(apath), SHA256: cur.AnswersSHA256}
	s.Questionnaire = cur.Questionnaire
	if err := signoff.CheckValue("the answers file's name", s.Answers.File); err != nil {
		return usageErr("cli.sign.error", err)
	}
	if g := gitState(apath); g != nil && !g.Modified && g.Commit != "" {
		s.Commit = g.Head
	}

	spath := signoffsPath(apath)
	lock, err := filelock.Acquire(spath)
	if err != nil {
		return ioErr(lockProblem(err))
	}
	defer lock.Release()
	_, old, err := readSignoffs(spath)
	if err != nil {
		return err
	}

	key, err := loadSigningKey(env, keyPath)
	if err != nil {
		return err
	}
	defer key.close()
	s.Key = key.line
	signed, err := signoff.Sign(s, key.signer, rand.Reader)
	if err != nil {
		return usageErr("cli.sign.error", err)
	}
	out, err := signoff.Append(spath, old, signed)
	if err != nil {
		return invalid(err)
	}
	if err := atomicfile.NewGuard(spath, old, 0o644).Write(out); err != nil {
		var c *atomicfile.ConflictError
		if errors.As(err, &c) {
			return ioErr(say("cli.sign.conflict", spath, c.Mine))
		}
		return saveErr(spath, err)
	}
	n := 1
	if f, err := signoff.Parse(spath, out); err == nil {
		n = len(f.Signoffs)
	}
	p := l10n.For(lang)
	fmt.Fprintln(env.Stdout, inert.Line(p.T("sign.done", signoff.MeaningWord(p, signed.Meaning), signed.Who(), signed.Date, signed.Fingerprint())))
	fmt.Fprintln(env.Stdout, inert.Line(p.T("sign.saved", n, spath)))
	return nil
}
