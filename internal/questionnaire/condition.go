package questionnaire

// Condition is a `when` clause. Exactly one of its forms is set: a test on
// one question (Question with Equals, In or Includes), or a combination
// (All, Any, Not).
type Condition struct {
	Question string
	// Op is "equals", "in" or "includes" for a test on a question.
	Op     string
	Values []string
	All    []*Condition
	Any    []*Condition
	Not    *Condition
	Pos    Pos
}

// Lookup gives the chosen values of an answered question: one value for
// yesno and single, the chosen list for multi. ok is false when the question
// is unanswered, answered not applicable, or does not apply, all of which
// make a test on it false (SPEC section 2).
type Lookup func(questionID string) (values []string, ok bool)

// Holds evaluates the condition; a nil condition always holds.
func (c *Condition) Holds(get Lookup) bool {
	if c == nil {
		return true
	}
	switch {
	case c.All != nil:
		for _, sub := range c.All {
			if !sub.Holds(get) {
				return false
			}
		}
		return true
	case c.Any != nil:
		for _, sub := range c.Any {
			if sub.Holds(get) {
				return true
			}
		}
		return false
	case c.Not != nil:
		return !c.Not.Holds(get)
	}
	got, ok := get(c.Question)
	if !ok {
		return false
	}
	switch c.Op {
	case "equals", "in":
		if len(got) != 1 {
			return false
		}
		for _, v := range c.Values {
			if got[0] == v {
				return true
			}
		}
	case "includes":
		for _, g := range got {
			if g == c.Values[0] {
				return true
			}
		}
	}
	return false
}

// Refs lists the question ids the condition tests, in order, with repeats.
func (c *Condition) Refs() []string {
	if c == nil {
		return nil
	}
	var out []string
	if c.Question != "" {
		out = append(out, c.Question)
	}
	for _, s := range c.All {
		out = append(out, s.Refs()...)
	}
	for _, s := range c.Any {
		out = append(out, s.Refs()...)
	}
	out = append(out, c.Not.Refs()...)
	return out
}
