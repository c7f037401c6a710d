package report

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestWriteGeneratedFiles writes the generated assessment of
// $DUTYCHECK_GEN_N questions (default 2,000) into $DUTYCHECK_GEN_DIR, for
// docs/perf/compare.sh: generated.yaml, generated-answers.yaml, and
// generated.html, the same content as one HTML table per section for the
// HTML-to-PDF printers the report is compared with. Without the variable
// it does nothing.
func TestWriteGeneratedFiles(t *testing.T) {
	dir := os.Getenv("DUTYCHECK_GEN_DIR")
	if dir == "" {
		t.Skip("DUTYCHECK_GEN_DIR not set")
	}
	n := 2000
	if s := os.Getenv("DUTYCHECK_GEN_N"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeGenerated(t, dir, n)
	in := genInput(t, n, "en")
	if err := os.WriteFile(filepath.Join(dir, "generated.html"), []byte(genHTML(t, in)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// genHTML is the assessment as a plain HTML document: per section a table
// of each question, its answer, the note and the recommendation, the text
// that fills the report's details chapter.
func genHTML(t testing.TB, in Input) string {
	d, err := newDoc(in)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	e := html.EscapeString
	fmt.Fprintf(&b, "<!doctype html>\n<html lang=%q><head><meta charset=\"utf-8\"><title>%s</title>\n", d.lang, e(d.tr(d.q.Title)))
	b.WriteString("<style>body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt}table{border-collapse:collapse;width:100%}" +
		"td,th{border-bottom:0.2mm solid #ccc;padding:1.5mm;vertical-align:top;text-align:left}th{color:#0b4f6c}h2{page-break-before:always}</style></head><body>\n")
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p>%s · %s</p>\n", e(d.tr(d.q.Title)), e(d.f.Organization), e(d.f.Service))
	for _, sr := range d.r.Sections {
		fmt.Fprintf(&b, "<h2>%s</h2>\n<table><tr><th>Question</th><th>Answer</th><th>Note</th><th>Recommendation</th></tr>\n", e(d.tr(sr.Section.Title)))
		for _, qn := range sr.Section.Questions {
			qr := &d.r.Questions[qn.Index]
			note := ""
			if qr.Answer != nil {
				note = qr.Answer.Note
			}
			fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
				e(d.tr(qn.Text)), e(d.answerShort(qr)), e(note), e(d.tr(qn.Recommendation)))
		}
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}
