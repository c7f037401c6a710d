package diff

import (
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

func refText(p *l10n.Printer, r scoring.QuestionnaireRef) string {
	if r.Version == "" {
		return p.T("diff.version.not.recorded", r.ID)
	}
	return r.ID + " " + r.Version
}

func mark(critical bool) string {
	if critical {
		return "!"
	}
	return " "
}
