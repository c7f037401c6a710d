package answers

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// Measured records that an answer was computed from case exports by
// `dutycheck measure` (1.2), and what it rests on, so that every output
// can show it apart from typed and estimated answers.
type Measured struct {
	Metric string
	// Cases is n, the cases counted in the figure; Open of those had no
	// end time; Excluded were in scope with their end before their start;
	// Repeated rows were dropped as repeated ids (whole run).
	Cases, Open, Excluded, Repeated int
	// From and To are the period's dates, both included, midnight UTC.
	From, To time.Time
	// Sources are the exports read, by name and digest, in the order read.
	Sources []ExportSource
	// At is the day the figure was measured.
	At  time.Time
	Pos yamlsrc.Pos
}

// ExportSource is one export a figure was measured from.
type ExportSource struct {
	File   string
	SHA256 string
}

var (
	measuredFields = []string{"metric", "cases", "open", "excluded", "repeated", "period", "source", "sources", "at"}
	periodFields   = []string{"from", "to"}
	sourceFields   = []string{"file", "sha256"}
)

// measured reads an answer's measured record.
func (d *decoder) measured(n *yaml.Node, what string) *Measured {
	w := d.w
	what += " measured"
	f, ok := w.Mapping(n, what)
	if !ok {
		return nil
	}
	w.Known(f, what, measuredFields, []string{"metric", "cases", "period", "at"})
	m := &Measured{Pos: yamlsrc.PosOf(f.Node)}
	if mn, ok := f.Val["metric"]; ok {
		if s, ok := w.Str(mn, what+" metric"); ok {
			if !slices.Contains(questionnaire.MeasureMetrics, s) {
				w.Errorf(mn, "%s: unknown metric %q; the metrics are %s", what, yamlsrc.Clip(s), strings.Join(questionnaire.MeasureMetrics, ", "))
			}
			m.Metric = s
		}
	}
	for key, dst := range map[string]*int{"cases": &m.Cases, "open": &m.Open, "excluded": &m.Excluded, "repeated": &m.Repeated} {
		nn, ok := f.Val[key]
		if !ok {
			continue
		}
		v, ok := w.Num(nn, what+" "+key)
		if !ok {
			continue
		}
		if v < 0 || v != float64(int64(v)) || v > 1e12 {
			w.Errorf(nn, "%s %s: %v is not a count of cases", what, key, v)
			continue
		}
		*dst = int(v)
	}
	if m.Open > m.Cases {
		w.Errorf(f.Val["open"], "%s: open (%d) is more than the cases counted (%d)", what, m.Open, m.Cases)
	}
	if pn, ok := f.Val["period"]; ok {
		if pf, ok := w.Mapping(pn, what+" period"); ok {
			w.Known(pf, what+" period", periodFields, periodFields)
			if n, ok := pf.Val["from"]; ok {
				m.From, _ = readDate(w, n, what+" period from")
			}
			if n, ok := pf.Val["to"]; ok {
				m.To, _ = readDate(w, n, what+" period to")
			}
			if !m.From.IsZero() && !m.To.IsZero() && m.To.Before(m.From) {
				w.Errorf(pf.Val["to"], "%s period: it ends before it starts", what)
			}
		}
	}
	sn, one := f.Val["source"]
	ln, many := f.Val["sources"]
	switch {
	case one && many:
		w.Errorf(f.Key["sources"], "%s: give source (one export) or sources (a list), not both", what)
	case one:
		if s, ok := d.source(sn, what+" source"); ok {
			m.Sources = []ExportSource{s}
		}
	case many:
		if items, ok := w.Seq(ln, what+" sources"); ok {
			for _, it := range items {
				if s, ok := d.source(it, what+" sources"); ok {
					m.Sources = append(m.Sources, s)
				}
			}
		}
	}
	if an, ok := f.Val["at"]; ok {
		if at, ok := readDate(w, an, what+" at"); ok {
			if err := CheckAssessmentDate(at, d.today); err != nil {
				w.Errorf(an, "%s at: %v", what, err)
			}
			m.At = at
		}
	}
	return m
}

func (d *decoder) source(n *yaml.Node, what string) (ExportSource, bool) {
	w := d.w
	f, ok := w.Mapping(n, what)
	if !ok {
		return ExportSource{}, false
	}
	w.Known(f, what, sourceFields, sourceFields)
	var s ExportSource
	bad := len(w.Errs.Problems)
	if fn, ok := f.Val["file"]; ok {
		if v, ok := w.Str(fn, what+" file"); ok {
			if v == "" || strings.ContainsFunc(v, hidden) {
				w.Errorf(fn, "%s file: write the export's name on one line, without control characters", what)
			}
			s.File = v
		}
	}
	if dn, ok := f.Val["sha256"]; ok {
		s.SHA256, _ = readDigest(w, dn, what+" sha256")
	}
	return s, len(w.Errs.Problems) == bad
}

// encodeMeasured is the YAML of a measured record: one export as
// `source`, several as `sources`.
func encodeMeasured(m *Measured) *yaml.Node {
	n := mapping()
	add(n, "metric", str(m.Metric))
	for _, kv := range []struct {
		k string
		v int
	}{{"cases", m.Cases}, {"open", m.Open}, {"excluded", m.Excluded}, {"repeated", m.Repeated}} {
		add(n, kv.k, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: fmt.Sprint(kv.v)})
	}
	p := mapping()
	p.Style = yaml.FlowStyle
	add(p, "from", date(m.From))
	add(p, "to", date(m.To))
	add(n, "period", p)
	src := func(s ExportSource) *yaml.Node {
		sm := mapping()
		sm.Style = yaml.FlowStyle
		add(sm, "file", str(s.File))
		add(sm, "sha256", str(s.SHA256))
		return sm
	}
	switch len(m.Sources) {
	case 0:
	case 1:
		add(n, "source", src(m.Sources[0]))
	default:
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, s := range m.Sources {
			seq.Content = append(seq.Content, src(s))
		}
		add(n, "sources", seq)
	}
	add(n, "at", date(m.At))
	return n
}

// sameMeasured reports whether two measured records encode the same.
func sameMeasured(a, b *Measured) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Metric == b.Metric && a.Cases == b.Cases && a.Open == b.Open && a.Excluded == b.Excluded &&
		a.Repeated == b.Repeated && a.From.Equal(b.From) && a.To.Equal(b.To) && a.At.Equal(b.At) &&
		slices.Equal(a.Sources, b.Sources)
}

// cloneMeasured copies a measured record, its sources too.
func cloneMeasured(m *Measured) *Measured {
	if m == nil {
		return nil
	}
	c := *m
	c.Sources = slices.Clone(m.Sources)
	return &c
}
