package cli

import (
	"io"
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"

	"github.com/dutycheck/dutycheck/internal/changes"
	"github.com/dutycheck/dutycheck/internal/diff"
	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/jsonout"
	"github.com/dutycheck/dutycheck/internal/output"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/signoff"
	"github.com/dutycheck/dutycheck/internal/summary"
	"github.com/dutycheck/dutycheck/internal/trend"
)

// Result is what a command found: one scored assessment with where it came
// from (score, plan, export), or two compared (diff). Lang is the
// language of the words around the files' texts.
type Result struct {
	// Assessment is set for commands about one assessment.
	Assessment export.Input
	// Diff is set for diff.
	Diff *diff.Diff
	// Changes is set for changes (two versions of a questionnaire).
	Changes *changes.Report
	// Trend is set for trend (the versions of one assessment).
	Trend *trend.Trend
	Lang  string
	// Warnings are lines said on stderr about the inputs (a questionnaire
	// that is not the one the answers were given to); the JSON formats
	// carry them as "warnings".
	Warnings []string
	// Summary is what the summary needs beyond the result, for the
	// outputs built on it (the sign-off state, score's gate).
	Summary summary.Options
}

// An Outputter writes a Result in one format.
type Outputter func(w io.Writer, r Result) error

// Format is one entry of the table: a --format value, what it gives, and
// the function that writes it.
type Format struct {
	Name, Summary string
	Out           Outputter
}

// table lists, per command, the formats it writes, its default first. A
// new command that renders a Result (plan) adds its row here and gets
// --format, its help and its checks from Formats and Lookup.
var table = map[string][]Format{
	"score": {
		{"text", "a summary for a terminal or a CI log", scoreText},
		{"json", "the scores as one object, for tools (docs/commands.md)", warned(scoreJSON)},
	},
	"diff": {
		{"text", "what changed, for people", diffText},
		{"json", "what changed, for tools", warned(diffJSON)},
	},
	"plan": {
		{"text", "the plan for a terminal: must-have duties first, then the other gaps by points lost", planText},
		{"json", "the plan as one object, for tools", warned(bytesOf(export.PlanJSON))},
		{"csv", "one row per gap with its action, for spreadsheets", bytesOf(export.PlanCSV)},
		{"markdown", "the plan for a pull request or a board pack", bytesOf(export.PlanMarkdown)},
	},
	"changes": {
		{"text", "what changed, for people and CI logs", changesText},
		{"json", "what changed, for tools", bytesOfChanges(changes.JSON)},
		{"markdown", "what changed, for a pull-request comment", changesMarkdown},
		{"changelog", "a few Markdown lines for a questionnaire's CHANGELOG.md (in English)", changesChangelog},
	},
	"trend": {
		{"text", "one row per version, oldest first, then sections, regimes and targets", func(w io.Writer, r Result) error { return output.TrendText(w, r.Trend, r.Lang) }},
		{"json", "every version's figures, as score --format json gives them", func(w io.Writer, r Result) error { return export.TrendJSON(w, r.Trend, r.Lang) }},
		{"csv", "one row per version, for spreadsheets", func(w io.Writer, r Result) error { return export.TrendCSV(w, r.Trend, r.Lang) }},
	},
	"export": {
		{"json", "the scores, every question with its answer and note, the files' digests", warned(bytesOf(export.JSON))},
		{"csv", "one row per question, for spreadsheets", bytesOf(export.CSV)},
		{"markdown", "a summary and tables for review in a pull request", bytesOf(export.Markdown)},
		{"oscal", "NIST OSCAL 1.1.3 assessment results for GRC tools", bytesOf(export.OSCAL)},
	},
}

// Formats returns the formats of a command, its default first.
func Formats(command string) []Format { return table[command] }

// Names is the formats of a command for help and errors: "text|json".
func Names(command string) string {
	var names []string
	for _, f := range table[command] {
		names = append(names, f.Name)
	}
	return strings.Join(names, "|")
}

// Lookup returns a command's format by name; the empty name is its
// default. An unknown name is an error that lists the known ones.
func Lookup(command, name string) (Format, error) {
	fs := table[command]
	if name == "" && len(fs) > 0 {
		return fs[0], nil
	}
	for _, f := range fs {
		if f.Name == name {
			return f, nil
		}
	}
	var names []string
	for _, f := range fs {
		names = append(names, f.Name)
	}
	if near := yamlsrc.Nearest(name, names); near != "" {
		return Format{}, say("cli.format.near", orList(names), name, near)
	}
	return Format{}, say("cli.format", orList(names), name)
}

// orList is "a, b or c", in the words of the language it is said in.
type orList []string

func (o orList) in(p *l10n.Printer) string {
	if len(o) <= 1 {
		return strings.Join(o, "")
	}
	return p.T("cli.or", strings.Join(o[:len(o)-1], ", "), o[len(o)-1])
}

func scoreText(w io.Writer, r Result) error {
	return output.ScoreText(w, r.Assessment.Result, r.Lang, r.Summary)
}

func scoreJSON(w io.Writer, r Result) error {
	st := signoff.State{} // not judged: nobody has signed, a Draft
	if r.Summary.SignOff != nil {
		st = *r.Summary.SignOff
	}
	so := st.JSON()
	return jsonout.Write(w, struct {
		scoring.Summary
		SignOff *signoff.StateJSON `json:"signoff"`
	}{r.Assessment.Result.Summarize(r.Lang), &so})
}

func planText(w io.Writer, r Result) error {
	return output.PlanText(w, r.Assessment.Result, r.Lang)
}

func diffText(w io.Writer, r Result) error {
	diff.WriteText(w, r.Diff, r.Lang)
	return nil
}

func diffJSON(w io.Writer, r Result) error { return jsonout.Write(w, r.Diff) }

// bytesOf adapts an export encoder (pure: values in, bytes out).
func bytesOf(enc func(export.Input) ([]byte, error)) Outputter {
	return func(w io.Writer, r Result) error {
		in := r.Assessment
		in.Lang = r.Lang
		data, err := enc(in)
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	}
}

func changesText(w io.Writer, r Result) error {
	_, err := w.Write(changes.Text(r.Changes, r.Lang))
	return err
}

func changesMarkdown(w io.Writer, r Result) error {
	_, err := w.Write(changes.Markdown(r.Changes, r.Lang))
	return err
}

// changesChangelog writes the lines a built-in questionnaire's changelog
// keeps for a release (questionnaires/CHANGELOG.md; a test holds the
// changelog to them).
func changesChangelog(w io.Writer, r Result) error {
	_, err := io.WriteString(w, r.Changes.DigestIn(r.Lang))
	return err
}

func bytesOfChanges(enc func(*changes.Report) ([]byte, error)) Outputter {
	return func(w io.Writer, r Result) error {
		data, err := enc(r.Changes)
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	}
}
