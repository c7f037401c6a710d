package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/filekind"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/measure"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// measureCmd fills answers from the team's own case exports: each
// question with a `measure` that applies gets its value and a `measured`
// record, written through the same lock and compare-before-write as
// `plan set`. Anything wrong with the flags, the map or an export is one
// line, and nothing is written.
var measureCmd = &Command{
	Name:  "measure",
	Args:  "-a FILE ( --map FILE | --preset NAME ) EXPORT.csv…",
	Short: "fill measured answers (medians, percentiles, shares, counts) from case exports",
	Long: "Computes the answer of every question with a `measure` that applies from the\n" +
		"team's case exports (CSV with , ; or tab; UTF-8, with or without a byte-order\n" +
		"mark). A map file (--map) or a shipped preset (--preset zendesk or jira) says\n" +
		"which column plays which role. Each figure is written with a `measured` record\n" +
		"(metric, cases, open, excluded, repeated ids, period, the exports by name and\n" +
		"SHA-256); an export inside the answers file's folder is also listed as evidence.\n" +
		"Open cases count as slower than every closed one; when the figure falls on an\n" +
		"open case the answer is \"don't know\" with a note saying how many are open.\n" +
		"A question with no case in scope is left as it was. See docs/measure.md.\n" +
		"A bad flag, map or export is one line with its place, and nothing is written.",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		af := addAssessmentFlags(fs)
		mapPath := fs.String("map", "", "map `FILE` saying which column of the export plays which role")
		preset := fs.String("preset", "", "a shipped map `NAME` instead of --map: "+strings.Join(measure.Presets(), ", "))
		tz := fs.String("timezone", "", "time `ZONE` of timestamps without an offset, e.g. Europe/Stockholm (default: the map's, else UTC)")
		period := fs.String("period", "", "only cases received `FROM..TO`, local dates, both included, e.g. 2026-07-01..2026-09-30")
		reduced := fs.String("reduced", "", "also write `FILE`, a copy of the exports with only the columns read, recorded as evidence in place of the exports")
		dry := fs.Bool("dry-run", false, "print what would be written, and write nothing")
		format := fs.String("format", "", "output format: `text|json` (default text)")
		return func(env *Env, args []string) error {
			exports, err := parseFlags(fs, args)
			if err != nil {
				return err
			}
			o := measureOpts{qspec: *af.qspec, apath: *af.apath, mapPath: *mapPath, preset: *preset, tz: *tz,
				period: *period, reduced: *reduced, dry: *dry, format: *format, exports: exports}
			return runMeasure(env, o, af)
		}
	},
}

type measureOpts struct {
	qspec, apath, mapPath, preset, tz, period, reduced, format string
	dry                                                        bool
	exports                                                    []string
}

// check refuses bad flags before anything is read.
func (o measureOpts) check() error {
	switch {
	case o.apath == "":
		return usageErr("cli.measure.a")
	case o.mapPath == "" && o.preset == "":
		return usageErr("cli.measure.map", strings.Join(measure.Presets(), ", "))
	case o.mapPath != "" && o.preset != "":
		return usageErr("cli.measure.both")
	case len(o.exports) == 0:
		return usageErr("cli.measure.exports", o.apath)
	case o.format != "" && o.format != "text" && o.format != "json":
		return usageErr("cli.measure.format", inert.Line(o.format))
	}
	return nil
}

