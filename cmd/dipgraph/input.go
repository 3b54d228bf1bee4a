package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/document"
)

// input is one document read from a PATH argument, with its metadata
// (extract/document: crawler records, HTML metadata, front matter, a date
// in the file name).
type input struct {
	Name string // file name as given or found ("-" for stdin), with ":LINE" for a record
	Data []byte // the text when read already (readInputs, the sample corpus)
	Date string // publication date of the document's metadata, "" if none
	URL  string // the document's address, "" if none
	Site string // the outlet or site its metadata names, "" if none

	stdin    io.Reader // "-" when listed by listInputs
	maxBytes int64     // limit of a listed input
}

// open returns the input's text as a stream: Data, or the file (stdin
// for "-") read up to maxBytes. A file over the limit is refused before
// it is read; a stream (stdin, a pipe) fails when it passes the limit.
func (in input) open(ctx context.Context) (io.ReadCloser, error) {
	if in.Data != nil || (in.stdin == nil && in.maxBytes == 0) {
		return io.NopCloser(bytes.NewReader(in.Data)), nil
	}
	if in.Name == "-" {
		r := in.stdin
		if f, ok := r.(*os.File); ok {
			if st, err := f.Stat(); err == nil && !st.Mode().IsRegular() {
				r = &ctxReader{ctx: ctx, f: f} // a pipe or a terminal: a signal ends the wait
			}
		}
		return io.NopCloser(&limitReader{r: r, n: in.maxBytes, what: "input"}), nil
	}
	f, err := openCtx(ctx, in.Name)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, unwrapPathError(err)
	}
	if st.Mode().IsRegular() && st.Size() > in.maxBytes {
		f.Close()
		return nil, fmt.Errorf("file of %d MiB is larger than %d MiB (--max-input)", st.Size()>>20, in.maxBytes>>20)
	}
	var r io.Reader = f
	if !st.Mode().IsRegular() {
		r = &ctxReader{ctx: ctx, f: f}
	}
	return struct {
		io.Reader
		io.Closer
	}{&limitReader{r: r, n: in.maxBytes, what: "file"}, f}, nil
}

// openCtx opens a file for reading, giving up when ctx ends: opening a
// named pipe blocks until a writer comes. A given-up open is left to
// finish (and closed) in the background.
func openCtx(ctx context.Context, name string) (*os.File, error) {
	type opened struct {
		f   *os.File
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		f, err := os.Open(name)
		ch <- opened{f, err}
	}()
	select {
	case o := <-ch:
		if o.err != nil {
			return nil, unwrapPathError(o.err)
		}
		return o.f, nil
	case <-ctx.Done():
		go func() {
			if o := <-ch; o.f != nil {
				o.f.Close()
			}
		}()
		return nil, ctx.Err()
	}
}

// ctxReader reads a file that may block (a pipe, a socket, a device)
// until ctx ends: a pipe or socket is woken by a read deadline; other
// reads run in the background and are given up on.
type ctxReader struct {
	ctx     context.Context
	f       *os.File
	watched bool
	pending chan readResult // a read given up on, still running
}

type readResult struct {
	b   []byte
	err error
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	if !c.watched {
		c.watched = true
		if c.f.SetReadDeadline(time.Time{}) == nil { // pollable: a deadline wakes a read
			context.AfterFunc(c.ctx, func() { c.f.SetReadDeadline(time.Now()) })
			c.pending = nil
		} else {
			c.pending = make(chan readResult, 1)
		}
	}
	if c.pending == nil {
		n, err := c.f.Read(p)
		if err != nil && c.ctx.Err() != nil {
			return n, c.ctx.Err()
		}
		return n, err
	}
	go func(n int) {
		b := make([]byte, n)
		k, err := c.f.Read(b)
		c.pending <- readResult{b[:k], err}
	}(len(p))
	select {
	case r := <-c.pending:
		return copy(p, r.b), r.err
	case <-c.ctx.Done():
		return 0, c.ctx.Err()
	}
}

