package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// shortFormAt reads a Chinese leader named by surname and office in the
// reporting of his time, at rs[i]: "江主席今天在…会见", "朱总理同…举行会谈"
// (lexicon/shortforms.tsv). The person is the leader the form stood for;
// no office is written before his name, so by the convention he has no
// title here (the article's earlier full mention may give one).
func shortFormAt(rs []rune, i int) (p person, end int, ok bool) {
	if i >= len(rs) || !shortFormFirst[rs[i]] {
		return p, i, false
	}
	for form, sf := range shortForms {
		if hasAt(rs, i, form) {
			n := utf8.RuneCountInString(form)
			if i+n < len(rs) && hasAnyAt(rs, i+n, "团", "会", "席", "府") != "" {
				continue // "…主席团", "…主席会议": not the leader
			}
			return person{name: sf.Name, country: "CN", known: true}, i + n, true
		}
	}
	return p, i, false
}

// transliterated reports a run of at least three characters of
// transliteration ("姆瓦纳瓦萨"): a foreign name, not Chinese words.
func transliterated(rs []rune) bool {
	if len(rs) < 3 {
		return false
	}
	for _, r := range rs {
		if !translitRunes[r] && r != '·' && r != '-' && r != '－' {
			return false
		}
	}
	return true
}

// surnameFirst reads a name opened by one of fnSurnames after an office,
// when the name ends an item of a list: 于 then one or two name characters,
// then a separator, 等 or the end ("…于永波等", but not "总统于昨天抵达").
func surnameFirst(rs []rune) (string, bool) {
	if len(rs) < 2 || !fnSurnames[rs[0]] {
		return "", false
	}
	m := 1
	for m < len(rs) && isNameRune(rs[m]) && !strings.ContainsRune("等和及", rs[m]) {
		m++
	}
	if m < 2 || m > 3 {
		return "", false
	}
	if m < len(rs) && !strings.ContainsRune("、，。；等和及（(", rs[m]) {
		return "", false
	}
	return string(rs[:m]), true
}

// midNameFn reports a one-character function word inside a name of three
// characters, after a one-character surname (held bytes long) and before one
// character that ends the run or is followed by a function word:
// "金|在|原|率领", "李|和|平|等". A name of one character is never taken, so
// reading on changes only runs that gave no name.
func midNameFn(segs []gse.Segment, k, held int) bool {
	if held == 0 || held > 4 || utf8.RuneCountInString(segs[k].Token().Text()) != 1 || k+1 >= len(segs) {
		return false
	}
	next := segs[k+1].Token()
	if next.Pos() != "x" || utf8.RuneCountInString(next.Text()) != 1 {
		return false
	}
	return k+2 == len(segs) || segs[k+2].Token().Pos() == "fn"
}

// stateNameSuffix returns the length of one of stateSuffixes at rs[i], 0
// when none.
func stateNameSuffix(rs []rune, i int) int {
	if i >= len(rs) {
		return 0
	}
	if w := hasAnyAt(rs, i, stateSuffixes...); w != "" {
		return utf8.RuneCountInString(w)
	}
	return 0
}
