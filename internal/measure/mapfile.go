package measure

import (
	"embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// MapFormat is the value of a map file's "format" field.
const MapFormat = "dutycheck-measure-map/v1"

// StandardRoles are the roles every map may name without a warning, even
// when no measure uses them; a questionnaire may use other names too.
var StandardRoles = []string{"id", "received", "removed", "decided", "reported", "category", "source"}

var mapFields = []string{"format", "preset", "columns", "multi", "values", "layouts", "timezone"}

// Map says which column of an export plays which role, and how to read
// its cells.
type Map struct {
	// Preset is the preset the map starts from, or "".
	Preset string
	// Columns maps a role to the header name of its column.
	Columns map[string]string
	// Multi maps a role to the separator of the several values its cells
	// hold ("" is not allowed; a repeated header needs no entry).
	Multi map[string]string
	// Values maps a role to its export values and the role values they
	// stand for; a value not listed passes unchanged.
	Values map[string]map[string]string
	// Layouts maps a role to Go time layouts tried after the ISO forms.
	Layouts map[string][]string
	// Timezone reads timestamps without an offset; UTC by default.
	Timezone     *time.Location
	TimezoneName string
	// RolePos is where the map names each role (its columns entry), for
	// warnings; roles that come from the preset have no position.
	RolePos map[string]yamlsrc.Pos
}

//go:embed presets/*.yaml
var presetFS embed.FS

// Presets lists the names of the shipped presets, sorted.
func Presets() []string {
	ents, _ := presetFS.ReadDir("presets")
	var out []string
	for _, e := range ents {
		out = append(out, strings.TrimSuffix(e.Name(), ".yaml"))
	}
	sort.Strings(out)
	return out
}

// PresetSource is the map file of a shipped preset, for documentation.
func PresetSource(name string) ([]byte, bool) {
	if !slices.Contains(Presets(), name) {
		return nil, false
	}
	b, err := presetFS.ReadFile("presets/" + name + ".yaml")
	return b, err == nil
}

// Preset returns a shipped preset as a map.
func Preset(name string) (*Map, error) {
	b, ok := PresetSource(name)
	if !ok {
		return nil, fmt.Errorf("unknown preset %q; the presets are %s", clip(name), strings.Join(Presets(), ", "))
	}
	m, err := parseMap(name+" (preset)", b, false)
	if err != nil {
		// the presets are tested; a broken one is a build defect
		panic(err)
	}
	m.Preset = name
	m.RolePos = map[string]yamlsrc.Pos{}
	return m, nil
}

// ParseMap reads and checks a map file. path is used only in messages; on
// any problem it returns a *yamlsrc.ErrorList with every problem found.
func ParseMap(path string, data []byte) (*Map, error) {
	return parseMap(path, data, true)
}

func newMap() *Map {
	return &Map{Columns: map[string]string{}, Multi: map[string]string{}, Values: map[string]map[string]string{},
		Layouts: map[string][]string{}, Timezone: time.UTC, TimezoneName: "UTC", RolePos: map[string]yamlsrc.Pos{}}
}

func parseMap(path string, data []byte, allowPreset bool) (*Map, error) {
	errs := &yamlsrc.ErrorList{Path: path}
	top := yamlsrc.Load(data, errs)
	if top == nil {
		return nil, errs.Err()
	}
	w := yamlsrc.NewWalker(errs)
	f, ok := w.Mapping(top, "map")
	if !ok {
		return nil, errs.Err()
	}
	w.Known(f, "the map", mapFields, []string{"format"})
	m := newMap()
	if n, ok := f.Val["format"]; ok {
		if s, ok := w.Str(n, "format"); ok && s != MapFormat {
			w.Errorf(n, "format %q is not supported; a map file says format: %s", clip(s), MapFormat)
		}
	}
	if n, ok := f.Val["preset"]; ok {
		if s, ok := w.Str(n, "preset"); ok {
			switch p, err := Preset(s); {
			case !allowPreset:
				w.Errorf(n, "a preset cannot name another preset")
			case err != nil:
				if near := yamlsrc.Nearest(s, Presets()); near != "" {
					w.Errorf(n, "unknown preset %q; the presets are %s; did you mean %q?", clip(s), strings.Join(Presets(), ", "), near)
				} else {
					w.Errorf(n, "unknown preset %q; the presets are %s", clip(s), strings.Join(Presets(), ", "))
				}
			default:
				m = p
				m.RolePos = map[string]yamlsrc.Pos{}
			}
		}
	}
	if n, ok := f.Val["columns"]; ok {
		if cf, ok := w.Mapping(n, "columns"); ok {
			for _, role := range cf.Order {
				if !checkRole(w, cf.Key[role], role, "columns") {
					continue
				}
				if s, ok := w.Str(cf.Val[role], "columns: "+role); ok {
					if strings.TrimSpace(s) == "" {
						w.Errorf(cf.Val[role], "columns: %s: the column name is empty", role)
						continue
					}
					m.Columns[role] = s
					m.RolePos[role] = yamlsrc.PosOf(cf.Key[role])
				}
			}
		}
	}
	if n, ok := f.Val["multi"]; ok {
		if mf, ok := w.Mapping(n, "multi"); ok {
			for _, role := range mf.Order {
				if !checkRole(w, mf.Key[role], role, "multi") {
					continue
				}
				if s, ok := w.Str(mf.Val[role], "multi: "+role); ok {
					if s == "" {
						w.Errorf(mf.Val[role], "multi: %s: the separator is empty; write the character between values, e.g. \" \" or \",\"", role)
						continue
					}
					m.Multi[role] = s
				}
			}
		}
	}
	if n, ok := f.Val["values"]; ok {
		parseValues(w, n, m)
	}
	if n, ok := f.Val["layouts"]; ok {
		parseLayouts(w, n, m)
	}
	if n, ok := f.Val["timezone"]; ok {
		if s, ok := w.Str(n, "timezone"); ok {
			if loc, err := LoadTimezone(s); err != nil {
				w.Errorf(n, "timezone: %v", err)
			} else {
				m.Timezone, m.TimezoneName = loc, s
			}
		}
	}
	for role := range m.Multi {
		if _, ok := m.Columns[role]; !ok {
			w.Errorf(f.Val["multi"], "multi: role %q has no column; name it under columns", role)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return m, nil
}

// LoadTimezone reads an IANA time zone name such as Europe/Stockholm.
func LoadTimezone(name string) (*time.Location, error) {
	if name == "" || strings.ContainsAny(name, "\x00\\") || strings.HasPrefix(name, "/") || strings.Contains(name, "..") {
		return nil, problemf("%q is not a time zone name such as Europe/Stockholm or UTC", clip(name))
	}
	loc, err := time.LoadLocation(name)
	if err != nil || strings.EqualFold(name, "local") {
		return nil, problemf("%q is not a time zone name such as Europe/Stockholm or UTC", clip(name))
	}
	return loc, nil
}

// checkRole refuses a role name that is not a plain name.
func checkRole(w *yamlsrc.Walker, at *yaml.Node, role, what string) bool {
	if role == "" || strings.ContainsFunc(role, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-')
	}) {
		w.Errorf(at, "%s: role %q is not a role name: use lower-case letters, digits, - and _", what, clip(role))
		return false
	}
	return true
}

func parseValues(w *yamlsrc.Walker, n *yaml.Node, m *Map) {
	vf, ok := w.Mapping(n, "values")
	if !ok {
		return
	}
	for _, role := range vf.Order {
		if !checkRole(w, vf.Key[role], role, "values") {
			continue
		}
		rf, ok := w.Mapping(vf.Val[role], "values: "+role)
		if !ok {
			continue
		}
		vals := m.Values[role]
		if vals == nil {
			vals = map[string]string{}
			m.Values[role] = vals
		}
		for _, from := range rf.Order {
			if to, ok := w.Str(rf.Val[from], "values: "+role+": "+from); ok {
				vals[from] = to
			}
		}
	}
}

func parseLayouts(w *yamlsrc.Walker, n *yaml.Node, m *Map) {
	lf, ok := w.Mapping(n, "layouts")
	if !ok {
		return
	}
	for _, role := range lf.Order {
		if !checkRole(w, lf.Key[role], role, "layouts") {
			continue
		}
		v := w.Resolve(lf.Val[role])
		items := []*yaml.Node{v}
		if v.Kind == yaml.SequenceNode {
			items = v.Content
		}
		var layouts []string
		for _, it := range items {
			s, ok := w.Str(it, "layouts: "+role)
			if !ok {
				continue
			}
			if err := checkLayout(s); err != nil {
				w.Errorf(it, "layouts: %s: %v", role, err)
				continue
			}
			layouts = append(layouts, s)
		}
		if len(layouts) > 0 {
			m.Layouts[role] = layouts
		}
	}
}

// checkLayout refuses a Go layout that cannot read back a date and time
// to the minute: the reference time formatted with it must parse to the
// same minute.
func checkLayout(l string) error {
	ref := time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC)
	t, err := time.Parse(l, ref.Format(l))
	if err != nil || !t.Truncate(time.Minute).Equal(ref.Truncate(time.Minute)) {
		return problemf("%q is not a Go time layout with the date and time to the minute; write the reference time Mon Jan 2 15:04:05 2006 as the export shows it, e.g. \"02/Jan/06 3:04 PM\"", clip(l))
	}
	return nil
}

// Warnings lists the roles the map itself names (not its preset's) that
// are not standard roles and that no measure uses, each with the nearest
// role it may have meant. used is every role the measures use.
func (m *Map) Warnings(used []string) []Warning {
	known := slices.Clone(StandardRoles)
	for _, u := range used {
		if !slices.Contains(known, u) {
			known = append(known, u)
		}
	}
	var out []Warning
	for role, pos := range m.RolePos {
		if slices.Contains(known, role) {
			continue
		}
		w := warningAt(pos, "role %q is used by no measure and is not a standard role (%s); it is ignored", role, strings.Join(StandardRoles, ", "))
		if near := yamlsrc.Nearest(role, known); near != "" {
			w = warningAt(pos, "role %q is used by no measure; did you mean %q? It is ignored", role, near)
		}
		out = append(out, w)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Pos.Line != out[j].Pos.Line {
			return out[i].Pos.Line < out[j].Pos.Line
		}
		return out[i].Pos.Col < out[j].Pos.Col
	})
	return out
}

// Warning is a problem in a map that does not stop a measurement. Said
// is Msg as its format and arguments, to be said in another language.
type Warning struct {
	Pos  yamlsrc.Pos
	Msg  string
	Said yamlsrc.Message
}

// warningAt is a Warning with a formatted message.
func warningAt(pos yamlsrc.Pos, format string, args ...any) Warning {
	return Warning{Pos: pos, Msg: fmt.Sprintf(format, args...), Said: yamlsrc.Message{Format: format, Args: args}}
}

// IsMap reports whether data is a map file by its format field, so that
// `validate` can tell it from questionnaires and answers files.
func IsMap(data []byte) bool { return yamlsrc.HasFormat(data, "dutycheck-measure-map/") }
