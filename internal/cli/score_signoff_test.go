package cli

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/signoff"
)

// TestScoreSaysSignOffState: score says the sign-off state in its one
// line and in JSON whether or not anyone has signed: Draft before any
// sign-off, Final after an approval (signer not checked without a
// list), changed once the answers move on.
func TestScoreSaysSignOffState(t *testing.T) {
	env, out, errb := signEnv(nil)
	state := func(apath string) signoff.StateJSON {
		t.Helper()
		code, stdout, stderr := runSign(env, out, errb, "score", "-a", apath, "--format", "json")
		if code != 0 {
			t.Fatalf("score: exit %d %s", code, stderr)
		}
		var doc struct {
			SignOff *signoff.StateJSON `json:"signoff"`
		}
		if err := json.Unmarshal([]byte(stdout), &doc); err != nil || doc.SignOff == nil {
			t.Fatalf("score JSON without signoff (%v):\n%s", err, stdout)
		}
		return *doc.SignOff
	}

	_, unsigned := signFiles(t)
	if got := state(unsigned); got != (signoff.StateJSON{State: "draft"}) {
		t.Errorf("unsigned: %+v", got)
	}
	for lang, want := range map[string]string{"en": "\nSign-off   Draft — not signed off\n", "sv": "\nGodkännande   Utkast — ännu inte godkänd\n"} {
		if _, stdout, _ := runSign(env, out, errb, "score", "-a", unsigned, "--lang", lang); !strings.Contains(stdout, want) {
			t.Errorf("unsigned, %s: no %q:\n%s", lang, want, stdout)
		}
	}

	apath, _, _ := signedOff(t)
	want := signoff.StateJSON{State: "final", Name: "Karin Berg", Role: "Chair of the board", Date: "2026-12-10", Signed: true}
	if got := state(apath); got != want {
		t.Errorf("approved: %+v, want %+v", got, want)
	}
	data, _ := os.ReadFile(apath)
	if err := os.WriteFile(apath, append(data, "# one more line\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	want.State = "changed"
	if got := state(apath); got != want {
		t.Errorf("changed since: %+v, want %+v", got, want)
	}
}
