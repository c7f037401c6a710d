package answers

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// yaml11Words are the plain scalars a YAML 1.1 reader (PyYAML, many
// pipelines) takes for booleans or null, though dutycheck and YAML 1.2
// read them as text: an owner "no" or a note "yes".
var yaml11Words = map[string]bool{
	"y": true, "yes": true, "n": true, "no": true, "true": true, "false": true,
	"on": true, "off": true, "null": true, "~": true,
}

// text is str for text a person wrote (names, notes, owners): quoted when
// a YAML 1.1 reader would take it for a boolean or null, so that every
// reader of the shared file reads the same text.
func text(s string) *yaml.Node {
	n := str(s)
	if n.Style == 0 && yaml11Words[strings.ToLower(s)] {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}
