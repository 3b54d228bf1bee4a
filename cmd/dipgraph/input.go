package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/document"
)

// input is one document read from a PATH argument, with its metadata
// (extract/document: crawler records, HTML metadata, front matter, a date
// in the file name).
type input struct {
	Name string // file name as given or found ("-" for stdin), with ":LINE" for a record
	Data []byte
	Date string // publication date of the document's metadata, "" if none
	URL  string // the document's address, "" if none
	Site string // the outlet or site its metadata names, "" if none
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
	if name == "-" {
		return []input{{Name: name, Data: b}}
	}
	docs, errs := document.Split(name, b)
	for _, err := range errs {
		m.reportFileError(name, err)
	}
	out := make([]input, 0, len(docs))
	for _, d := range docs {
		out = append(out, input{Name: d.Name, Data: d.Text, Date: d.Date, URL: d.URL, Site: d.Source})
	}
	return out
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
