package changes

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// num writes a number as short as it reads: 1, 0.25, 1000.
func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func join(ids []string) string { return strings.Join(ids, ", ") }

// cond writes a condition in a compact, canonical form, so that two
// conditions compare equal exactly when they mean the same: "uploads =
// yes", "regions in [eu, uk]", "all(…)". The values of `in` are sorted.
// On the old side, question ids are read through the renames, so that a
// condition on a renamed question is not reported as changed.
func (c *comparer) cond(k *questionnaire.Condition, old bool) string {
	if k == nil {
		return "always"
	}
	list := func(name string, subs []*questionnaire.Condition) string {
		parts := make([]string, len(subs))
		for i, s := range subs {
			parts[i] = c.cond(s, old)
		}
		return name + "(" + strings.Join(parts, ", ") + ")"
	}
	switch {
	case k.All != nil:
		return list("all", k.All)
	case k.Any != nil:
		return list("any", k.Any)
	case k.Not != nil:
		return "not(" + c.cond(k.Not, old) + ")"
	case k.Regime != "":
		return "regime " + k.Regime
	}
	q := k.Question
	if to := c.renamed[q]; old && to != "" {
		q = to
	}
	switch k.Op {
	case "equals":
		return q + " = " + first(k.Values)
	case "in":
		vals := slices.Clone(k.Values)
		slices.Sort(vals)
		return q + " in [" + strings.Join(vals, ", ") + "]"
	case "includes":
		return q + " includes " + first(k.Values)
	case "at_least":
		return q + " ≥ " + num(k.Number)
	case "below":
		return q + " < " + num(k.Number)
	}
	return q + " " + k.Op + " " + strings.Join(k.Values, ", ")
}

func first(vals []string) string {
	if len(vals) == 0 {
		return ""
	}
	return vals[0]
}

// bandsString writes a question's bands in order, "≤ 24h: 1; 24h–72h: 0.5;
// any: 0", with duration and date bounds as durations.
func bandsString(qn *questionnaire.Question) string {
	if len(qn.Bands) == 0 {
		return "none"
	}
	val := func(f float64) string {
		if qn.Type == questionnaire.Duration || qn.Type == questionnaire.Date {
			return questionnaire.FormatDuration(time.Duration(f * float64(time.Minute)))
		}
		return num(f)
	}
	parts := make([]string, len(qn.Bands))
	for i, b := range qn.Bands {
		var r string
		switch {
		case b.Min != nil && b.Max != nil:
			r = val(*b.Min) + "–" + val(*b.Max)
		case b.Min != nil:
			r = "≥ " + val(*b.Min)
		case b.Max != nil:
			r = "≤ " + val(*b.Max)
		default:
			r = "any"
		}
		parts[i] = r + ": " + num(b.Score)
	}
	return strings.Join(parts, "; ")
}
