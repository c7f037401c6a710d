package questionnaire

import (
	"fmt"
	"slices"

	"gopkg.in/yaml.v3"
)

// pendingReplace is one id a question says it replaces, checked once every
// question is known.
type pendingReplace struct {
	id   string
	q    *Question
	node *yaml.Node
}

// questionReplaces reads `replaces` (1.1): the ids the question had in
// earlier versions, so that an old answer is read as this question's.
func (p *parser) questionReplaces(n *yaml.Node, what string, q *Question) {
	w := p.w
	items, ok := w.Seq(n, what+" replaces")
	if !ok {
		return
	}
	for _, it := range items {
		id, ok := readID(w, it, what+" replaces")
		if !ok {
			continue
		}
		if slices.Contains(q.Replaces, id) {
			w.Errorf(it, "%s: replaces %q twice", what, id)
			continue
		}
		q.Replaces = append(q.Replaces, id)
		p.replaces = append(p.replaces, pendingReplace{id, q, it})
	}
}

// checkReplaces refuses an old id that is a current question's id (the
// answer would belong to two questions) or that two questions claim.
func (p *parser) checkReplaces() {
	claimed := map[string]pendingReplace{}
	for _, r := range p.replaces {
		what := fmt.Sprintf("question %q", r.q.ID)
		if cur := p.q.questionByID[r.id]; cur != nil {
			if cur == r.q {
				p.w.Errorf(r.node, "%s: replaces its own id", what)
			} else {
				p.w.Errorf(r.node, "%s: replaces %q, which is the id of a current question (line %d); an old id must be free", what, r.id, cur.Pos.Line)
			}
			continue
		}
		if prev, ok := claimed[r.id]; ok {
			p.w.Errorf(r.node, "%s: replaces %q, which question %q (line %d) already replaces; an old answer can go to one question only", what, r.id, prev.q.ID, prev.node.Line)
			continue
		}
		claimed[r.id] = r
	}
}
