package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// bigQuestionnaire generates a questionnaire of n questions in sections of
// 20, of every type, with conditions, half of them answered.
func bigQuestionnaire(b *testing.B, n int) (*questionnaire.Questionnaire, *answers.File) {
	b.Helper()
	var y strings.Builder
	y.WriteString("format: dutycheck/v1\nid: big\nversion: 1.0.0\ntitle: Big\nsections:\n")
	for i := 0; i < n; i++ {
		if i%20 == 0 {
			fmt.Fprintf(&y, "  - id: s%d\n    title: Section %d\n    questions:\n", i/20, i/20)
		}
		fmt.Fprintf(&y, "      - id: q%d\n        text: \"Question %d: does the service do the thing that this question asks about, across every surface?\"\n", i, i)
		switch i % 5 {
		case 0:
			y.WriteString("        type: yesno\n")
		case 1:
			y.WriteString("        type: single\n        options:\n")
			for o := 0; o < 5; o++ {
				fmt.Fprintf(&y, "          - {value: o%d, label: \"Option %d\", score: %g}\n", o, o, float64(o)/4)
			}
			fmt.Fprintf(&y, "        when: {question: q%d, equals: \"yes\"}\n", i-1)
		case 2:
			y.WriteString("        type: multi\n        options:\n          - {value: a, label: A, score: 0.5}\n          - {value: b, label: B, score: 0.5}\n")
		case 3:
			y.WriteString("        type: number\n        min: 0\n        bands: [{min: 10, score: 1}]\n")
		case 4:
			y.WriteString("        type: duration\n        bands: [{max: 24h, score: 1}]\n")
		}
	}
	q, err := questionnaire.Parse("big.yaml", []byte(y.String()))
	if err != nil {
		b.Fatal(err)
	}
	f := answers.New(q, assessed)
	f.Organization = "Bench AB"
	for i, qn := range q.Questions {
		if i%2 == 0 && qn.Type == questionnaire.YesNo {
			f.Put(qn, &answers.Answer{Value: answers.Value{Set: true, Choice: "yes"}})
		}
	}
	return q, f
}

// BenchmarkKeystroke measures one keystroke, Update and View, on a
// question in the middle of a 2,000-question questionnaire: the cursor
// moving down and up a single-choice list. The target is under 1 ms.
func BenchmarkKeystroke(b *testing.B) {
	q, f := bigQuestionnaire(b, 2000)
	m := New(Config{Questionnaire: q, Answers: f, Path: "big.yaml", Save: func([]byte) error { return nil }})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m = next.(Model)
	next, _ = m.goTo(1001) // a single-choice question that applies
	m = next.(Model)
	keys := []tea.KeyMsg{{Type: tea.KeyDown}, {Type: tea.KeyUp}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		next, _ := m.Update(keys[i%2])
		m = next.(Model)
		_ = m.View()
	}
}

// BenchmarkKeystrokeTyping measures typing one character into a number
// field of the same questionnaire.
func BenchmarkKeystrokeTyping(b *testing.B) {
	q, f := bigQuestionnaire(b, 2000)
	m := New(Config{Questionnaire: q, Answers: f, Path: "big.yaml", Save: func([]byte) error { return nil }})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m = next.(Model)
	m, _ = m.goTo(1003)
	keys := []tea.KeyMsg{{Type: tea.KeyRunes, Runes: []rune{'7'}}, {Type: tea.KeyBackspace}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		next, _ := m.Update(keys[i%2])
		m = next.(Model)
		_ = m.View()
	}
}

// BenchmarkConfirm measures enter on a question (answer, re-evaluate the
// conditions, encode the whole file, move on), with a save that writes
// nowhere: the cost of the disk comes on top.
func BenchmarkConfirm(b *testing.B) { benchConfirm(b, false) }

// BenchmarkConfirmKept is BenchmarkConfirm on a file read from disk, whose
// layout each save keeps (answers.Encoder.Keep): the patch and the check
// that it reads back cost more than encoding the file whole.
func BenchmarkConfirmKept(b *testing.B) { benchConfirm(b, true) }

func benchConfirm(b *testing.B, kept bool) {
	q, f := bigQuestionnaire(b, 2000)
	cfg := Config{Questionnaire: q, Answers: f, Path: "big.yaml", Save: func([]byte) error { return nil }}
	if kept {
		cfg.Read = answers.Encode(f, q)
	}
	m := New(cfg)
	next, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m = next.(Model)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m, _ = m.goTo(1000)
		next, _ := m.Update(tea.KeyMsg{Type: tea.KeyEnter})
		m = next.(Model)
		_ = m.View()
	}
}
