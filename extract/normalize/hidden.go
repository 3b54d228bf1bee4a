package normalize

import (
	_ "embed"
	"strings"
)

// hiddenData lists the attribute text that hides an element (see its
// header).
//
//go:embed data/hidden_markers.txt
var hiddenData string

// hiddenMarkers are the lines of hidden_markers.txt, lower-cased.
var hiddenMarkers = func() []string {
	var out []string
	for _, w := range parseWordList(hiddenData) {
		out = append(out, strings.ToLower(w))
	}
	return out
}()

// maxHiddenBytes bounds the content of a hidden element: a closing tag
// further away is not taken as its end.
const maxHiddenBytes = 2000

// hiddenTag reports an opening tag whose attributes hide its element
// (<font class="jammer">, <span style="display: none">), the way forums
// hide the junk they put between characters against copying.
func hiddenTag(tag string) bool {
	if strings.IndexByte(tag, '=') < 0 {
		return false
	}
	t := strings.ToLower(strings.ReplaceAll(tag, " ", ""))
	for _, m := range hiddenMarkers {
		if strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// hiddenSkipper finds the ends of hidden elements; it keeps the next
// closing tag of each name, so that a page of many hidden elements is read
// in linear time.
type hiddenSkipper map[string]int

// skip returns where the text resumes after a hidden element of the given
// name whose content starts at s[i:]: after its closing tag, or i (only the
// tag goes) when none follows within maxHiddenBytes.
func (h *hiddenSkipper) skip(s string, i int, name string) int {
	if *h == nil {
		*h = hiddenSkipper{}
	}
	c, seen := (*h)[name]
	if !seen || c >= 0 && c < i {
		c = -1
		// Searched to the end: the closer found is kept for the
		// elements before it, so every byte is searched once.
		if k := indexFold(s[i:], "</"+name); k >= 0 {
			c = i + k
		}
		(*h)[name] = c
	}
	if c < 0 || c-i > maxHiddenBytes {
		return i
	}
	if e := tagEnd(s, c); e >= 0 {
		return e + 1
	}
	return i
}
