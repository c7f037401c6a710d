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
// 1.2 directive as 1.1. The unmask replacer puts the characters back in
// every string of the parsed tree and in YAML's error messages.
type mask12 struct {
	unmask *strings.Replacer // nil when nothing was masked
}

var yaml12Directive = regexp.MustCompile(`(?m)^%YAML([ \t]+)1\.2([ \t]|\r?$)`)

// maskedRunes are the characters replaced, in the order of their stand-ins.
var maskedRunes = []rune{'?', '\u0085', '\u2028', '\u2029'}

func maskYAML12(data []byte) ([]byte, mask12) {
	data = yaml12Directive.ReplaceAll(data, []byte("%YAML${1}1.1${2}"))
	need := false
	for i, b := range data {
		if b == '?' && i > 0 && !isYAMLBoundary(data[i-1]) {
			need = true
			break
		}
	}
	if !need && !bytes.Contains(data, []byte("\u0085")) && !bytes.Contains(data, []byte("\u2028")) && !bytes.Contains(data, []byte("\u2029")) {
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
	out := make([]byte, 0, len(data)+64)
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == '?' && i > 0 && !isYAMLBoundary(data[i-1]):
			out = utf8.AppendRune(out, stand[0])
		case r == '\u0085':
			out = utf8.AppendRune(out, stand[1])
		case r == '\u2028':
			out = utf8.AppendRune(out, stand[2])
		case r == '\u2029':
			out = utf8.AppendRune(out, stand[3])
		default:
			out = append(out, data[i:i+size]...)
		}
		i += size
	}
	var pairs []string
	for k, r := range stand {
		pairs = append(pairs, string(r), string(maskedRunes[k]))
	}
	return out, mask12{unmask: strings.NewReplacer(pairs...)}
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
	if m.unmask == nil || n == nil {
		return
	}
	stack := []*yaml.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n.Value = m.unmask.Replace(n.Value)
		n.Anchor = m.unmask.Replace(n.Anchor)
		n.Tag = m.unmask.Replace(n.Tag)
		n.HeadComment = m.unmask.Replace(n.HeadComment)
		n.LineComment = m.unmask.Replace(n.LineComment)
		n.FootComment = m.unmask.Replace(n.FootComment)
		stack = append(stack, n.Content...)
	}
}

func (m mask12) text(s string) string {
	if m.unmask == nil {
		return s
	}
	return m.unmask.Replace(s)
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
