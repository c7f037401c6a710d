package yamlsrc

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// MaxFileSize bounds every input file but a questionnaire: answers files
// and the like are hand-written text, and a larger file is a mistake or an
// attack.
const MaxFileSize = 1 << 20

// MaxQuestionnaireSize bounds a questionnaire file. A large real one (10,000
// questions with texts in two languages, help, recommendations and
// references) is about 5 MiB; the limit leaves room above that and still
// refuses a runaway file before it is parsed. Reading a file of this size
// takes a fraction of a second and well under 200 MB.
const MaxQuestionnaireSize = 8 << 20

// SizeName names a size limit in messages ("1 MiB").
func SizeName(limit int) string {
	if limit%(1<<20) == 0 {
		return strconv.Itoa(limit>>20) + " MiB"
	}
	return strconv.Itoa(limit) + " bytes"
}

// maxNodes bounds the YAML nodes visited, counting what aliases expand to,
// so that an alias bomb is refused in microseconds instead of eating memory.
const maxNodes = 200_000

// maxDepth bounds the aliases a Walker follows in a chain (ten times it,
// the depth to which it measures what an alias expands to). How deep a
// format's own constructs may nest is the format's to bound.
const maxDepth = 64

// Load checks raw bytes for the hostile cases every input shares (size,
// binary or non-UTF-8 bytes, tabs in indentation, empty input, several
// documents, a top level that is not a mapping) and returns the document's
// top mapping node. Problems go to errs; the node is nil when the file cannot
// be read further.
func Load(data []byte, errs *ErrorList) *yaml.Node { return LoadLimit(data, MaxFileSize, errs) }

// LoadLimit is Load for a file that may be up to limit bytes (a
// questionnaire: MaxQuestionnaireSize). The bound on the nodes the document
// may expand to grows with the file past 1 MiB, 200,000 nodes per MiB
// begun: the nodes written out are bounded by the file's size, and a large
// valid file must not be taken for an alias bomb.
func LoadLimit(data []byte, limit int, errs *ErrorList) *yaml.Node {
	if len(data) > limit {
		errs.Add(Pos{}, "file is %d bytes; the limit is %s", len(data), SizeName(limit))
		return nil
	}
	nodes := maxNodes * max(1, (len(data)+MaxFileSize-1)/MaxFileSize)
	if enc := encodingOf(data); enc != "" {
		errs.Add(Pos{}, "file is %s text; save it as UTF-8", enc)
		return nil
	}
	if p, bad, ok := badBytes(data); ok {
		errs.Add(p, bad.format, bad.args...)
		return nil
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\uFEFF")))) == 0 {
		errs.Add(Pos{1, 1}, "file is empty")
		return nil
	}
	data, mask := maskYAML12(data)
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err == io.EOF {
		errs.Add(Pos{1, 1}, "file holds no YAML content, only comments")
		return nil
	} else if err != nil {
		pos := syntaxErrorPos(data, err)
		errs.Add(pos, "YAML syntax: %s", mask.text(yamlErrorMsg(err, lineAt(data, pos.Line))))
		return nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		errs.Add(Pos{extra.Line, extra.Column}, "a second YAML document: a file holds one document only")
		return nil
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		errs.Add(Pos{1, 1}, "file holds no YAML document")
		return nil
	}
	mask.restore(&doc)
	top := doc.Content[0]
	if top.Kind == yaml.AliasNode {
		top = top.Alias
	}
	if top.Kind != yaml.MappingNode {
		errs.Add(Pos{top.Line, top.Column}, "expected a mapping of fields at the top of the file, got %s", KindName(top))
		return nil
	}
	if at, loop := aliasBomb(top, nodes); at != nil {
		if loop {
			errs.Add(PosOf(at), "alias *%s refers to a node that contains it, a loop without end", Clip(at.Value))
		} else {
			errs.Add(PosOf(at), "aliases expand past a sane size (more than %d nodes)", nodes)
		}
		return nil
	}
	checkTags(top, errs)
	return top
}

// aliasBomb counts the nodes of the document as aliases expand it and
// returns the alias at which the count passes limit, or nil. Sizes are
// memoized per node, so a bomb of nested aliases is found in time linear
// in the file, not in its expansion.
func aliasBomb(top *yaml.Node, limit int) (at *yaml.Node, loop bool) {
	sizes := map[*yaml.Node]int{}
	busy := map[*yaml.Node]bool{}
	var size func(n *yaml.Node, depth int) int
	size = func(n *yaml.Node, depth int) int {
		if busy[n] {
			loop = true // a node that contains an alias of itself
			return limit + 1
		}
		if s, ok := sizes[n]; ok {
			return s
		}
		if depth > 10_000 {
			return limit + 1
		}
		busy[n] = true
		s := 1
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			s += size(n.Alias, depth+1)
		}
		for _, c := range n.Content {
			if s += size(c, depth+1); s > limit {
				break
			}
		}
		busy[n] = false
		sizes[n] = s
		return s
	}
	total := 0
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if at != nil {
			return
		}
		if n.Kind == yaml.AliasNode {
			loop = false
			if total += size(n, 0); total > limit {
				at = n
			}
			return
		}
		total++
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(top)
	return at, loop && at != nil
}

// badBytes finds the first NUL or other control byte, invalid UTF-8, or a
// tab used for indentation.
func badBytes(data []byte) (Pos, badByte, bool) {
	if !suspicious(data) {
		return Pos{}, badByte{}, false
	}
	return badBytesAt(data)
}

