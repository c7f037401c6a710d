package measure

import (
	"encoding/csv"
	"io"
	"strings"
	"time"
)

// Export is one case export to read, by the name messages give it.
type Export struct {
	Name string
	R    io.Reader
}

// Options are what a run reads besides the specs and exports.
type Options struct {
	Map *Map
	// Location overrides the map's timezone when not nil (--timezone).
	Location *time.Location
	// Period limits the cases to those received in it; nil: every case.
	Period *Period
	// Reduced, when not nil, receives a copy of the exports holding only
	// the columns of the roles read (no free text).
	Reduced io.Writer
}

// Outcome is what a run found: one result per spec, in order, and what
// the whole run counted.
type Outcome struct {
	Results []Result
	// Rows is every record read; Cases those in the period, each id once.
	Rows, Cases int
	// Repeated counts the rows in the period whose id an earlier row in
	// the period had (across every export, in the order given).
	Repeated int
	// Period is the period asked for, or the first and last received
	// dates read; Empty when no row was read.
	Period Period
	Empty  bool
}

// Result is one spec's figure.
type Result struct {
	Spec Spec
	// InScope counts the cases in scope (in the period, each id once,
	// matching every where condition).
	InScope int
	// Cases is n, the cases counted in the figure (excluded ones left
	// out, open ones in); Open and Excluded as the docs define them.
	Cases, Open, Excluded int
	// NoCases: no case to count (the question is left as it was).
	NoCases bool
	// Unknown: the figure falls on an open case and cannot be known.
	Unknown bool
	// Minutes is a quantile's figure, rounded up to the whole minute.
	Minutes int64
	// Number is a share in percent (one decimal) or a count.
	Number float64
}

// Duration is a quantile's figure as a duration.
func (r Result) Duration() time.Duration { return time.Duration(r.Minutes) * time.Minute }

// cases holds, column by column, what a run keeps of each case in the
// period: its times (Unix nanoseconds, noTime when empty) and, per spec,
// whether it meets the where and the match conditions.
type cases struct {
	ids   map[string]struct{}
	times map[string][]int64
	// bits holds words uint64s per case: bit 2i for spec i's where, bit
	// 2i+1 for its match.
	bits  []uint64
	words int
	n     int
}

// valueTest is one condition compiled: a role's accepted values, after
// the map's values translation.
type valueTest struct {
	role   string
	accept map[string]bool
	// bound to the export being read (bind): its columns, the role's
	// separator and translation.
	cols []int
	sep  string
	tr   map[string]string
}

// Run reads the exports in order and computes each spec's figure. A bad
// export stops the run with one line naming the file, line and column.
func Run(specs []Spec, exports []Export, opt Options) (*Outcome, error) {
	m := opt.Map
	loc := m.Timezone
	if opt.Location != nil {
		loc = opt.Location
	}
	roles := Roles(specs)
	timeRoles := []string{"received"}
	isTime := map[string]bool{"received": true}
	for _, s := range specs {
		for _, r := range []string{s.From, s.To} {
			if r != "" && !isTime[r] {
				isTime[r] = true
				timeRoles = append(timeRoles, r)
			}
		}
	}
	readers := make([]*exportReader, len(exports))
	for i, e := range exports {
		er, err := openExport(e.Name, e.R, m, roles)
		if err != nil {
			return nil, err
		}
		readers[i] = er
	}
	where, match := compile(specs, m)
	c := &cases{ids: map[string]struct{}{}, times: map[string][]int64{}, words: (2*len(specs) + 63) / 64}
	out := &Outcome{Empty: true}
	var red *reducer
	if opt.Reduced != nil {
		red = newReducer(opt.Reduced, readers, roles)
	}
	clk := newClock(loc)
	cell := make([]int64, len(timeRoles))
	times := make([][]int64, len(timeRoles))
	for _, er := range readers {
		timeCols := make([]int, len(timeRoles))
		for i, role := range timeRoles {
			timeCols[i] = er.cols[role][0]
		}
		layouts := make([][]string, len(timeRoles))
		for i, role := range timeRoles {
			layouts[i] = m.Layouts[role]
		}
		idIdx := er.cols["id"][0]
		for i := range specs {
			where[i].bind(er, m)
			match[i].bind(er, m)
		}
		for {
			rec, err := er.csv.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, csvError(er.name, err)
			}
			out.Rows++
			for i, idx := range timeCols {
				s := strings.TrimSpace(rec[idx])
				if s == "" {
					line, _ := er.csv.FieldPos(0)
					if i == 0 {
						return nil, fileErr(er.name, line, "column %q: empty; every case needs the time it was received", clip(er.header[idx]))
					}
					cell[i] = noTime
					continue
				}
				t, err := clk.parseTime(s, layouts[i])
				if err != nil {
					line, _ := er.csv.FieldPos(0)
					return nil, fileErr(er.name, line, "column %q: %v", clip(er.header[idx]), err)
				}
				cell[i] = t
			}
			id := strings.TrimSpace(rec[idIdx])
			if id == "" {
				line, _ := er.csv.FieldPos(0)
				return nil, fileErr(er.name, line, "column %q: empty; every case needs an id", clip(er.header[idIdx]))
			}
			if red != nil {
				if err := red.write(er, rec); err != nil {
					return nil, err
				}
			}
			day := clk.day(cell[0])
			if opt.Period != nil && (day < opt.Period.From || day > opt.Period.To) {
				continue
			}
			if out.Empty || day < out.Period.From {
				out.Period.From = day
			}
			if out.Empty || day > out.Period.To {
				out.Period.To = day
			}
			out.Empty = false
			if _, seen := c.ids[id]; seen {
				out.Repeated++
				continue
			}
			c.ids[strings.Clone(id)] = struct{}{}
			for i := range timeRoles {
				times[i] = append(times[i], cell[i])
			}
			for w := 0; w < c.words; w++ {
				c.bits = append(c.bits, 0)
			}
			base := c.n * c.words
			for i := range specs {
				if where[i].holds(rec) {
					c.bits[base+(2*i)/64] |= 1 << ((2 * i) % 64)
				}
				if match[i].holds(rec) {
					c.bits[base+(2*i+1)/64] |= 1 << ((2*i + 1) % 64)
				}
			}
			c.n++
		}
	}
	for i, role := range timeRoles {
		c.times[role] = times[i]
	}
	if red != nil {
		if err := red.flush(); err != nil {
			return nil, err
		}
	}
	if opt.Period != nil {
		out.Period, out.Empty = *opt.Period, false
	}
	out.Cases = c.n
	for i, s := range specs {
		out.Results = append(out.Results, c.figure(i, s))
	}
	return out, nil
}

