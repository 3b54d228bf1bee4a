// Package document reads documents as they come, with their metadata:
// JSON Lines or JSON records of the common news crawlers (trafilatura,
// news-please, or a plain {"text","date","url","source","title"} record),
// HTML pages with their own metadata (article:published_time, publishdate,
// <time datetime>, JSON-LD datePublished, <link rel="canonical">), text files
// with front matter, and a date in a file's name. Each document's date is
// the publication date extract.Options.Date takes: it gives the year to
// dates written without one.
package document

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Doc is one document and its metadata.
type Doc struct {
	// Name names the document in messages and in Article.File: the file
	// name, with ":LINE" for a record of a JSON Lines file and "#N" for the
	// N-th record of a JSON array.
	Name string
	// Text is the document's text (a page's HTML as it came).
	Text []byte
	// Date is the publication date (YYYY-MM-DD), "" when unknown.
	Date string
	// URL is the document's address, "" when unknown.
	URL string
	// Source is the outlet or site the metadata names ("新华网",
	// "www.news.cn"), "" when unknown.
	Source string
	// Title is the headline the metadata gives, "" when none.
	Title string
}

// Error is a bad record: its file and line (or record number) and why.
type Error struct {
	Name string // file name with ":LINE" or "#N"
	Err  error
}

func (e *Error) Error() string { return e.Name + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// IsRecords reports whether name holds crawler records (.jsonl, .ndjson,
// .json).
func IsRecords(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson", ".json":
		return true
	}
	return false
}

// textKeys are the fields a crawler record holds its text in.
var textKeys = []string{"text", "maintext", "raw_text", "content"}

// HoldsRecords reports whether a .json file's data is crawler records (an
// object, or an array of objects, with a text field at the top) rather
// than other JSON (such as a gold annotation beside the reports).
func HoldsRecords(data []byte) bool {
	var v any
	if json.Unmarshal(data, &v) != nil {
		return false
	}
	if arr, ok := v.([]any); ok && len(arr) > 0 {
		v = arr[0]
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return false
	}
	for _, k := range textKeys {
		if _, ok := obj[k]; ok {
			return true
		}
	}
	return false
}

// HasMetadata reports whether a file named name and opening with head (its
// first bytes, 512 are enough) may hold documents with metadata: crawler
// records, an HTML page, front matter, or a date in its name. A file
// without is one plain text.
func HasMetadata(name string, head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	return IsRecords(name) || isHTML(name, head) || bytes.HasPrefix(head, []byte("---\n")) ||
		bytes.HasPrefix(head, []byte("---\r\n")) || nameDate(name) != ""
}

// Split reads the documents of one file: every record of a JSON Lines or
// JSON file (a bad record gives an *Error and the others go on), or the
// file itself with the metadata of its HTML head, its front matter or its
// name. A file with no document at all (an empty JSON array) gives none.
func Split(name string, data []byte) ([]Doc, []error) {
	if IsRecords(name) {
		return records(name, data)
	}
	d := Doc{Name: name, Text: data}
	if isHTML(name, data) {
		htmlMeta(&d, data)
	} else {
		frontMatter(&d)
	}
	if d.Date == "" {
		d.Date = nameDate(name)
	}
	return []Doc{d}, nil
}

