package normalize

import (
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