func runMeasure(env *Env, o measureOpts, af assessmentFlags) error {
	if err := o.check(); err != nil {
		return err
	}
	m, err := loadMeasureMap(o)
	if err != nil {
		return err
	}
	var opt measure.Options
	opt.Map = m
	if o.tz != "" {
		loc, err := measure.LoadTimezone(o.tz)
		if err != nil {
			return usageErr("cli.measure.tz", inert.Line(o.tz))
		}
		opt.Location = loc
	}
	if o.period != "" {
		p, err := measure.ParsePeriod(o.period)
		if err != nil {
			var pe *measure.PeriodError
			if errors.As(err, &pe) && pe.Kind == measure.PeriodDate {
				return usageErr("cli.measure.period.date", inert.Line(pe.Part), inert.Line(pe.Input))
			} else if errors.As(err, &pe) && pe.Kind == measure.PeriodOrder {
				return usageErr("cli.measure.period.order", inert.Line(pe.Input))
			}
			return usageErr("cli.measure.period", inert.Line(o.period))
		}
		opt.Period = &p
	}
	if err := checkExports(o); err != nil {
		return err
	}
	// Everything below runs under the answers file's lock, through the
	// same path as plan set: the measurement is made on the file as read,
	// and written only if the result reads back and no one changed the
	// file meanwhile.
	var (
		lang string
		out  *measure.Outcome
		rec  *measuredRun
		red  reducedCopy
	)
	defer func() {
		if red.tmp != "" {
			os.Remove(red.tmp) // gone once renamed into place
		}
	}()
	q, f, err := changeAnswers(env, o.qspec, o.apath, "measure", !o.dry, func(q *questionnaire.Questionnaire, f *answers.File) error {
		var err error
		if lang, err = af.language(q); err != nil {
			return err
		}
		specs := measureSpecs(q, f)
		if len(specs) == 0 {
			return usageErr("cli.measure.none", q.ID)
		}
		specs, err = checkRoles(env, o, m, q, specs)
		if err != nil {
			return err
		}
		mapName := o.mapPath
		if mapName == "" {
			mapName = "preset " + o.preset
		}
		for _, w := range m.Warnings(measure.Roles(specs)) {
			msg := w.Msg
			if l10n.ProblemFormats(l10n.Lang(env.lang)) != nil {
				msg = l10n.Problem(l10n.Lang(env.lang), w.Said.Format, w.Said.Args)
			}
			fmt.Fprintln(env.Stderr, env.printer().T("measure.map.warning", mapName, w.Pos.Line, w.Pos.Col, inert.Line(msg)))
		}
		// The run keeps little (an id and a few numbers per case) and
		// makes much short-lived garbage (every row read); collecting
		// sooner keeps the peak near what is kept, for a few percent
		// more CPU.
		defer debug.SetGCPercent(debug.SetGCPercent(40))
		var sources []hashedExport
		if out, sources, red, err = readExports(o, specs, opt); err != nil {
			return err
		}
		rec = recordMeasured(env, o, q, f, lang, out, sources, red)
		return nil
	})
	if err != nil {
		return err
	}
	if !o.dry && o.reduced != "" {
		if err := os.Rename(red.tmp, o.reduced); err != nil {
			return ioErr(say("cli.measure.reducedErr", unwrapPathError(err)))
		}
		red.tmp = ""
	}
	return printMeasure(env, o, q, f, lang, out, rec, red, !o.dry)
}

// loadMeasureMap reads --map, or the --preset named.
func loadMeasureMap(o measureOpts) (*measure.Map, error) {
	if o.preset != "" {
		m, err := measure.Preset(o.preset)
		if err != nil {
			if near := yamlsrc.Nearest(o.preset, measure.Presets()); near != "" {
				return nil, usageErr("cli.measure.preset.near", inert.Line(o.preset), strings.Join(measure.Presets(), ", "), near)
			}
			return nil, usageErr("cli.measure.preset", inert.Line(o.preset), strings.Join(measure.Presets(), ", "))
		}
		return m, nil
	}
	data, err := readFile(o.mapPath)
	if err != nil {
		return nil, err
	}
	return measure.ParseMap(o.mapPath, data)
}

// checkExports refuses, before the answers file is locked, an export that
// is missing, not a file, the answers file itself, or an image, a video or
// an archive (by name or by its first bytes).
func checkExports(o measureOpts) error {
	for _, p := range o.exports {
		fi, err := os.Stat(p)
		if err != nil {
			return ioErr(sayAt(p, "cli.error", unwrapPathError(err)))
		}
		if !fi.Mode().IsRegular() {
			return ioErr(sayAt(p, "cli.measure.notfile"))
		}
		if ai, err := os.Stat(o.apath); err == nil && os.SameFile(ai, fi) {
			return usageErr("cli.measure.answers", p)
		}
		if o.reduced != "" {
			if ri, err := os.Stat(o.reduced); err == nil && os.SameFile(ri, fi) {
				return usageErr("cli.measure.reduced", o.reduced)
			}
		}
		k := filekind.ByName(p)
		byContent := false
		if !k.Refused() {
			fh, err := os.Open(p)
			if err != nil {
				return ioErr(sayAt(p, "cli.error", unwrapPathError(err)))
			}
			head := make([]byte, filekind.HeadSize)
			n, _ := io.ReadFull(fh, head)
			fh.Close()
			k, byContent = filekind.Sniff(p, head[:n]), true
		}
		if k.Refused() {
			how := "by its name"
			if byContent {
				how = "by its first bytes"
			}
			return invalid(measure.FileErrorf(p, 0, "is %s (%s, %s), not a CSV case export", k.Class.String(), k.Format, how))
		}
	}
	return nil
}

// measureSpecs are the measures of the questions that apply, in order.
func measureSpecs(q *questionnaire.Questionnaire, f *answers.File) []measure.Spec {
	res := scoring.Score(q, f)
	var out []measure.Spec
	for _, qr := range res.Questions {
		qn := qr.Question
		if qn.Measure == nil || qn.Measure.Metric == "" || qr.Status == scoring.NotApplicable {
			continue
		}
		mm := qn.Measure
		s := measure.Spec{Question: qn.ID, Metric: measure.Metric(mm.Metric), From: mm.From, To: mm.To, Within: mm.Within}
		conv := func(cs []questionnaire.MeasureCond) map[string][]string {
			if len(cs) == 0 {
				return nil
			}
			out := map[string][]string{}
			for _, c := range cs {
				out[c.Role] = c.Values
			}
			return out
		}
		s.Where, s.Match = conv(mm.Where), conv(mm.Match)
		out = append(out, s)
	}
	return out
}

