package answers

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// TargetScope says what a target is set on: the overall score, a
// section's score or a question's figure.
type TargetScope string

// The three scopes of a target.
const (
	ScopeOverall  TargetScope = "overall"
	ScopeSection  TargetScope = "section"
	ScopeQuestion TargetScope = "question"
)

// Limit is one bound of a target in the units of what it is set on: a
// score (0–100) for the overall score and a section, the question's own
// number for a number question, and minutes for a duration question and
// for the age of a date question's answer (as bands hold them). Text is
// how a duration was written ("1h"), kept so the file keeps its author's
// units; "" for numbers.
type Limit struct {
	Value float64
	Text  string
}

// Target is what the board set on one score or figure: a minimum, a
// maximum or both, and the date by which it is to be met.
type Target struct {
	Min, Max *Limit
	By       time.Time
	Pos      yamlsrc.Pos
}

// Targets are the goals the board set (1.2): on the overall score, on
// sections' scores and on questions' figures, with who set them.
type Targets struct {
	// SetBy says who set the targets and where that is minuted.
	SetBy     string
	Overall   *Target
	Sections  map[string]*Target
	Questions map[string]*Target
}

// Empty reports whether there is nothing to write: no target and no
// set_by.
func (t *Targets) Empty() bool {
	return t == nil || t.SetBy == "" && t.Overall == nil && len(t.Sections) == 0 && len(t.Questions) == 0
}

// Count is the number of targets.
func (t *Targets) Count() int {
	if t == nil {
		return 0
	}
	n := len(t.Sections) + len(t.Questions)
	if t.Overall != nil {
		n++
	}
	return n
}

// Get returns the target on scope and id (id is ignored for the overall
// score), or nil.
func (t *Targets) Get(scope TargetScope, id string) *Target {
	if t == nil {
		return nil
	}
	switch scope {
	case ScopeOverall:
		return t.Overall
	case ScopeSection:
		return t.Sections[id]
	}
	return t.Questions[id]
}

// SetTarget stores a target, replacing any earlier one on the same
// scope and id; nil removes it. The targets block goes when it is left
// empty.
func (f *File) SetTarget(scope TargetScope, id string, t *Target) {
	if f.Targets == nil {
		if t == nil {
			return
		}
		f.Targets = &Targets{}
	}
	ts := f.Targets
	switch scope {
	case ScopeOverall:
		ts.Overall = t
	case ScopeSection:
		ts.Sections = setOrDelete(ts.Sections, id, t)
	default:
		ts.Questions = setOrDelete(ts.Questions, id, t)
	}
	if ts.Empty() {
		f.Targets = nil
	}
}

func setOrDelete(m map[string]*Target, id string, t *Target) map[string]*Target {
	if t == nil {
		delete(m, id)
		return m
	}
	if m == nil {
		m = map[string]*Target{}
	}
	m[id] = t
	return m
}

