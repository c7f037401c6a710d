package export_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/questionnaires"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The schema is NIST's release asset, byte for byte (see
// testdata/export/OSCAL-SCHEMA.md); its digest is pinned so that an edit
// to it cannot make a broken export pass.
const (
	schemaPath   = "testdata/export/oscal_assessment-results_schema.json"
	schemaSHA256 = "d9e34757f0c12aff61f52b821f0b8f83ba0ba75b3a149a202b08ba82f82bc4c3"
	schemaID     = "http://csrc.nist.gov/ns/oscal/1.1.3/oscal-ar-schema.json"
)

func compileOSCALSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data := readFile(t, schemaPath)
	if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != schemaSHA256 {
		t.Fatalf("%s is not NIST's OSCAL 1.1.3 schema (SHA-256 %x)", schemaPath, sum)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	// Formats (date-time, uri, uri-reference) are checked too: the schema
	// relies on them for timestamps and links.
	c.AssertFormat()
	if err := c.AddResource(schemaID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(schemaID)
	if err != nil {
		t.Fatalf("NIST schema does not compile: %v", err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("OSCAL export is not JSON: %v", err)
	}
	if err := s.Validate(inst); err != nil {
		t.Errorf("OSCAL export is not valid against NIST's schema:\n%v", err)
	}
}

// TestOSCALSchema validates the OSCAL export of every fixture, and of a
// blank assessment of each built-in questionnaire, against NIST's
// published assessment-results schema.
func TestOSCALSchema(t *testing.T) {
	s := compileOSCALSchema(t)
	for _, fx := range fixtures {
		t.Run(fx.name, func(t *testing.T) {
			out, err := export.OSCAL(load(t, fx))
			if err != nil {
				t.Fatal(err)
			}
			validate(t, s, out)
		})
	}
	blank := readFile(t, "testdata/export/empty.yaml")
	for _, b := range questionnaires.All() {
		t.Run("built-in "+b.ID, func(t *testing.T) {
			q, err := questionnaire.Parse(b.Name, b.Data)
			if err != nil {
				t.Fatal(err)
			}
			data := bytes.Replace(blank, []byte("id: csea-duties"), []byte("id: "+q.ID), 1)
			f, err := answers.Decode("empty.yaml", data, q)
			if err != nil {
				t.Fatal(err)
			}
			in := export.Input{Result: scoring.Score(q, f), Lang: q.DefaultLang(),
				Sources: []export.Source{{Role: export.RoleQuestionnaire, Path: q.ID, BuiltIn: true, SHA256: q.SHA256}}}
			out, err := export.OSCAL(in)
			if err != nil {
				t.Fatal(err)
			}
			validate(t, s, out)
		})
	}
}

// TestOSCALSchemaCatchesErrors makes sure the validation has teeth: a
// document with a bad UUID, a missing finding target and an empty
// property value must fail.
func TestOSCALSchemaCatchesErrors(t *testing.T) {
	s := compileOSCALSchema(t)
	out, _ := export.OSCAL(load(t, fixtures[0]))
	for name, breakIt := range map[string]func(string) string{
		"bad uuid":    func(d string) string { return strings.Replace(d, `"uuid": "`, `"uuid": "x`, 1) },
		"no target":   func(d string) string { return strings.Replace(d, `"target": {`, `"goal": {`, 1) },
		"empty value": func(d string) string { return strings.Replace(d, `"value": "sample"`, `"value": " "`, 1) },
		"bad state":   func(d string) string { return strings.Replace(d, `"state": "satisfied"`, `"state": "fine"`, 1) },
		"no timestamp": func(d string) string {
			return strings.Replace(d, `"last-modified": "2026-11-26T00:00:00Z"`, `"last-modified": "2026-11-26"`, 1)
		},
	} {
		broken := breakIt(string(out))
		if broken == string(out) {
			t.Fatalf("%s: the replacement did not apply", name)
		}
		inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(broken))
		if s.Validate(inst) == nil {
			t.Errorf("%s: the schema accepted a broken document", name)
		}
	}
}

// oscalDoc is the part of the export the structure tests read back.
type oscalDoc struct {
	AR struct {
		UUID     string `json:"uuid"`
		ImportAP struct {
			Href string `json:"href"`
		} `json:"import-ap"`
		Results []struct {
			Description  string      `json:"description"`
			Props        []oscalProp `json:"props"`
			Observations []struct {
				UUID  string      `json:"uuid"`
				Props []oscalProp `json:"props"`
			} `json:"observations"`
			Findings []struct {
				UUID   string      `json:"uuid"`
				Props  []oscalProp `json:"props"`
				Target struct {
					TargetID string `json:"target-id"`
					Status   struct {
						State string `json:"state"`
					} `json:"status"`
				} `json:"target"`
				Related []struct {
					UUID string `json:"observation-uuid"`
				} `json:"related-observations"`
			} `json:"findings"`
		} `json:"results"`
		BackMatter struct {
			Resources []struct {
				UUID  string      `json:"uuid"`
				Props []oscalProp `json:"props"`
			} `json:"resources"`
		} `json:"back-matter"`
	} `json:"assessment-results"`
}

type oscalProp struct {
	Name, NS, Value, Class string
}

func prop(ps []oscalProp, name string) string {
	for _, p := range ps {
		if p.Name == name {
			return p.Value
		}
	}
	return ""
}

// TestOSCALStructure checks what the schema cannot: one finding per duty
// with the right state, links that resolve, UUIDs that are unique, version
// 5 and stable, and properties in dutycheck's namespace.
func TestOSCALStructure(t *testing.T) {
	in := load(t, fixtures[0])
	out, err := export.OSCAL(in)
	if err != nil {
		t.Fatal(err)
	}
	var doc oscalDoc
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	res := doc.AR.Results[0]
	if got := prop(res.Props, "overall-score"); got != "56.67" {
		t.Errorf("overall-score = %q, want 56.67", got)
	}
	// Duties of the sample: hash-matching, classifier (n/a: none),
	// report-time, reviewed-share, risk-date, escalation.
	want := map[string]string{"hash-matching": "not-satisfied", "report-time": "satisfied",
		"reviewed-share": "not-satisfied", "risk-date": "satisfied", "escalation": "not-satisfied"}
	if len(res.Findings) != len(want) {
		t.Errorf("%d findings, want %d", len(res.Findings), len(want))
	}
	observations := map[string]bool{}
	for _, o := range res.Observations {
		observations[o.UUID] = true
	}
	for _, f := range res.Findings {
		if w := want[f.Target.TargetID]; f.Target.Status.State != w {
			t.Errorf("finding %s: state %q, want %q", f.Target.TargetID, f.Target.Status.State, w)
		}
		for _, r := range f.Related {
			if !observations[r.UUID] {
				t.Errorf("finding %s relates to unknown observation %s", f.Target.TargetID, r.UUID)
			}
		}
	}
	// Unanswered escalation has no observation; 8 answers (n/a included) do.
	if len(res.Observations) != 8 {
		t.Errorf("%d observations, want 8", len(res.Observations))
	}
	if want := "#" + doc.AR.BackMatter.Resources[0].UUID; doc.AR.ImportAP.Href != want {
		t.Errorf("import-ap href %q does not point at the questionnaire resource %q", doc.AR.ImportAP.Href, want)
	}
	uuids := regexp.MustCompile(`"(?:uuid|observation-uuid)": "([^"]+)"`).FindAllSubmatch(out, -1)
	seen := map[string]bool{}
	for _, m := range uuids {
		u := string(m[1])
		if u[14] != '5' {
			t.Errorf("UUID %s is not version 5", u)
		}
		if seen[u] && !observations[u] {
			t.Errorf("UUID %s used twice", u)
		}
		seen[u] = true
	}
	for _, p := range res.Props {
		if p.NS != export.OSCALNamespace {
			t.Errorf("prop %s has namespace %q", p.Name, p.NS)
		}
	}
}

// TestOSCALUUIDsFollowTheSubject: editing an answer keeps every UUID (the
// same assessment, revised), while another organization gets other ones.
func TestOSCALUUIDsFollowTheSubject(t *testing.T) {
	in := load(t, fixtures[0])
	a, _ := export.OSCAL(in)
	in.Result.Answers.Get("hash-matching").Value.Choice = "all"
	b, _ := export.OSCAL(in)
	in.Result.Answers.Organization = "Another AB"
	c, _ := export.OSCAL(in)
	ids := func(d []byte) string {
		var doc oscalDoc
		_ = json.Unmarshal(d, &doc)
		return doc.AR.UUID
	}
	if ids(a) != ids(b) {
		t.Error("editing an answer changed the document UUID")
	}
	if ids(a) == ids(c) {
		t.Error("another organization's assessment has the same UUID")
	}
}
