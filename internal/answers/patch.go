package answers

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// A hand-written answers file is reviewed like code: people comment it,
// order it, quote and lay it out their way, and keep it in git. A save
// must change only the entries whose content changed, so that changing one
// answer is a one-answer diff. patchFile does that on the bytes of the
// file: it walks the file's YAML tree (positions), the tree Encode would
// write for the file as it was read (was) and the tree for the assessment
// now (now), and where was and now differ it rewrites the smallest piece
// it can: a scalar in place, keeping its quoting; a flow mapping or list
// in place, in flow style; an entry's lines; new entries inserted after
// their neighbour in Encode's order; removed entries deleted. Everything
// else, comments and blank lines included, stays byte for byte.
//
// patchFile works on lines and columns only; it does not prove that its
// result reads back as now. Encoder.Encode checks that by decoding it,
// and writes the file in Encode's form when it does not.

// layout is a file's bytes, where its lines begin, and the edits made.
type layout struct {
	src   []byte
	lines []int // byte offset at which each line begins
	bom   int   // bytes of a byte order mark before line 1's first column
	crlf  bool  // the file breaks lines with CR LF
	// step is the file's indentation step (2 in Encode's form), which
	// new and rewritten entries follow.
	step  int
	edits []edit
	// ended is set once an edit at the end of a file without a final
	// line break has supplied one.
	ended bool
}

// edit replaces src[at:end] with text.
type edit struct {
	at, end int
	text    []byte
}

func newLayout(src []byte) *layout {
	l := &layout{src: src, lines: []int{0}, step: 2}
	if bytes.HasPrefix(src, []byte("\uFEFF")) {
		l.bom = 3
	}
	// Line breaks as yaml.v3 counts them: LF, CR LF, and a CR alone
	// (U+0085, U+2028 and U+2029 are masked by yamlsrc.Load).
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			l.lines = append(l.lines, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				if len(l.lines) == 1 {
					l.crlf = true
				}
				i++
			}
			l.lines = append(l.lines, i+1)
		}
	}
	return l
}

// lastLine is the number of the file's last line (1-based).
func (l *layout) lastLine() int {
	n := len(l.lines)
	if n > 1 && l.lines[n-1] == len(l.src) {
		n--
	}
	return n
}

// lineStart is the offset at which line n begins; past the last line it
// is the end of the file.
func (l *layout) lineStart(n int) int {
	if n-1 < len(l.lines) {
		return l.lines[n-1]
	}
	return len(l.src)
}

// lineEnd is the offset just past line n and its line break.
func (l *layout) lineEnd(n int) int { return l.lineStart(n + 1) }

// text is line n without its line break.
func (l *layout) text(n int) []byte {
	return bytes.TrimRight(l.src[l.lineStart(n):l.lineEnd(n)], "\r\n")
}

// offset is the byte offset of a node's line and column (yaml.v3 counts
// columns in characters).
func (l *layout) offset(line, col int) int {
	s := l.lineStart(line)
	if line == 1 {
		s += l.bom
	}
	for c := 1; c < col && s < len(l.src); c++ {
		_, size := utf8.DecodeRune(l.src[s:])
		s += size
	}
	return s
}

func (l *layout) at(n *yaml.Node) int { return l.offset(n.Line, n.Column) }

// indent is how many spaces line n begins with.
func (l *layout) indent(n int) int {
	t := l.text(n)
	return len(t) - len(bytes.TrimLeft(t, " "))
}

// spare reports whether line n is blank, or a comment indented at most
// maxIndent: a line that belongs to no entry deeper than maxIndent.
func (l *layout) spare(n, maxIndent int) bool {
	t := bytes.TrimLeft(l.text(n), " \t")
	return len(t) == 0 || t[0] == '#' && l.indent(n) <= maxIndent || isDocMarker(l.text(n))
}

// isDocMarker reports whether a line ends or starts a YAML document
// ("...", "---"): it belongs to no entry.
func isDocMarker(line []byte) bool {
	for _, m := range []string{"...", "---"} {
		if rest, ok := bytes.CutPrefix(line, []byte(m)); ok && (len(rest) == 0 || rest[0] == ' ' || rest[0] == '\t') {
			return true
		}
	}
	return false
}

