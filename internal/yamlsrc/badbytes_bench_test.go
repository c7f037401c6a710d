package yamlsrc

import (
	"strings"
	"testing"
)

// BenchmarkBadBytes is the scan every input goes through before YAML reads
// it, on 1 MB of mostly ASCII questionnaire text with some Swedish.
func BenchmarkBadBytes(b *testing.B) {
	data := []byte(strings.Repeat("  - id: q1\n    text: {en: \"Do you scan uploads?\", sv: \"Skannar ni uppladdningar – åäö?\"}\n", 12000))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, bad := badBytes(data); bad {
			b.Fatal("bad")
		}
	}
}
