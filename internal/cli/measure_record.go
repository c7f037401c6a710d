package cli

import (
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/measure"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// measuredRun is what a measurement recorded: the sources by name and
// digest, and the evidence items it listed.
type measuredRun struct {
	sources  []answers.ExportSource
	evidence []answers.Evidence
}

// insideFolder is the path of file relative to the answers file's folder
// when it lies in that folder's tree, written with "/"; ok is false for a
// file elsewhere.
func insideFolder(apath, file string) (string, bool) {
	dir, err1 := filepath.Abs(filepath.Dir(apath))
	full, err2 := filepath.Abs(file)
	if err1 != nil || err2 != nil {
		return "", false
	}
	rel, err := filepath.Rel(dir, full)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	c, err := answers.CleanEvidencePath(filepath.ToSlash(rel))
	if err != nil {
		return "", false
	}
	return c, true
}

// recordMeasured writes each result into its answer: the value (or
// "don't know" with a note when the figure falls on an open case), the
// measured record, and the exports (or the reduced copy) as evidence
// when they lie inside the answers file's folder. A question with no case
// in scope is left as it was.
func recordMeasured(env *Env, o measureOpts, q *questionnaire.Questionnaire, f *answers.File, lang string,
	out *measure.Outcome, hs []hashedExport, red reducedCopy) *measuredRun {
	at := today(env)
	run := &measuredRun{}
	for _, h := range hs {
		sum := hex.EncodeToString(h.h.Sum(nil))
		name, inside := insideFolder(o.apath, h.path)
		if !inside {
			name = filepath.Base(h.path)
		}
		run.sources = append(run.sources, answers.ExportSource{File: name, SHA256: sum})
		if inside && o.reduced == "" {
			run.evidence = append(run.evidence, answers.Evidence{File: name, SHA256: sum, Date: at})
		}
	}
	if o.reduced != "" {
		if name, inside := insideFolder(o.apath, o.reduced); inside {
			run.evidence = append(run.evidence, answers.Evidence{File: name, SHA256: red.sha256, Date: at})
		}
	}
	p := l10n.For(lang)
	for _, r := range out.Results {
		if r.NoCases {
			continue
		}
		qn := q.Question(r.Spec.Question)
		old := f.Get(qn.ID)
		a := &answers.Answer{}
		if old != nil {
			c := *old
			a = &c
		}
		a.NA, a.Estimate, a.Unknown = false, false, false
		a.Value = answers.Value{}
		switch {
		case r.Unknown:
			a.Unknown = true
			a.Note = p.N("measure.open.note", r.Open, r.Cases, r.Spec.To, p.MetricName(string(r.Spec.Metric), r.Spec.Within))
		case qn.Type == questionnaire.Duration:
			a.Value = answers.Value{Set: true, Duration: r.Duration()}
		default:
			a.Value = answers.Value{Set: true, Number: r.Number}
		}
		a.Measured = &answers.Measured{Metric: string(r.Spec.Metric), Cases: r.Cases, Open: r.Open, Excluded: r.Excluded,
			Repeated: out.Repeated, From: out.Period.From.Time(), To: out.Period.To.Time(), Sources: run.sources, At: at}
		a.Evidence = withEvidence(a.Evidence, run.evidence)
		f.Put(qn, a)
	}
	return run
}

// withEvidence is list with each item of add in place of an item for the
// same file, or after the others.
func withEvidence(list, add []answers.Evidence) []answers.Evidence {
	out := append([]answers.Evidence(nil), list...)
	for _, e := range add {
		replaced := false
		for i := range out {
			if out[i].File == e.File {
				out[i], replaced = e, true
			}
		}
		if !replaced {
			out = append(out, e)
		}
	}
	return out
}

// noteUncheckedSources says, for validate, which exports a measured answer
// rests on that cannot be re-hashed: those outside the answers file's
// folder, recorded by name and digest only. It is a note, not a problem.
func noteUncheckedSources(env *Env, path string, q *questionnaire.Questionnaire, f *answers.File) {
	for _, qn := range q.Questions {
		a := f.Get(qn.ID)
		if a == nil || a.Measured == nil {
			continue
		}
		for _, s := range a.Measured.Sources {
			listed := false
			for _, e := range a.Evidence {
				listed = listed || e.File == s.File
			}
			if !listed {
				fmt.Fprintf(env.Stderr, "%s: note: %q was measured from %s, which is not kept beside the answers file (recorded by name and digest only), so it cannot be re-checked\n",
					path, qn.ID, inert.Line(s.File))
			}
		}
	}
}
