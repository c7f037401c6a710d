package export

import (
	"github.com/dutycheck/dutycheck/internal/jsonout"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// JSONFormat names the layout of the JSON export; it changes only when a
// field is removed or changes meaning, never when one is added.
const JSONFormat = "dutycheck-export/v1"

// Document is the JSON export: everything `dutycheck score --format json`
// prints (the embedded Summary, so the two cannot drift apart), plus every
// question with its answer and note, the orphaned answers and the files
// the assessment came from.
type Document struct {
	Format string `json:"format"`
	scoring.Summary
	QuestionnaireTitle string     `json:"questionnaire_title"`
	Respondent         string     `json:"respondent,omitempty"`
	Lang               string     `json:"lang"`
	Questions          []Question `json:"questions"`
	OrphanAnswers      []Orphan   `json:"orphan_answers"`
	Sources            []Source   `json:"sources"`
	Generator          string     `json:"generator,omitempty"`
}

// NewDocument builds the JSON export's value.
func NewDocument(in Input) Document {
	r := in.Result
	sources := in.Sources
	if sources == nil {
		sources = []Source{}
	}
	return Document{
		Format:             JSONFormat,
		Summary:            r.Summarize(in.Lang),
		QuestionnaireTitle: r.Questionnaire.Title.In(in.Lang),
		Respondent:         r.Answers.Respondent,
		Lang:               in.Lang,
		Questions:          Questions(r, in.Lang),
		OrphanAnswers:      Orphans(r),
		Sources:            sources,
		Generator:          in.Generator,
	}
}

// JSON writes the JSON export, indented, with a final newline.
func JSON(in Input) ([]byte, error) {
	return encodeJSON(NewDocument(in))
}

// encodeJSON writes JSON the one way every command does (jsonout).
func encodeJSON(v any) ([]byte, error) { return jsonout.Marshal(v) }
