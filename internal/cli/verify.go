package cli

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/signoff"
)

// verifyCmd checks every sign-off beside an answers file: its signature,
// its signer against the allowed-signers list, and whether it covers the
// answers and questionnaire as they are now.
var verifyCmd = &Command{
	Name:  "verify",
	Args:  "-a FILE",
	Short: "check the sign-offs: signatures, signers, and whether they cover the current answers",
	Long: "Checks each sign-off in FILE's signoffs file (assessment.yaml → assessment.signoffs.yaml):\n" +
		"whether its SSH signature is valid, whether the signer is allowed by the\n" +
		"allowed-signers list (--allowed-signers, else git's gpg.ssh.allowedSignersFile;\n" +
		"without either, signers are not checked), and whether it covers the current\n" +
		"answers and questionnaire or which changed since.\n\n" +
		"Exit 1 when any signature is not valid, or when no approval with a valid\n" +
		"signature and an allowed signer covers the current answers and questionnaire.\n\n" +
		"--message N prints exactly the bytes the N-th sign-off's signature covers, and\n" +
		"--signature N its signature, so that ssh-keygen checks it without dutycheck:\n" +
		"  dutycheck verify -a FILE --signature 1 > sig\n" +
		"  dutycheck verify -a FILE --message 1 |\n" +
		"    ssh-keygen -Y verify -f allowed_signers -I karin@example.com -n dutycheck -s sig",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		af := addAssessmentFlags(fs)
		allowed := fs.String("allowed-signers", "", "allowed-signers `FILE` in git's format (default: git's gpg.ssh.allowedSignersFile)")
		message := fs.Int("message", 0, "print the signed message of sign-off `N` (from 1) and nothing else")
		sig := fs.Int("signature", 0, "print the signature of sign-off `N` (from 1) and nothing else")
		return func(env *Env, args []string) error {
			if err := af.parse(fs, args); err != nil {
				return err
			}
			spath := signoffsPath(*af.apath)
			f, _, err := readSignoffs(spath)
			if err != nil {
				return err
			}
			if f == nil {
				return invalid(sayAt(*af.apath, "cli.verify.none", spath, *af.apath))
			}
			if *message != 0 || *sig != 0 {
				return printSigned(env, f, spath, *message, *sig)
			}
			return verify(env, f, spath, *allowed, af)
		}
	},
}

// printSigned prints one sign-off's message or signature, byte for byte.
func printSigned(env *Env, f *signoff.File, spath string, message, sig int) error {
	n, flagName := message, "--message"
	if sig != 0 {
		n, flagName = sig, "--signature"
	}
	if message != 0 && sig != 0 {
		return usageErr("cli.verify.both")
	}
	if n < 1 || n > len(f.Signoffs) {
		return usageErr("cli.verify.range", flagName, n, spath, len(f.Signoffs))
	}
	s := f.Signoffs[n-1]
	out := s.Message()
	if sig != 0 {
		out = []byte(strings.TrimRight(s.Signature, "\n") + "\n")
	}
	if _, err := env.Stdout.Write(out); err != nil {
		return ioErr(err)
	}
	return nil
}