// limitReader reads r up to n bytes and fails past them.
type limitReader struct {
	r    io.Reader
	n    int64
	what string
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n < 0 {
		return 0, fmt.Errorf("%s larger than the limit (--max-input)", l.what)
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if l.n < 0 {
		return n + int(l.n), fmt.Errorf("%s larger than the limit (--max-input)", l.what)
	}
	return n, err
}

// defaultMaxInput is the default of --max-input, in MiB.
const defaultMaxInput = 256

// listInputs expands the PATH arguments like inputFiles into inputs read
// only when extracted (input.open), each up to maxBytes.
func (m *Main) listInputs(paths []string, maxBytes int64) ([]input, error) {
	files, err := m.inputFiles(paths)
	if err != nil {
		return nil, err
	}
	ins := make([]input, len(files))
	for i, f := range files {
		ins[i] = input{Name: f, maxBytes: maxBytes}
		if f == "-" {
			ins[i].stdin = m.Stdin
		}
	}
	return ins, nil
}

// options returns opts for this input: its metadata's date, when it has
// one, before the --date of all (opts.Date).
func (in input) options(opts extract.Options) extract.Options {
	opts.File = in.Name
	if in.Date != "" {
		opts.Date = in.Date
	}
	opts.URL, opts.Site = in.URL, in.Site
	return opts
}

// textExts are the file endings taken from a folder; files named on the
// command line are always read. JSON and JSON Lines files hold crawler
// records (extract/document).
var textExts = []string{".txt", ".text", ".htm", ".html", ".jsonl", ".ndjson", ".json"}

// maxInput bounds one input file; larger files are refused with an error
// rather than read into memory.
const maxInput = 256 << 20

// readInputs reads every PATH (a file, a folder walked for text files, or
// "-" for stdin). A path that cannot be read gets a one-line message on
// stderr naming it; the others are still read. It returns an error only
// when nothing at all could be read.
func (m *Main) readInputs(paths []string) ([]input, error) {
	files, err := m.inputFiles(paths)
	if err != nil {
		return nil, err
	}
	var out []input
	for _, f := range files {
		var b []byte
		var err error
		if f == "-" {
			b, err = io.ReadAll(io.LimitReader(m.Stdin, maxInput+1))
			if err == nil && len(b) > maxInput {
				err = fmt.Errorf("input larger than %d MiB", maxInput>>20)
			}
		} else {
			b, err = readFile(f)
		}
		if err != nil {
			m.reportFileError(f, err)
			continue
		}
		out = append(out, m.documents(f, b)...)
	}
	if len(out) == 0 {
		return nil, exitError{1}
	}
	return out, nil
}

// inputFiles expands the PATH arguments into files ("-" for stdin): a
// folder gives its text files, sorted. A path that cannot be used gets a
// one-line message naming it; it fails only when no file is left.
func (m *Main) inputFiles(paths []string) ([]string, error) {
	if len(paths) == 0 {
		return nil, fmt.Errorf("no input: name files, folders or - for stdin")
	}
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			m.reportFileError(p, unwrapPathError(err))
			continue
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				m.reportFileError(path, unwrapPathError(err))
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && hasTextExt(name) && (strings.ToLower(filepath.Ext(name)) != ".json" || jsonRecords(path)) {
				files = append(files, path)
			}
			if special := d.Type() & (fs.ModeNamedPipe | fs.ModeSocket | fs.ModeDevice | fs.ModeCharDevice); special != 0 {
				// Reading it could block or never end; name it to read it.
				m.reportFileError(path, fmt.Errorf("not a regular file (%s): skipped", specialKind(special)))
			}
			return nil
		})
		if err != nil {
			m.reportFileError(p, err)
			continue
		}
		if len(files) == 0 {
			m.reportFileError(p, fmt.Errorf("no text files (%s) in folder", strings.Join(textExts, ", ")))
			continue
		}
		sort.Strings(files)
		out = append(out, files...)
	}
	if len(out) == 0 {
		return nil, exitError{1}
	}
	return out, nil
}

// specialKind names a file type for messages.
func specialKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	}
	return "device"
}

// jsonRecords reports a .json file of a folder that holds crawler records
// (other JSON, such as gold annotations, is no input).
func jsonRecords(path string) bool {
	b, err := readFile(path)
	return err == nil && document.HoldsRecords(b)
}

func hasTextExt(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range textExts {
		if ext == e {
			return true
		}
	}
	return false
}

func readFile(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxInput+1))
	if err != nil {
		return nil, unwrapPathError(err)
	}
	if len(b) > maxInput {
		return nil, fmt.Errorf("file larger than %d MiB", maxInput>>20)
	}
	return b, nil
}

// documents splits one file into its documents (extract/document); a bad
// record gets a one-line error with its line number, the others go on.
func (m *Main) documents(name string, b []byte) []input {
	ins, errs := documentsOf(name, b)
	for _, err := range errs {
		m.reportFileError(name, err)
	}
	return ins
}

// documentsOf splits the text of one input into its documents, with the
// errors of records that could not be read.
func documentsOf(name string, b []byte) ([]input, []error) {
	if name == "-" {
		return []input{{Name: name, Data: b}}, nil
	}
	docs, errs := document.Split(name, b)
	out := make([]input, 0, len(docs))
	for _, d := range docs {
		out = append(out, input{Name: d.Name, Data: d.Text, Date: d.Date, URL: d.URL, Site: d.Source})
	}
	return out, errs
}

// unwrapPathError drops the path from an *fs.PathError, since messages
// name the file themselves.
func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// reportFileError prints a one-line error for one input, naming it once.
func (m *Main) reportFileError(name string, err error) {
	msg := err.Error()
	if !strings.HasPrefix(msg, name+":") {
		msg = name + ": " + msg
	}
	fmt.Fprintf(m.Stderr, "dipgraph: %s\n", msg)
}
