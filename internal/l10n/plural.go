package l10n

// Form is a plural category of CLDR: English and Swedish use One and
// Other; a language with more categories adds its own.
type Form int

const (
	Other Form = iota
	One
)

// Forms is a counted phrase in each plural category a language uses.
type Forms struct {
	One, Other string
}

func (f Forms) pick(form Form) string {
	if form == One && f.One != "" {
		return f.One
	}
	return f.Other
}

// oneOther is the plural rule of English and Swedish (CLDR: "one" for the
// integer 1, "other" for the rest, 0 included).
func oneOther(n int) Form {
	if n == 1 {
		return One
	}
	return Other
}
