//go:build linux

package filelock

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// networkFS are file systems whose locks other hosts hold: this host's
// lock table cannot tell that nobody holds a lock on them.
var networkFS = map[int64]bool{
	0x6969:     true, // NFS
	0x517B:     true, // SMB
	0xFF534D42: true, // CIFS
	0xFE534D42: true, // SMB2
	0x65735546: true, // FUSE
	0x00C36400: true, // Ceph
	0x01021997: true, // 9P
	0x5346414F: true, // AFS
	0x01161970: true, // GFS2
	0x7461636F: true, // OCFS2
}

// unheldForSure reports whether no process holds a lock on the lock file:
// it lies on a local file system and the kernel's lock table
// (/proc/locks) has no lock on its device and inode.
func unheldForSure(name string, fi fs.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return false
	}
	var sfs syscall.Statfs_t
	if err := syscall.Statfs(filepath.Dir(name), &sfs); err != nil || networkFS[int64(sfs.Type)] {
		return false
	}
	f, err := os.Open("/proc/locks")
	if err != nil {
		return false
	}
	defer f.Close()
	major := uint64(st.Dev>>8) & 0xfff
	minor := uint64(st.Dev&0xff) | uint64(st.Dev>>12)&0xfff00
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		for _, field := range strings.Fields(sc.Text()) {
			parts := strings.Split(field, ":")
			if len(parts) != 3 {
				continue
			}
			maj, err1 := strconv.ParseUint(parts[0], 16, 64)
			min, err2 := strconv.ParseUint(parts[1], 16, 64)
			ino, err3 := strconv.ParseUint(parts[2], 10, 64)
			if err1 == nil && err2 == nil && err3 == nil && maj == major && min == minor && ino == uint64(st.Ino) {
				return false
			}
		}
	}
	return sc.Err() == nil
}
