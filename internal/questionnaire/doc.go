// Package questionnaire is the questionnaire format of questionnaires/README.md: its
// types, Parse(name, data), and the validation that reports every problem
// with its line and column. It is pure: bytes in, values out, no files,
// environment or clock, so the CLI, the walk-through and the tests read a
// questionnaire the same way.
//
// The YAML underneath (refusing hostile bytes, reading nodes with their
// positions, the list of problems) is package yamlsrc's, shared with the
// answers format; this package says what the fields of a questionnaire are
// and mean. It also holds the value parsers for typed answers
// (ParseDuration, ParseDate), whose errors are *ValueError values that
// each interface words in its own language.
package questionnaire
