package measure

import (
	"strings"
	"testing"
)

// TestParseMap reads a full map that extends a preset and checks each
// part, including what the preset gives and what the map overrides.
func TestParseMap(t *testing.T) {
	src := `format: dutycheck-measure-map/v1
preset: zendesk
columns: {removed: Content removed at, category: Ticket tags}
multi: {category: ","}
values:
  category: {csam: csea, grooming: csea}
layouts: {removed: "02/01/2006 15:04"}
timezone: Europe/Stockholm
`
	m, err := ParseMap("m.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if m.Preset != "zendesk" || m.Columns["id"] != "Id" || m.Columns["received"] != "Created at" {
		t.Errorf("preset columns not kept: %v", m.Columns)
	}
	if m.Columns["category"] != "Ticket tags" || m.Multi["category"] != "," || m.Columns["removed"] != "Content removed at" {
		t.Errorf("overrides not applied: %v %v", m.Columns, m.Multi)
	}
	if m.Values["category"]["grooming"] != "csea" || m.Layouts["removed"][0] != "02/01/2006 15:04" {
		t.Errorf("values or layouts: %v %v", m.Values, m.Layouts)
	}
	if m.TimezoneName != "Europe/Stockholm" {
		t.Errorf("timezone %q", m.TimezoneName)
	}
	// the preset itself is not changed by the override
	p, _ := Preset("zendesk")
	if p.Columns["category"] != "Tags" || p.Multi["category"] != " " {
		t.Errorf("preset changed: %v", p.Columns)
	}
}

// TestParseMapErrors checks that each mistake is reported at its place,
// one line each.
func TestParseMapErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"format: dutycheck-measure-map/v2\ncolumns: {id: A, received: B}\n", `m.yaml:1:9: format "dutycheck-measure-map/v2" is not supported`},
		{"columns: {id: A}\n", `m.yaml:1:1: the map: missing required field "format"`},
		{"format: dutycheck-measure-map/v1\npreset: zendsk\n", `m.yaml:2:9: unknown preset "zendsk"; the presets are jira, zendesk; did you mean "zendesk"?`},
		{"format: dutycheck-measure-map/v1\ncolums: {id: A}\n", `m.yaml:2:1: unknown field "colums" in the map; did you mean "columns"?`},
		{"format: dutycheck-measure-map/v1\ncolumns: {id: \"\"}\n", `m.yaml:2:15: columns: id: the column name is empty`},
		{"format: dutycheck-measure-map/v1\ncolumns: {Id: A}\n", `m.yaml:2:11: columns: role "Id" is not a role name`},
		{"format: dutycheck-measure-map/v1\ncolumns: {id: A}\nmulti: {tags: \" \"}\n", `m.yaml:3:8: multi: role "tags" has no column`},
		{"format: dutycheck-measure-map/v1\ncolumns: {id: A}\nmulti: {id: \"\"}\n", `m.yaml:3:13: multi: id: the separator is empty`},
		{"format: dutycheck-measure-map/v1\ntimezone: Mars/Olympus\n", `m.yaml:2:11: timezone: "Mars/Olympus" is not a time zone name`},
		{"format: dutycheck-measure-map/v1\nlayouts: {received: \"dd/MM/yy\"}\n", `m.yaml:2:21: layouts: received: "dd/MM/yy" is not a Go time layout`},
		{"format: dutycheck-measure-map/v1\nlayouts: {received: \"02/01/2006\"}\n", `is not a Go time layout`},
		{"format: dutycheck-measure-map/v1\nvalues: {category: [a, b]}\n", `m.yaml:2:20: values: category: expected a mapping of fields, got a list`},
		{"- a\n", `m.yaml:1:1: expected a mapping of fields at the top of the file, got a list`},
		{"format: [\n", `m.yaml:`},
	}
	for _, tt := range tests {
		_, err := ParseMap("m.yaml", []byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseMap(%q)\n got %v\nwant %s", tt.src, err, tt.want)
		}
	}
}

// TestPresetsParse checks that each shipped preset reads, has id and
// received, and that an unknown name lists them.
func TestPresetsParse(t *testing.T) {
	if got := strings.Join(Presets(), ","); got != "jira,zendesk" {
		t.Fatalf("presets %s", got)
	}
	for _, name := range Presets() {
		m, err := Preset(name)
		if err != nil || m.Columns["id"] == "" || m.Columns["received"] == "" {
			t.Errorf("preset %s: %v %v", name, m, err)
		}
	}
	if _, err := Preset("servicenow"); err == nil || !strings.Contains(err.Error(), "the presets are jira, zendesk") {
		t.Errorf("unknown preset: %v", err)
	}
}

// TestWarnings: a role the map names that no measure uses and that is not
// standard is a warning with a did-you-mean; standard and used ones are not.
func TestWarnings(t *testing.T) {
	m, err := ParseMap("m.yaml", []byte("format: dutycheck-measure-map/v1\ncolumns: {id: A, received: B, recieved: C, categroy: D, channel: E, removed: F}\n"))
	if err != nil {
		t.Fatal(err)
	}
	ws := m.Warnings([]string{"id", "received", "channel"})
	var got []string
	for _, w := range ws {
		got = append(got, w.Msg)
	}
	want := []string{
		`role "recieved" is used by no measure; did you mean "received"? It is ignored`,
		`role "categroy" is used by no measure; did you mean "category"? It is ignored`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
