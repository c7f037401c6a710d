package changes

import (
	"regexp"
	"strconv"
	"strings"
)

var semverRE = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$`)

// semver is a parsed semantic version; build metadata is dropped, since it
// takes no part in precedence.
type semver struct {
	core [3]int
	pre  []string
}

func parseSemver(s string) (semver, bool) {
	m := semverRE.FindStringSubmatch(s)
	if m == nil {
		return semver{}, false
	}
	var v semver
	for i := range 3 {
		n, err := strconv.Atoi(m[i+1])
		if err != nil {
			return semver{}, false
		}
		v.core[i] = n
	}
	if m[4] != "" {
		v.pre = strings.Split(m[4], ".")
	}
	return v, true
}

// compare orders versions by semver precedence: -1, 0 or 1.
func (v semver) compare(o semver) int {
	for i := range 3 {
		if v.core[i] != o.core[i] {
			return sign(v.core[i] - o.core[i])
		}
	}
	switch {
	case len(v.pre) == 0 && len(o.pre) == 0:
		return 0
	case len(v.pre) == 0:
		return 1 // a release follows its pre-releases
	case len(o.pre) == 0:
		return -1
	}
	for i := 0; i < len(v.pre) && i < len(o.pre); i++ {
		if c := comparePre(v.pre[i], o.pre[i]); c != 0 {
			return c
		}
	}
	return sign(len(v.pre) - len(o.pre))
}

func comparePre(a, b string) int {
	na, ea := strconv.Atoi(a)
	nb, eb := strconv.Atoi(b)
	switch {
	case ea == nil && eb == nil:
		return sign(na - nb)
	case ea == nil:
		return -1 // numeric identifiers sort before alphanumeric ones
	case eb == nil:
		return 1
	}
	return strings.Compare(a, b)
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// Bump is the step from one version number to the next.
type Bump struct {
	// Level is the part of MAJOR.MINOR.PATCH that went up (None when the
	// numbers are equal or went down).
	Level Level `json:"level"`
	// Down is set when the new version is lower than the old one.
	Down bool `json:"down,omitempty"`
	// Same is set when both name the same version (build metadata aside).
	Same bool `json:"same,omitempty"`
	// PreRelease is set when the new version is a later pre-release of the
	// same MAJOR.MINOR.PATCH, or its release (2.0.0-rc.1 → 2.0.0): the
	// bump to that version was judged when its first pre-release was cut,
	// so any change is allowed.
	PreRelease bool `json:"pre_release,omitempty"`
	// Invalid is set when either version is not a semantic version.
	Invalid bool `json:"invalid,omitempty"`
}

// VersionBump tells how the version moved from old to new.
func VersionBump(old, new string) Bump {
	o, ok1 := parseSemver(old)
	n, ok2 := parseSemver(new)
	if !ok1 || !ok2 {
		return Bump{Invalid: true}
	}
	switch c := n.compare(o); {
	case c < 0:
		return Bump{Down: true}
	case c == 0:
		return Bump{Same: true}
	}
	switch {
	case n.core[0] != o.core[0]:
		return Bump{Level: Major}
	case n.core[1] != o.core[1]:
		return Bump{Level: Minor}
	case n.core[2] != o.core[2]:
		return Bump{Level: Patch}
	}
	return Bump{PreRelease: true}
}

// Enough reports whether the bump satisfies a need.
func (b Bump) Enough(need Level) bool {
	switch {
	case b.Invalid, b.Down:
		return false
	case b.PreRelease:
		return true
	}
	return b.Level >= need
}

// Problems lists why the version bump is too small for the changes, in
// English, one reason per change that needs more, e.g. "weight of q7
// changed: needs a major version, 1.2.0 → 1.3.0 is minor". A version that
// goes down is a problem even when nothing else changed. An empty list
// means the bump is right.
func (r *Report) Problems() []string { return english.problems(r) }

// ProblemsIn is Problems in lang, for the gate's lines.
func (r *Report) ProblemsIn(lang string) []string { return wordsIn(lang).problems(r) }
