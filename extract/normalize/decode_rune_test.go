package normalize

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// scanLineRef is scanLine as it was before its fast path for ideographs.
func scanLineRef(t string) (work bool, width int) {
	prev := rune(0)
	prevFold := false
	for _, r := range t {
		if r == ' ' || r == '．' {
			return true, 0
		}
		_, fold := fullWidthPunct(r)
		if r == prev && r >= 0x3400 && rareDoubleable(r) ||
			fold && isCJK(prev) || prevFold && isCJK(r) {
			return true, 0
		}
		if r >= 0x1100 && (isCJK(r) || r >= 0xAC00 && r <= 0xD7A3) {
			width += 2
		} else {
			width++
		}
		prev, prevFold = r, fold
	}
	return false, width
}

func TestScanLineMatchesReference(t *testing.T) {
	pieces := []string{"中", "国", "国", "龘", "龘", "亖", "，", ",", "(", ")", "a", "1", " ", "．", "。", "\xe4\xb8", "\xed\xa0\x80", "\xe0\x80\x80", "한", "“", "—", "㐀", "𠀀"}
	rng := rand.New(rand.NewSource(7))
	for range 100000 {
		var b []byte
		for n := rng.Intn(12); n > 0; n-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		s := string(b)
		w1, n1 := scanLine(s)
		w2, n2 := scanLineRef(s)
		if w1 != w2 || n1 != n2 {
			t.Fatalf("scanLine(%q) = %v, %d; want %v, %d", s, w1, n1, w2, n2)
		}
	}
}

func TestHasChromeSep(t *testing.T) {
	pieces := []string{">", "＞", "›", "»", "\xbc\x9e", "\x80\xba", "\xbb", "\xc2", "中", "》", "a", " "}
	rng := rand.New(rand.NewSource(8))
	for range 50000 {
		var b []byte
		for n := rng.Intn(8); n > 0; n-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		s := string(b)
		if got, want := hasChromeSep(s), containsAnyRune(s, ">＞›»"); got != want {
			t.Fatalf("hasChromeSep(%q) = %v, want %v", s, got, want)
		}
	}
}

// checkValidText gives what checkText gives on valid UTF-8.
func TestCheckValidText(t *testing.T) {
	pieces := []string{"a", " ", "\t", "\n", "\x00", "\x01", "\x1f", "\x7f", "\u0080", "\u009f", "\u00a0", "\u00c2", "中", "\uFEFF", "\u3000", "\r", "\f", "\v"}
	rng := rand.New(rand.NewSource(9))
	for range 100000 {
		var b []byte
		for n := rng.Intn(40); n > 0; n-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		s := string(b)
		g, gerr := checkValidText(s)
		w, werr := checkText(s)
		if g != w || fmt.Sprint(gerr) != fmt.Sprint(werr) {
			t.Fatalf("checkValidText(%q) = %q, %v; want %q, %v", s, g, gerr, w, werr)
		}
	}
}

// rework gives what it gave before its scratch space was pooled (the
// earlier implementation is reworkRef).
func TestReworkMatchesReference(t *testing.T) {
	pieces := []string{"中", "国", " ", "  ", "，", ",", "(", ")", "!", "?", ":", ";", "．", "1", "2", "a", "电", "新华社北京9月2日电", "“", "—", "龘", "龘", "한"}
	rng := rand.New(rand.NewSource(11))
	for range 50000 {
		var b []byte
		for n := rng.Intn(16); n > 0; n-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		s := strings.TrimSpace(string(b))
		if got, want := rework(s), reworkRef(s); got != want {
			t.Fatalf("rework(%q) = %q, want %q", s, got, want)
		}
	}
}

