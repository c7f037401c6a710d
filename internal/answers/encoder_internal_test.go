package answers

import (
	"reflect"
	"testing"
)

// TestSameAnswerCoversEveryField: sameAnswer names the fields of Answer
// and Value one by one; a new field must be compared there too (or the
// Encoder would write a stale answer), and then counted here.
func TestSameAnswerCoversEveryField(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want int
	}{{Answer{}, 10}, {Value{}, 8}} {
		if n := reflect.TypeOf(tc.v).NumField(); n != tc.want {
			t.Errorf("%T has %d fields, sameAnswer knows %d: compare the new one in sameAnswer, then update this count", tc.v, n, tc.want)
		}
	}
}
