package cli

import (
	"fmt"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// digestWarnings says, one line each in lang, when q is not the
// questionnaire the answers in f were given to: its SHA-256 differs from
// the one the answers file recorded. A changed copy of a built-in (same id
// and version) would otherwise score an assessment, and pass a CI gate,
// without a word. A file that recorded no SHA-256 (written by hand) gets
// no warning.
func digestWarnings(apath string, q *questionnaire.Questionnaire, f *answers.File, lang string) []string {
	rec := f.Questionnaire
	if rec.SHA256 == "" || q.SHA256 == "" || rec.SHA256 == q.SHA256 {
		return nil
	}
	p := l10n.For(lang)
	path := inert.Line(apath)
	if rec.Version == "" || rec.Version == q.Version {
		return []string{p.T("warn.digest.same", path, inert.Line(q.ID), inert.Line(q.Version), short(q.SHA256), short(rec.SHA256))}
	}
	return []string{p.T("warn.digest.version", path, inert.Line(rec.ID), inert.Line(rec.Version), short(rec.SHA256), inert.Line(q.Version), short(q.SHA256))}
}

// warnDigest prints digestWarnings on stderr and returns them, for the
// JSON outputs that carry them too.
func warnDigest(env *Env, apath string, q *questionnaire.Questionnaire, f *answers.File, lang string) []string {
	ws := digestWarnings(apath, q, f, lang)
	for _, w := range ws {
		fmt.Fprintf(env.Stderr, "dutycheck: %s\n", w)
	}
	return ws
}

// short is the start of a digest, enough to tell two apart.
func short(sum string) string {
	if len(sum) > 12 {
		return inert.Line(sum[:12]) + "…"
	}
	return inert.Line(sum)
}
