package report

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// fixedDate stands in for SOURCE_DATE_EPOCH in tests.
var fixedDate = time.Date(2026, 11, 27, 9, 30, 0, 0, time.UTC)

func readTestdata(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", path))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// load parses a questionnaire and an answers file from testdata.
func load(t testing.TB, qpath, apath string) (*questionnaire.Questionnaire, *answers.File, []byte) {
	t.Helper()
	q, err := questionnaire.Parse(qpath, readTestdata(t, qpath))
	if err != nil {
		t.Fatal(err)
	}
	data := readTestdata(t, apath)
	f, err := answers.Decode(apath, data, q)
	if err != nil {
		t.Fatal(err)
	}
	return q, f, data
}

// sampleInput is the sample questionnaire with its answers, in lang.
func sampleInput(t testing.TB, lang string) Input {
	t.Helper()
	q, f, data := load(t, "questionnaires/valid/sample.yaml", "answers/sample.yaml")
	return Input{
		Questionnaire: q, Answers: f, Result: scoring.Score(q, f), Lang: lang,
		AnswersData: data, AnswersName: "sample.yaml", Date: fixedDate, Generator: "dutycheck test",
	}
}

// renderProbed renders in and returns the PDF, parsed, and the probe.
func renderProbed(t testing.TB, in Input) ([]byte, *pdfFile, *probe) {
	t.Helper()
	p := &probe{}
	data, err := render(in, p)
	if err != nil {
		t.Fatal(err)
	}
	return data, readPDF(t, data), p
}
