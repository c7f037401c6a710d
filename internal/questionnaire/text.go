package questionnaire

import "sort"

// Text is a localized string: one value per language code. It remembers the
// questionnaire's default language so that a missing translation falls back
// to it, as questionnaires/README.md requires, without every caller carrying the
// questionnaire around.
type Text struct {
	byLang map[string]string
	def    string
}

// NewText builds a Text from a map of language code to string; def is the
// language used when a requested one is missing.
func NewText(def string, byLang map[string]string) Text {
	m := make(map[string]string, len(byLang))
	for k, v := range byLang {
		m[k] = v
	}
	return Text{byLang: m, def: def}
}

// Plain is a Text with a single value in the given default language.
func Plain(def, s string) Text {
	return Text{byLang: map[string]string{def: s}, def: def}
}

// In returns the text in lang, falling back to the default language.
func (t Text) In(lang string) string {
	if s, ok := t.byLang[lang]; ok && s != "" {
		return s
	}
	return t.byLang[t.def]
}

// String is the text in the default language.
func (t Text) String() string { return t.byLang[t.def] }

// IsZero reports whether the text is absent or empty in the default language.
func (t Text) IsZero() bool { return t.byLang[t.def] == "" }

// Has reports whether the text has its own (non-fallback) value in lang.
func (t Text) Has(lang string) bool { return t.byLang[lang] != "" }

// Langs lists the languages the text has, sorted.
func (t Text) Langs() []string {
	out := make([]string, 0, len(t.byLang))
	for k := range t.byLang {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Equal reports whether two texts hold the same strings in every language.
func (t Text) Equal(o Text) bool {
	if len(t.byLang) != len(o.byLang) {
		return false
	}
	for k, v := range t.byLang {
		if o.byLang[k] != v {
			return false
		}
	}
	return true
}
