package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The same input gives the same bytes however the process came to render
// it: the first report of a fresh process (whose document also lends the
// measuring its fonts, prepared by Prewarm on another goroutine), a later
// one in the same process (fonts loaded anew), and one rendered while
// another report measures text at the same time. The CLI passes
// SOURCE_DATE_EPOCH as Input.Date; TestReportCommand in internal/cli
// checks that path.
func TestSameBytesEveryTime(t *testing.T) {
	in := genInput(t, 200, "en")
	if os.Getenv("DUTYCHECK_SAME_BYTES") == "1" {
		Prewarm()
		pdf, err := Render(in)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(pdf)
		os.Stdout.WriteString("\nsha256 " + hex.EncodeToString(sum[:]) + "\n")
		return
	}
	first, err := Render(in)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan []byte)
	go func() {
		other, err := Render(boardInput(t, "sv", true))
		if err != nil {
			t.Error(err)
		}
		done <- other
	}()
	second, err := Render(in)
	if err != nil {
		t.Fatal(err)
	}
	<-done
	if !bytes.Equal(first, second) {
		t.Fatal("two renders in one process differ")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestSameBytesEveryTime$", "-test.count=1")
	cmd.Env = append(os.Environ(), "DUTYCHECK_SAME_BYTES=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	sum := sha256.Sum256(first)
	if want := "\nsha256 " + hex.EncodeToString(sum[:]) + "\n"; !strings.Contains(string(out), want) {
		t.Errorf("a fresh process rendered other bytes (want%s):\n%s", want, out)
	}
}
