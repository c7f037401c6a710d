package report

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/summary"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// regimeApplies reports whether the regime with the given id applies to
// the service; a reference with no regime (or one the result does not
// know) is taken to apply, as it was before 1.1.
func (d *doc) regimeApplies(id string) bool {
	if id == "" {
		return true
	}
	for _, rr := range d.r.Regimes {
		if rr.Regime.ID == id {
			return rr.Applies
		}
	}
	return true
}

// duty reports whether a reference makes a duty for this service: it is
// binding (law, or a regulator's code) and its regime applies and is
// itself binding. A proposal, a lapsed text, guidance, a voluntary
// framework or a regime that does not apply never does.
func (d *doc) duty(ref *questionnaire.Reference) bool {
	if !ref.Status.Binding() || !d.regimeApplies(ref.Regime) {
		return false
	}
	if rg := d.q.Regime(ref.Regime); rg != nil && rg.Status != "" && !rg.Status.Binding() {
		return false
	}
	return true
}

// basis is what a question rests on, in words: "legal duty" when it cites
// a law that makes a duty for this service, "regulator's code" when the
// only such reference is a code of practice (follow it or show equivalent
// measures: not a statute), "good practice" when its references say what
// they are and none binds, and "" when the questionnaire gives no legal
// status (a 1.0 questionnaire), so that nothing is labelled a legal duty
// without the questionnaire saying so.
func (d *doc) basis(qn *questionnaire.Question) string {
	known, code := false, false
	for _, id := range qn.References {
		ref := d.q.Reference(id)
		if ref == nil {
			continue
		}
		if d.duty(ref) {
			if ref.Status == questionnaire.StatusCode {
				code = true
				continue
			}
			return d.w.T("pdf.legalDuty")
		}
		if ref.Status != "" {
			known = true
		}
	}
	switch {
	case code:
		return d.w.T("pdf.codeDuty")
	case known:
		return d.w.T("pdf.goodPractice")
	}
	return ""
}

// sourceText names a question's references for the plan: each distinct
// short name once, with its pinpoints and its status in words, e.g.
// "Digital Services Act Art. 16, Art. 17 (law) · Voluntary Principles 1
// (voluntary)". A binding reference of a regime that does not apply says
// so. The appendix lists every reference in full with its address.
func (d *doc) sourceText(ids []string) string { return d.sources(ids, true) }

// sourcePins names a question's references as sourceText does, without
// their status: for the details, where the appendix's list of sources
// gives each status once.
func (d *doc) sourcePins(ids []string) string { return d.sources(ids, false) }

func (d *doc) sources(ids []string, withStatus bool) string {
	type group struct {
		name, status string
		pins         []string
	}
	var groups []*group
	find := func(name, status string) *group {
		for _, g := range groups {
			if g.name == name && g.status == status {
				return g
			}
		}
		g := &group{name: name, status: status}
		groups = append(groups, g)
		return g
	}
	for _, id := range ids {
		ref := d.q.Reference(id)
		if ref == nil {
			find(cleanLine(id), "")
			continue
		}
		status := d.w.LegalStatus(string(ref.Status))
		if ref.Status.Binding() && !d.regimeApplies(ref.Regime) {
			status = joinNonEmpty("; ", status, d.w.T("pdf.notHere"))
		}
		if !withStatus {
			status = ""
		}
		pin := cleanLine(ref.PinpointIn(d.lang))
		name := d.shortName(d.tr(ref.Title))
		if pin != "" {
			name = withoutPinpoint(name, pin)
		} else if head, tail, ok := strings.Cut(name, ", "); ok && strings.Contains(head, " ") {
			// Without a pinpoint, what follows the work's name is one:
			// "Voluntary Principles, principle 9" and ", principle 11"
			// become "Voluntary Principles principle 9, principle 11".
			name, pin = head, tail
		}
		g := find(name, status)
		if pin != "" && !contains(g.pins, pin) {
			g.pins = append(g.pins, pin)
		}
	}
	parts := make([]string, 0, len(groups))
	for _, g := range groups {
		s := g.name
		if len(g.pins) > 0 {
			s += " " + strings.Join(g.pins, ", ")
		}
		if g.status != "" {
			s += " (" + g.status + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " · ")
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// shortName is shortName(title), worked out once per title: the details
// name the same few works under thousands of questions.
func (d *doc) shortName(title string) string {
	if s, ok := d.shortNames[title]; ok {
		return s
	}
	if d.shortNames == nil {
		d.shortNames = map[string]string{}
	}
	s := shortName(title)
	d.shortNames[title] = s
	return s
}

// shortName, withoutPinpoint and dropAsides are the summary's: the brief's
// findings name their sources as the plan does.
func shortName(title string) string           { return summary.ShortName(title) }
func withoutPinpoint(name, pin string) string { return summary.WithoutPinpoint(name, pin) }
func dropAsides(s string) string              { return summary.DropAsides(s) }