// day is the local date of an instant.
func (c *clock) day(ns int64) Date {
	sec := floorDiv(ns, 1e9)
	if c.utc {
		return Date(floorDiv(sec, 86400))
	}
	if !(c.end > c.start && sec >= c.start && sec < c.end) {
		at := time.Unix(sec, 0).In(c.loc)
		s, e := at.ZoneBounds()
		_, off := at.Zone()
		c.offset, c.start, c.end = int64(off), unixOr(s, -1<<62), unixOr(e, 1<<62)
	}
	return Date(floorDiv(sec+c.offset, 86400))
}

// conds is a spec's where (or match) compiled: every test must hold.
type conds []valueTest

func compile(specs []Spec, m *Map) (where, match []conds) {
	build := func(src map[string][]string) conds {
		var out conds
		for role, vals := range src {
			t := valueTest{role: role, accept: map[string]bool{}}
			for _, v := range vals {
				t.accept[v] = true
			}
			out = append(out, t)
		}
		return out
	}
	for _, s := range specs {
		where = append(where, build(s.Where))
		match = append(match, build(s.Match))
	}
	return where, match
}

// holds reports whether a record meets every test: for each, one of the
// role's values (every column of a repeated header, every part of a
// multi-valued cell, each translated by the map's values) is accepted.
func (cs conds) holds(rec []string) bool {
	for i := range cs {
		if !cs[i].holds(rec) {
			return false
		}
	}
	return true
}

// bind points the tests at an export's columns.
func (cs conds) bind(er *exportReader, m *Map) {
	for i := range cs {
		cs[i].cols, cs[i].sep, cs[i].tr = er.cols[cs[i].role], m.Multi[cs[i].role], m.Values[cs[i].role]
	}
}

func (t *valueTest) holds(rec []string) bool {
	sep, tr := t.sep, t.tr
	for _, idx := range t.cols {
		cellv := rec[idx]
		for {
			part := cellv
			more := false
			if sep != "" {
				part, cellv, more = strings.Cut(cellv, sep)
			}
			if p := strings.TrimSpace(part); p != "" {
				if v, ok := tr[p]; ok {
					p = v
				}
				if t.accept[p] {
					return true
				}
			}
			if !more {
				break
			}
		}
	}
	return false
}

// reducer writes the reduced copy: the columns of the roles read, with
// their header names; a repeated header keeps as many columns as the
// export that repeats it most.
type reducer struct {
	w     *csv.Writer
	roles []string
	width map[string]int
	row   []string
}

func newReducer(w io.Writer, readers []*exportReader, roles []string) *reducer {
	r := &reducer{w: csv.NewWriter(w), roles: roles, width: map[string]int{}}
	var header []string
	for _, role := range roles {
		for _, er := range readers {
			r.width[role] = max(r.width[role], len(er.cols[role]))
		}
		name := readers[0].header[readers[0].cols[role][0]]
		for range r.width[role] {
			header = append(header, name)
		}
	}
	r.row = make([]string, len(header))
	_ = r.w.Write(header)
	return r
}

func (r *reducer) write(er *exportReader, rec []string) error {
	i := 0
	for _, role := range r.roles {
		cols := er.cols[role]
		for k := range r.width[role] {
			r.row[i] = ""
			if k < len(cols) {
				r.row[i] = rec[cols[k]]
			}
			i++
		}
	}
	return r.w.Write(r.row)
}

func (r *reducer) flush() error {
	r.w.Flush()
	return r.w.Error()
}
