package atomicfile

import (
	"os"
	"sync"
)

// inflight are the temporary files of saves in progress, so that a
// command ended by a signal (report killed by SIGTERM or SIGHUP) leaves
// none behind: RemoveLeftovers only looks beside an answers file.
var inflight = struct {
	sync.Mutex
	names map[string]bool
}{names: map[string]bool{}}

func track(name string) {
	inflight.Lock()
	inflight.names[name] = true
	inflight.Unlock()
}

// finish runs the last step of a save (the rename, or removing the
// temporary file after a failure) under the lock AbandonAll takes, so
// that a save either completes before it or never.
func finish(name string, step func() error) error {
	inflight.Lock()
	defer inflight.Unlock()
	delete(inflight.names, name)
	return step()
}

// AbandonAll removes the temporary files of the saves in progress and
// stops them from completing: every file stays as it was before its
// save. It is for a signal handler that exits right after; the saves it
// stops wait for ever.
func AbandonAll() {
	inflight.Lock()
	for name := range inflight.names {
		_ = os.Remove(name)
	}
	// Never unlocked: the process is about to exit.
}

// pauseBeforeRename, when set, runs between writing a save's temporary
// file and renaming it into place.
var pauseBeforeRename func(tmp string)

// SetPauseBeforeRename makes every save call f between writing its
// temporary file and renaming it: for tests that end a command by a
// signal in the middle of a save. Never set outside tests.
func SetPauseBeforeRename(f func(tmp string)) { pauseBeforeRename = f }
