package extract

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/dipgraph/dipgraph/extract/normalize"
)

// Chunk sizes of ExtractReader: a chunk is cut at the first article
// boundary after softChunk bytes, or at any line after hardChunk bytes.
const (
	softChunk = 1 << 20
	hardChunk = 4 << 20
)

// MaxLineBytes bounds one line of ExtractReader's input. No article has a
// paragraph near this size; a longer line (a binary file, an export with
// no line breaks) is skipped, read in pieces and never held whole, and
// reported in ExtractReader's error.
const MaxLineBytes = hardChunk

// ExtractReader extracts from a stream (a large file, stdin) chunk by chunk,
// so memory stays bounded whatever the input size: the input is cut at line
// breaks before a dateline (or a blank line) once a chunk holds about 1 MB,
// each chunk is decoded and extracted like ExtractBytes, and emit receives
// every article in input order. Empty input is an error, as for
// ExtractBytes; a chunk that cannot be decoded, or a line longer than
// MaxLineBytes, is reported in the returned error (naming opts.File)
// after the other chunks are extracted. Memory is bounded by a chunk
// (at most hardChunk+MaxLineBytes bytes) and its extraction.
func (e *Extractor) ExtractReader(r io.Reader, opts Options, emit func(Article) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var chunk []byte
	var errs []error
	read, total := 0, 0
	flush := func() error {
		if len(bytes.TrimSpace(chunk)) == 0 {
			chunk = chunk[:0]
			return nil
		}
		res, err := e.ExtractBytes(chunk, opts)
		chunk = chunk[:0]
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		read++
		for _, a := range res.Articles {
			if err := emit(a); err != nil {
				return err
			}
		}
		return nil
	}
	long := 0 // lines skipped for their length
	var line []byte
	for {
		var err error
		var n int
		line, n, err = readLine(br, line[:0])
		total += n
		if n > MaxLineBytes {
			if long == 0 {
				errs = append(errs, fmt.Errorf("%s: line at byte %d is longer than %d MiB: skipped", opts.File, total-n, MaxLineBytes>>20))
			}
			long++
			line = nil // let a long line's buffer go
		} else if len(line) > 0 {
			if len(chunk) >= hardChunk || (len(chunk) >= softChunk && articleBoundary(line)) {
				if ferr := flush(); ferr != nil {
					return ferr
				}
			}
			chunk = append(chunk, line...)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", opts.File, err)
		}
	}
	if total == 0 {
		_, err := e.ExtractBytes(nil, opts) // the error for empty input
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	if read == 0 && len(errs) == 0 && long == 0 {
		_, err := e.ExtractBytes(nil, opts) // only white space: empty, as for ExtractBytes
		return err
	}
	if long > 1 {
		errs = append(errs, fmt.Errorf("%s: %d more lines longer than %d MiB skipped", opts.File, long-1, MaxLineBytes>>20))
	}
	if len(errs) > 0 && read == 0 {
		return errors.Join(errs...)
	}
	if len(errs) > 0 {
		return fmt.Errorf("%d of %d chunks unreadable: %w", len(errs), len(errs)+read, errors.Join(errs...))
	}
	return nil
}

// readLine appends the next line (with its newline) to buf and returns
// it and its length in bytes. A line longer than MaxLineBytes is read to
// its end but not kept: buf is returned holding a prefix only and n says
// how long the line was.
func readLine(br *bufio.Reader, buf []byte) ([]byte, int, error) {
	n := 0
	for {
		frag, err := br.ReadSlice('\n')
		n += len(frag)
		if n <= MaxLineBytes {
			buf = append(buf, frag...)
		}
		if err != bufio.ErrBufferFull {
			return buf, n, err
		}
	}
}

// articleBoundary is true for a blank line or a line that opens with a
// dateline (in UTF-8 or GB18030 bytes).
func articleBoundary(line []byte) bool {
	t := bytes.TrimSpace(line)
	if len(t) == 0 {
		return true
	}
	s, ok := normalize.Head(t, 120)
	return ok && startsArticle(s)
}
