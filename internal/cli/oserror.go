package cli

import (
	"errors"
	"io/fs"
	"strconv"
	"syscall"

	"github.com/dutycheck/dutycheck/internal/l10n"
)

// osRefusals are the catalogue's words for what the operating system
// refuses (a missing file, a folder where a file should be, a full disk),
// which errorIn says in the output's language instead of the system's
// English: "… går inte att läsa: är en mapp", not "is a directory". The
// English entries are the system's own words, so English output is as
// it was. The first that matches says it.
var osRefusals = []struct {
	err error
	key l10n.Key
}{
	{fs.ErrNotExist, "cli.nofile"},
	{fs.ErrPermission, "cli.denied"},
	{syscall.EISDIR, "cli.os.isdir"},
	{syscall.ENOTDIR, "cli.os.notdir"},
	{syscall.ELOOP, "cli.os.loop"},
	{syscall.ENAMETOOLONG, "cli.os.toolong"},
	{syscall.ENOSPC, "cli.os.nospace"},
	{syscall.EDQUOT, "cli.os.quota"},
	{syscall.EFBIG, "cli.os.toolarge"},
	{syscall.EROFS, "cli.os.readonly"},
	{syscall.EIO, "cli.os.io"},
	{syscall.EMFILE, "cli.os.toomany"},
	{syscall.ENFILE, "cli.os.toomany"},
	{syscall.EBUSY, "cli.os.busy"},
	{syscall.ETXTBSY, "cli.os.textbusy"},
	{syscall.ESTALE, "cli.os.stale"},
	{syscall.EXDEV, "cli.os.crossdevice"},
	{syscall.ENXIO, "cli.os.nodevice"},
	{syscall.ENOTTY, "cli.os.notty"},
	{syscall.EPIPE, "cli.os.pipe"},
	{syscall.EAGAIN, "cli.os.again"},
	{syscall.ETIMEDOUT, "cli.os.timedout"},
	{syscall.ECONNREFUSED, "cli.os.refused"},
}

// osRefusal words an operating system's refusal in p's language: by its
// kind above, else as a system error by its number (in English, the
// system's own words still); ok is false for an error that is no refusal
// of the system's.
func osRefusal(p *l10n.Printer, err error) (string, bool) {
	for _, r := range append(platformRefusals, osRefusals...) {
		if errors.Is(err, r.err) {
			return p.T(r.key), true
		}
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		// a number to look up, not a quantity: never grouped
		return p.T("cli.os.errno", strconv.Itoa(int(errno)), errno.Error()), true
	}
	return "", false
}
