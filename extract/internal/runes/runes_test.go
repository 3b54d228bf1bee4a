package runes

import (
	"math/rand"
	"slices"
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
