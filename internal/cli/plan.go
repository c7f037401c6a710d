package cli

import (
	"flag"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// planCmd prints the action plan; `plan set` (planSetCmd) records an
// action in it.
var planCmd = &Command{
	Name:  "plan",
	Args:  "-a FILE",
	Short: "the action plan: every gap with its owner, due date and status",
	Long: "Prints the action plan of an assessment: the must-have duties not met first\n" +
		"(never weighed in points against the rest), then the other gaps by points\n" +
		"lost, each with its action from the answers file (owner, due date, status,\n" +
		"done when, approved by); overdue actions and must-haves without an owner\n" +
		"are marked, and \"don't know\" answers say \"measure this\".",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		af := addAssessmentFlags(fs)
		format := addFormatFlag(fs, "text")
		excel := fs.Bool("excel", false, "with csv, start with a byte order mark so that Excel reads the UTF-8")
		return func(env *Env, args []string) error {
			if len(args) > 0 && args[0] == "set" {
				return planSetCmd.run(env, args[1:])
			}
			if err := af.parse(fs, args); err != nil {
				return err
			}
			out, err := outputFormat("plan", *format)
			if err != nil {
				return err
			}
			q, f, l, err := af.load(env)
			if err != nil {
				return err
			}
			in := export.Input{Result: scoring.Score(q, f), Lang: l, Excel: *excel}
			if err := out.Out(env.Stdout, Result{Assessment: in, Lang: l, Warnings: *af.warnings}); err != nil {
				return ioErr(err)
			}
			return nil
		}
	},
}

// planSetCmd records an action in the answers file, through the same save
// path as the walk-through: the lock, the compare-before-write guard and
// an atomic write. Anything wrong with the arguments is refused before
// the file is touched.
var planSetCmd = &Command{
	Name:  "plan set",
	Args:  "-a FILE QUESTION",
	Short: "record an action (owner, due date, status, done when, approved by) in the answers file",
	Long: "Records the action on a question's gap in the answers file. Only the flags\n" +
		"given change; an empty value (--owner \"\") clears a field. The due date is\n" +
		"YYYY-MM-DD; the status is open, in_progress, done or risk_accepted, and\n" +
		"risk_accepted needs --approved-by (who accepted the risk, and where that is\n" +
		"recorded). The file is written atomically, only if no one changed it since it\n" +
		"was read, and not while a walk-through holds it. A bad value, an unknown\n" +
		"question or a busy file leaves the file as it was (exit 2).",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		af := addAssessmentFlags(fs)
		owner := fs.String("owner", "", "`NAME` of who owns the action, e.g. \"Head of Trust & Safety\"")
		due := fs.String("due", "", "due `DATE`, YYYY-MM-DD")
		status := fs.String("status", "", "`STATUS`: open, in_progress, done or risk_accepted")
		doneWhen := fs.String("done-when", "", "`TEXT` saying what done looks like, e.g. \"PDQ on every upload surface\"")
		approvedBy := fs.String("approved-by", "", "for an accepted risk, `TEXT` naming who accepted it and where it is minuted")
		pastDue := fs.Bool("past-due", false, "record a --due date before the assessment date, which makes an open action overdue at once")
		return func(env *Env, args []string) error {
			rest, err := parseFlags(fs, args)
			if err != nil {
				return err
			}
			if *af.apath == "" {
				return usageErr("cli.need.answers", "plan set")
			}
			if len(rest) != 1 {
				return usageErr("cli.plan.need.q", *af.apath)
			}
			set := map[string]bool{}
			fs.Visit(func(f *flag.Flag) {
				switch f.Name {
				case "owner", "due", "status", "done-when", "approved-by":
					set[f.Name] = true
				}
			})
			edit := actionEdit{set: set, owner: *owner, due: *due, status: *status, doneWhen: *doneWhen, approvedBy: *approvedBy, pastDue: *pastDue}
			return planSet(env, *af.qspec, *af.apath, rest[0], edit, af)
		}
	},
}

