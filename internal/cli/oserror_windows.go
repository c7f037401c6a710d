package cli

import (
	"syscall"

	"github.com/dutycheck/dutycheck/internal/l10n"
)

// platformRefusals are Windows's own error numbers for refusals that the
// Unix numbers of osRefusals do not match there (only not found,
// permission and exists are mapped across by the syscall package): a file
// open in another program (a report.pdf open in a viewer), a full disk, a
// write-protected medium, a name too long, a move to another drive.
var platformRefusals = []struct {
	err error
	key l10n.Key
}{
	{syscall.Errno(32), "cli.os.inuse"},       // ERROR_SHARING_VIOLATION
	{syscall.Errno(33), "cli.os.inuse"},       // ERROR_LOCK_VIOLATION
	{syscall.Errno(112), "cli.os.nospace"},    // ERROR_DISK_FULL
	{syscall.Errno(39), "cli.os.nospace"},     // ERROR_HANDLE_DISK_FULL
	{syscall.Errno(19), "cli.os.readonly"},    // ERROR_WRITE_PROTECT
	{syscall.Errno(206), "cli.os.toolong"},    // ERROR_FILENAME_EXCED_RANGE
	{syscall.Errno(17), "cli.os.crossdevice"}, // ERROR_NOT_SAME_DEVICE
	{syscall.Errno(267), "cli.os.notdir"},     // ERROR_DIRECTORY
	{syscall.Errno(1392), "cli.os.io"},        // ERROR_FILE_CORRUPT
	{syscall.Errno(23), "cli.os.io"},          // ERROR_CRC
}