// records reads JSON Lines (one object a line), or one JSON object, or a
// JSON array of objects.
func records(name string, data []byte) ([]Doc, []error) {
	t := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	var docs []Doc
	var errs []error
	if bytes.HasPrefix(t, []byte("[")) {
		var arr []json.RawMessage
		if err := json.Unmarshal(t, &arr); err != nil {
			return nil, []error{&Error{name, fmt.Errorf("not a JSON array of records: %v", err)}}
		}
		for i, raw := range arr {
			n := name + "#" + strconv.Itoa(i+1)
			if d, err := record(n, raw); err != nil {
				errs = append(errs, &Error{n, err})
			} else {
				docs = append(docs, d)
			}
		}
		return docs, errs
	}
	// One object spread over lines (news-please writes one file per
	// article): the whole file is one record.
	if bytes.HasPrefix(t, []byte("{")) && json.Valid(t) {
		if d, err := record(name, t); err != nil {
			return nil, []error{&Error{name, err}}
		} else {
			return []Doc{d}, nil
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		ln := name + ":" + strconv.Itoa(n)
		if d, err := record(ln, line); err != nil {
			errs = append(errs, &Error{ln, err})
		} else {
			docs = append(docs, d)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &Error{name, err})
	}
	return docs, errs
}

// record reads one crawler record. Fields, first found wins: text
// (text, maintext, raw_text, content), date (date, date_publish,
// datePublished, published, publish_date), url (url, source_url, link),
// source (source unless a URL, source-hostname, sitename, source_domain,
// hostname), title.
func record(name string, raw []byte) (Doc, error) {
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return Doc{}, fmt.Errorf("not a JSON object: %v", shortErr(err))
	}
	str := func(keys ...string) string {
		for _, k := range keys {
			if v, ok := m[k].(string); ok && strings.TrimSpace(v) != "" {
				return strings.TrimSpace(v)
			}
		}
		return ""
	}
	// trafilatura's "source" is the page's URL, not an outlet.
	if v, ok := m["source"].(string); ok && (strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://")) {
		delete(m, "source")
	}
	text := str(textKeys...)
	if text == "" {
		return Doc{}, fmt.Errorf("no text (want a field text, maintext, raw_text or content)")
	}
	d := Doc{Name: name, URL: str("url", "source_url", "link"), Source: str("source", "source-hostname", "sitename", "source_domain", "hostname"), Title: str("title")}
	if ds := str("date", "date_publish", "datePublished", "published", "publish_date"); ds != "" {
		if d.Date = ParseDate(ds); d.Date == "" {
			return Doc{}, fmt.Errorf("date %q: want an ISO date (YYYY-MM-DD…)", ds)
		}
	}
	// The headline above the text, as on the page (crawlers give it apart).
	if d.Title != "" && !strings.HasPrefix(text, d.Title) {
		text = d.Title + "\n" + text
	}
	d.Text = []byte(text)
	return d, nil
}

// shortErr keeps a JSON error to its first line.
func shortErr(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

// isoDateRe is the date at the start of a time stamp: "2024-03-05",
// "2024-03-05T10:00:00+08:00", "2024-03-05 10:00:00", "2024/3/5", "2024年3月5日".
var isoDateRe = regexp.MustCompile(`^\s*((?:19|20)\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})(?:日|\b|T|\s|$)`)

// ParseDate returns the YYYY-MM-DD of a time stamp starting with a date,
// "" when it does not.
func ParseDate(s string) string {
	m := isoDateRe.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(mo) || t.Day() != d {
		return ""
	}
	return t.Format("2006-01-02")
}

// nameDateRe is a date in a file name: "2024-03-05_…", "…_20240305",
// "t20240305_…" (the path of Chinese government sites' pages).
var nameDateRe = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[^0-9]|$)`)

// nameDate returns the date in a file's name, "" if none.
func nameDate(name string) string {
	m := nameDateRe.FindStringSubmatch(filepath.Base(name))
	if m == nil {
		return ""
	}
	return ParseDate(m[1] + "-" + m[2] + "-" + m[3])
}

// frontMatter reads and removes a text's front matter: a first line "---",
// "key: value" lines (date, url, source, title), a closing "---".
func frontMatter(d *Doc) {
	t := bytes.TrimPrefix(d.Text, []byte("\xef\xbb\xbf"))
	if !bytes.HasPrefix(t, []byte("---\n")) && !bytes.HasPrefix(t, []byte("---\r\n")) {
		return
	}
	rest := t[bytes.IndexByte(t, '\n')+1:]
	var meta Doc
	for len(rest) > 0 {
		line := rest
		next := []byte(nil)
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, next = rest[:i], rest[i+1:]
		}
		l := strings.TrimSpace(string(line))
		if l == "---" {
			d.Text = next
			if meta.Date != "" {
				d.Date = meta.Date
			}
			d.URL, d.Source, d.Title = meta.URL, meta.Source, meta.Title
			return
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok && l != "" {
			return // no front matter: leave the text as it is
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "date", "published", "publishdate":
			meta.Date = ParseDate(v)
		case "url", "link":
			meta.URL = v
		case "source", "outlet", "site":
			meta.Source = v
		case "title":
			meta.Title = v
		}
		rest = next
	}
}
