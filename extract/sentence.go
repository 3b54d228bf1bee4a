package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

// sentence is one sentence of an article with rune offsets into its text.
type sentence struct {
	start, end int    // rune offsets in the article text, end exclusive
	text       string // the sentence, as in the article text
	rs         []rune
	para       int       // paragraph index
	ments      []mention // lexicon mentions, offsets relative to the sentence
}

// maxSentence bounds the runes of one sentence seen by the rules.
const maxSentence = 400

// splitSentences cuts text at 。！？ (with closing quotes kept) and at line
// breaks. Surrounding spaces are left outside the sentences. Sentence texts
// share the memory of text.
func splitSentences(text string) []sentence {
	rs := runes.ToRunes(text)
	// Room for every sentence: one per break, plus the last (an overlong
	// one cut in chunks may still grow it).
	n := 1
	for _, r := range rs {
		switch r {
		case '\n', '。', '！', '？', '!', '?':
			n++
		}
	}
	out := make([]sentence, 0, n)
	para := 0
	start, bstart := 0, 0 // rune and byte offsets of the pending sentence
	emit := func(s, e, bs, be int) {
		for s < e && (rs[s] == ' ' || rs[s] == '\n') {
			s++
			bs++
		}
		for e > s && (rs[e-1] == ' ' || rs[e-1] == '\n') {
			e--
			be--
		}
		// Overlong "sentences" (no punctuation) are cut into chunks so that
		// the rules stay linear in the input size.
		for e > s {
			c, bc := e, be
			if e-s > maxSentence {
				c, bc = s+maxSentence, bs
				for _, r := range rs[s:c] {
					bc += utf8.RuneLen(r)
				}
			}
			out = append(out, sentence{start: s, end: c, text: text[bs:bc], rs: rs[s:c:c], para: para})
			s, bs = c, bc
		}
	}
	b := 0 // byte offset of rune i
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '\n':
			emit(start, i, bstart, b)
			start, bstart = i+1, b+1
			para++
		case '。', '！', '？', '!', '?':
			j, bj := i+1, b+utf8.RuneLen(rs[i])
			for j < len(rs) && strings.ContainsRune("”’」』）)", rs[j]) {
				bj += utf8.RuneLen(rs[j])
				j++
			}
			emit(start, j, bstart, bj)
			start, bstart = j, bj
			b = bj - utf8.RuneLen(rs[j-1])
			i = j - 1
		}
		b += utf8.RuneLen(rs[i])
	}
	emit(start, len(rs), bstart, len(text))
	return out
}

// runeIdx returns the rune index of the first occurrence of sub in rs at or
// after from, or -1.
func runeIdx(rs []rune, sub string, from int) int {
	// sub is decoded as it is compared (no []rune copy: this runs in the
	// rules' inner loops).
	first, n := utf8.DecodeRuneInString(sub)
	if n == 0 {
		return -1
	}
	rest := sub[n:]
outer:
	for i := max(from, 0); i < len(rs); i++ {
		if rs[i] != first {
			continue
		}
		j := i + 1
		for _, r := range rest {
			if j >= len(rs) || rs[j] != r {
				continue outer
			}
			j++
		}
		return i
	}
	return -1
}

// hasAt reports whether rs has sub at i.
func hasAt(rs []rune, i int, sub string) bool {
	// Most calls fail on the first rune: it is compared first, decoded in
	// line when it is a (valid) three-byte sequence.
	if len(sub) >= 3 && i >= 0 && i < len(rs) {
		if r, ok := runes.Decode3(sub, 0); ok && rs[i] != r {
			return false
		}
	}
	for _, r := range sub {
		if i < 0 || i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// hasAnyAt returns the first of subs found at i, or "".
func hasAnyAt(rs []rune, i int, subs ...string) string {
	for _, s := range subs {
		if hasAt(rs, i, s) {
			return s
		}
	}
	return ""
}
