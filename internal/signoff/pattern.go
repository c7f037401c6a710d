package signoff

import "strings"

// matchPattern reports whether s matches an OpenSSH pattern: '*' stands
// for any run of characters, '?' for any one; the rest must be equal.
func matchPattern(s, pattern string) bool {
	// Iterative glob with one backtrack point, as OpenSSH's match.c.
	si, pi := 0, 0
	star, mark := -1, 0
	for si < len(s) {
		switch {
		case pi < len(pattern) && (pattern[pi] == '?' || pattern[pi] == s[si]):
			si++
			pi++
		case pi < len(pattern) && pattern[pi] == '*':
			star, mark = pi, si
			pi++
		case star >= 0:
			pi = star + 1
			mark++
			si = mark
		default:
			return false
		}
	}
	for pi < len(pattern) && pattern[pi] == '*' {
		pi++
	}
	return pi == len(pattern)
}

// matchPatternList matches s against a comma-separated list of patterns,
// each possibly negated with '!', the way OpenSSH reads the principals and
// namespaces of an allowed-signers line: -1 when a negated pattern
// matches (which wins over any other), 1 when a plain one matches, else 0.
func matchPatternList(s, list string) int {
	got := 0
	for _, p := range strings.Split(list, ",") {
		neg := strings.HasPrefix(p, "!")
		if neg {
			p = p[1:]
		}
		if !matchPattern(s, p) {
			continue
		}
		if neg {
			return -1
		}
		got = 1
	}
	return got
}
