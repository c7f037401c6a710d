package export

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strconv"
)

func (b *oscalBuilder) questionnaireResource() resource {
	q := b.r.Questionnaire
	res := resource{
		UUID:        newUUID("questionnaire\x1f" + q.ID + "\x1f" + q.Version + "\x1f" + q.SHA256),
		Title:       fmt.Sprintf("%s %s", q.Title.In(b.lang), q.Version),
		Description: "The questionnaire the answers were scored against. It stands in for the assessment plan.",
		Props:       props(p("questionnaire-id", q.ID), p("questionnaire-version", q.Version), p("sha256", q.SHA256)),
	}
	if s := b.in.source(RoleQuestionnaire); s != nil {
		b.addSource(&res, s)
	}
	return res
}

func (b *oscalBuilder) answersResource(s *Source) resource {
	res := resource{
		UUID:        newUUID("answers\x1f" + b.subject),
		Title:       "Answers: " + s.Path,
		Description: "The answers file: every answer and note as the respondent gave them.",
		Props:       props(p("sha256", s.SHA256)),
	}
	b.addSource(&res, s)
	return res
}

// addSource records where a file lives: a link with its digest, and its git
// state as properties, so that an auditor can fetch the exact file.
func (b *oscalBuilder) addSource(res *resource, s *Source) {
	if s.BuiltIn {
		res.Props = append(res.Props, p("built-in", "true"))
	} else if s.Path != "" {
		l := rlink{Href: pathHref(s.Path), MediaType: "application/yaml"}
		if s.SHA256 != "" {
			l.Hashes = []hash{{Algorithm: "SHA-256", Value: s.SHA256}}
		}
		res.Rlinks = []rlink{l}
	}
	if g := s.Git; g != nil {
		res.Props = append(res.Props, props(p("git-path", g.Path), p("git-head", g.Head),
			p("git-commit", g.Commit), p("git-modified", strconv.FormatBool(g.Modified)))...)
	}
}

// pathHref makes a file path a relative URI reference, escaping what a
// URI cannot hold (spaces, non-ASCII letters).
func pathHref(path string) string {
	u := url.URL{Path: filepath.ToSlash(path)}
	return u.String()
}
