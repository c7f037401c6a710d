package report

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

// The report is written by fpdf uncompressed and its page contents are
// compressed here: fpdf 0.12 makes a new zlib writer, about 1 MB of state
// allocated and zeroed, for every page stream, which was the largest single
// cost of writing a long report (docs/performance.md). Here one writer per
// core is reset onto each stream. zlib's Reset gives exactly the output of a
// new writer at the same level, so the file is byte for byte what fpdf's
// own compression writes (TestOwnCompressionIsFpdfs). When fpdf reuses its
// writers (docs/perf/fpdf-zlib-writer-reuse.md), this can go.

// pageStream is a page's content stream as fpdf writes it uncompressed.
type pageStream struct {
	n    int    // object number
	data []byte // the stream's bytes
}

// pageContents is the content stream of every page: the object each page
// object names last ("/Contents n 0 R>>", fpdf's putpages), where that
// object is an uncompressed stream ("<</Length L>>"). A page whose contents
// are already compressed is left out, so a document fpdf compressed itself
// passes unchanged.
func (x *objects) pageContents() ([]pageStream, error) {
	var out []pageStream
	for _, n := range x.order {
		body := x.obj(n)
		head := bytes.IndexByte(body, '\n')
		if head < 0 || !bytes.HasPrefix(body[head+1:], []byte("<</Type /Page\n")) {
			continue
		}
		c, err := contentsOf(body)
		if err != nil {
			return nil, fmt.Errorf("finish pdf: page object %d: %w", n, err)
		}
		data, ok, err := plainStream(x.obj(c), c)
		if err != nil {
			return nil, fmt.Errorf("finish pdf: contents of page object %d: %w", n, err)
		}
		if ok {
			out = append(out, pageStream{n: c, data: data})
		}
	}
	return out, nil
}

// contentsOf is the object number in a page object's closing
// "/Contents n 0 R>>\nendobj\n".
func contentsOf(page []byte) (int, error) {
	const tail = " 0 R>>\nendobj\n"
	i := bytes.LastIndex(page, []byte("/Contents "))
	if i < 0 || !bytes.HasSuffix(page, []byte(tail)) {
		return 0, errors.New("no /Contents at its end")
	}
	num := page[i+len("/Contents ") : len(page)-len(tail)]
	n, err := strconv.Atoi(string(num))
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad /Contents %q", num)
	}
	return n, nil
}

// plainStream is the data of object n when it is exactly an uncompressed
// stream as fpdf writes one, "n 0 obj\n<</Length L>>\nstream\n" L bytes
// "\nendstream\nendobj\n"; false when its dictionary is any other (such as
// fpdf's own compressed form); an error when it is not an object n.
func plainStream(body []byte, n int) ([]byte, bool, error) {
	head := strconv.Itoa(n) + " 0 obj\n<<"
	if !bytes.HasPrefix(body, []byte(head)) {
		return nil, false, errors.New("not where the cross-reference table says")
	}
	rest, ok := bytes.CutPrefix(body[len(head):], []byte("/Length "))
	if !ok {
		return nil, false, nil
	}
	i := bytes.Index(rest, []byte(">>\nstream\n"))
	if i < 0 {
		return nil, false, nil
	}
	l, err := strconv.Atoi(string(rest[:i]))
	if err != nil {
		return nil, false, nil
	}
	data := rest[i+len(">>\nstream\n"):]
	if l < 0 || len(data) != l+len("\nendstream\nendobj\n") || !bytes.HasSuffix(data, []byte("\nendstream\nendobj\n")) {
		return nil, false, errors.New("stream length does not match")
	}
	return data[:l], true, nil
}

// compressStreams compresses each stream as fpdf does (zlib, best speed),
// on as many goroutines as there are cores, each with one writer it
// resets; the result is keyed by object number.
func compressStreams(streams []pageStream) map[int][]byte {
	zipped := make([][]byte, len(streams))
	workers := min(runtime.GOMAXPROCS(0), len(streams))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			zw, _ := zlib.NewWriterLevel(&buf, zlib.BestSpeed) // the level is valid
			for i := w; i < len(streams); i += workers {
				buf.Reset()
				zw.Reset(&buf)
				zw.Write(streams[i].data) // a bytes.Buffer does not fail
				zw.Close()
				zipped[i] = bytes.Clone(buf.Bytes())
			}
		}()
	}
	wg.Wait()
	out := make(map[int][]byte, len(streams))
	for i, s := range streams {
		out[s.n] = zipped[i]
	}
	return out
}

// writeCompressed writes object n as fpdf writes a compressed page
// content stream.
func writeCompressed(out *bytes.Buffer, n int, z []byte) {
	out.WriteString(strconv.Itoa(n))
	out.WriteString(" 0 obj\n<</Filter /FlateDecode /Length ")
	out.WriteString(strconv.Itoa(len(z)))
	out.WriteString(">>\nstream\n")
	out.Write(z)
	out.WriteString("\nendstream\nendobj\n")
}
