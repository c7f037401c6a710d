package filekind

import (
	"archive/zip"
	"io"
)

// Limits of Contents: how many entries of a zip it looks into, and how
// many leading bytes of each (enough for every image and video signature
// Sniff knows but the ISO and tar ones, which are archives anyway).
const (
	MaxEntries = 20000
	EntryHead  = 512
)

// Contents is the kind a file is by what it holds, where its first bytes
// say nothing: a zip anywhere in it (after a text prefix, as a
// self-extracting archive is) makes any file but an office document an
// archive; an office document (by its name) that holds an image, a video
// or an archive, by an entry's name or its first bytes, is refused as
// what it holds, wherever that entry is. r reads the whole file, of size
// bytes. A file that is no zip gives the zero Kind.
func Contents(r io.ReaderAt, size int64, name string) Kind {
	z, err := zip.NewReader(r, size)
	if err != nil {
		return Kind{}
	}
	if !IsOffice(name) {
		return Kind{Class: Archive, Format: "zip", Embedded: true}
	}
	if len(z.File) > MaxEntries {
		return Kind{Class: Archive, Format: "zip", Embedded: true}
	}
	for _, f := range z.File {
		if k := ByName(f.Name); k.Class == Image || k.Class == Video {
			k.Inside = f.Name
			return k
		}
		if k := entryKind(f); k.Refused() {
			k.Inside = f.Name
			return k
		}
	}
	return Kind{}
}

// entryKind sniffs the first bytes of one zip entry. An entry that cannot
// be read (encrypted, or a method this reader lacks) is taken for an
// archive: what it holds cannot be checked.
func entryKind(f *zip.File) Kind {
	if f.FileInfo().IsDir() {
		return Kind{}
	}
	rc, err := f.Open()
	if err != nil {
		return Kind{Class: Archive, Format: "unreadable zip entry"}
	}
	defer rc.Close()
	head := make([]byte, EntryHead)
	n, err := io.ReadFull(rc, head)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return Kind{Class: Archive, Format: "unreadable zip entry"}
	}
	return Sniff(f.Name, head[:n])
}
