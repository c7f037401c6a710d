// Package questionnaire is the questionnaire format of SPEC section 2: its
// types, Parse(name, data), and the validation that reports every problem
// with its line and column. It is pure: bytes in, values out, no files,
// environment or clock, so the CLI, the walk-through and the tests read a
// questionnaire the same way.
//
// It also holds the YAML plumbing that the answers format shares with it
// (LoadYAML for the hostile cases every input has, Walker for reading
// nodes with positions, ErrorList for the problems), and the value
// parsers for typed answers (ParseDuration, ParseDate), whose errors are
// *ValueError values that each interface words in its own language.
package questionnaire
