package normalize

import (
	"fmt"
	"math/rand"
	"testing"
	"unicode/utf8"
)

// decodeRune decodes as utf8.DecodeRuneInString does, on valid and invalid
// input.
func TestDecodeRuneMatchesUTF8(t *testing.T) {
	check := func(s string) {
		for i := 0; i < len(s); i++ {
			r, n := decodeRune(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Fatalf("decodeRune(%q, %d) = %U, %d; want %U, %d", s, i, r, n, wr, wn)
			}
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		check("a" + string(r) + "b")
	}
	rng := rand.New(rand.NewSource(1))
	b := make([]byte, 8)
	for range 200000 {
		for i := range b {
			b[i] = byte(rng.Intn(256))
			if rng.Intn(2) == 0 {
				b[i] = 0x80 | b[i]&0x3F
			}
		}
		check(string(b))
	}
}

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
