package normalize

import (
	"math/rand"
	"path/filepath"
	"strings"
	"testing"

	"github.com/longbridgeapp/opencc"
)

// TestFastConverterMatchesOpenCC checks that the map-based converter gives
// what opencc.Convert gives, on real Traditional reports and on random
// strings built from the dictionaries' own keys (phrases that overlap,
// characters of both scripts, ASCII).
func TestFastConverterMatchesOpenCC(t *testing.T) {
	cc, err := opencc.New("t2s")
	if err != nil {
		t.Fatal(err)
	}
	fc, err := converter()
	if err != nil {
		t.Fatal(err)
	}
	var inputs []string
	files, _ := filepath.Glob("../../testdata/reports/*_trad.txt")
	files = append(files, "testdata/trad.txt", "../../testdata/reports/001_xi_trump_phone_2025.s2t.txt")
	for _, f := range files {
		inputs = append(inputs, string(mustRead(t, f)))
	}
	var keys []string
	for _, g := range fc.groups {
		for _, d := range g {
			for k := range d.multi {
				keys = append(keys, k)
			}
			for r := range d.single {
				keys = append(keys, string(r))
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	extra := []string{"习近平", "会见", "A", " ", "，", "乾隆", "于", "2025年", "\n"}
	for i := 0; i < 300; i++ {
		var b strings.Builder
		for j := 0; j < 1+rng.Intn(30); j++ {
			if rng.Intn(4) == 0 {
				b.WriteString(extra[rng.Intn(len(extra))])
				continue
			}
			k := []rune(keys[rng.Intn(len(keys))])
			// Whole keys, and pieces of them, so that phrases overlap.
			if len(k) > 1 && rng.Intn(2) == 0 {
				k = k[rng.Intn(len(k)):]
			}
			b.WriteString(string(k))
		}
		inputs = append(inputs, b.String())
	}
	for _, in := range inputs {
		want, err := cc.Convert(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := fc.Convert(in); got != want {
			t.Fatalf("Convert(%q)\n got %q\nwant %q", in, got, want)
		}
	}
	if len(keys) < 4000 {
		t.Errorf("only %d dictionary keys read from OpenCC", len(keys))
	}
}