var errNothingToRecord = say("cli.plan.nothing")

// actionEdit is what `plan set` was asked to change: set names the flags
// given.
type actionEdit struct {
	set                                      map[string]bool
	owner, due, status, doneWhen, approvedBy string
	// pastDue: a due date before the assessment date was meant.
	pastDue bool
}

// apply changes a copy of old (nil: no action yet) as asked, and checks
// the result as a whole (answers.CheckAction).
func (e actionEdit) apply(old *answers.Action) (*answers.Action, error) {
	a := &answers.Action{Status: answers.ActionOpen}
	if old != nil {
		c := *old
		a = &c
	}
	if len(e.set) == 0 {
		return nil, errNothingToRecord
	}
	for name, dst := range map[string]*string{"owner": &a.Owner, "done-when": &a.DoneWhen, "approved-by": &a.ApprovedBy} {
		if e.set[name] {
			v := map[string]string{"owner": e.owner, "done-when": e.doneWhen, "approved-by": e.approvedBy}[name]
			if strings.ContainsAny(v, "\n\r") || strings.ContainsFunc(v, invisible) {
				return nil, say("cli.plan.oneline", name)
			}
			*dst = strings.TrimSpace(v)
		}
	}
	if e.set["due"] {
		a.Due = time.Time{}
		if d := strings.TrimSpace(e.due); d != "" {
			t, err := questionnaire.ParseDate(d)
			if err != nil {
				return nil, say("cli.plan.due", err)
			}
			if t.Before(answers.Earliest) {
				return nil, say("cli.plan.due.early", d, answers.Earliest.Format(questionnaire.DateLayout))
			}
			a.Due = t
		}
	}
	if e.set["status"] {
		st, ok := answers.ParseStatus(strings.TrimSpace(e.status))
		if !ok {
			return nil, say("cli.plan.status", inert.Line(e.status))
		}
		a.Status = st
	}
	if err := answers.CheckAction(a); err != nil {
		if a.Status == answers.ActionRiskAccepted && strings.TrimSpace(a.ApprovedBy) == "" {
			return nil, say("cli.plan.approved", err)
		}
		return nil, err
	}
	return a, nil
}

// planSet records the action through editAnswers: the lock, a check that
// the new bytes read back, and the compare-before-write guard.
func planSet(env *Env, qspec, apath, id string, e actionEdit, af assessmentFlags) error {
	var a *answers.Action
	var lang string
	var assessed time.Time
	_, _, err := editAnswers(env, qspec, apath, "plan set: "+id, func(q *questionnaire.Questionnaire, f *answers.File) error {
		var err error
		if lang, err = af.language(q); err != nil {
			return err
		}
		warnDigest(env, apath, q, f, lang)
		if q.Question(id) == nil {
			ids := make([]string, len(q.Questions))
			for i, qn := range q.Questions {
				ids[i] = qn.ID
			}
			if near := yamlsrc.Nearest(id, ids); near != "" {
				return usageErr("cli.plan.noq.near", q.ID, inert.Line(id), near)
			}
			return usageErr("cli.plan.noq", q.ID, inert.Line(id), apath)
		}
		a, err = e.apply(f.Actions[id])
		if err == nil {
			err = e.checkPastDue(a, assessedOn(env, f))
		}
		if err != nil {
			return usageErr("cli.plan.bad", id, err)
		}
		assessed = assessedOn(env, f)
		f.SetAction(id, a)
		return nil
	})
	if err != nil {
		return err
	}
	p := l10n.For(lang)
	line := summary.ClosedLine(p, summary.ClosedAction{Action: summary.ActionSummary(a, a.Overdue(assessed))})
	if a.DoneWhen != "" {
		line += " · " + p.T("act.done.when", a.DoneWhen)
	}
	fmt.Fprintf(env.Stdout, "%s: %s\n%s\n", id, inert.Line(line), p.T("saved", inert.Line(apath)))
	return nil
}

// invisible reports characters that change how text reads without being
// seen: control characters and format characters such as bidi overrides.
func invisible(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }
