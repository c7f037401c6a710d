package mdtext

import "testing"

// TestEscape: what Markdown acts on is escaped, and nothing else; & is
// escaped only where it would start an entity.
func TestEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Head of T&S", "Head of T&S"},
		{"Trust & Safety", "Trust & Safety"},
		{"Q&A", "Q&A"},
		{"&amp; &#38; &#x26; &copy;", `\&amp; \&#38; \&#x26; \&copy;`},
		{"&&amp;", `&\&amp;`},
		{"& amp;", "& amp;"},
		{"&#;", "&#;"},
		{"<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"},
		{"a | b", `a \| b`},
		{"[link](http://x)", `\[link\](http://x)`},
		{"*not* _yet_ `code`", "\\*not\\* \\_yet\\_ \\`code\\`"},
		{`C:\x`, `C:\\x`},
		{`\&amp;`, `\\\&amp;`},
		{"", ""},
	} {
		if got := Escape(tc.in); got != tc.want {
			t.Errorf("Escape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
