package yamlsrc

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// yaml.v3 follows YAML 1.1 in three ways that misread files valid in YAML
// 1.2, the version authors, editors and most other tools assume:
//
//   - a '?' inside [...] or {...} ends unquoted text, so that
//     {sv: Har ni en rutin?, en: Do you have a routine?} and
//     {url: https://example.org/page?id=3} fail with "did not find
//     expected ',' or '}'";
//   - U+0085, U+2028 and U+2029 count as line breaks, so every line number
//     after one is off by one, and the text around it is folded;
//   - a "%YAML 1.2" directive is refused as an incompatible document.
//
// mask12 replaces each such '?' (one inside a word: after a character that
// is not a space or a flow indicator, where it can never be YAML syntax) and
// each such separator with a private-use character that the file does not
// hold, one character for one so that lines and columns stay, and reads a
// 1.2 directive as 1.1. restore puts the characters back in every string of
// the parsed tree that holds a stand-in, and in YAML's error messages.
//
// The workarounds cost only files that need them: a '?' can end text only
// inside [...] or {...}, so one before the file's first '[' or '{' is left
// as it is, and a file with nothing to mask is parsed as it was given.
type mask12 struct {
	stand []rune // the stand-ins for maskedRunes; nil when nothing was masked
}

var yaml12Directive = regexp.MustCompile(`(?m)^%YAML([ \t]+)1\.2([ \t]|\r?$)`)

// maskedRunes are the characters replaced, in the order of their stand-ins.
var maskedRunes = []rune{'?', '\u0085', '\u2028', '\u2029'}

// maskedAt is the index in maskedRunes of the character to mask at data[i],
// with its length in bytes, or -1. flow is the offset of the file's first
// '[' or '{': a '?' before it is never in a flow collection.
func maskedAt(data []byte, i, flow int) (int, int) {
	switch data[i] {
	case '?':
		if i > flow && !isYAMLBoundary(data[i-1]) {
			return 0, 1
		}
	case 0xC2: // U+0085 is C2 85
		if i+1 < len(data) && data[i+1] == 0x85 {
			return 1, 2
		}
	case 0xE2: // U+2028 and U+2029 are E2 80 A8 and E2 80 A9
		if i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xA8 || data[i+2] == 0xA9) {
			return 2 + int(data[i+2]-0xA8), 3
		}
	}
	return -1, 0
}

func maskYAML12(data []byte) ([]byte, mask12) {
	if bytes.Contains(data, []byte("%YAML")) {
		data = yaml12Directive.ReplaceAll(data, []byte("%YAML${1}1.1${2}"))
	}
	flow := bytes.IndexAny(data, "[{")
	if flow < 0 {
		flow = len(data)
	}
	first := -1
	for i := range data {
		if b := data[i]; b != '?' && b != 0xC2 && b != 0xE2 {
			continue
		}
		if k, _ := maskedAt(data, i, flow); k >= 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return data, mask12{}
	}
	// Private-use stand-ins the file does not already hold.
	stand := make([]rune, 0, len(maskedRunes))
	for r := rune(0xE000); len(stand) < len(maskedRunes) && r <= 0xF8FF; r++ {
		if !bytes.ContainsRune(data, r) {
			stand = append(stand, r)
		}
	}
	if len(stand) < len(maskedRunes) {
		return data, mask12{} // a file holding the whole private-use area
	}
	out := make([]byte, 0, len(data)+len(data)/64)
	done := 0 // data[:done] is in out
	for i := first; i < len(data); i++ {
		if b := data[i]; b != '?' && b != 0xC2 && b != 0xE2 {
			continue
		}
		if k, size := maskedAt(data, i, flow); k >= 0 {
			out = append(out, data[done:i]...)
			out = utf8.AppendRune(out, stand[k])
			done = i + size
			i += size - 1
		}
	}
	out = append(out, data[done:]...)
	return out, mask12{stand: stand}
}

// isYAMLBoundary reports whether a '?' after byte b could be YAML syntax
// (a complex-key indicator starts a token) rather than part of a word.
func isYAMLBoundary(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\r', ',', '[', ']', '{', '}':
		return true
	}
	return false
}

// restore puts the masked characters back in every string of the tree.
// Aliases are not followed: what they point to is in the tree already.
func (m mask12) restore(n *yaml.Node) {
	if m.stand == nil || n == nil {
		return
	}
	stack := []*yaml.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n.Value = m.text(n.Value)
		n.Anchor = m.text(n.Anchor)
		n.Tag = m.text(n.Tag)
		n.HeadComment = m.text(n.HeadComment)
		n.LineComment = m.text(n.LineComment)
		n.FootComment = m.text(n.FootComment)
		stack = append(stack, n.Content...)
	}
}

// text is s with the masked characters put back. Every stand-in is in
// U+E000–U+F8FF, whose UTF-8 starts with byte 0xEE or 0xEF, so a string
// without either is returned as it is, without a copy.
func (m mask12) text(s string) string {
	if m.stand == nil {
		return s
	}
	i := 0
	for i < len(s) && s[i] != 0xEE && s[i] != 0xEF {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		for k, st := range m.stand {
			if r == st {
				r = maskedRunes[k]
				break
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plainTags are the tags a node may carry explicitly: the core schema's,
// which change nothing a reader of the file would not expect.
var plainTags = map[string]bool{"!!str": true, "!!int": true, "!!float": true, "!!bool": true,
	"!!null": true, "!!map": true, "!!seq": true, "!!timestamp": true, "!!merge": true}

// checkTags reports explicit YAML tags other than the core ones: !!binary
// would be read as its base64 text, and a custom tag (!include, !env …)
// promises a meaning that dutycheck does not give it.
func checkTags(top *yaml.Node, errs *ErrorList) {
	stack := []*yaml.Node{top}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Style&yaml.TaggedStyle != 0 && !plainTags[n.Tag] {
			if n.Tag == "!!binary" {
				errs.Add(PosOf(n), "binary data (!!binary) is not supported; write plain text")
			} else {
				errs.Add(PosOf(n), "YAML tag %s is not supported; remove it", Clip(n.Tag))
			}
		}
		stack = append(stack, n.Content...)
	}
}

// encodingOf names a UTF-16 or UTF-32 encoding that data is in, from its
// byte order mark or its pattern of zero bytes, or returns "".
func encodingOf(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		return "UTF-32"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "UTF-16"
	}
	n := min(len(data), 256) &^ 3
	if n < 4 {
		return ""
	}
	var le16, be16, le32, be32, units int
	for i := 0; i < n; i += 4 {
		b := data[i : i+4]
		units++
		if b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0 {
			le32++
		}
		if b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0 {
			be32++
		}
		if b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0 {
			le16++
		}
		if b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0 {
			be16++
		}
	}
	switch most := max(1, units*9/10); {
	case le32 >= most, be32 >= most:
		return "UTF-32"
	case le16 >= most, be16 >= most:
		return "UTF-16"
	}
	return ""
}