// TargetSection returns the section of q with the given id, or nil.
func TargetSection(q *questionnaire.Questionnaire, id string) *questionnaire.Section {
	for _, s := range q.Sections {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// CheckSectionTarget refuses a target on a section that has no score of
// its own to hold it against (weight 0, such as a service profile).
func CheckSectionTarget(s *questionnaire.Section) error {
	if s.Weight <= 0 {
		return targetErr("section.unscored", []any{s.ID}, "section %q is not scored (weight 0), so a target on it could never be met", s.ID)
	}
	return nil
}

// CheckQuestionTarget refuses a target on a question that is not scored
// (no bands, weight 0, or in a section of weight 0 such as the service
// profile), or whose answer is not a figure: a target holds a number, a
// duration or a date's age against a limit.
func CheckQuestionTarget(qn *questionnaire.Question) error {
	switch qn.Type {
	case questionnaire.Number, questionnaire.Duration, questionnaire.Date:
	default:
		return targetErr("question.nofigure", []any{qn.ID}, "question %q is answered with %s, not a number, a duration or a date, so it has no figure for a min or max; set a target on its section instead", qn.ID, typeWords(qn.Type))
	}
	if !qn.Scored() || qn.Weight <= 0 || qn.Section.Weight <= 0 {
		return targetErr("question.unscored", []any{qn.ID}, "question %q is not scored, so a target on it would count for nothing; set targets on scored questions", qn.ID)
	}
	return nil
}

func typeWords(t questionnaire.Type) string {
	switch t {
	case questionnaire.YesNo:
		return "yes or no"
	case questionnaire.Single, questionnaire.Multi:
		return "a choice"
	}
	return "text"
}

// ParseLimit reads a target's min or max in the units of what it is set
// on (qn is nil for the overall score and sections): a score from 0 to
// 100; a number within the question's own bounds, with a % sign allowed
// when the question counts in per cent; a duration such as 1h or 7d for a
// duration question and for the age of a date question's answer.
func ParseLimit(qn *questionnaire.Question, s string) (Limit, error) {
	s = strings.TrimSpace(s)
	if qn == nil {
		f, ok := ParseDecimal(s)
		if !ok || f < 0 || f > 100 {
			return Limit{}, targetErr("score", []any{yamlsrc.Clip(s)}, "%q is not a score from 0 to 100", yamlsrc.Clip(s))
		}
		return Limit{Value: f}, nil
	}
	switch qn.Type {
	case questionnaire.Number:
		t := s
		if qn.Unit.String() == "%" {
			t = strings.TrimSpace(strings.TrimSuffix(t, "%"))
		}
		f, ok := ParseDecimal(t)
		if !ok || thousandsRE.MatchString(t) {
			return Limit{}, targetErr("number", []any{yamlsrc.Clip(s)}, "%q is not a number", yamlsrc.Clip(s))
		}
		if qn.Min != nil && f < *qn.Min || qn.Max != nil && f > *qn.Max {
			kind, args := rangeKind(qn, f)
			return Limit{}, targetErr(kind, args, "%s is outside what question %q can be answered (%s)", FormatNumber(f), qn.ID, rangeWords(qn))
		}
		return Limit{Value: f}, nil
	case questionnaire.Duration, questionnaire.Date:
		v, err := parseDuration(s)
		if err != nil {
			return Limit{}, targetErr("duration", []any{yamlsrc.Clip(s)}, "%q is not a duration such as 1h, 30m or 7d", yamlsrc.Clip(s))
		}
		return Limit{Value: questionnaire.Minutes(v.Duration), Text: v.Format(questionnaire.Duration)}, nil
	}
	return Limit{}, CheckQuestionTarget(qn)
}

// rangeKind is the kind of a target's number outside the question's
// range, with its arguments (the number, the question, the bounds it
// has), so that every interface can say the range in its own words.
func rangeKind(qn *questionnaire.Question, f float64) (string, []any) {
	switch {
	case qn.Min != nil && qn.Max != nil:
		return "number.between", []any{FormatNumber(f), qn.ID, FormatNumber(*qn.Min), FormatNumber(*qn.Max)}
	case qn.Min != nil:
		return "number.atleast", []any{FormatNumber(f), qn.ID, FormatNumber(*qn.Min)}
	}
	return "number.atmost", []any{FormatNumber(f), qn.ID, FormatNumber(*qn.Max)}
}

func rangeWords(qn *questionnaire.Question) string {
	switch {
	case qn.Min != nil && qn.Max != nil:
		return fmt.Sprintf("from %s to %s", FormatNumber(*qn.Min), FormatNumber(*qn.Max))
	case qn.Min != nil:
		return "at least " + FormatNumber(*qn.Min)
	}
	return "at most " + FormatNumber(*qn.Max)
}

// Format writes the limit as the answers file does.
func (l Limit) Format() string {
	if l.Text != "" {
		return l.Text
	}
	return FormatNumber(l.Value)
}

var dateShapeRE = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

// ParseTargetDate reads a target's `by` date: YYYY-MM-DD, a day that
// exists (2027-02-30 does not), from Earliest on.
func ParseTargetDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	d, err := questionnaire.ParseDate(s)
	if err != nil {
		if dateShapeRE.MatchString(s) {
			return time.Time{}, targetErr("date.exists", []any{s}, "%s is not a day that exists", s)
		}
		return time.Time{}, err
	}
	if d.Before(Earliest) {
		return time.Time{}, targetErr("date.early", []any{s, Earliest.Format(questionnaire.DateLayout)}, "%s is before %s", s, Earliest.Format(questionnaire.DateLayout))
	}
	return d, nil
}

// CheckTarget checks a target as a whole: a limit, and a min not above
// its max.
func CheckTarget(t *Target) error {
	switch {
	case t.Min == nil && t.Max == nil:
		return errNoLimit
	case t.Min != nil && t.Max != nil && t.Min.Value > t.Max.Value:
		return targetErr("order", []any{t.Min.Format(), t.Max.Format()}, "min %s is above max %s", t.Min.Format(), t.Max.Format())
	case t.By.IsZero():
		return errNoBy
	}
	return nil
}

// ResolveTarget reads the name of what a target is set on, as `target
// set` takes it: "overall", a section or question id, or "section:ID" /
// "question:ID" where one id is both. An unknown id is refused with the
// nearest known one.
func ResolveTarget(q *questionnaire.Questionnaire, name string) (TargetScope, string, error) {
	name = strings.TrimSpace(name)
	if name == string(ScopeOverall) {
		return ScopeOverall, "", nil
	}
	kind, id, qualified := strings.Cut(name, ":")
	if !qualified {
		id = name
	}
	s, qn := TargetSection(q, id), q.Question(id)
	switch {
	case qualified && kind == string(ScopeSection) && s != nil:
		return ScopeSection, id, nil
	case qualified && kind == string(ScopeQuestion) && qn != nil:
		return ScopeQuestion, id, nil
	case qualified && kind != string(ScopeSection) && kind != string(ScopeQuestion):
		return "", "", targetErr("qualifier", []any{yamlsrc.Clip(name)}, "%q: write section:ID or question:ID", yamlsrc.Clip(name))
	case !qualified && s != nil && qn != nil:
		return "", "", targetErr("both", []any{id}, "%q is both a section and a question; write section:%s or question:%s", id, id, id)
	case !qualified && s != nil:
		return ScopeSection, id, nil
	case !qualified && qn != nil:
		return ScopeQuestion, id, nil
	}
	var known []string
	if !qualified || kind == string(ScopeSection) {
		for _, s := range q.Sections {
			known = append(known, s.ID)
		}
	}
	if !qualified || kind == string(ScopeQuestion) {
		for _, qn := range q.Questions {
			known = append(known, qn.ID)
		}
	}
	msg := fmt.Sprintf("%s has no section or question %q", q.ID, yamlsrc.Clip(id))
	code := "unknown"
	if qualified {
		msg = fmt.Sprintf("%s has no %s %q", q.ID, kind, yamlsrc.Clip(id))
		code = "unknown." + kind
	}
	sug := yamlsrc.Nearest(id, known)
	if sug != "" {
		msg += fmt.Sprintf("; did you mean %q?", sug)
	}
	return "", "", &TargetError{Kind: code, Args: []any{yamlsrc.Clip(id), sug}, msg: msg}
}

// CheckTargetOn checks that scope and id can carry a target at all.
func CheckTargetOn(q *questionnaire.Questionnaire, scope TargetScope, id string) error {
	switch scope {
	case ScopeSection:
		return CheckSectionTarget(TargetSection(q, id))
	case ScopeQuestion:
		return CheckQuestionTarget(q.Question(id))
	}
	return nil
}

var (
	targetsFields = []string{"set_by", "overall", "sections", "questions"}
	targetFields  = []string{"min", "max", "by"}
)

// targets reads the targets block, checking each against q at its line.
func (d *decoder) targets(n *yaml.Node) {
	w := d.w
	f, ok := w.Mapping(n, "targets")
	if !ok {
		return
	}
	w.Known(f, "targets", targetsFields, nil)
	ts := &Targets{}
	if nn, ok := f.Val["set_by"]; ok && !isNull(w.Resolve(nn)) {
		ts.SetBy, _ = w.Str(nn, "targets set_by")
	}
	if nn, ok := f.Val["overall"]; ok {
		ts.Overall = d.target(nn, f.Key["overall"], "target overall", nil)
	}
	if nn, ok := f.Val["sections"]; ok && !isNull(w.Resolve(nn)) {
		if sm, ok := w.Mapping(nn, "targets sections"); ok {
			var known []string
			for _, s := range d.q.Sections {
				known = append(known, s.ID)
			}
			for _, id := range sm.Order {
				s := TargetSection(d.q, id)
				if s == nil {
					d.unknownTarget(sm.Key[id], "section", id, known)
					continue
				}
				if err := CheckSectionTarget(s); err != nil {
					w.Errorf(sm.Key[id], "target: %v", err)
					continue
				}
				if t := d.target(sm.Val[id], sm.Key[id], fmt.Sprintf("target on section %q", id), nil); t != nil {
					ts.Sections = setOrDelete(ts.Sections, id, t)
				}
			}
		}
	}
	if nn, ok := f.Val["questions"]; ok && !isNull(w.Resolve(nn)) {
		if qm, ok := w.Mapping(nn, "targets questions"); ok {
			var known []string
			for _, qn := range d.q.Questions {
				known = append(known, qn.ID)
			}
			for _, id := range qm.Order {
				qn := d.q.Question(id)
				if qn == nil {
					qn = replacing(d.q, id)
				}
				if qn == nil {
					d.unknownTarget(qm.Key[id], "question", id, known)
					continue
				}
				if err := CheckQuestionTarget(qn); err != nil {
					w.Errorf(qm.Key[id], "target: %v", err)
					continue
				}
				if qn.ID != id && (qm.Has(qn.ID) || ts.Questions[qn.ID] != nil) {
					continue // the question's own target wins over its old id's
				}
				if t := d.target(qm.Val[id], qm.Key[id], fmt.Sprintf("target on question %q", id), qn); t != nil {
					ts.Questions = setOrDelete(ts.Questions, qn.ID, t)
				}
			}
		}
	}
	if !ts.Empty() {
		d.file.Targets = ts
	}
}

// replacing is the question of q that replaces the old id, or nil.
func replacing(q *questionnaire.Questionnaire, old string) *questionnaire.Question {
	for _, qn := range q.Questions {
		if slices.Contains(qn.Replaces, old) {
			return qn
		}
	}
	return nil
}

func (d *decoder) unknownTarget(at *yaml.Node, kind, id string, known []string) {
	// one literal format per kind, so that each can be translated whole
	s := yamlsrc.Nearest(id, known)
	switch {
	case kind == "section" && s != "":
		d.w.Errorf(at, "target: %s has no section %q; did you mean %q?", d.q.ID, yamlsrc.Clip(id), s)
	case kind == "section":
		d.w.Errorf(at, "target: %s has no section %q", d.q.ID, yamlsrc.Clip(id))
	case s != "":
		d.w.Errorf(at, "target: %s has no question %q; did you mean %q?", d.q.ID, yamlsrc.Clip(id), s)
	default:
		d.w.Errorf(at, "target: %s has no question %q", d.q.ID, yamlsrc.Clip(id))
	}
}

// target reads one target; qn is nil for a score.
func (d *decoder) target(n, key *yaml.Node, what string, qn *questionnaire.Question) *Target {
	w := d.w
	f, ok := w.Mapping(n, what)
	if !ok {
		return nil
	}
	w.Known(f, what, targetFields, []string{"by"})
	t := &Target{Pos: yamlsrc.PosOf(key)}
	// a mistyped field is one mistake, reported once, at the typo
	good := !slices.ContainsFunc(f.Order, func(k string) bool { return !slices.Contains(targetFields, k) })
	for _, k := range []string{"min", "max"} {
		nn, ok := f.Val[k]
		if !ok {
			continue
		}
		s, ok := w.Str(nn, what+" "+k)
		if !ok {
			good = false
			continue
		}
		l, err := ParseLimit(qn, s)
		if err != nil {
			w.Errorf(nn, "%s %s: %v", what, k, err)
			good = false
			continue
		}
		if k == "min" {
			t.Min = &l
		} else {
			t.Max = &l
		}
	}
	if nn, ok := f.Val["by"]; ok {
		s, ok := w.Str(nn, what+" by")
		if !ok {
			return nil
		}
		by, err := ParseTargetDate(s)
		if err != nil {
			w.Errorf(nn, "%s by: %v", what, err)
			return nil
		}
		t.By = by
	} else {
		return nil
	}
	if !good {
		return nil
	}
	if err := CheckTarget(t); err != nil {
		w.Errorf(f.Node, "%s: %v", what, err)
		return nil
	}
	return t
}

// encodeTargets writes the targets block: set_by, overall, then sections
// and questions in the questionnaire's order.
func encodeTargets(ts *Targets, q *questionnaire.Questionnaire) *yaml.Node {
	m := mapping()
	if ts.SetBy != "" {
		add(m, "set_by", str(ts.SetBy))
	}
	if ts.Overall != nil {
		add(m, "overall", encodeTarget(ts.Overall))
	}
	if len(ts.Sections) > 0 {
		sm := mapping()
		for _, s := range q.Sections {
			if t := ts.Sections[s.ID]; t != nil {
				add(sm, s.ID, encodeTarget(t))
			}
		}
		add(m, "sections", sm)
	}
	if len(ts.Questions) > 0 {
		qm := mapping()
		for _, qn := range q.Questions {
			if t := ts.Questions[qn.ID]; t != nil {
				add(qm, qn.ID, encodeTarget(t))
			}
		}
		add(m, "questions", qm)
	}
	return m
}

func encodeTarget(t *Target) *yaml.Node {
	m := mapping()
	m.Style = yaml.FlowStyle
	for _, b := range []struct {
		key string
		l   *Limit
	}{{"min", t.Min}, {"max", t.Max}} {
		if b.l == nil {
			continue
		}
		if b.l.Text != "" {
			add(m, b.key, str(b.l.Text))
		} else {
			add(m, b.key, &yaml.Node{Kind: yaml.ScalarNode, Tag: numberTag(b.l.Value), Value: FormatNumber(b.l.Value)})
		}
	}
	add(m, "by", date(t.By))
	return m
}

// copyTargets is a deep copy of ts, with no position in any file.
func copyTargets(ts *Targets) *Targets {
	if ts == nil {
		return nil
	}
	c := &Targets{SetBy: ts.SetBy, Overall: copyTarget(ts.Overall)}
	for id, t := range ts.Sections {
		c.Sections = setOrDelete(c.Sections, id, copyTarget(t))
	}
	for id, t := range ts.Questions {
		c.Questions = setOrDelete(c.Questions, id, copyTarget(t))
	}
	return c
}

func copyTarget(t *Target) *Target {
	if t == nil {
		return nil
	}
	c := &Target{By: t.By}
	if t.Min != nil {
		l := *t.Min
		c.Min = &l
	}
	if t.Max != nil {
		l := *t.Max
		c.Max = &l
	}
	return c
}

// TargetInput is a target as a person gives it (`target set`, the plan
// screen of the walk-through): what it is set on, min and/or max as
// typed, and the date.
type TargetInput struct {
	// On is "overall", a section or question id, or section:ID /
	// question:ID.
	On       string
	Min, Max string
	By       string
}

// Parse checks the input against q and returns what the target is set on
// and the target; the error names the first thing wrong: an unknown id
// (with the nearest known one), a section or question that cannot carry a
// target, a limit that does not fit, a date that does not exist.
func (in TargetInput) Parse(q *questionnaire.Questionnaire) (TargetScope, string, *Target, error) {
	scope, id, err := ResolveTarget(q, in.On)
	if err != nil {
		return "", "", nil, err
	}
	if err := CheckTargetOn(q, scope, id); err != nil {
		return "", "", nil, err
	}
	var qn *questionnaire.Question
	if scope == ScopeQuestion {
		qn = q.Question(id)
	}
	t := &Target{}
	for _, b := range []struct {
		name, text string
		dst        **Limit
	}{{"min", in.Min, &t.Min}, {"max", in.Max, &t.Max}} {
		if strings.TrimSpace(b.text) == "" {
			continue
		}
		l, err := ParseLimit(qn, b.text)
		if err != nil {
			return "", "", nil, inField(b.name, err)
		}
		*b.dst = &l
	}
	if t.Min == nil && t.Max == nil {
		return "", "", nil, errNoLimit
	}
	if strings.TrimSpace(in.By) == "" {
		return "", "", nil, errNoBy
	}
	if t.By, err = ParseTargetDate(in.By); err != nil {
		return "", "", nil, inField("by", err)
	}
	if err := CheckTarget(t); err != nil {
		return "", "", nil, err
	}
	return scope, id, t, nil
}

// TargetError is a target refused, told apart by Kind so that the
// walk-through and the command line say it in their language
// (summary.TargetProblem); Error is the English of a file's problems. Field is "min", "max" or
// "by" when the problem is in one of them.
type TargetError struct {
	Field string
	// Kind names the problem: "unknown" (Args: the id and the nearest
	// known one, or ""), "section.unscored", "question.nofigure",
	// "question.unscored" (Args: the id), "score", "number", "duration",
	// "number.between", "number.atleast", "number.atmost" (Args: the
	// number, the question, its bounds), "date.exists", "date.syntax", "date.early",
	// "order", "nolimit", "noby", "both", "qualifier".
	Kind string
	Args []any
	msg  string
}

func (e *TargetError) Error() string {
	if e.Field != "" {
		return e.Field + ": " + e.msg
	}
	return e.msg
}

func targetErr(kind string, args []any, format string, a ...any) *TargetError {
	return &TargetError{Kind: kind, Args: args, msg: fmt.Sprintf(format, a...)}
}

var (
	errNoLimit = &TargetError{Kind: "nolimit", msg: "give min or max: the figure the target holds to"}
	errNoBy    = &TargetError{Kind: "noby", msg: "give by: the date by which the target is to be met"}
)

// inField marks a target's problem as one of its field's.
func inField(field string, err error) error {
	te, ok := err.(*TargetError)
	if !ok {
		// a date that is not a date at all: questionnaire.ParseDate's
		te = &TargetError{Kind: "date.syntax", msg: err.Error()}
		if ve, ok := err.(*questionnaire.ValueError); ok {
			te.Args = []any{ve.Input}
		}
	}
	c := *te
	c.Field = field
	return &c
}
