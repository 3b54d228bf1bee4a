package normalize

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/longbridgeapp/opencc"
)

// tradOnlyData lists Traditional-only characters (see its header; made by
// internal/gendata from OpenCC's own TSCharacters table).
//
//go:embed data/trad_only.txt
var tradOnlyData string

// commonData lists the 5,000 most frequent Han characters (see its header;
// made by internal/gendata from gse's embedded dictionary).
//
//go:embed data/common_chars.txt
var commonData string

// runeSet is a set of runes: a bitmap over the Basic Multilingual Plane and a
// map for the rest.
type runeSet struct {
	bmp    [1 << 16 / 64]uint64
	astral map[rune]bool
}

func (s *runeSet) add(r rune) {
	if r < 1<<16 {
		s.bmp[r>>6] |= 1 << (uint(r) & 63)
		return
	}
	if s.astral == nil {
		s.astral = map[rune]bool{}
	}
	s.astral[r] = true
}

func (s *runeSet) has(r rune) bool {
	if r < 1<<16 {
		return r >= 0 && s.bmp[r>>6]&(1<<(uint(r)&63)) != 0
	}
	return s.astral[r]
}

// parseRuneSet reads a data file: "#" lines are comments, every other rune
// that is not white space is a member.
func parseRuneSet(data string) *runeSet {
	s := &runeSet{}
	for _, line := range strings.Split(data, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, r := range line {
			if r != ' ' && r != '\r' && r != '\t' {
				s.add(r)
			}
		}
	}
	return s
}

var (
	tradOnly = parseRuneSet(tradOnlyData)
	common   = parseRuneSet(commonData)
)

// hasTraditional reports whether s holds a character that is only written in
// Traditional Chinese. It is cheap: one bitmap look-up per non-ASCII rune.
func hasTraditional(s string) bool {
	for _, r := range s {
		if r >= 0x3400 && tradOnly.has(r) {
			return true
		}
	}
	return false
}

// The OpenCC converter is built on first use: building its dictionaries
// takes tens of milliseconds, and most input is Simplified already.
var (
	t2sOnce sync.Once
	t2s     *opencc.OpenCC
	t2sErr  error
)

func converter() (*opencc.OpenCC, error) {
	t2sOnce.Do(func() {
		t2s, t2sErr = opencc.New("t2s")
	})
	return t2s, t2sErr
}

// toSimplified converts the lines of s that hold Traditional-only characters
// with OpenCC's t2s conversion (phrases first, then characters). Lines
// without them are left alone. If the converter cannot be built, s is
// returned unchanged.
func toSimplified(s string) string {
	cc, err := converter()
	if err != nil {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		line := s
		rest := ""
		if k := strings.IndexByte(s, '\n'); k >= 0 {
			line, rest = s[:k+1], s[k+1:]
		}
		s = rest
		if hasTraditional(line) {
			if out, err := cc.Convert(line); err == nil {
				line = out
			}
		}
		b.WriteString(line)
	}
	return b.String()
}

// rareDoubleable reports a Han character outside the common-character list:
// such a character written twice in a row is a doubled glyph of PDF
// extraction (曹嘉玥玥 for 曹嘉玥), whereas common ones double in real words
// (谢谢, 常常, 人人).
func rareDoubleable(r rune) bool {
	return isHan(r) && !common.has(r)
}

// collapseDoubled removes immediate repetitions of rare characters.
func collapseDoubled(rs []rune) []rune {
	out := rs[:0]
	for i, r := range rs {
		if i > 0 && r == rs[i-1] && rareDoubleable(r) {
			continue
		}
		out = append(out, r)
	}
	return out
}
