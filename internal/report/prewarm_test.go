package report

import (
	"bytes"
	"testing"
)

// A report rendered on a prewarmed document is the same bytes as one
// rendered on a document made on the spot, and Prewarm's document is
// taken once: the next report makes its own.
func TestPrewarmSameBytes(t *testing.T) {
	in := boardInput(t, "en", true)
	want, err := Render(in)
	if err != nil {
		t.Fatal(err)
	}
	Prewarm()
	got, err := Render(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("a report on a prewarmed document differs from one without")
	}
	spare.Lock()
	left := spare.ch
	spare.Unlock()
	if left != nil {
		t.Fatal("the prewarmed document was not taken")
	}
	again, err := Render(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, want) {
		t.Fatal("the report after the prewarmed one differs")
	}
}
