// Package output lays out one scored assessment as text for a terminal or
// a CI log: the summary of `score` and the action plan of `plan`. The
// facts and their words come from one summary.Summary, the same the
// walk-through, the Markdown export and the PDF brief lay out; the table
// of formats each command writes is internal/cli's (formats.go).
package output
