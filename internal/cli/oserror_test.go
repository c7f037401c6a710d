package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/measure"
)

func TestOSRefusal(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, isDir := os.ReadFile(dir)
	_, notDir := os.Open(filepath.Join(file, "x"))
	_, missing := os.Open(filepath.Join(dir, "none"))
	en, sv := l10n.For("en"), l10n.For("sv")
	// The system's own errors for a folder read, a file in the path and
	// an errno's English are Linux's; other systems say them otherwise.
	linux := runtime.GOOS == "linux"
	for _, tc := range []struct {
		name   string
		err    error
		en, sv string
		linux  bool
	}{
		{"missing", missing, "no such file", "filen finns inte", false},
		{"denied", &fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, "permission denied", "åtkomst nekad", true},
		{"a folder read", isDir, "is a directory", "är en mapp", true},
		{"a file in the path", notDir, "not a directory", "en del av sökvägen är inte en mapp", true},
		{"disk full", fmt.Errorf("write: %w", syscall.ENOSPC), "no space left on device", "det finns inget utrymme kvar på enheten", true},
		{"read-only", &fs.PathError{Op: "open", Path: "x", Err: syscall.EROFS}, "read-only file system", "filsystemet är skrivskyddat", true},
		{"disk fails", &fs.PathError{Op: "read", Path: "x", Err: syscall.EIO}, "input/output error", "in-/utmatningsfel", true},
		{"an error without words of ours", syscall.Errno(0x7ffe), "errno 32766", "systemfel 32766", true},
		{"no terminal", &fs.PathError{Op: "ioctl", Path: "/dev/tty", Err: syscall.ENOTTY}, "inappropriate ioctl for device", "ingen terminal", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.linux && !linux {
				t.Skip("the system's own words are Linux's")
			}
			gotEN, ok := osRefusal(en, tc.err)
			gotSV, _ := osRefusal(sv, tc.err)
			if !ok || gotEN != tc.en || gotSV != tc.sv {
				t.Errorf("%v: said %q / %q (%v), want %q / %q", tc.err, gotEN, gotSV, ok, tc.en, tc.sv)
			}
			if got := errorIn(sv, tc.err); got != tc.sv {
				t.Errorf("errorIn says %q, want %q", got, tc.sv)
			}
		})
	}
	if _, ok := osRefusal(en, errors.New("no system's")); ok {
		t.Error("an error of no system's is said as one")
	}
}

// TestOSRefusalEnglishIsTheSystems: English output says the system's own
// words for each refusal, as it did before they were in the catalogue.
func TestOSRefusalEnglishIsTheSystems(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the English entries are Linux's texts")
	}
	en := l10n.For("en")
	for _, r := range osRefusals {
		errno, ok := r.err.(syscall.Errno)
		if !ok || errno == syscall.ENFILE {
			continue // own words already, or said as EMFILE
		}
		if got := en.T(r.key); got != errno.Error() {
			t.Errorf("%s says %q, the system %q", r.key, got, errno.Error())
		}
	}
}

// TestFileProblemSaysTheSystemsRefusal: a file's problem that quotes the
// system's refusal (an export the disk fails to read) says it in the
// output's language, as the file's other problems.
func TestFileProblemSaysTheSystemsRefusal(t *testing.T) {
	el := measure.FileErrorf("a.csv", 0, "the export cannot be read: %v", syscall.EIO)
	if got, want := problemsIn("sv", el).Error(), "a.csv: exporten kan inte läsas: in-/utmatningsfel"; got != want {
		t.Errorf("Swedish %q, want %q", got, want)
	}
	if got, want := problemsIn("en", el).Error(), "a.csv: the export cannot be read: input/output error"; got != want {
		t.Errorf("English %q, want %q", got, want)
	}
}
