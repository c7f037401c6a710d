package changes

// subjects lists the subjects in the order every format presents them;
// words.heading names them.
var subjects = []string{SubjectQuestionnaire, SubjectSection, SubjectQuestion, SubjectReference,
	SubjectRegime, SubjectRating, SubjectGlossary}

// Tally counts what changed in one subject: subjects added, removed,
// renamed, and changed (subjects with at least one changed field; for the
// questionnaire itself, its changed fields).
type Tally struct {
	Subject string `json:"subject"`
	Added   int    `json:"added"`
	Removed int    `json:"removed"`
	Renamed int    `json:"renamed"`
	Changed int    `json:"changed"`
}

// Tallies counts the changes per subject, leaving out subjects without
// any, in the order of presentation.
func (r *Report) Tallies() []Tally {
	var out []Tally
	for _, s := range subjects {
		t := Tally{Subject: s,
			Added: r.Count(s, Added), Removed: r.Count(s, Removed),
			Renamed: r.Count(s, Renamed), Changed: r.Count(s, Changed)}
		if s == SubjectQuestionnaire {
			t.Changed = 0
			for _, c := range r.Changes {
				if c.Subject == s {
					t.Changed++
				}
			}
		}
		if t.Added+t.Removed+t.Renamed+t.Changed > 0 {
			out = append(out, t)
		}
	}
	return out
}

// group is the changes of one subject, in order: added, removed, renamed
// and changed, with the changed fields of one id kept together.
type group struct {
	subject string
	items   []item
}

// item is one line of a presentation: a subject added, removed or
// renamed, or a subject changed with its changed fields.
type item struct {
	head   Change
	fields []Change
}

func (r *Report) groups() []group {
	var out []group
	for _, s := range subjects {
		g := group{subject: s}
		at := map[string]int{}
		for _, c := range r.Changes {
			if c.Subject != s {
				continue
			}
			if c.Kind != Changed {
				g.items = append(g.items, item{head: c})
				continue
			}
			i, ok := at[c.ID]
			if !ok {
				i = len(g.items)
				at[c.ID] = i
				g.items = append(g.items, item{head: Change{Subject: c.Subject, ID: c.ID, Kind: Changed}})
			}
			g.items[i].fields = append(g.items[i].fields, c)
		}
		if len(g.items) > 0 {
			out = append(out, g)
		}
	}
	return out
}