// comment reports whether line n is a comment and nothing else.
func (l *layout) comment(n int) bool {
	t := bytes.TrimLeft(l.text(n), " \t")
	return len(t) > 0 && t[0] == '#'
}

// trimEnd is the last line of an entry that begins on line first and
// reaches at most line lim: blank lines and comments no deeper than the
// entry's key, at its end, belong to what follows.
func (l *layout) trimEnd(first, lim, keyIndent int) int {
	for lim > first && l.spare(lim, keyIndent) {
		lim--
	}
	return lim
}

// startsLine reports whether only spaces stand before n on its line.
func (l *layout) startsLine(n *yaml.Node) bool {
	return len(bytes.TrimLeft(l.src[l.lineStart(n.Line):l.at(n)], " ")) == 0
}

// afterDash reports whether only spaces and sequence dashes stand before
// n on its line ("  - file: …").
func (l *layout) afterDash(n *yaml.Node) bool {
	return len(bytes.Trim(l.src[l.lineStart(n.Line):l.at(n)], " -")) == 0
}

func (l *layout) add(at, end int, text []byte) {
	if l.crlf {
		text = bytes.ReplaceAll(text, []byte("\n"), []byte("\r\n"))
	}
	l.edits = append(l.edits, edit{at, end, text})
}

// apply returns the file with the edits made; false if two overlap.
func (l *layout) apply() ([]byte, bool) {
	sort.SliceStable(l.edits, func(i, j int) bool { return l.edits[i].at < l.edits[j].at })
	var out bytes.Buffer
	out.Grow(len(l.src) + 256)
	pos := 0
	for _, e := range l.edits {
		if e.at < pos || e.end < e.at {
			return nil, false
		}
		out.Write(l.src[pos:e.at])
		out.Write(e.text)
		pos = e.end
	}
	out.Write(l.src[pos:])
	return out.Bytes(), true
}

// patchFile is src with the entries that differ between was and now
// rewritten (see above); false when its layout is beyond what it edits.
func patchFile(src []byte, top, was, now *yaml.Node) ([]byte, bool) {
	if sameNode(was, now) {
		return src, true
	}
	l := newLayout(src)
	if top.Kind != yaml.MappingNode || top.Style&yaml.FlowStyle != 0 || top.Column != 1 {
		return nil, false
	}
	l.step = indentStep(top)
	if !l.mapping(top, was, now, l.lastLine()) {
		return nil, false
	}
	return l.apply()
}

// value makes v, which reads as o (nil when unknown), read as n. It edits
// inside v when it can; false (and no edit made) when only rewriting v's
// whole entry will do. lim is the last line v's entry may reach.
func (l *layout) value(v, o, n *yaml.Node, lim int) bool {
	if o != nil && sameNode(o, n) {
		return true
	}
	mark := len(l.edits)
	ok := false
	switch {
	case v.Kind == yaml.MappingNode && n.Kind == yaml.MappingNode && len(v.Content) > 0 && len(n.Content) > 0:
		if o != nil && o.Kind != yaml.MappingNode {
			o = nil
		}
		ok = l.mapping(v, o, n, lim)
	case v.Kind == yaml.SequenceNode && n.Kind == yaml.SequenceNode && v.Style&yaml.FlowStyle == 0 &&
		o != nil && o.Kind == yaml.SequenceNode:
		ok = l.appendItems(v, o, n, lim)
	}
	if !ok {
		l.edits = l.edits[:mark]
		ok = l.inline(v, n)
	}
	return ok
}

