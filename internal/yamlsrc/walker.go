package yamlsrc

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Walker reads a yaml.Node tree into values, recording every problem with
// its position instead of stopping at the first. It follows aliases within a
// budget. Questionnaires and answers files are both read with it, so both
// formats report problems the same way.
type Walker struct {
	Errs *ErrorList
	// visited counts the nodes that aliases read so far expand to.
	visited int
	sizes   map[*yaml.Node]int
	// Stopped is set once the alias budget is spent; callers stop early.
	Stopped bool
}

// NewWalker starts a walk that records problems in errs.
func NewWalker(errs *ErrorList) *Walker {
	return &Walker{Errs: errs, sizes: map[*yaml.Node]int{}}
}

// PosOf is the position of a node.
func PosOf(n *yaml.Node) Pos { return Pos{n.Line, n.Column} }

// Errorf records a problem at n.
func (w *Walker) Errorf(n *yaml.Node, format string, args ...any) {
	w.Errs.Add(PosOf(n), format, args...)
}

// Resolve follows an alias to its anchor, charging the size of what it
// expands to against the budget.
func (w *Walker) Resolve(n *yaml.Node) *yaml.Node {
	// Only what aliases expand to is charged: the nodes written out in
	// the file are bounded by its size, and a large valid file must not be
	// refused as an alias bomb.
	for depth := 0; n != nil && n.Kind == yaml.AliasNode; depth++ {
		if n.Alias == nil || depth > maxDepth {
			w.Errorf(n, "alias points nowhere")
			w.Stopped = true
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Line: n.Line, Column: n.Column}
		}
		w.visited += w.size(n.Alias, 0)
		n = n.Alias
	}
	if w.visited > maxNodes && !w.Stopped {
		w.Stopped = true
		w.Errorf(n, "aliases expand past a sane size (more than %d nodes)", maxNodes)
	}
	return n
}

func (w *Walker) size(n *yaml.Node, depth int) int {
	if s, ok := w.sizes[n]; ok {
		return s
	}
	if depth > 10*maxDepth {
		return maxNodes + 1
	}
	s := 1
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		s += w.size(n.Alias, depth+1)
	}
	for _, c := range n.Content {
		s += w.size(c, depth+1)
		if s > maxNodes {
			break
		}
	}
	w.sizes[n] = s
	return s
}

// Fields is a mapping's values by key, with the key nodes for positions and
// the keys in file order.
type Fields struct {
	Node  *yaml.Node
	Val   map[string]*yaml.Node
	Key   map[string]*yaml.Node
	Order []string
}

// Has reports whether key is present.
func (f *Fields) Has(key string) bool { _, ok := f.Val[key]; return ok }

// Mapping reads a mapping node. what names it in messages ("question \"q1\"").
// Unknown keys are checked separately with Known, once the caller knows
// enough to name the mapping well.
func (w *Walker) Mapping(n *yaml.Node, what string) (*Fields, bool) {
	n = w.Resolve(n)
	if n.Kind != yaml.MappingNode {
		w.Errorf(n, "%s: expected a mapping of fields, got %s", what, KindName(n))
		return nil, false
	}
	f := &Fields{Node: n, Val: map[string]*yaml.Node{}, Key: map[string]*yaml.Node{}}
	for i := 0; i+1 < len(n.Content); i += 2 {
		// An alias used as a field name is reported where it is written,
		// not at its anchor.
		at, v := n.Content[i], n.Content[i+1]
		k := w.Resolve(at)
		if k.Kind != yaml.ScalarNode {
			w.Errorf(at, "%s: a field name must be plain text, got %s", what, KindName(k))
			continue
		}
		if k.Value == "<<" && k.Tag == "!!merge" {
			w.Errorf(at, "%s: merge keys (<<) are not supported; write the fields out", what)
			continue
		}
		if prev, dup := f.Key[k.Value]; dup {
			w.Errorf(at, "%s: field %q given twice (first at line %d)", what, k.Value, prev.Line)
			continue
		}
		f.Key[k.Value] = at
		f.Val[k.Value] = v
		f.Order = append(f.Order, k.Value)
	}
	return f, true
}

// Known reports fields not in known, suggesting the nearest known name, and
// fields in required that are missing.
func (w *Walker) Known(f *Fields, what string, known, required []string) {
	// A missing field that an unknown one is a typo of ("lable" for
	// "label") is one mistake, reported once, at the typo.
	explained := map[string]bool{}
	for _, k := range f.Order {
		if slices.Contains(known, k) {
			continue
		}
		if s := Nearest(k, known); s != "" {
			w.Errorf(f.Key[k], "unknown field %q in %s; did you mean %q?", Clip(k), what, s)
			explained[s] = true
		} else {
			w.Errorf(f.Key[k], "unknown field %q in %s; known fields: %s", Clip(k), what, strings.Join(known, ", "))
		}
	}
	for _, r := range required {
		if !f.Has(r) && !explained[r] {
			w.Errorf(f.Node, "%s: missing required field %q", what, r)
		}
	}
}

// Seq reads a list node.
func (w *Walker) Seq(n *yaml.Node, what string) ([]*yaml.Node, bool) {
	n = w.Resolve(n)
	if n.Kind != yaml.SequenceNode {
		w.Errorf(n, "%s: expected a list, got %s", what, KindName(n))
		return nil, false
	}
	return n.Content, true
}

// Str reads a scalar as a string. Any scalar but null is accepted, since
// YAML reads yes, 1.0 and 2026-01-01 as other types while authors mean text.
func (w *Walker) Str(n *yaml.Node, what string) (string, bool) {
	n = w.Resolve(n)
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		w.Errorf(n, "%s: expected text, got %s", what, KindName(n))
		return "", false
	}
	return n.Value, true
}

// Num reads a finite number.
func (w *Walker) Num(n *yaml.Node, what string) (float64, bool) {
	n = w.Resolve(n)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!str" && n.Style == 0 {
		if _, err := strconv.ParseFloat(n.Value, 64); errors.Is(err, strconv.ErrRange) {
			w.Errorf(n, "%s: %q is out of range for a number", what, Clip(n.Value))
			return 0, false
		}
	}
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
		w.Errorf(n, "%s: expected a number, got %s", what, KindName(n))
		return 0, false
	}
	v, err := parseYAMLNumber(n)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		w.Errorf(n, "%s: %q is not a finite number", what, n.Value)
		return 0, false
	}
	return v, true
}

func parseYAMLNumber(n *yaml.Node) (float64, error) {
	if n.Tag == "!!int" {
		var i int64
		if err := n.Decode(&i); err == nil {
			return float64(i), nil
		}
	}
	var f float64
	err := n.Decode(&f)
	return f, err
}

// Bool reads true or false.
func (w *Walker) Bool(n *yaml.Node, what string) (bool, bool) {
	n = w.Resolve(n)
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		w.Errorf(n, "%s: expected true or false, got %s", what, KindName(n))
		return false, false
	}
	b, err := strconv.ParseBool(strings.ToLower(n.Value))
	if err != nil {
		w.Errorf(n, "%s: expected true or false, got %q", what, n.Value)
		return false, false
	}
	return b, true
}
