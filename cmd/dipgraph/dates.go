package main

import (
	"fmt"
	"io"

	"github.com/dipgraph/dipgraph/extract"
)

// yearWarner warns on stderr, once per document, that meetings of it are
// dated by month and day only (no metadata, page stamp or text gave their
// year), and sums them up at the end.
type yearWarner struct {
	w        io.Writer
	seen     map[string]bool
	docs     int
	meetings int
}

func newYearWarner(w io.Writer) *yearWarner { return &yearWarner{w: w, seen: map[string]bool{}} }

// dateCounts counts meetings by how much of their date is known.
type dateCounts struct{ dated, partial, undated int }

func (c *dateCounts) add(arts []extract.Article) {
	for _, a := range arts {
		for _, m := range a.Meetings {
			switch m.DatePrecision {
			case extract.PrecisionDay:
				c.dated++
			case extract.PrecisionMonthDay:
				c.partial++
			default:
				c.undated++
			}
		}
	}
}

// String is the summary's "N dated, M by month and day only, K undated".
func (c dateCounts) String() string {
	return fmt.Sprintf("%d dated, %d by month and day only (no year found), %d undated", c.dated, c.partial, c.undated)
}

// partialMeetings counts the meetings of articles whose year is unknown.
func partialMeetings(arts []extract.Article) int {
	n := 0
	for _, a := range arts {
		for _, m := range a.Meetings {
			if m.DatePrecision == extract.PrecisionMonthDay {
				n++
			}
		}
	}
	return n
}

// add notes n meetings without year in document name, warning at its first.
func (y *yearWarner) add(name string, n int) {
	if y == nil || n == 0 {
		return
	}
	y.meetings += n
	if y.seen[name] {
		return
	}
	y.seen[name] = true
	y.docs++
	fmt.Fprintf(y.w, "dipgraph: %s: warning: no year found for %d meeting(s); kept with month and day only (give the document's date in its metadata, or --date)\n", name, n)
}

// done prints the summary line.
func (y *yearWarner) done() {
	if y == nil || y.docs == 0 {
		return
	}
	fmt.Fprintf(y.w, "dipgraph: warning: %d meeting(s) in %d document(s) have no year (month and day only)\n", y.meetings, y.docs)
}
