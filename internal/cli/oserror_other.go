//go:build !windows

package cli

import "github.com/dutycheck/dutycheck/internal/l10n"

// platformRefusals are refusals that only a platform's own error numbers
// say (oserror_windows.go); on Unix osRefusals has them all.
var platformRefusals []struct {
	err error
	key l10n.Key
}