// suspicious reports whether data may hold what badBytes refuses. It is
// the same test without counting lines and columns, byte by byte where
// the text is ASCII, so that a good file (every file but a few) is passed
// at memory speed; a file it suspects is scanned again by badBytesAt,
// which finds where.
func suspicious(data []byte) bool {
	lineStart := true // nothing but spaces since the line began
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c > ' ' && c < 0x7f:
			lineStart = false
			i++
		case c == ' ':
			i++
		case c == '\n' || c == '\r':
			lineStart = true
			i++
		case c == '\t':
			if lineStart {
				return true
			}
			i++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 || r >= 0x80 && r <= 0x9f && r != 0x85 {
				return true
			}
			lineStart = false
			i += size
		default: // NUL, another control character, DEL
			return true
		}
	}
	return false
}

// badByte is what badBytes found: a problem's format and arguments.
type badByte struct {
	format string
	args   []any
}

// String is the problem's English text.
func (b badByte) String() string { return fmt.Sprintf(b.format, b.args...) }

// badBytesAt is badBytes' scan, which says where.
func badBytesAt(data []byte) (Pos, badByte, bool) {
	line, col := 1, 1
	lineStart := true
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return Pos{line, col}, badByte{"file is not UTF-8 text (invalid byte 0x%s)", []any{strconv.FormatUint(uint64(data[i]), 16)}}, true
		case r == '\t' && lineStart:
			return Pos{line, col}, badByte{format: "tab in indentation: YAML indents with spaces"}, true
		case r == 0:
			return Pos{line, col}, badByte{format: "file is binary (NUL byte), not YAML text"}, true
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t', r == 0x7f, r >= 0x80 && r <= 0x9f && r != 0x85:
			return Pos{line, col}, badByte{"control character %U in file", []any{r}}, true
		case r == 0xFEFF && i == 0:
			// a byte order mark at the start is harmless
		}
		if r == '\n' || r == '\r' && (i+1 == len(data) || data[i+1] != '\n') {
			line, col, lineStart = line+1, 1, true
		} else {
			col++
			if r != ' ' && r != '\t' {
				lineStart = false
			}
		}
		i += size
	}
	return Pos{}, badByte{}, false
}

var yamlLineRE = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// syntaxErrorPos finds the line of a YAML syntax error. yaml.v3 reports the
// line where the enclosing construct starts, 0-based for some errors and
// 1-based for others, so its number cannot be shown as it is. YAML is parsed
// as a stream, so every prefix of the file that reaches the faulty line
// fails with exactly the same error, and shorter prefixes do not: a binary
// search over prefixes finds the line in a few parses.
func syntaxErrorPos(data []byte, err error) Pos {
	var lines []int // offsets just past each line end
	for i, b := range data {
		if b == '\n' || b == '\r' && (i+1 == len(data) || data[i+1] != '\n') {
			lines = append(lines, i+1)
		}
	}
	if len(lines) == 0 || lines[len(lines)-1] != len(data) {
		lines = append(lines, len(data))
	}
	want := err.Error()
	failsSame := func(k int) bool {
		var n yaml.Node
		e := yaml.Unmarshal(data[:lines[k-1]], &n)
		return e != nil && e.Error() == want
	}
	// No prefix that ends before the line yaml.v3 names can fail with a
	// message naming it, so the search starts there and gallops forward:
	// the faulty line is most often at or just after it, and each parse
	// costs the length of the prefix, so a syntax error at the end of a
	// large file takes a few parses, not one per halving.
	lo, hi := 1, len(lines)
	if m := yamlLineRE.FindStringSubmatch(want); m != nil && m[1] != "" {
		if n, err := strconv.Atoi(m[1]); err == nil && n-1 > lo {
			lo = min(n-1, hi)
		}
	}
	for step := 1; lo < hi; step *= 2 {
		k := min(lo+step-1, hi)
		if failsSame(k) {
			hi = k
			break
		}
		lo = k + 1
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if failsSame(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	start := 0
	if lo > 1 {
		start = lines[lo-2]
	}
	col := 1
	for i := start; i < len(data) && (data[i] == ' ' || data[i] == '\t'); i++ {
		col++
	}
	return Pos{lo, col}
}

func yamlErrorMsg(err error, line []byte) string {
	msg := err.Error()
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		msg = m[2]
	}
	switch {
	case msg == "could not find expected ':'" && utf8.RuneCount(line) > 1024 && bytes.Contains(line, []byte(": ")):
		msg += " (YAML reads no field name longer than 1024 characters)"
	case msg == "found incompatible YAML document":
		msg = "this %YAML version is not supported; write %YAML 1.2 or leave the line out"
	}
	return msg
}

// lineAt returns line n (1-based) of data without its line end.
func lineAt(data []byte, n int) []byte {
	for ; n > 1; n-- {
		i := bytes.IndexAny(data, "\r\n")
		if i < 0 {
			return nil
		}
		if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			i++
		}
		data = data[i+1:]
	}
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
		data = data[:i]
	}
	return data
}

// KindName describes what a node holds, for messages that say what was
// expected and what was found instead ("got a list", "got the text \"x\"").
func KindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return "nothing"
		case "!!int", "!!float":
			return "a number"
		case "!!bool":
			return "true/false"
		}
		return fmt.Sprintf("the text %q", Clip(n.Value))
	}
	return "an alias"
}
