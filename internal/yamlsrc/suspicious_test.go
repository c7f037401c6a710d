package yamlsrc

import "testing"

// suspicious is only a quick pass in front of badBytesAt: it must never
// pass a file that badBytesAt refuses.
func FuzzSuspicious(f *testing.F) {
	for _, s := range []string{
		"a: 1\n", "a: å\n", "\ta: 1\n", "a:\n \tb: 1\n", "a: 1\t# c\n", "a\x00", "a: \x7f\n",
		"a: \u0085\n", "a: \u0080\n", "\xff", "a: 1\r\tb: 2", "a: 1\r\n\tb: 2", "\ufeffa: 1\n",
		"a: \u00a0\n", "  \u3000\tb\n", "a: \x1b[31m\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, msg, bad := badBytesAt(data); bad && !suspicious(data) {
			t.Errorf("%q: badBytesAt says %q, suspicious passes it", data, msg)
		}
	})
}
