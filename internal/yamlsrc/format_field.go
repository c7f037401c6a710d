package yamlsrc

import (
	"bytes"
	"strings"

	"gopkg.in/yaml.v3"
)

// HasFormat reports whether data is a YAML mapping whose top-level format
// field starts with prefix ("dutycheck-measure-map/",
// "dutycheck-signoffs/"), so that `validate` can tell dutycheck's kinds of
// file apart before it reads one as any of them. It never reports a
// problem: a file it cannot load is none of them.
func HasFormat(data []byte, prefix string) bool {
	if !bytes.Contains(data, []byte(prefix)) {
		return false
	}
	top := Load(data, &ErrorList{})
	if top == nil {
		return false
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		if k, v := top.Content[i], top.Content[i+1]; k.Value == "format" && v.Kind == yaml.ScalarNode {
			return strings.HasPrefix(v.Value, prefix)
		}
	}
	return false
}
