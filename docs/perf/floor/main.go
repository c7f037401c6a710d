// Command floor is the floor under `dutycheck report`, for
// docs/performance.md: what any program has to do to make the same PDF
// pages from the same inputs, and nothing more. It starts, parses the
// questionnaire and the answers with yaml.v3 into node trees (no checks,
// no workarounds, no scoring), loads the report's five fonts into fpdf and
// has fpdf write the report's text, page by page and line by line, in
// Liberation Sans with compression on, with the answers file attached as
// the report attaches it, then writes the file. There is no layout: the
// pages and their lines are given.
//
// Usage:
//
//	floor QUESTIONNAIRE ANSWERS PAGES.txt OUT.pdf
//
// With FLOOR_UNCOMPRESSED=1 the page contents are not compressed at all:
// a floor under any way of compressing them (dutycheck compresses them
// itself, byte for byte as fpdf does but with one writer per core), so
// that the comparison does not rest on fpdf's own cost of compressing.
//
// PAGES.txt is the report's text as `pdftotext report.pdf PAGES.txt`
// writes it: pages separated by form feeds, a line per line of text drawn
// (about the report's own text operations). docs/perf/compare.sh
// builds and times it beside the report command.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/liberation/liberationmonoregular"
	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansbolditalic"
	"github.com/go-fonts/liberation/liberationsansitalic"
	"github.com/go-fonts/liberation/liberationsansregular"
	"gopkg.in/yaml.v3"
)

func main() {
	if len(os.Args) != 5 {
		fmt.Fprintln(os.Stderr, "usage: floor QUESTIONNAIRE ANSWERS PAGES.txt OUT.pdf")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2], os.Args[3], os.Args[4]); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}

func run(qpath, apath, pagesPath, out string) error {
	var answers []byte
	for _, p := range []string{qpath, apath} {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var n yaml.Node
		if err := yaml.Unmarshal(data, &n); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		answers = data
	}
	text, err := os.ReadFile(pagesPath)
	if err != nil {
		return err
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	for _, f := range []struct {
		family, face string
		ttf          []byte
	}{
		{"sans", "", liberationsansregular.TTF},
		{"sans", "B", liberationsansbold.TTF},
		{"sans", "I", liberationsansitalic.TTF},
		{"sans", "BI", liberationsansbolditalic.TTF},
		{"mono", "", liberationmonoregular.TTF},
	} {
		pdf.AddUTF8FontFromBytes(f.family, f.face, bytes.Clone(f.ttf))
	}
	// The report carries the answers file, compressed, as an attachment.
	pdf.SetAttachments([]fpdf.Attachment{{Content: answers, Filename: "answers.yaml"}})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCompression(os.Getenv("FLOOR_UNCOMPRESSED") != "1")
	pages := strings.Split(strings.TrimRight(string(text), "\f\n"), "\f")
	for _, page := range pages {
		pdf.AddPage()
		pdf.SetFont("sans", "", 8)
		y := 12.0
		for _, line := range strings.Split(page, "\n") {
			if line = strings.Join(strings.Fields(line), " "); line != "" {
				pdf.Text(14, y, line)
			}
			y += 3.6
		}
	}
	if err := pdf.OutputFileAndClose(out); err != nil {
		return err
	}
	fmt.Printf("%d pages\n", len(pages))
	return nil
}
