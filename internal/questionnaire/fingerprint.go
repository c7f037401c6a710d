package questionnaire

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// Fingerprint is a short digest of what an answer to the question means:
// its type, text, options with their labels and scores, bands and range. An
// answers file records it per question, so that after the questionnaire
// changes the tool can say which answered questions changed under them.
// Help, references and recommendations are left out: changing them does
// not make an earlier answer stale. So are (1.1) critical conditions,
// allow_unknown and replaces: they change what the answer counts for or
// which answers are offered, not what a given answer means. An option
// marked unknown does count: the same value now means "don't know".
func (qn *Question) Fingerprint() string {
	var b strings.Builder
	text := func(t Text) {
		for _, l := range t.Langs() {
			fmt.Fprintf(&b, "%s=%q;", l, t.byLang[l])
		}
		b.WriteByte('|')
	}
	fmt.Fprintf(&b, "%s|", qn.Type)
	text(qn.Text)
	for _, o := range qn.Options {
		fmt.Fprintf(&b, "o:%q:%g:%t:", o.Value, o.Score, o.Exclusive)
		if o.Unknown {
			// (1.1) written only when set, so that the fingerprints
			// of 1.0 questions, recorded in old answers files, stay.
			b.WriteString("u:")
		}
		text(o.Label)
	}
	bound := func(f *float64) string {
		if f == nil {
			return "-"
		}
		return fmt.Sprint(*f)
	}
	for _, bd := range qn.Bands {
		fmt.Fprintf(&b, "b:%s:%s:%g|", bound(bd.Min), bound(bd.Max), bd.Score)
	}
	fmt.Fprintf(&b, "r:%s:%s", bound(qn.Min), bound(qn.Max))
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:4])
}
