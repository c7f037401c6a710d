package questionnaire_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

// semanticOnly lists the invalid fixtures whose fault a JSON Schema cannot
// see (it needs the whole file: unique ids, references, the order of
// questions, the default language) or that YAML tooling reads differently
// (merge keys, a second document). Every other invalid fixture must be
// rejected by the schema as well as by the validator.
var semanticOnly = map[string]bool{
	"duplicate-ids": true, "forward-condition": true, "missing-default-language": true,
	"critical-cap": true, "unknown-reference": true, "option-set-unknown": true,
	"min-over-max": true, "exclusive-single": true, "two-documents": true,
	"merge-key": true, "deep-condition": true,
	"section-condition": true,
	// (1.1) regimes: which exist, their cycles, what they read.
	"regime-unknown": true, "regime-cycle": true, "regime-late": true,
	// (1.1) which ids are current or claimed; whole seconds, 100 years.
	"replaces-conflict": true, "bad-durations-11": true,
	// YAML tooling reads !!binary as bytes and UTF-16 text as text.
	"binary-tag": true, "utf16": true,
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(questionnaire.Schema))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource("questionnaire.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("questionnaire.json")
	if err != nil {
		t.Fatalf("schema does not compile: %v", err)
	}
	return s
}

// schemaAccepts reads YAML as an editor would and validates it.
func schemaAccepts(t *testing.T, s *jsonschema.Schema, data []byte) error {
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		// yaml.v3 reads YAML 1.1 where editors read 1.2 (a '?' in text
		// inside {...}, a %YAML 1.2 line): read such a file as dutycheck
		// reads it.
		top := yamlsrc.Load(data, &yamlsrc.ErrorList{})
		if top == nil {
			return err
		}
		if err := top.Decode(&v); err != nil {
			return err
		}
	}
	js, err := json.Marshal(plainDates(v))
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}

// plainDates turns the timestamps yaml.v3 reads from an unquoted
// 2026-11-01 back into the text an editor's YAML 1.2 reader sees.
func plainDates(v any) any {
	switch x := v.(type) {
	case time.Time:
		return x.Format(questionnaire.DateLayout)
	case map[string]any:
		for k, e := range x {
			x[k] = plainDates(e)
		}
	case []any:
		for i, e := range x {
			x[i] = plainDates(e)
		}
	}
	return v
}

// TestSchemaAgreesWithValidator runs the schema and the validator on the
// same good and bad files.
func TestSchemaAgreesWithValidator(t *testing.T) {
	s := compileSchema(t)
	valid, _ := filepath.Glob(filepath.Join(corpus, "valid", "*.yaml"))
	builtins, _ := filepath.Glob("../../questionnaires/*.yaml")
	for _, path := range append(valid, builtins...) {
		data, _ := os.ReadFile(path)
		if err := schemaAccepts(t, s, data); err != nil {
			t.Errorf("%s: valid file rejected by the schema: %v", path, err)
		}
	}
	invalid, _ := filepath.Glob(filepath.Join(corpus, "invalid", "*.yaml"))
	for _, path := range invalid {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		data, _ := os.ReadFile(path)
		err := schemaAccepts(t, s, data)
		switch {
		case semanticOnly[name] && err == nil:
		case semanticOnly[name]:
			t.Errorf("%s: listed as semantic-only but the schema rejects it (take it off the list): %v", name, err)
		case err == nil:
			t.Errorf("%s: the validator rejects it but the schema accepts it", name)
		}
	}
}
