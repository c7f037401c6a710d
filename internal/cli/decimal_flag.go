package cli

import (
	"fmt"
	"strconv"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// decimalFlag is a number flag read the way an answers file reads numbers:
// plain decimals only. flag.Float64 takes Go's syntax (1_0 is 10, 0x1p6 is
// 64, Inf and NaN), so a threshold in a CI script could mean something
// other than what it reads as.
type decimalFlag struct {
	v   float64
	set bool
}

func (d *decimalFlag) String() string {
	if d == nil || !d.set {
		return ""
	}
	return strconv.FormatFloat(d.v, 'f', -1, 64)
}

func (d *decimalFlag) Set(s string) error {
	v, ok := answers.ParseDecimal(s)
	if !ok {
		return fmt.Errorf("%q is not a decimal number such as 80 or 72.5", s)
	}
	d.v, d.set = v, true
	return nil
}
