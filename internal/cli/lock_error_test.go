package cli

import (
	"io/fs"
	"syscall"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/filelock"
	"github.com/dutycheck/dutycheck/internal/l10n"
)

func TestLockProblem(t *testing.T) {
	since := time.Date(2026, 12, 7, 14, 5, 0, 0, time.UTC)
	stuck := &filelock.Error{Path: "a.yaml", Name: "a.yaml.lock", Problem: filelock.ProblemStuck, Err: syscall.EACCES}
	for _, tc := range []struct {
		name string
		err  error
		sv   string
		// en is the English when it is not the error's own (filelock's)
		en string
	}{
		{name: "held", err: &filelock.HeldError{Path: "a.yaml", Holder: filelock.Holder{User: "karin", Host: "laptop", PID: 42424, Since: since}},
			sv: "a.yaml är öppen i en annan genomgång av karin på laptop (process 42424) sedan 2026-12-07 14:05 UTC; vänta tills den är klar, eller använd en annan fil"},
		{name: "held by nobody known", err: &filelock.HeldError{Path: "a.yaml"},
			sv: "a.yaml är öppen i en annan genomgång av någon; vänta tills den är klar, eller använd en annan fil"},
		{name: "other name", err: &filelock.OtherNameError{Path: "a.yaml"},
			sv: "a.yaml är öppen i en annan genomgång under ett annat namn (en hård länk till samma fil); vänta tills den är klar, eller använd en annan fil"},
		{name: "symlink", err: &filelock.Error{Path: "a.yaml", Name: "a.yaml.lock", Problem: filelock.ProblemSymlink},
			sv: "lås a.yaml: låsfilen a.yaml.lock är en symbolisk länk och kommer inte från dutycheck; ta bort den och försök igen"},
		{name: "not regular", err: &filelock.Error{Path: "a.yaml", Name: "a.yaml.lock", Problem: filelock.ProblemNotRegular},
			sv: "lås a.yaml: låsfilen a.yaml.lock är ingen vanlig fil och kommer inte från dutycheck; ta bort den och försök igen"},
		{name: "links", err: &filelock.Error{Path: "a.yaml", Name: "a.yaml.lock", Problem: filelock.ProblemLinks, Links: 2},
			sv: "lås a.yaml: låsfilen a.yaml.lock har 2 namn (en hård länk till en annan fil), så dutycheck har inte skapat den; ta bort den och försök igen"},
		{name: "stuck", err: stuck,
			sv: "lås a.yaml: låsfilen a.yaml.lock lämnades av en genomgång som har avslutats och kan inte tas bort: åtkomst nekad"},
		{name: "stuck, another user's", err: &filelock.Error{Path: "a.yaml", Name: "a.yaml.lock", Problem: filelock.ProblemStuck, Owner: "ola", Err: syscall.EROFS},
			sv: "lås a.yaml: låsfilen a.yaml.lock lämnades av en avslutad genomgång som ola körde och kan inte tas bort: filsystemet är skrivskyddat"},
		{name: "changing", err: &filelock.Error{Path: "a.yaml", Name: "a.yaml.lock", Problem: filelock.ProblemChanging},
			sv: "lås a.yaml: låsfilen a.yaml.lock ändras hela tiden"},
		{name: "cannot make", err: &filelock.Error{Path: "a.yaml", Name: "a.yaml.lock", Problem: filelock.ProblemCannotMake, Err: fs.ErrPermission},
			sv: "lås a.yaml: kan inte skapa låsfilen a.yaml.lock: åtkomst nekad"},
		// the system's refusal names the lock file, without the system
		// call ("open")
		{name: "system, on the lock file", err: &filelock.Error{Path: "a.yaml", Name: "a.yaml.lock", Err: &fs.PathError{Op: "open", Path: "a.yaml.lock", Err: syscall.EISDIR}},
			sv: "lås a.yaml: låsfilen a.yaml.lock: är en mapp", en: "lock a.yaml: the lock file a.yaml.lock: is a directory"},
		// before the lock file's name is known, the system's refusal is
		// on the file locked (or a folder on its path), not a lock file
		{name: "system, on the file locked", err: &filelock.Error{Path: "a.yaml", Err: &fs.PathError{Op: "lstat", Path: "a.yaml", Err: syscall.ENAMETOOLONG}},
			sv: "lås a.yaml: a.yaml: filnamnet är för långt", en: "lock a.yaml: a.yaml: file name too long"},
		{name: "system", err: &filelock.Error{Path: "a.yaml", Err: syscall.ENOSPC},
			sv: "lås a.yaml: det finns inget utrymme kvar på enheten"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			said := lockProblem(tc.err)
			m, ok := said.(*message)
			if !ok {
				t.Fatalf("%T is not a message of the command line", said)
			}
			wantEN := tc.en
			if wantEN == "" {
				wantEN = tc.err.Error()
			}
			if got := m.in(l10n.For("en")); got != wantEN {
				t.Errorf("English %q\nwant    %q", got, wantEN)
			}
			if got := m.in(l10n.For("sv")); got != tc.sv {
				t.Errorf("Swedish %q\nwant    %q", got, tc.sv)
			}
		})
	}
	if err := fs.ErrClosed; lockProblem(err) != err {
		t.Error("an error of no lock's was changed")
	}
}
