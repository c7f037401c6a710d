package jsonout

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"testing"
)

func TestMarshal(t *testing.T) {
	got, err := Marshal(map[string]any{"note": "R&D <team> > \"ops\"", "list": []int{1, 2}})
	if err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"list\": [\n    1,\n    2\n  ],\n  \"note\": \"R&D <team> > \\\"ops\\\"\"\n}\n"
	if string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestWriteNothingOnError(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, map[string]float64{"x": math.NaN()})
	if err == nil || buf.Len() != 0 {
		t.Errorf("NaN: err %v, wrote %q; want an error and nothing written", err, buf.String())
	}
	var ue interface{ Error() string }
	if !errors.As(err, &ue) {
		t.Fatal("no error")
	}
}

func TestReformat(t *testing.T) {
	got, err := Reformat([]byte(`{"b": {"x": [1, 2]}, "a": "<&>"}`))
	if err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"b\": {\n    \"x\": [\n      1,\n      2\n    ]\n  },\n  \"a\": \"<&>\"\n}\n"
	if string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := Reformat([]byte("{")); err == nil {
		t.Error("broken JSON is reformatted")
	}
}

// TestInert: C1 and bidirectional controls, which encoding/json passes
// raw, leave as \u escapes from both writers and decode to the same value.
func TestInert(t *testing.T) {
	hostile := "a\u009b2Jb\u202eevil\u2028c"
	got, err := Marshal(map[string]string{"note": hostile})
	if err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"note\": \"a\\u009b2Jb\\u202eevil\\u2028c\"\n}\n"
	if string(got) != want {
		t.Errorf("Marshal: got %q, want %q", got, want)
	}
	var back map[string]string
	if err := json.Unmarshal(got, &back); err != nil || back["note"] != hostile {
		t.Errorf("Marshal: decodes to %q (%v), want %q", back["note"], err, hostile)
	}
	got, err = Reformat([]byte("{\"x\": \"\u202e\"}"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"x\": \"\\u202e\"\n}\n"; string(got) != want {
		t.Errorf("Reformat: got %q, want %q", got, want)
	}
}
