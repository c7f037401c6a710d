package answers

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"strings"
	"unicode"

	"github.com/dutycheck/dutycheck/internal/filekind"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

var evidenceFields = []string{"url", "file", "sha256", "date"}

// ErrMaterial is wrapped by every refusal of a file that is an image, a
// video or an archive, so that callers can tell it from other problems.
var ErrMaterial = errors.New("evidence describes and points; it never contains the material itself: link to the record in the case system instead")

// MaterialError says that a file may not be evidence because of what it
// is, by its name or its first bytes.
func MaterialError(name string, k filekind.Kind, byContent bool) error {
	return &EvidenceError{Kind: EvidenceMaterial, Input: name, File: k, ByContent: byContent}
}

// CheckURL checks an evidence link: an absolute http or https address with
// a host, on one line.
func CheckURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsFunc(s, unicode.IsSpace) || strings.ContainsFunc(s, hidden) {
		return &EvidenceError{Kind: EvidenceNotURL, Input: s}
	}
	if u.User != nil {
		// an answers file is shared and kept in repositories
		return &EvidenceError{Kind: EvidenceCredentials, Input: u.Redacted()}
	}
	return nil
}

// hidden reports characters that change how text reads without being
// seen: control characters and format characters such as bidi overrides
// (a path "evidence/\u202Etxt.exe" reads as "evidence/exe.txt").
func hidden(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }

// CleanEvidencePath checks an evidence file's path as written in an
// answers file and returns it in clean form ("evidence/./a.csv" becomes
// "evidence/a.csv"). The path is relative to the answers file's folder
// and written with "/", so that the file reads the same on every machine
// of a team that shares it. It lies inside that folder's tree: absolute
// paths and paths that climb out with "../" are refused (an answers file
// must not record, nor a report print, the digest of /etc/shadow), and so
// are backslashes and names of images, videos and archives (see package
// filekind).
func CleanEvidencePath(p string) (string, error) {
	switch {
	case p == "":
		return "", &EvidenceError{Kind: EvidenceEmptyPath}
	case strings.ContainsFunc(p, hidden):
		return "", &EvidenceError{Kind: EvidenceHidden, Input: p}
	case strings.Contains(p, "\\"):
		return "", &EvidenceError{Kind: EvidenceBackslash, Input: p}
	case path.IsAbs(p) || len(p) >= 2 && p[1] == ':':
		return "", &EvidenceError{Kind: EvidenceAbsolute, Input: p}
	}
	c := path.Clean(p)
	if c == ".." || strings.HasPrefix(c, "../") {
		return "", &EvidenceError{Kind: EvidenceOutside, Input: p}
	}
	if c == "." || strings.HasSuffix(p, "/") {
		return "", &EvidenceError{Kind: EvidenceFolder, Input: p}
	}
	if k := filekind.ByName(c); k.Refused() {
		return "", MaterialError(fmt.Sprintf("file %q", yamlsrc.Clip(c)), k, false)
	}
	return c, nil
}

// evidence reads an answer's evidence list.
func (d *decoder) evidence(n *yaml.Node, id string) []Evidence {
	w := d.w
	what := fmt.Sprintf("evidence of %q", id)
	items, ok := w.Seq(n, what)
	if !ok {
		return nil
	}
	var out []Evidence
	for _, it := range items {
		if w.Stopped {
			break
		}
		if e, ok := d.evidenceItem(it, what); ok {
			out = append(out, e)
		}
	}
	return out
}

func (d *decoder) evidenceItem(n *yaml.Node, what string) (Evidence, bool) {
	w := d.w
	f, ok := w.Mapping(n, what)
	if !ok {
		return Evidence{}, false
	}
	w.Known(f, what, evidenceFields, nil)
	e := Evidence{Pos: yamlsrc.PosOf(f.Node)}
	bad := len(w.Errs.Problems)
	un, hasURL := f.Val["url"]
	fn, hasFile := f.Val["file"]
	switch {
	case hasURL && hasFile:
		w.Errorf(f.Key["file"], "%s: give a url or a file in each item, not both", what)
	case !hasURL && !hasFile:
		w.Errorf(f.Node, "%s: give a url or a file (with its sha256) in each item", what)
	case hasURL:
		e.Pos = yamlsrc.PosOf(f.Key["url"])
		if s, ok := w.Str(un, what+" url"); ok {
			if err := CheckURL(s); err != nil {
				w.Errorf(un, "%s: %v", what, err)
			}
			e.URL = s
		}
		if _, ok := f.Val["sha256"]; ok {
			w.Errorf(f.Key["sha256"], "%s: sha256 belongs to a file, not a url", what)
		}
	default:
		e.Pos = yamlsrc.PosOf(f.Key["file"])
		pathBad := false
		if s, ok := w.Str(fn, what+" file"); ok {
			c, err := CleanEvidencePath(s)
			if err != nil {
				w.Errorf(fn, "%s: %v", what, err)
				pathBad = true
			}
			e.File = c
		} else {
			pathBad = true
		}
		if sn, ok := f.Val["sha256"]; ok {
			e.SHA256, _ = readDigest(w, sn, what+" sha256")
		} else if !pathBad {
			// A path that is wrong is the problem to fix first; its
			// digest is recorded when the file is added again.
			w.Errorf(f.Node, "%s: file %q has no sha256; add the file in the walk-through, which records it", what, yamlsrc.Clip(e.File))
		}
	}
	if dn, ok := f.Val["date"]; ok {
		if date, ok := readDate(w, dn, what+" date"); ok {
			if err := CheckAssessmentDate(date, d.today); err != nil {
				w.Errorf(dn, "%s date: %v", what, err)
			}
			e.Date = date
		}
	}
	return e, len(w.Errs.Problems) == bad
}
