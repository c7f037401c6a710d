// Package output renders what a command found, in the formats people and
// tools ask for with --format: one result type, one table of formats (as
// conftest's output package has), each format one function in a file of
// its own. Words come from the catalogue (internal/l10n) in the result's
// language; JSON is written by internal/jsonout, the same way everywhere.
package output
