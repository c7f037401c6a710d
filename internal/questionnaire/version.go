package questionnaire

// ValidVersion reports whether s is a semantic version (MAJOR.MINOR.PATCH
// with optional pre-release and build parts), as a questionnaire's
// version must be. The answers package checks the version it records the
// same way.
func ValidVersion(s string) bool { return semverRE.MatchString(s) }
