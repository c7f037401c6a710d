package questionnaire

import (
	"regexp"
	"slices"
	"strings"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

var (
	measureFields = []string{"metric", "from", "to", "within", "where", "match"}
	roleRE        = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)
)

// metricType is the question type each metric's figure fits.
func metricType(metric string) Type {
	switch metric {
	case "median", "p90", "p95":
		return Duration
	case "share_within", "share", "count":
		return Number
	}
	return ""
}

// parseMeasure reads a question's `measure` (1.2) and checks it against
// the question's type: a duration takes median, p90 or p95; a number
// share_within, share or count.
func (p *parser) parseMeasure(n *yaml.Node, what string, q *Question) *Measure {
	w := p.w
	what += " measure"
	f, ok := w.Mapping(n, what)
	if !ok {
		return nil
	}
	w.Known(f, what, measureFields, []string{"metric"})
	m := &Measure{Pos: yamlsrc.PosOf(f.Node)}
	if mn, ok := f.Val["metric"]; ok {
		if s, ok := w.Str(mn, what+" metric"); ok {
			switch t := metricType(s); {
			case t == "":
				if near := yamlsrc.Nearest(s, MeasureMetrics); near != "" {
					w.Errorf(mn, "%s: unknown metric %q; did you mean %q?", what, yamlsrc.Clip(s), near)
				} else {
					w.Errorf(mn, "%s: unknown metric %q; the metrics are %s", what, yamlsrc.Clip(s), strings.Join(MeasureMetrics, ", "))
				}
			case q.Type != "" && t != q.Type:
				w.Errorf(mn, "%s: metric %q does not fit a %s question; a duration question takes median, p90 or p95, a number question share_within, share or count", what, s, q.Type)
			default:
				m.Metric = s
			}
		}
	}
	timed := m.Metric == "median" || m.Metric == "p90" || m.Metric == "p95" || m.Metric == "share_within"
	for _, key := range []string{"from", "to"} {
		rn, ok := f.Val[key]
		switch {
		case !ok && timed:
			w.Errorf(f.Node, "%s: metric %q needs %q: the role of the time the duration runs %s, e.g. %s", what, m.Metric, key,
				map[string]string{"from": "from", "to": "to"}[key], map[string]string{"from": "received", "to": "removed"}[key])
		case ok && !timed && m.Metric != "":
			w.Errorf(f.Key[key], "%s: %q applies only to median, p90, p95 and share_within", what, key)
		case ok:
			if r, ok := p.role(rn, what+" "+key); ok {
				if key == "from" {
					m.From = r
				} else {
					m.To = r
				}
			}
		}
	}
	if m.From != "" && m.From == m.To {
		w.Errorf(f.Val["to"], "%s: from and to are the same role %q; a duration runs between two times", what, m.From)
	}
	wn, hasWithin := f.Val["within"]
	switch {
	case m.Metric == "share_within" && !hasWithin:
		w.Errorf(f.Node, "%s: metric \"share_within\" needs \"within\", the time limit, e.g. within: 24h", what)
	case hasWithin && m.Metric != "share_within" && m.Metric != "":
		w.Errorf(f.Key["within"], "%s: \"within\" applies only to share_within", what)
	case hasWithin:
		if s, ok := w.Str(wn, what+" within"); ok {
			d, err := ParseDuration(s)
			switch {
			case err != nil:
				w.Errorf(wn, "%s within: %v", what, err)
			case d <= 0:
				w.Errorf(wn, "%s within: the limit must be longer than zero", what)
			default:
				m.Within = d
			}
		}
	}
	if cn, ok := f.Val["where"]; ok {
		m.Where = p.measureConds(cn, what+" where")
	}
	mn, hasMatch := f.Val["match"]
	switch {
	case m.Metric == "share" && !hasMatch:
		w.Errorf(f.Node, "%s: metric \"share\" needs \"match\": the condition whose share of the cases is measured, e.g. match: {source: proactive}", what)
	case hasMatch && m.Metric != "share" && m.Metric != "":
		w.Errorf(f.Key["match"], "%s: \"match\" applies only to share", what)
	case hasMatch:
		m.Match = p.measureConds(mn, what+" match")
	}
	return m
}

// role reads a role name: lower-case letters, digits, - and _.
func (p *parser) role(n *yaml.Node, what string) (string, bool) {
	s, ok := p.w.Str(n, what)
	if !ok {
		return "", false
	}
	if !roleRE.MatchString(s) {
		p.w.Errorf(n, "%s: %q is not a role name such as received or removed: use lower-case letters, digits, - and _", what, yamlsrc.Clip(s))
		return "", false
	}
	return s, true
}

// measureConds reads where or match: a mapping from role to a value or a
// list of values (any of them).
func (p *parser) measureConds(n *yaml.Node, what string) []MeasureCond {
	w := p.w
	f, ok := w.Mapping(n, what)
	if !ok {
		return nil
	}
	if len(f.Order) == 0 {
		w.Errorf(f.Node, "%s: give at least one role and its values, e.g. {category: csea}", what)
	}
	var out []MeasureCond
	for _, key := range f.Order {
		if !roleRE.MatchString(key) {
			w.Errorf(f.Key[key], "%s: %q is not a role name such as category or source: use lower-case letters, digits, - and _", what, yamlsrc.Clip(key))
			continue
		}
		v := w.Resolve(f.Val[key])
		items := []*yaml.Node{v}
		if v.Kind == yaml.SequenceNode {
			items = v.Content
			if len(items) == 0 {
				w.Errorf(v, "%s %s: the list of values is empty", what, key)
			}
		}
		c := MeasureCond{Role: key}
		for _, it := range items {
			s, ok := w.Str(it, what+" "+key)
			if !ok {
				continue
			}
			if strings.TrimSpace(s) == "" {
				w.Errorf(it, "%s %s: a value is empty", what, key)
				continue
			}
			if !slices.Contains(c.Values, s) {
				c.Values = append(c.Values, s)
			}
		}
		out = append(out, c)
	}
	return out
}
