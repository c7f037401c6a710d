package questionnaire

import (
	"fmt"
	"slices"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

var (
	questionFields   = []string{"id", "text", "help", "type", "options", "unit", "min", "max", "bands", "weight", "critical", "allow_na", "allow_unknown", "replaces", "when", "references", "recommendation", "evidence", "finding", "weight_when", "measure"}
	questionRequired = []string{"id", "text", "type"}
	optionFields     = []string{"value", "label", "score", "recommendation", "exclusive", "unknown"}
	scoreBandFields  = []string{"min", "max", "score"}
)

func (p *parser) parseSections(n *yaml.Node) {
	w := p.w
	items, ok := w.Seq(n, "sections")
	if !ok {
		return
	}
	if len(items) == 0 {
		w.Errorf(n, "sections: the list is empty; a questionnaire needs at least one section")
	}
	sectionAt := map[string]*yaml.Node{}
	questionAt := map[string]*yaml.Node{}
	for i, it := range items {
		if w.Stopped {
			return
		}
		what := fmt.Sprintf("section %d", i+1)
		f, ok := w.Mapping(it, what)
		if !ok {
			continue
		}
		s := &Section{Index: len(p.q.Sections), Weight: 1, Pos: yamlsrc.PosOf(f.Node)}
		if idn, ok := f.Val["id"]; ok {
			if id, ok := readID(w, idn, what+" id"); ok {
				if prev := sectionAt[id]; prev != nil {
					w.Errorf(idn, "duplicate section id %q (first at line %d)", id, prev.Line)
				} else {
					sectionAt[id] = idn
				}
				s.ID = id
				what = fmt.Sprintf("section %q", id)
			}
		}
		w.Known(f, what, sectionFields, sectionRequired)
		s.Title = p.requiredText(f, "title", what+" title")
		if dn, ok := f.Val["description"]; ok {
			s.Description = p.text(dn, what+" description")
		}
		if wn, ok := f.Val["weight"]; ok {
			s.Weight = p.weight(wn, what)
		}
		if cn, ok := f.Val["when"]; ok {
			s.When = p.condition(cn, what+" when", 0)
			p.conds = append(p.conds, pendingCond{s.When, len(p.q.Questions), what})
		}
		p.q.Sections = append(p.q.Sections, s)
		qn, ok := f.Val["questions"]
		if !ok {
			continue
		}
		qs, ok := w.Seq(qn, what+" questions")
		if !ok {
			continue
		}
		if len(qs) == 0 {
			w.Errorf(qn, "%s: questions: the list is empty", what)
		}
		for j, qnode := range qs {
			if w.Stopped {
				return
			}
			q := p.parseQuestion(qnode, fmt.Sprintf("question %d of %s", j+1, what), s)
			if q == nil {
				continue
			}
			if q.ID != "" {
				if prev := questionAt[q.ID]; prev != nil {
					w.Errorf(qnode, "duplicate question id %q (first at line %d); answers are keyed by id, so ids must be unique", q.ID, prev.Line)
					continue
				}
				questionAt[q.ID] = qnode
				p.q.questionByID[q.ID] = q
			}
			s.Questions = append(s.Questions, q)
			p.q.Questions = append(p.q.Questions, q)
		}
	}
}

// MaxWeight bounds weights (questionnaires/README.md), so that sums of weighted
// scores stay far from overflow and rounding.
const MaxWeight = 1000

func (p *parser) weight(n *yaml.Node, what string) float64 {
	v, ok := p.w.Num(n, what+" weight")
	if !ok {
		return 1
	}
	if v < 0 {
		p.w.Errorf(n, "%s: weight %v is negative; use 0 to leave it unscored", what, v)
		return 0
	}
	if v > MaxWeight {
		p.w.Errorf(n, "%s: weight %v is over %d; weights are relative, so smaller numbers say the same", what, v, MaxWeight)
		return MaxWeight
	}
	return v
}

func (p *parser) parseQuestion(n *yaml.Node, what string, s *Section) *Question {
	w := p.w
	f, ok := w.Mapping(n, what)
	if !ok {
		return nil
	}
	q := &Question{Section: s, Index: len(p.q.Questions), Pos: yamlsrc.PosOf(f.Node), Weight: 1}
	if idn, ok := f.Val["id"]; ok {
		if id, ok := readID(w, idn, what+" id"); ok {
			q.ID = id
			what = fmt.Sprintf("question %q", id)
		}
	}
	w.Known(f, what, questionFields, questionRequired)
	q.Text = p.requiredText(f, "text", what+" text")
	if tn, ok := f.Val["type"]; ok {
		if t, ok := w.Str(tn, what+" type"); ok {
			q.Type = Type(t)
			if !validType(q.Type) {
				names := make([]string, len(Types))
				for i, t := range Types {
					names[i] = string(t)
				}
				if near := yamlsrc.Nearest(t, names); near != "" {
					w.Errorf(tn, "%s: unknown type %q; did you mean %q?", what, yamlsrc.Clip(t), near)
				} else {
					w.Errorf(tn, "%s: unknown type %q; the types are yesno, single, multi, number, duration, date, text", what, yamlsrc.Clip(t))
				}
				q.Type = ""
			}
		}
	}
	for _, key := range []string{"help", "recommendation", "evidence", "unit", "finding"} {
		if tn, ok := f.Val[key]; ok {
			t := p.text(tn, what+" "+key)
			switch key {
			case "help":
				q.Help = t
			case "recommendation":
				q.Recommendation = t
			case "evidence":
				q.Evidence = t
			case "unit":
				q.Unit = t
			case "finding":
				if t.IsZero() && p.complainedNot(tn) {
					w.Errorf(tn, "%s: finding is empty; state the gap as a fact, or leave the field out", what)
				}
				q.Finding = t
			}
		}
	}
	if q.Type == FreeText {
		q.Weight = 0
	}
	if wn, ok := f.Val["weight"]; ok {
		q.Weight = p.weight(wn, what)
		if q.Type == FreeText && q.Weight > 0 {
			w.Errorf(wn, "%s: a text question is never scored, so its weight must be 0", what)
		}
	}
	if wn, ok := f.Val["weight_when"]; ok {
		p.parseWeightWhen(wn, what, q)
	}
	if cn, ok := f.Val["critical"]; ok {
		if w.Resolve(cn).Kind == yaml.MappingNode {
			// (1.1) critical only where the condition holds; it is
			// checked like `when`: it may only read earlier questions.
			q.CriticalWhen = p.condition(cn, what+" critical", 0)
			if q.CriticalWhen != nil {
				p.conds = append(p.conds, pendingCond{q.CriticalWhen, q.Index, what})
			}
		} else {
			q.Critical, _ = w.Bool(cn, what+" critical")
		}
		if q.MayBeCritical() && q.Type == FreeText {
			w.Errorf(cn, "%s: a text question is never scored, so it cannot be critical", what)
		}
	}
	if an, ok := f.Val["allow_na"]; ok {
		q.AllowNA, _ = w.Bool(an, what+" allow_na")
	}
	if an, ok := f.Val["allow_unknown"]; ok {
		q.AllowUnknown, _ = w.Bool(an, what+" allow_unknown")
	}
	if rn, ok := f.Val["replaces"]; ok {
		p.questionReplaces(rn, what, q)
	}
	if rn, ok := f.Val["references"]; ok {
		p.questionRefs(rn, what, q)
	}
	p.questionScoring(f, what, q)
	if mn, ok := f.Val["measure"]; ok {
		q.Measure = p.parseMeasure(mn, what, q)
	}
	if cn, ok := f.Val["when"]; ok {
		q.When = p.condition(cn, what+" when", 0)
		p.conds = append(p.conds, pendingCond{q.When, q.Index, what})
	}
	return q
}

func validType(t Type) bool {
	for _, x := range Types {
		if x == t {
			return true
		}
	}
	return false
}

func (p *parser) questionRefs(n *yaml.Node, what string, q *Question) {
	w := p.w
	items, ok := w.Seq(n, what+" references")
	if !ok {
		return
	}
	for _, it := range items {
		id, ok := w.Str(it, what+" references")
		if !ok {
			continue
		}
		if p.q.refByID[id] == nil {
			var known []string
			for _, r := range p.q.References {
				known = append(known, r.ID)
			}
			if near := yamlsrc.Nearest(id, known); near != "" {
				w.Errorf(it, "%s: unknown reference %q; did you mean %q?", what, yamlsrc.Clip(id), near)
			} else {
				w.Errorf(it, "%s: unknown reference %q; add it under the top-level references", what, yamlsrc.Clip(id))
			}
			continue
		}
		if slices.Contains(q.References, id) {
			w.Errorf(it, "%s: reference %q listed twice", what, id)
			continue
		}
		q.References = append(q.References, id)
	}
}

// questionScoring reads options, unit, min, max and bands, and refuses
// those the question's type does not take.
func (p *parser) questionScoring(f *yamlsrc.Fields, what string, q *Question) {
	w := p.w
	takes := map[string]bool{}
	switch q.Type {
	case YesNo, Single, Multi:
		takes["options"] = true
	case Number:
		takes["unit"], takes["min"], takes["max"], takes["bands"] = true, true, true, true
	case Duration, Date:
		takes["bands"] = true
	case "":
		return // the type is missing or unknown: nothing to check against
	}
	for _, key := range []string{"options", "unit", "min", "max", "bands"} {
		if f.Has(key) && !takes[key] {
			w.Errorf(f.Key[key], "%s: field %q does not apply to a %s question", what, key, q.Type)
		}
	}
	if q.MayBeCritical() && (q.Type == Number || q.Type == Duration || q.Type == Date) && !f.Has("bands") {
		w.Errorf(f.Key["critical"], "%s: a %s question without bands is never scored, so it cannot be critical", what, q.Type)
	}
	on, hasOptions := f.Val["options"]
	switch q.Type {
	case Single, Multi:
		if !hasOptions {
			w.Errorf(f.Node, "%s: missing required field \"options\" for a %s question", what, q.Type)
			return
		}
		q.Options = p.questionOptions(on, what, q.Type)
		if q.Type == Single && len(q.Options) == 1 {
			w.Errorf(on, "%s: a single-choice question needs at least two options", what)
		}
	case YesNo:
		q.Options = defaultYesNo(p.def, p.q.Languages)
		if hasOptions {
			q.Options = p.yesNoOptions(on, what, q.Options)
		}
	case Number:
		if n, ok := f.Val["min"]; ok {
			if v, ok := w.Num(n, what+" min"); ok {
				q.Min = &v
			}
		}
		if n, ok := f.Val["max"]; ok {
			if v, ok := w.Num(n, what+" max"); ok {
				q.Max = &v
			}
		}
		if q.Min != nil && q.Max != nil && *q.Min > *q.Max {
			w.Errorf(f.Val["min"], "%s: min %v is greater than max %v", what, *q.Min, *q.Max)
		}
	}
	if bn, ok := f.Val["bands"]; ok && takes["bands"] {
		q.Bands = p.bands(bn, what, q.Type)
	}
}
