package normalize

import (
	"math/rand"
	"strings"
	"testing"
)

// TestScanSpacedMatchesRework checks scanSpaced against rework on random lines
// made of the runes its rules tell apart (ideographs, rare doubled
// ideographs, CJK punctuation, digits, Latin letters, ASCII punctuation,
// spaces, invalid bytes): a line that scanLine finds work in and it finds
// none in is one rework leaves as it is, its width displayWidth's.
func TestScanSpacedMatchesRework(t *testing.T) {
	alphabet := []string{
		"中", "国", "电", "日", "丼", "\u4e28", "，", "。", "、", "“", "”", "·", "—", "（", "）", "０",
		"1", "2", "a", "Z", ",", ":", "(", ")", "!", ".", "-", "|", " ", " ", " ", " ",
		"\xff", "é", "．", "〇", "\u3400", "新华社北京9月2日电",
	}
	rng := rand.New(rand.NewSource(1))
	checked := 0
	for range 400000 {
		var b strings.Builder
		for range 1 + rng.Intn(10) {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		s := strings.TrimSpace(b.String())
		if s == "" {
			continue
		}
		work, w := scanSpaced(s)
		if lineWork, _ := scanLine(s); work || !lineWork {
			continue
		}
		checked++
		if out := rework(s); out != s {
			t.Fatalf("scanSpaced finds no work in %q, rework makes %q", s, out)
		}
		if dw := displayWidth(s); dw != w {
			t.Fatalf("scanSpaced width %d of %q, displayWidth %d", w, s, dw)
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d lines without work", checked)
	}
}
