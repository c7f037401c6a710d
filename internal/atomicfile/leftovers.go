package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
)

// RemoveLeftovers deletes the temporary files a save of path left behind
// when its process was killed between writing and renaming (".NAME.*.tmp"
// beside the file the link resolves to). They hold a copy of the answers,
// hidden, where `git add .` would commit them. Call it only while holding
// the lock on path: then no save of path is under way and every such file
// is a leftover. It returns the names removed.
func RemoveLeftovers(path string) ([]string, error) {
	target, err := Target(path)
	if err != nil {
		return nil, err
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	prefix := "." + base + "."
	var removed []string
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") {
			continue
		}
		// The part between is CreateTemp's random digits: nothing else
		// (a file such as .a.yaml.backup.tmp is not ours).
		mid := name[len(prefix) : len(name)-len(".tmp")]
		if mid == "" || strings.Trim(mid, "0123456789") != "" {
			continue
		}
		p := filepath.Join(dir, name)
		if err := os.Remove(p); err == nil {
			removed = append(removed, p)
		}
	}
	return removed, nil
}
