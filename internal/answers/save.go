package answers

import "github.com/dutycheck/dutycheck/internal/atomicfile"

// Save writes an encoded answers file to path atomically (see
// atomicfile.Write): through a symbolic link to its target, never over a
// read-only file, with mode 0600 because an assessment names an
// organization's weak spots.
func Save(path string, data []byte) error {
	return atomicfile.Write(path, data, 0o600)
}