// mapping edits the entries of mapping v, which reads as o, to read as
// n: entries in both are edited, new ones inserted in n's order, entries
// of o that n no longer has deleted. Entries that neither o nor n has are
// not this writer's: they stay. A flow mapping takes no new or deleted
// entries here; its caller rewrites it whole.
func (l *layout) mapping(v, o, n *yaml.Node, lim int) bool {
	flow := v.Style&yaml.FlowStyle != 0
	pairs := len(v.Content) / 2
	index := make(map[string]int, pairs)
	for i := 0; i < pairs; i++ {
		k := v.Content[2*i]
		if k.Kind != yaml.ScalarNode {
			return false
		}
		if _, dup := index[k.Value]; dup {
			return false
		}
		index[k.Value] = i
	}
	ends := make([]int, pairs)
	for i := range ends {
		if i+1 < pairs {
			ends[i] = v.Content[2*i+2].Line - 1
		} else {
			ends[i] = lim
		}
	}
	trimmed := func(i int) int {
		k := v.Content[2*i]
		return l.trimEnd(k.Line, ends[i], k.Column-1)
	}
	oval := valueMap(o)
	nkeys := make(map[string]bool, len(n.Content)/2)
	prev := -1
	var pending []*yaml.Node // key, value pairs to insert before the next kept entry
	for j := 0; j+1 < len(n.Content); j += 2 {
		nk, nv := n.Content[j], n.Content[j+1]
		nkeys[nk.Value] = true
		i, ok := index[nk.Value]
		if !ok {
			if flow {
				return false
			}
			if prev >= 0 {
				l.insert(v, l.lineEnd(trimmed(prev)), nk, nv)
			} else {
				pending = append(pending, nk, nv)
			}
			continue
		}
		if len(pending) > 0 {
			if !l.insertBefore(v, i, pending) {
				return false
			}
			pending = nil
		}
		pk, pv := v.Content[2*i], v.Content[2*i+1]
		if !l.value(pv, oval[nk.Value], nv, ends[i]) {
			if flow || !l.replaceEntry(pk, pv, nv, trimmed(i)) {
				return false
			}
		}
		// New entries go after the last, in the file, of those before
		// them in Encode's order.
		prev = max(prev, i)
	}
	if len(pending) > 0 {
		return false // nothing of the mapping stays to insert beside
	}
	for i := 0; i < pairs; i++ {
		k := v.Content[2*i]
		if nkeys[k.Value] || oval[k.Value] == nil {
			continue
		}
		if flow || !l.startsLine(k) {
			return false
		}
		l.add(l.lineStart(k.Line), l.lineEnd(trimmed(i)), nil)
	}
	return true
}

// valueMap indexes a mapping's values by key; nil for nil.
func valueMap(m *yaml.Node) map[string]*yaml.Node {
	if m == nil {
		return nil
	}
	out := make(map[string]*yaml.Node, len(m.Content)/2)
	for i := 0; i+1 < len(m.Content); i += 2 {
		out[m.Content[i].Value] = m.Content[i+1]
	}
	return out
}

// insert writes the entry k: v into block mapping m at offset at, the
// start of a line, indented as m's keys are.
func (l *layout) insert(m *yaml.Node, at int, k, v *yaml.Node) {
	l.add(at, at, l.atEnd(at, l.render(k, v, m.Content[0].Column-1)))
}

// atEnd is text to insert at offset at, after a line break when at is the
// end of a file that lacks a final one (once).
func (l *layout) atEnd(at int, text []byte) []byte {
	if at == len(l.src) && at > 0 && l.src[at-1] != '\n' && l.src[at-1] != '\r' && !l.ended {
		l.ended = true
		return append([]byte("\n"), text...)
	}
	return text
}

// indentStep is how far the file indents a nested mapping: the column of
// the first key nested in a block mapping at the top, 2 when there is none
// or it is odd-looking.
func indentStep(top *yaml.Node) int {
	for i := 1; i < len(top.Content); i += 2 {
		if v := top.Content[i]; v.Kind == yaml.MappingNode && v.Style&yaml.FlowStyle == 0 && len(v.Content) > 0 {
			if c := v.Content[0].Column - 1; c >= 2 && c <= 8 {
				return c
			}
			break
		}
	}
	return 2
}

// render is renderEntry in the file's indentation step.
func (l *layout) render(k, v *yaml.Node, col int) []byte { return renderEntry(k, v, col, l.step) }

// insertBefore writes the entries of kv (key, value, …) into block mapping
// m before its i-th entry and the comment lines just above it, which
// speak of that entry.
func (l *layout) insertBefore(m *yaml.Node, i int, kv []*yaml.Node) bool {
	k := m.Content[2*i]
	if !l.startsLine(k) {
		return false
	}
	first := k.Line
	for first > 1 && l.comment(first-1) && l.indent(first-1) == k.Column-1 {
		first--
	}
	at := l.lineStart(first)
	for j := 0; j+1 < len(kv); j += 2 {
		l.add(at, at, l.render(kv[j], kv[j+1], k.Column-1))
	}
	return true
}

