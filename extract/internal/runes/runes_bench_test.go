package runes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// The benchmarks below time each hand-written function against the plain
// standard-library way of doing the same thing (TestAgreesWithUTF8 and
// TestWordsAgreeWithStrings prove they agree), on real reports: the
// labelled originals of testdata/reports (about 150).
//
//	go test ./extract/internal/runes -run XXX -bench . -benchtime 200ms -count 5

// benchText is the real reports, concatenated.
func benchText(b *testing.B) string {
	return strings.Join(benchReports(b), "")
}

// benchReports is the real reports, one string each (an article's size:
// what splitSentences converts).
func benchReports(b *testing.B) []string {
	b.Helper()
	files, err := filepath.Glob("../../../testdata/reports/*.txt")
	if err != nil || len(files) == 0 {
		b.Skipf("no reports: %v", err)
	}
	var out []string
	for _, f := range files {
		if strings.Count(filepath.Base(f), ".") > 1 {
			continue // a variant (s2t, gbk, wrapped…) of an original
		}
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if utf8.Valid(data) {
			out = append(out, string(data))
		}
	}
	return out
}

// benchSentences cuts the text at 。 as the extractor's sentences are.
func benchSentences(b *testing.B) []string {
	return strings.SplitAfter(benchText(b), "。")
}

var sinkRunes []rune
var sinkInt int

// BenchmarkToRunes: ToRunes against []rune(s), on each report (the size
// of the article splitSentences converts) and on their sentences (the
// size countriesNamedIn converts).
func BenchmarkToRunes(b *testing.B) {
	text := benchText(b)
	reports := benchReports(b)
	sents := benchSentences(b)
	each := func(b *testing.B, ss []string, conv func(string) []rune) {
		b.SetBytes(int64(len(text)))
		for range b.N {
			for _, s := range ss {
				sinkRunes = conv(s)
			}
		}
	}
	stdlib := func(s string) []rune { return []rune(s) }
	b.Run("reports/runes.ToRunes", func(b *testing.B) { each(b, reports, ToRunes) })
	b.Run("reports/stdlib", func(b *testing.B) { each(b, reports, stdlib) })
	b.Run("sentences/runes.ToRunes", func(b *testing.B) { each(b, sents, ToRunes) })
	b.Run("sentences/stdlib", func(b *testing.B) { each(b, sents, stdlib) })
}

// BenchmarkDecode: a scan of every rune with Decode against
// utf8.DecodeRuneInString and against a range loop.
func BenchmarkDecode(b *testing.B) {
	text := benchText(b)
	b.Run("runes.Decode", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for range b.N {
			n := 0
			for i := 0; i < len(text); {
				r, w := Decode(text, i)
				n += int(r)
				i += w
			}
			sinkInt = n
		}
	})
	b.Run("stdlib/DecodeRuneInString", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for range b.N {
			n := 0
			for i := 0; i < len(text); {
				r, w := utf8.DecodeRuneInString(text[i:])
				n += int(r)
				i += w
			}
			sinkInt = n
		}
	})
	b.Run("stdlib/range", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for range b.N {
			n := 0
			for _, r := range text {
				n += int(r)
			}
			sinkInt = n
		}
	})
}

// benchWords are words the extractor looks for (frequent, rare, absent).
var benchWords = []string{"年", "日", "伙伴", "上接", "会见", "合作", "倡议", "一带一路", "铁路"}

// BenchmarkIndexWord: every occurrence of benchWords in each sentence,
// with IndexWord against strings.Index.
func BenchmarkIndexWord(b *testing.B) {
	text := benchText(b)
	sents := benchSentences(b)
	count := func(index func(s, w string) int) int {
		n := 0
		for _, s := range sents {
			for _, w := range benchWords {
				for off := 0; ; {
					i := index(s[off:], w)
					if i < 0 {
						break
					}
					n++
					off += i + len(w)
				}
			}
		}
		return n
	}
	b.Run("runes.IndexWord", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for range b.N {
			sinkInt = count(IndexWord)
		}
	})
	b.Run("stdlib", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for range b.N {
			sinkInt = count(strings.Index)
		}
	})
}

// BenchmarkLastIndexWord: the last occurrence of each of benchWords in
// each sentence, with LastIndexWord against strings.LastIndex.
func BenchmarkLastIndexWord(b *testing.B) {
	text := benchText(b)
	sents := benchSentences(b)
	run := func(b *testing.B, last func(s, w string) int) {
		b.SetBytes(int64(len(text)))
		for range b.N {
			n := 0
			for _, s := range sents {
				for _, w := range benchWords {
					n += last(s, w)
				}
			}
			sinkInt = n
		}
	}
	b.Run("runes.LastIndexWord", func(b *testing.B) { run(b, LastIndexWord) })
	b.Run("stdlib", func(b *testing.B) { run(b, strings.LastIndex) })
}

// BenchmarkSet: membership of every rune of the text in a set of the
// first runes of benchWords, with Set against map[rune]bool.
func BenchmarkSet(b *testing.B) {
	text := benchText(b)
	set := FirstRunes(benchWords...)
	m := map[rune]bool{}
	for _, w := range benchWords {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = true
	}
	rs := []rune(text)
	b.Run("runes.Set", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for range b.N {
			n := 0
			for _, r := range rs {
				if set.Has(r) {
					n++
				}
			}
			sinkInt = n
		}
	})
	b.Run("stdlib/map", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for range b.N {
			n := 0
			for _, r := range rs {
				if m[r] {
					n++
				}
			}
			sinkInt = n
		}
	})
}
