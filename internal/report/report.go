// Package report writes the board report of an assessment as a PDF
// (docs/report.md): cover, a one-page board brief, what applies to the
// service and why (when the questionnaire has regimes), the action plan,
// details per section and an appendix, with the answers file attached so the
// report carries its own data.
//
// It is pure apart from the writer it is given: the same Input gives the
// same bytes, which is what lets a report be rebuilt and compared under
// SOURCE_DATE_EPOCH. Only this package imports fpdf.
package report

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/signoff"
	"github.com/dutycheck/dutycheck/internal/summary"
	"github.com/dutycheck/dutycheck/internal/trend"
)

// Input is everything a report is made from.
type Input struct {
	Questionnaire *questionnaire.Questionnaire
	Answers       *answers.File
	// Result is Answers scored against Questionnaire; nil scores them.
	Result *scoring.Result
	// Baseline, when set, is an earlier assessment scored against the
	// same questionnaire; the summary then shows the change per section.
	Baseline *scoring.Result
	// Lang is the language of the report: its headings, and the
	// questionnaire's texts where it has them. "" is the questionnaire's
	// default language.
	Lang string
	// AnswersData is the answers file as it is on disk: it is attached to
	// the PDF and its SHA-256 printed, so an auditor can check that the
	// attachment is the file that was scored. AnswersName names the
	// attachment (e.g. "assessment.yaml").
	AnswersData []byte
	AnswersName string
	// Date is the document's creation and modification date in its
	// metadata: the time of writing, or SOURCE_DATE_EPOCH for reproducible
	// output. It appears nowhere on the pages except the cover's "written
	// on" line.
	Date time.Time
	// Generator names the program, e.g. "dutycheck 1.0.0": the PDF's
	// Creator and the cover's "written with".
	Generator string
	// Provenance lines (e.g. the git commit and state of the answers file)
	// are printed in the appendix when there are any.
	Provenance []string
	// SignOff is the judged state of the sign-offs: the cover and the
	// brief say Final only when an approval covers exactly these answers,
	// else Draft. Nil is Draft.
	SignOff *signoff.State
	// Trend, when set, is the assessment's versions over time (report
	// --trend or --history): the brief then draws the overall score over
	// time with the target line. Nil leaves the chart out, so the same
	// inputs give the same bytes as before.
	Trend *trend.Trend

	// fpdfCompresses has fpdf compress the page contents itself, as
	// TestOwnCompressionIsFpdfs does to compare its bytes with ours.
	fpdfCompresses bool
}

// Write lays out the report and writes the PDF to w.
func Write(w io.Writer, in Input) error {
	data, err := Render(in)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// Render lays out the report and returns the PDF's bytes.
func Render(in Input) ([]byte, error) { return render(in, nil) }

func render(in Input, p *probe) ([]byte, error) {
	d, err := newDoc(in)
	if err != nil {
		return nil, err
	}
	d.probe = p
	d.cover()
	// Page 2 is the board brief. It is laid out last, when the pages it
	// points to ("and 3 more, page 5") exist; everything on it is measured
	// so that it stays one page.
	d.newPage()
	brief := d.pdf.PageNo()
	d.regimesChapter()
	d.actionPlan()
	d.details()
	d.appendix()
	d.onPage(brief)
	d.summary()
	d.chrome()
	d.writeBookmarks()
	var fin pdfFinisher
	if err := d.pdf.Output(&fin); err != nil {
		return nil, fmt.Errorf("write pdf: %w", err)
	}
	if !fin.done {
		return nil, errors.New("write pdf: fpdf wrote nothing")
	}
	return fin.out, nil
}

func newDoc(in Input) (*doc, error) {
	q, f := in.Questionnaire, in.Answers
	if q == nil || f == nil {
		if in.Result == nil {
			return nil, errors.New("report: no questionnaire or answers")
		}
		q, f = in.Result.Questionnaire, in.Result.Answers
	}
	r := in.Result
	if r == nil {
		r = scoring.Score(q, f)
	}
	lang := in.Lang
	if lang == "" || !q.HasLang(lang) {
		lang = q.DefaultLang()
	}
	if in.Generator == "" {
		in.Generator = "dutycheck"
	}
	d := &doc{in: in, q: q, f: f, r: r, base: in.Baseline, lang: lang, w: wordsFor(lang),
		sum:     summary.Build(r, lang, summary.Options{Baseline: in.Baseline, Trend: in.Trend, SignOff: in.SignOff}),
		rowPage: map[string]int{}, chapterPage: map[string]int{}}

	pdf := newPDF() // with the fonts, which are added first
	pdf.SetMargins(left, top, pageW-right)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCellMargin(0)
	// Reproducible bytes: fixed dates and sorted resource catalogs.
	date := in.Date.UTC()
	if in.Date.IsZero() {
		date = time.Unix(0, 0).UTC()
	}
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetCatalogSort(true)
	// Page contents are compressed by finishPDF (compress.go), unless a
	// test asks for fpdf's own compression to compare with it.
	pdf.SetCompression(in.fpdfCompresses)
	pdf.SetLang(lang)

	title := d.tr(q.Title)
	org := cleanLine(f.Organization)
	pdf.SetTitle(joinNonEmpty(" · ", title, org), true)
	pdf.SetSubject(joinNonEmpty(" · ", d.w.T("pdf.kind"), org, cleanLine(f.Service), isoDate(f.Date)), true)
	pdf.SetAuthor(firstNonEmpty(cleanLine(f.Respondent), org, in.Generator), true)
	pdf.SetCreator(cleanLine(in.Generator), true)
	pdf.SetKeywords(joinNonEmpty(" ", q.ID, q.Version), true)
	if len(in.AnswersData) > 0 {
		name := in.AnswersName
		if name == "" {
			name = "answers.yaml"
		}
		pdf.SetAttachments([]fpdf.Attachment{{
			Content:     in.AnswersData,
			Filename:    cleanLine(name),
			Description: d.w.T("pdf.attachmentDesc"),
		}})
	}
	d.pdf = pdf
	return d, pdf.Error()
}

// sha256Hex is the hex SHA-256 of data.
func sha256Hex(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}

func joinNonEmpty(sep string, parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out != "" {
			out += sep
		}
		out += p
	}
	return out
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
