//go:build unix

package evidence

import "syscall"

// nonBlock opens a FIFO without waiting for a writer, so that it can be
// refused (see hashFile); on a regular file it changes nothing.
const nonBlock = syscall.O_NONBLOCK
