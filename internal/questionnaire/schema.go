package questionnaire

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of the questionnaire format,
// for editors through the yaml-language-server modeline. It catches what a
// schema can (fields, types, ranges); Parse checks the rest (unique ids,
// conditions that look back, references that exist). A test runs both on
// the same good and bad files to keep them in step.
//
//go:embed schema.json
var Schema []byte
