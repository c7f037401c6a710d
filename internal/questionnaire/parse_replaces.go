package questionnaire

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// questionReplaces reads a question's `replaces`: the ids it had in earlier
// versions (1.1). Answers under those ids are carried to the question, so
// each must be a valid id, listed once.
func (p *parser) questionReplaces(n *yaml.Node, what string, q *Question) {
	w := p.w
	items, ok := w.Seq(n, what+" replaces")
	if !ok {
		return
	}
	for _, it := range items {
		id, ok := w.ID(it, what+" replaces")
		if !ok {
			continue
		}
		if id == q.ID {
			w.Errorf(it, "%s: replaces its own id %q", what, id)
			continue
		}
		if contains(q.Replaces, id) {
			w.Errorf(it, "%s: replaces %q twice", what, id)
			continue
		}
		q.Replaces = append(q.Replaces, id)
		if p.replacesAt == nil {
			p.replacesAt = map[string]replacedBy{}
		}
		if prev, dup := p.replacesAt[id]; dup {
			w.Errorf(it, "%s: %q is already replaced by question %q (line %d); an old answer can go to one question only", what, id, prev.question, prev.node.Line)
			continue
		}
		p.replacesAt[id] = replacedBy{q.ID, it}
	}
}

// replacedBy records which question took over an old id, and where.
type replacedBy struct {
	question string
	node     *yaml.Node
}

// checkReplaces refuses an old id that is still the id of a question: its
// answers would belong to two questions at once.
func (p *parser) checkReplaces() {
	for id, by := range p.replacesAt {
		if p.q.questionByID[id] != nil {
			p.w.Errorf(by.node, "%s", fmt.Sprintf("question %q: replaces %q, which is still a question of this file; an id can be replaced only once it is gone", by.question, id))
		}
	}
}
