// Package yamlsrc reads hand-written YAML source files that may be hostile,
// and reports what is wrong with them as `path:line:col: message` lines.
// Questionnaires and answers files are both read through it, so the two
// formats refuse bad input the same way and word their problems alike.
//
// Load checks the bytes for what every input shares (size up to
// MaxFileSize, UTF-16/32 or non-UTF-8 text, control characters, tabs in
// indentation, empty files, several documents, alias bombs and loops,
// unsupported tags), reads YAML 1.2 where yaml.v3 would read 1.1, and
// returns the top mapping. A Walker then reads that tree into values,
// following aliases within a budget and recording every problem at its
// Pos in an ErrorList instead of stopping at the first.
//
// It knows nothing of either format: what a field means, and which fields
// a mapping may hold, is for the caller to say. It is pure: bytes in,
// nodes and problems out.
package yamlsrc
