package questionnaire

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

var (
	regimeFields   = []string{"id", "title", "jurisdiction", "status", "applies", "why"}
	regimeRequired = []string{"id", "title"}
)

// parseRegimes reads the top-level regimes (1.1). Their `applies`
// conditions are checked with the others once every question is known.
func (p *parser) parseRegimes(n *yaml.Node) {
	w := p.w
	items, ok := w.Seq(n, "regimes")
	if !ok {
		return
	}
	at := map[string]*yaml.Node{}
	for i, it := range items {
		what := fmt.Sprintf("regime %d", i+1)
		f, ok := w.Mapping(it, what)
		if !ok {
			continue
		}
		r := &Regime{Index: len(p.q.Regimes), Pos: yamlsrc.PosOf(f.Node)}
		if idn, ok := f.Val["id"]; ok {
			if id, ok := readID(w, idn, what+" id"); ok {
				what = fmt.Sprintf("regime %q", id)
				if prev := at[id]; prev != nil {
					w.Errorf(idn, "duplicate regime id %q (first at line %d)", id, prev.Line)
				} else {
					at[id] = idn
					r.ID = id
				}
			}
		}
		w.Known(f, what, regimeFields, regimeRequired)
		r.Title = p.requiredText(f, "title", what+" title")
		if jn, ok := f.Val["jurisdiction"]; ok {
			if s, ok := w.Str(jn, what+" jurisdiction"); ok {
				if strings.TrimSpace(s) == "" {
					w.Errorf(jn, "%s: jurisdiction is empty", what)
				}
				r.Jurisdiction = s
			}
		}
		if sn, ok := f.Val["status"]; ok {
			r.Status = p.status(sn, what)
		}
		if wn, ok := f.Val["why"]; ok {
			r.Why = p.text(wn, what+" why")
		}
		if an, ok := f.Val["applies"]; ok {
			r.Applies = p.condition(an, what+" applies", 0)
			p.conds = append(p.conds, pendingCond{r.Applies, noOwner, what})
		}
		if r.ID == "" {
			continue // reported; a regime without an id cannot be tested
		}
		p.q.Regimes = append(p.q.Regimes, r)
		p.q.regimeByID[r.ID] = r
	}
}

// status reads a legal status, suggesting the nearest one on a typo.
func (p *parser) status(n *yaml.Node, what string) LegalStatus {
	s, ok := p.w.Str(n, what+" status")
	if !ok {
		return ""
	}
	names := make([]string, len(LegalStatuses))
	for i, st := range LegalStatuses {
		if string(st) == s {
			return st
		}
		names[i] = string(st)
	}
	if near := yamlsrc.Nearest(s, names); near != "" {
		p.w.Errorf(n, "%s: unknown status %q; did you mean %q?", what, yamlsrc.Clip(s), near)
	} else {
		p.w.Errorf(n, "%s: unknown status %q; the statuses are %s", what, yamlsrc.Clip(s), strings.Join(names, ", "))
	}
	return ""
}

// regimeTests lists the {regime: ID} tests of a condition, in order.
func regimeTests(c *Condition) []*Condition {
	if c == nil {
		return nil
	}
	var out []*Condition
	if c.Regime != "" {
		out = append(out, c)
	}
	for _, s := range c.All {
		out = append(out, regimeTests(s)...)
	}
	for _, s := range c.Any {
		out = append(out, regimeTests(s)...)
	}
	return append(out, regimeTests(c.Not)...)
}

// checkRegimeCycles refuses regimes whose applies conditions test each
// other in a circle, which could never be decided. Each cycle is reported
// once, at the test that closes it, with the whole circle spelled out.
func (p *parser) checkRegimeCycles() {
	const (
		unseen = iota
		onPath
		done
	)
	state := map[string]int{}
	var path []string
	var visit func(r *Regime)
	visit = func(r *Regime) {
		state[r.ID] = onPath
		path = append(path, r.ID)
		for _, t := range regimeTests(r.Applies) {
			next := p.q.regimeByID[t.Regime]
			if next == nil {
				continue // reported as unknown
			}
			switch state[next.ID] {
			case onPath:
				start := 0
				for i, id := range path {
					if id == next.ID {
						start = i
					}
				}
				circle := append(append([]string(nil), path[start:]...), next.ID)
				p.w.Errs.Add(t.Pos, "regime %q: applies forms a cycle: %s; a regime's condition may not depend on itself", r.ID, strings.Join(circle, " → "))
			case unseen:
				visit(next)
			}
		}
		path = path[:len(path)-1]
		state[r.ID] = done
	}
	for _, r := range p.q.Regimes {
		if state[r.ID] == unseen {
			visit(r)
		}
	}
}

// regimeReads lists the ids of the questions a regime's condition reads,
// directly or through the regimes it tests, in file order. It stops at a
// regime already being followed, so a cycle (reported elsewhere) cannot
// make it loop. The answer is kept, since many questions may test one
// regime.
func (p *parser) regimeReads(id string) []string {
	if got, ok := p.reads[id]; ok {
		return got
	}
	seen := map[string]bool{}
	qs := map[string]bool{}
	var follow func(id string)
	follow = func(id string) {
		r := p.q.regimeByID[id]
		if r == nil || seen[id] {
			return
		}
		seen[id] = true
		for _, q := range r.Applies.Refs() {
			qs[q] = true
		}
		for _, t := range r.Applies.RegimeRefs() {
			follow(t)
		}
	}
	follow(id)
	out := make([]string, 0, len(qs))
	for q := range qs {
		if p.q.questionByID[q] != nil {
			out = append(out, q)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		return p.q.questionByID[out[i]].Index < p.q.questionByID[out[j]].Index
	})
	if p.reads == nil {
		p.reads = map[string][]string{}
	}
	p.reads[id] = out
	return out
}
