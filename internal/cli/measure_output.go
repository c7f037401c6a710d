package cli

import (
	"encoding/json"
	"fmt"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/measure"
	"github.com/dutycheck/dutycheck/internal/measuredtext"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// measureJSON is `measure --format json`: what was measured and written,
// for tools.
type measureJSON struct {
	Answers  string              `json:"answers"`
	Written  bool                `json:"written"`
	Period   *measurePeriodJSON  `json:"period,omitempty"`
	Rows     int                 `json:"rows"`
	Cases    int                 `json:"cases"`
	Repeated int                 `json:"repeated"`
	Src      []measureSourceJSON `json:"sources"`
	Reduced  *measureSourceJSON  `json:"reduced,omitempty"`
	Results  []measureResultJSON `json:"results"`
}

type measurePeriodJSON struct {
	From string `json:"from"`
	To   string `json:"to"`
}

type measureSourceJSON struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
}

type measureResultJSON struct {
	Question string `json:"question"`
	Metric   string `json:"metric"`
	// Status is measured, unknown (the figure falls on an open case) or
	// no_cases (left as it was).
	Status string `json:"status"`
	// Value is the answer as the answers file writes it ("3h12m", 75.5).
	Value    any    `json:"value,omitempty"`
	Minutes  *int64 `json:"minutes,omitempty"`
	Cases    int    `json:"cases"`
	Open     int    `json:"open"`
	Excluded int    `json:"excluded"`
	Note     string `json:"note,omitempty"`
}

func printMeasure(env *Env, o measureOpts, q *questionnaire.Questionnaire, f *answers.File, lang string, out *measure.Outcome, run *measuredRun, red reducedCopy, written bool) error {
	if o.format == "json" {
		j := measureJSON{Answers: o.apath, Written: written, Rows: out.Rows, Cases: out.Cases, Repeated: out.Repeated, Src: []measureSourceJSON{}, Results: []measureResultJSON{}}
		if !out.Empty {
			j.Period = &measurePeriodJSON{out.Period.From.String(), out.Period.To.String()}
		}
		for _, s := range run.sources {
			j.Src = append(j.Src, measureSourceJSON{s.File, s.SHA256})
		}
		if o.reduced != "" {
			j.Reduced = &measureSourceJSON{o.reduced, red.sha256}
		}
		for _, r := range out.Results {
			rj := measureResultJSON{Question: r.Spec.Question, Metric: string(r.Spec.Metric), Status: "measured", Cases: r.Cases, Open: r.Open, Excluded: r.Excluded}
			switch {
			case r.NoCases:
				rj.Status = "no_cases"
			case r.Unknown:
				rj.Status = "unknown"
				rj.Note = f.Get(r.Spec.Question).Note
			case r.Spec.Metric.Quantile():
				m := r.Minutes
				rj.Value, rj.Minutes = answers.Value{Set: true, Duration: r.Duration()}.Format(questionnaire.Duration), &m
			default:
				rj.Value = r.Number
			}
			j.Results = append(j.Results, rj)
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(j); err != nil {
			return ioErr(err)
		}
		return nil
	}
	p := l10n.For(lang)
	w := env.Stdout
	for _, r := range out.Results {
		id := r.Spec.Question
		switch {
		case r.NoCases:
			fmt.Fprintln(w, inert.Line(p.T("measure.nocases", id)))
		case r.Unknown:
			fmt.Fprintln(w, inert.Line(p.T("measure.unknown", id, f.Get(id).Note)))
		default:
			a := f.Get(id)
			val := p.Number(r.Number)
			if u := q.Question(id).Unit.In(lang); u != "" {
				val = p.WithUnit(val, u)
			}
			if r.Spec.Metric.Quantile() {
				val = p.Duration(r.Duration())
			}
			line := p.T("measure.value", id, val, measuredtext.Line(p, a.Measured, q.Question(id)))
			fmt.Fprintln(w, inert.Line(line))
		}
	}
	period := "–"
	if !out.Empty {
		period = p.Period(out.Period.From.Time(), out.Period.To.Time())
	}
	fmt.Fprintln(w, inert.Line(p.N("measure.rows", out.Rows, p.N("measure.cases.in", out.Cases, period))))
	if out.Repeated > 0 {
		fmt.Fprintln(w, p.N("measure.repeated", out.Repeated))
	}
	if o.reduced != "" && written {
		fmt.Fprintln(w, inert.Line(p.T("measure.reduced", o.reduced)))
	}
	if written {
		fmt.Fprintln(w, inert.Line(p.T("saved", o.apath)))
	} else {
		fmt.Fprintln(w, p.T("measure.dry"))
	}
	return nil
}
