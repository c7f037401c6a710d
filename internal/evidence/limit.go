package evidence

import (
	"errors"
	"io"
	"time"
)

// MaxSize is the largest file that is hashed as evidence: 2 GiB, room for
// a case system's export of hundreds of megabytes, while a disk image or a
// 10 GB file given by mistake is refused at once rather than read for
// minutes.
const MaxSize = 2 << 30

// ErrTooLarge is the error of a file over MaxSize.
var ErrTooLarge = errors.New("over 2 GiB, the limit for an evidence file; link to the record in the case system instead")

// progressAfter is how long hashing runs before Progress is first told,
// and how often after that (tests shorten it).
var progressAfter = time.Second

// Progress is told how much of a file has been hashed (done of total
// bytes): first once hashing has taken a second, then about once a
// second, and once more at the end if it was told before.
type Progress func(done, total int64)

// progressReader counts what is read and tells a Progress.
type progressReader struct {
	r           io.Reader
	done, total int64
	start, last time.Time
	told        bool
	f           Progress
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.done += int64(n)
	if now := time.Now(); p.f != nil && now.Sub(p.start) >= progressAfter && now.Sub(p.last) >= progressAfter {
		p.last, p.told = now, true
		p.f(p.done, p.total)
	}
	return n, err
}

// end tells the Progress that hashing is done, if it was told anything.
func (p *progressReader) end() {
	if p.told && p.f != nil {
		p.f(p.total, p.total)
	}
}