// verify prints each sign-off's verdict and the state, and fails as the
// command's help says.
func verify(env *Env, f *signoff.File, spath, allowedFlag string, af assessmentFlags) error {
	apath := *af.apath
	adata, err := readFile(apath)
	if err != nil {
		return err
	}
	qf, err := assessmentQuestionnaireFile(*af.qspec, apath, answers.Parse(apath, adata))
	if err != nil {
		return err
	}
	cur := currentOf(qf, adata)
	lang, err := af.language(qf.q)
	if err != nil {
		return err
	}
	list, err := allowedSigners(allowedFlag, apath)
	if err != nil {
		return err
	}
	p := l10n.For(lang)
	vs := signoff.Judge(f, cur, list)
	st := signoff.Summarize(vs, list != nil)
	var b strings.Builder
	if list != nil {
		b.WriteString(p.T("verify.head.list", spath, p.N("signoffs", len(vs)), list.Path) + "\n")
		if ca := list.CertAuthorityLines(); len(ca) > 0 {
			b.WriteString(p.T("verify.ca", list.Path, joinInts(ca)) + "\n")
		}
	} else {
		b.WriteString(p.T("verify.head.nolist", spath, p.N("signoffs", len(vs))) + "\n")
	}
	for i := range vs {
		writeVerdict(&b, p, &vs[i], list)
	}
	b.WriteString(st.Line(p) + "\n")
	for _, line := range strings.SplitAfter(b.String(), "\n") {
		if line != "" {
			fmt.Fprintln(env.Stdout, inert.Line(strings.TrimSuffix(line, "\n")))
		}
	}
	if st.Invalid > 0 || !st.Final() {
		return &exitError{exitInvalid, errSilent}
	}
	return nil
}

// writeVerdict writes one sign-off's lines: who and when, then its
// signature, its signer and what it covers.
func writeVerdict(b *strings.Builder, p *l10n.Printer, v *signoff.Verdict, list *signoff.AllowedSigners) {
	s := v.Signoff
	fmt.Fprintf(b, "%d. %s\n", v.N, p.T("verify.who", signoff.MeaningWord(p, s.Meaning), s.Who(), s.Date, s.Fingerprint()))
	fmt.Fprintf(b, "   %s\n", signatureLine(p, v.Signature))
	fmt.Fprintf(b, "   %s\n", signerLine(p, v, list))
	fmt.Fprintf(b, "   %s\n", coversLine(p, v))
}

func signatureLine(p *l10n.Printer, c signoff.SignatureCheck) string {
	switch c.Problem {
	case signoff.SigValid:
		return p.T("verify.sig.valid")
	case signoff.SigNamespace:
		return p.T("verify.sig.namespace", c.Namespace)
	case signoff.SigHash:
		return p.T("verify.sig.hash", c.Hash)
	case signoff.SigOtherKey:
		return p.T("verify.sig.otherkey")
	case signoff.SigMismatch:
		return p.T("verify.sig.mismatch")
	}
	if c.Err == nil {
		return p.T("verify.sig.unreadable", "")
	}
	return p.T("verify.sig.unreadable", errorIn(p, c.Err))
}

func signerLine(p *l10n.Printer, v *signoff.Verdict, list *signoff.AllowedSigners) string {
	c := v.Signer
	switch c.Status {
	case signoff.SignerAllowed:
		_, comment, _ := signoff.ParseKey(v.Signoff.Key)
		id := c.Identity(comment)
		if id == "" {
			id = c.Principals
		}
		return p.T("verify.signer.allowed", id, list.Path, c.Line)
	case signoff.SignerNotListed:
		return p.T("verify.signer.notlisted", list.Path)
	case signoff.SignerNamespace:
		return p.T("verify.signer.namespace", list.Path, c.Line)
	case signoff.SignerExpired:
		return p.T("verify.signer.expired", list.Path, c.Line, c.Bound.Format("2006-01-02 15:04 MST"))
	case signoff.SignerNotYetValid:
		return p.T("verify.signer.notyet", list.Path, c.Line, c.Bound.Format("2006-01-02 15:04 MST"))
	}
	return p.T("verify.signer.unchecked")
}

func coversLine(p *l10n.Printer, v *signoff.Verdict) string {
	q := v.Signoff.Questionnaire
	switch {
	case v.Covers():
		return p.T("verify.covers")
	case v.AnswersChanged && v.QuestionnaireChanged:
		return p.T("verify.changed.both", v.Signoff.Answers.File, q.ID, q.Version)
	case v.AnswersChanged:
		return p.T("verify.changed.answers", v.Signoff.Answers.File)
	}
	return p.T("verify.changed.questionnaire", q.ID, q.Version)
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ", ")
}