// replaceEntry rewrites the entry whose key is k, from the key to its
// last line, as k: n. The key keeps its spelling and its comment.
func (l *layout) replaceEntry(k, v, n *yaml.Node, last int) bool {
	if !l.afterDash(k) || last < k.Line {
		return false
	}
	key := *k
	key.HeadComment, key.FootComment, key.Line, key.Column = "", "", 0, 0
	key.Content = nil
	if v.LineComment != "" && n.Kind == yaml.ScalarNode && (v.Kind == yaml.ScalarNode || v.Style&yaml.FlowStyle != 0) {
		c := *n
		c.LineComment = v.LineComment
		n = &c
	}
	col := k.Column - 1
	text := l.render(&key, n, col)
	text = text[min(col, len(text)):]
	l.add(l.at(k), l.lineEnd(last), text)
	return true
}

// appendItems adds to block list v, which reads as o, the items n has
// after o's: the one change to a list (evidence added) kept in place.
func (l *layout) appendItems(v, o, n *yaml.Node, lim int) bool {
	if len(o.Content) != len(v.Content) || len(n.Content) <= len(o.Content) || len(v.Content) == 0 {
		return false
	}
	for i, c := range o.Content {
		if !sameNode(c, n.Content[i]) {
			return false
		}
	}
	first, last := v.Content[0], v.Content[len(v.Content)-1]
	dash := l.dashColumn(first)
	if dash < 0 || l.dashColumn(last) != dash {
		return false
	}
	end := l.trimEnd(last.Line, lim, dash)
	seq := &yaml.Node{Kind: yaml.SequenceNode, Content: n.Content[len(o.Content):]}
	keyCol := max(dash-2, 0)
	text := renderEntry(str("x"), seq, keyCol, 2)
	text = text[bytes.IndexByte(text, '\n')+1:]
	if shift := keyCol + 2 - dash; shift > 0 {
		var out []byte
		for _, line := range bytes.SplitAfter(text, []byte("\n")) {
			out = append(out, line[min(shift, len(line)-len(bytes.TrimLeft(line, " "))):]...)
		}
		text = out
	}
	at := l.lineEnd(end)
	l.add(at, at, l.atEnd(at, text))
	return true
}

// dashColumn is the column (0-based) of the dash before list item n, or
// -1 when its line holds more than spaces and that one dash before it.
func (l *layout) dashColumn(n *yaml.Node) int {
	pre := bytes.TrimRight(l.src[l.lineStart(n.Line):l.at(n)], " ")
	if len(pre) == 0 || pre[len(pre)-1] != '-' || len(bytes.TrimLeft(pre[:len(pre)-1], " ")) != 0 {
		return -1
	}
	return len(pre) - 1
}

// inline rewrites v, a scalar on one line or a flow mapping or list, in
// place as n: a quoted text stays quoted as it was, a flow collection stays
// in flow style, and what follows on the line (a comment) stays.
func (l *layout) inline(v, n *yaml.Node) bool {
	r := n
	switch {
	case v.Kind == yaml.ScalarNode && n.Kind == yaml.ScalarNode:
		if n.Style == 0 && n.ShortTag() == "!!str" && (v.Style == yaml.SingleQuotedStyle || v.Style == yaml.DoubleQuotedStyle) {
			c := *n
			c.Style = v.Style
			r = &c
		}
	case v.Kind == n.Kind && v.Style&yaml.FlowStyle != 0 && len(v.Content) > 0 && len(n.Content) > 0:
		c := *n
		c.Style = yaml.FlowStyle
		r = &c
	default:
		return false
	}
	start, end, ok := l.extent(v)
	if !ok {
		return false
	}
	text := renderEntry(str("x"), r, 0, 2)
	if !bytes.HasPrefix(text, []byte("x: ")) || bytes.IndexByte(text, '\n') != len(text)-1 {
		return false
	}
	if v.Kind != yaml.ScalarNode && len(text) > max(end-start, 100) {
		return false // a flow collection grown long reads better in blocks
	}
	l.add(start, end, text[len("x: "):len(text)-1])
	return true
}

