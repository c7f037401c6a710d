package jsonout

import (
	"bytes"
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