func reworkRef(t string) string {
	// tokens: the non-space runes; gap[k] tells a space precedes token k.
	toks := make([]rune, 0, len(t))
	gap := make([]bool, 0, len(t))
	sp := false
	for _, r := range t {
		if r == ' ' {
			sp = true
			continue
		}
		toks = append(toks, r)
		gap = append(gap, sp)
		sp = false
	}
	// ASCII punctuation beside Chinese text takes its full-width form; a
	// run of it ("!!", ") :") goes as a whole, so that one pass settles it.
	for k := 0; k < len(toks); {
		if _, ok := fullWidthPunct(toks[k]); !ok {
			k++
			continue
		}
		e := k
		for e < len(toks) {
			if _, ok := fullWidthPunct(toks[e]); !ok {
				break
			}
			e++
		}
		if k > 0 && isCJK(toks[k-1]) || e < len(toks) && isCJK(toks[e]) {
			for j := k; j < e; j++ {
				toks[j], _ = fullWidthPunct(toks[j])
			}
		}
		k = e
	}
	// A full-width full stop between digits is a decimal point ("12．5").
	for k := 1; k+1 < len(toks); k++ {
		if toks[k] == '．' && isASCIIDigit(toks[k-1]) && isASCIIDigit(toks[k+1]) {
			toks[k] = '.'
		}
	}
	// Pair k is tokens k-1 and k. A pair is "neutral" when one of them is
	// CJK punctuation (its glyph carries its own spacing); runs of spaced
	// pairs are looked for across neutral pairs ("合 作 ，推 动"). prevPair
	// and nextPair index the nearest non-neutral pair on either side.
	neutral := make([]bool, len(toks))
	for k := 1; k < len(toks); k++ {
		neutral[k] = isCJK(toks[k-1]) && !isHan(toks[k-1]) || isCJK(toks[k]) && !isHan(toks[k])
	}
	prevPair := make([]int, len(toks))
	nextPair := make([]int, len(toks))
	last := -1
	for k := 1; k < len(toks); k++ {
		prevPair[k] = last
		if !neutral[k] {
			last = k
		}
	}
	last = -1
	for k := len(toks) - 1; k >= 1; k-- {
		nextPair[k] = last
		if !neutral[k] {
			last = k
		}
	}
	var b strings.Builder
	b.Grow(len(t))
	prevKept := rune(0)
	for k, r := range toks {
		if k > 0 && gap[k] {
			a := toks[k-1]
			keep := true
			switch {
			case isCJK(a) && isCJK(r):
				// Next to CJK punctuation a space is never meant; between
				// ideographs it is letter-spacing when its neighbours are
				// spaced too (or it has none), and a separator when an
				// unspaced pair is beside it ("曹嘉玥 白鑫雨").
				if neutral[k] {
					keep = false
					break
				}
				p, n := prevPair[k], nextPair[k]
				keep = (p < 0 || !gap[p]) && (n < 0 || !gap[n]) && (p >= 0 || n >= 0)
			case isCJK(a) && isASCIIDigit(r):
				// "出席 2025 年", "9 月 2 日"; but the space that ends a
				// dateline stays ("新华社北京9月2日电 9月2日上午").
				keep = a == '电' && isDateline(b.String())
			case isASCIIDigit(a) && isCJK(r):
				keep = false
			}
			if keep {
				b.WriteByte(' ')
				prevKept = ' '
			}
		}
		if r == prevKept && rareDoubleable(r) {
			continue
		}
		b.WriteRune(r)
		prevKept = r
	}
	return b.String()
}

// onlyRunesOf is strings.Trim(t, set) == "".
func TestOnlyRunesOf(t *testing.T) {
	pieces := []string{"|", "｜", "-", "—", "_", "=", "*", " ", "a", "（", "）", "(", "中", "\xff", "\x88", "\xbc\x88"}
	rng := rand.New(rand.NewSource(19))
	for range 50000 {
		var b []byte
		for n := rng.Intn(10); n > 0; n-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		s := string(b)
		if got, want := onlyRunesOf(s, "|｜-—_=* "), strings.Trim(s, "|｜-—_=* ") == ""; got != want {
			t.Fatalf("onlyRunesOf(%q) = %v, want %v", s, got, want)
		}
	}
}