// extent is where v's text begins and ends: a scalar on one line, plain
// or quoted, or a flow mapping or list; false for anything else (a block
// scalar, a tagged or anchored one, a plain one folded over lines).
func (l *layout) extent(v *yaml.Node) (int, int, bool) {
	start := l.at(v)
	src := l.src
	if start >= len(src) {
		return 0, 0, false
	}
	switch {
	case v.Kind == yaml.ScalarNode && v.Style == 0:
		if v.Value == "" || !bytes.HasPrefix(src[start:], []byte(v.Value)) {
			return 0, 0, false
		}
		return start, start + len(v.Value), true
	case v.Kind == yaml.ScalarNode && v.Style == yaml.DoubleQuotedStyle && src[start] == '"':
		for i := start + 1; i < len(src); i++ {
			switch src[i] {
			case '\\':
				i++
			case '"':
				return start, i + 1, true
			case '\n', '\r':
				return 0, 0, false
			}
		}
	case v.Kind == yaml.ScalarNode && v.Style == yaml.SingleQuotedStyle && src[start] == '\'':
		for i := start + 1; i < len(src); i++ {
			switch src[i] {
			case '\'':
				if i+1 < len(src) && src[i+1] == '\'' {
					i++
					continue
				}
				return start, i + 1, true
			case '\n', '\r':
				return 0, 0, false
			}
		}
	case v.Kind != yaml.ScalarNode && v.Style&yaml.FlowStyle != 0 && (src[start] == '{' || src[start] == '['):
		if end, ok := flowEnd(src, start); ok {
			return start, end, true
		}
	}
	return 0, 0, false
}

// flowEnd is the offset just past the flow collection opened at start:
// brackets counted outside quotes and comments.
func flowEnd(src []byte, start int) (int, bool) {
	depth := 0
	for i := start; i < len(src); i++ {
		switch c := src[i]; c {
		case '{', '[':
			depth++
		case '}', ']':
			if depth--; depth == 0 {
				return i + 1, true
			}
		case '"', '\'':
			for i++; i < len(src); i++ {
				if c == '"' && src[i] == '\\' {
					i++
				} else if src[i] == c {
					if c == '\'' && i+1 < len(src) && src[i+1] == '\'' {
						i++
						continue
					}
					break
				}
			}
		case '#':
			if i > 0 && (src[i-1] == ' ' || src[i-1] == '\t' || src[i-1] == '\n' || src[i-1] == '\r') {
				for i < len(src) && src[i] != '\n' && src[i] != '\r' {
					i++
				}
			}
		}
	}
	return 0, false
}

// renderEntry is k: v in Encode's form, as its own lines, indented col
// spaces, nested levels indented step spaces each. It is written nested
// col/step levels deep, so that long text folds at the column it folds at
// in the whole file.
func renderEntry(k, v *yaml.Node, col, step int) []byte {
	m := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{k, v}}
	levels := col / step
	for i := 0; i < levels; i++ {
		m = &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{str("x"), m}}
	}
	out := marshalIndent(m, step)
	for i := 0; i < levels; i++ {
		out = out[bytes.IndexByte(out, '\n')+1:]
	}
	if pad := col - levels*step; pad > 0 {
		var b []byte
		for _, line := range bytes.SplitAfter(out, []byte("\n")) {
			if len(line) > 0 && line[0] != '\n' {
				b = append(b, bytes.Repeat([]byte(" "), pad)...)
			}
			b = append(b, line...)
		}
		out = b
	}
	return out
}

// sameNode reports whether two trees hold the same data: kinds, tags,
// values and children, whatever their style, comments and places.
func sameNode(a, b *yaml.Node) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil || a.Kind != b.Kind || a.Value != b.Value || len(a.Content) != len(b.Content) {
		return false
	}
	if a.Kind == yaml.ScalarNode && a.ShortTag() != b.ShortTag() {
		return false
	}
	for i := range a.Content {
		if !sameNode(a.Content[i], b.Content[i]) {
			return false
		}
	}
	return true
}
