package cli

import (
	"strings"
	"testing"
)

func TestInBackgroundGivesTheResult(t *testing.T) {
	wait := inBackground(func() int { return 42 })
	if got := wait(); got != 42 {
		t.Fatalf("got %d, want 42", got)
	}
	if got := wait(); got != 42 {
		t.Fatalf("second wait got %d, want 42", got)
	}
}

// A panic in the background reaches the waiting goroutine, so Run's
// recover turns it into one line instead of a crash with a stack trace.
func TestInBackgroundPanicsWhereWaited(t *testing.T) {
	wait := inBackground(func() int { panic("boom") })
	defer func() {
		r := recover()
		if r == nil || !strings.Contains(r.(string), "boom") {
			t.Fatalf("recovered %v, want the background panic", r)
		}
	}()
	wait()
	t.Fatal("wait returned after a panic")
}
