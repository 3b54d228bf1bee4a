package runes

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// Decode, Decode3 and ToRunes agree with the standard library on valid
// and invalid input.
func TestAgreesWithUTF8(t *testing.T) {
	check := func(s string) {
		for i := 0; i < len(s); i++ {
			r, n := Decode(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Fatalf("Decode(%q, %d) = %U, %d; want %U, %d", s, i, r, n, wr, wn)
			}
			r3, ok := Decode3(s, i)
			if want := wn == 3; ok != want || ok && r3 != wr {
				t.Fatalf("Decode3(%q, %d) = %U, %v; want %U, %v", s, i, r3, ok, wr, want)
			}
		}
		if got, want := ToRunes(s), []rune(s); !slices.Equal(got, want) {
			t.Fatalf("ToRunes(%q) = %U, want %U", s, got, want)
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

// IndexWord, ContainsWord and LastIndexWord are strings.Index, Contains
// and LastIndex, on valid and broken UTF-8.
func TestWordsAgreeWithStrings(t *testing.T) {
	pieces := []string{"战略", "略", "铁路", "高", "铁", "a", "ab", "", "”", "\"", "合作区", "区", "\xe9", "\x81", "（", "）", "(", "中", "\xbc\x88", "日日"}
	rng := rand.New(rand.NewSource(2))
	text := func(n int) string {
		var b strings.Builder
		for k := rng.Intn(n); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		return b.String()
	}
	for range 100000 {
		s, w := text(12), text(3)
		if got, want := IndexWord(s, w), strings.Index(s, w); got != want {
			t.Fatalf("IndexWord(%q, %q) = %d, want %d", s, w, got, want)
		}
		if got, want := ContainsWord(s, w), strings.Contains(s, w); got != want {
			t.Fatalf("ContainsWord(%q, %q) = %v, want %v", s, w, got, want)
		}
		if got, want := LastIndexWord(s, w), strings.LastIndex(s, w); got != want {
			t.Fatalf("LastIndexWord(%q, %q) = %d, want %d", s, w, got, want)
		}
	}
}