// checkRoles keeps the measures whose roles the map gives a column. A
// measure that reads a role the map does not give is left out, with a
// warning naming the question and the role, so that a map made for some
// figures (a preset, say) measures those and says what the others need;
// only when no measure is left is the run refused. The roles every
// measurement reads (id, received) are always required.
func checkRoles(env *Env, o measureOpts, m *measure.Map, q *questionnaire.Questionnaire, specs []measure.Spec) ([]measure.Spec, error) {
	// a map file's problem starts with its name; a preset's is said by
	// dutycheck
	mapErr := func(format string, args ...any) error {
		if o.mapPath == "" {
			return &presetProblem{o.preset, yamlsrc.Message{Format: format, Args: args}}
		}
		return measure.FileErrorf(o.mapPath, 0, format, args...)
	}
	for _, role := range []string{"id", "received"} {
		if _, ok := m.Columns[role]; !ok {
			return nil, invalid(mapErr("the map names no column for role %q, which every measurement reads; add it under columns", role))
		}
	}
	var kept []measure.Spec
	var skipped []error
	var first error
	for _, s := range specs {
		missing := ""
		for _, role := range q.Question(s.Question).Measure.Roles() {
			if _, ok := m.Columns[role]; !ok {
				missing = role
				break
			}
		}
		if missing == "" {
			kept = append(kept, s)
			continue
		}
		if first == nil {
			first = mapErr("the map names no column for role %q, which question %q reads; add it under columns", missing, s.Question)
		}
		skipped = append(skipped, mapErr("warning: question %q is not measured: the map names no column for role %q; add it under columns to measure it", s.Question, missing))
	}
	if len(kept) == 0 {
		return nil, invalid(first)
	}
	for _, w := range skipped {
		line := w.Error()
		var el *yamlsrc.ErrorList
		var pp *presetProblem
		switch {
		case errors.As(w, &el):
			line = problemsIn(env.lang, el).Error()
		case errors.As(w, &pp):
			// no file to start the line with: said by dutycheck, as the
			// preset's refusal is
			line = "dutycheck: " + pp.in(env.lang)
		}
		fmt.Fprintln(env.Stderr, inert.Line(line))
	}
	return kept, nil
}

// hashedExport is an open export whose bytes are hashed as they are read.
type hashedExport struct {
	path string
	fh   *os.File
	h    hash.Hash
}

// readExports runs the measurement over the exports, hashing each as it
// is read, and writes the reduced copy to a temporary file beside its
// destination (renamed into place only when everything else succeeds).
func readExports(o measureOpts, specs []measure.Spec, opt measure.Options) (out *measure.Outcome, hs []hashedExport, red reducedCopy, err error) {
	defer func() {
		for _, h := range hs {
			h.fh.Close()
		}
	}()
	var ex []measure.Export
	for _, p := range o.exports {
		fh, err := os.Open(p)
		if err != nil {
			return nil, nil, red, ioErr(sayAt(p, "cli.error", unwrapPathError(err)))
		}
		h := sha256.New()
		hs = append(hs, hashedExport{p, fh, h})
		ex = append(ex, measure.Export{Name: p, R: io.TeeReader(fh, h)})
	}
	var tmp *os.File
	rh := sha256.New()
	if o.reduced != "" {
		opt.Reduced = rh
		if !o.dry {
			tmp, err = os.CreateTemp(filepath.Dir(o.reduced), "."+filepath.Base(o.reduced)+".*")
			if err != nil {
				return nil, nil, red, ioErr(say("cli.measure.reducedErr", unwrapPathError(err)))
			}
			opt.Reduced = io.MultiWriter(tmp, rh)
		}
	}
	out, err = measure.Run(specs, ex, opt)
	if tmp != nil {
		cerr := tmp.Close()
		if err == nil && cerr != nil {
			err = ioErr(say("cli.measure.reducedErr", cerr))
		}
		if err != nil {
			os.Remove(tmp.Name())
		} else {
			red.tmp = tmp.Name()
		}
	}
	if err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			return nil, nil, red, err
		}
		return nil, nil, red, invalid(err)
	}
	for _, h := range hs {
		// the reader stops at the end of the CSV; hash any rest
		if _, err := io.Copy(h.h, h.fh); err != nil {
			return nil, nil, red, ioErr(sayAt(h.path, "cli.error", err))
		}
	}
	if o.reduced != "" {
		red.sha256 = hex.EncodeToString(rh.Sum(nil))
	}
	return out, hs, red, nil
}

// reducedCopy is the reduced copy a run wrote: its digest, and the
// temporary file that becomes it ("" in a dry run).
type reducedCopy struct{ tmp, sha256 string }
