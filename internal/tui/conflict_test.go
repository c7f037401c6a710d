package tui

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/atomicfile"
)

// TestConflictSaidInOneLine: when the answers file changed behind the
// walk-through's back, the status line says so and where the answers went,
// in one line, not as a bare "NOT SAVED".
func TestConflictSaidInOneLine(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("Acme")
	st.fail = &atomicfile.ConflictError{Path: "assessment.yaml", Mine: "assessment.yaml.mine-20261129T174000Z"}
	d.keys("enter")
	d.contains("Changed on disk; yours are in assessment.yaml.mine-20261129T174000Z")
	d.lacks("NOT SAVED")
}
