package normalize

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
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

// parseRuneSet reads a data file: "#" lines are comments, every other rune
// that is not white space is a member.
func parseRuneSet(data string) *runes.Set {
	s := &runes.Set{}
	for _, line := range strings.Split(data, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, r := range line {
			if r != ' ' && r != '\r' && r != '\t' {
				s.Add(r)
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
		if r >= 0x3400 && tradOnly.Has(r) {
			return true
		}
	}
	return false
}

// The OpenCC converter is built on first use: building its dictionaries
// takes milliseconds, and most input is Simplified already.
var (
	t2sOnce sync.Once
	t2s     *fastConverter
	t2sErr  error
)

func converter() (*fastConverter, error) {
	t2sOnce.Do(func() {
		var cc *opencc.OpenCC
		cc, t2sErr = opencc.New("t2s")
		if t2sErr == nil {
			t2s, t2sErr = newFastConverter(cc)
		}
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
		// A few OpenCC mappings lead to another Traditional form (薴 → 苧
		// → 苎): convert again until the line is stable.
		for i := 0; i < 4 && hasTraditional(line); i++ {
			next := cc.Convert(line)
			if next == line {
				break
			}
			line = next
		}
		b.WriteString(line)
	}
	return b.String()
}

// fastConverter applies the dictionaries of an OpenCC conversion exactly as
// opencc.OpenCC.Convert does (for each group of dictionaries in the chain:
// at each position, the first dictionary with a key that prefixes the next
// ten characters gives its longest such key's first value; otherwise the
// character is kept), with Go maps instead of a trie look-up that allocates
// at every character: over 20 times faster here. Its equality with
// opencc.Convert is tested.
type fastConverter struct {
	groups [][]fastDict
}

type fastDict struct {
	single map[rune]string   // one-character keys → first value
	multi  map[string]string // longer keys → first value
	lens   map[rune]uint16   // first rune → bit k set when a key of k runes starts with it
	first  runes.Set         // first runes of all keys
}

// convertWindow is opencc.Convert's look-ahead, in runes.
const convertWindow = 10

func newFastConverter(cc *opencc.OpenCC) (*fastConverter, error) {
	fc := &fastConverter{}
	for _, g := range cc.DictChains {
		var group []fastDict
		for _, d := range g.Dicts {
			fd := fastDict{single: map[rune]string{}, multi: map[string]string{}, lens: map[rune]uint16{}}
			for _, id := range d.Trie.PrefixPredict(nil, 0) {
				key, err := d.Trie.Key(id)
				if err != nil {
					return nil, fmt.Errorf("read OpenCC dictionary key: %w", err)
				}
				v, err := d.Trie.Value(id)
				if err != nil {
					return nil, fmt.Errorf("read OpenCC dictionary value: %w", err)
				}
				if v < 0 || v >= len(d.Values) || len(d.Values[v]) == 0 {
					continue
				}
				k := string(key)
				n := utf8.RuneCountInString(k)
				r, _ := utf8.DecodeRuneInString(k)
				switch {
				case n == 1:
					fd.single[r] = d.Values[v][0]
				case n <= convertWindow:
					fd.multi[k] = d.Values[v][0]
					fd.lens[r] |= 1 << n
				default:
					continue // beyond the look-ahead: never matched
				}
				fd.first.Add(r)
			}
			if len(fd.single)+len(fd.multi) == 0 {
				return nil, fmt.Errorf("empty OpenCC dictionary in %v", g)
			}
			group = append(group, fd)
		}
		fc.groups = append(fc.groups, group)
	}
	return fc, nil
}

// Convert converts s.
func (fc *fastConverter) Convert(s string) string {
	for _, group := range fc.groups {
		s = convertGroup(s, group)
	}
	return s
}

func convertGroup(s string, group []fastDict) string {
	var b strings.Builder
	b.Grow(len(s))
	var ends [convertWindow + 1]int // byte offsets after the next runes
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		matched := false
		for gi := range group {
			d := &group[gi] // not a copy: the rune set is 8 KB
			if !d.first.Has(r) {
				continue
			}
			if mask := d.lens[r]; mask != 0 {
				k, j := 0, i
				for k < convertWindow && j < len(s) && mask>>(k+1) != 0 {
					_, m := utf8.DecodeRuneInString(s[j:])
					j += m
					k++
					ends[k] = j
				}
				for ; k >= 2; k-- {
					if mask&(1<<k) == 0 {
						continue
					}
					if v, ok := d.multi[s[i:ends[k]]]; ok {
						b.WriteString(v)
						i = ends[k]
						matched = true
						break
					}
				}
			}
			if !matched {
				if v, ok := d.single[r]; ok {
					b.WriteString(v)
					i += n
					matched = true
				}
			}
			if matched {
				break
			}
		}
		if !matched {
			b.WriteString(s[i : i+n])
			i += n
		}
	}
	return b.String()
}

// rareDoubleable reports a Han character outside the common-character list:
// such a character written twice in a row is a doubled glyph of PDF
// extraction (曹嘉玥玥 for 曹嘉玥), whereas common ones double in real words
// (谢谢, 常常, 人人).
func rareDoubleable(r rune) bool {
	return isHan(r) && !common.Has(r)
}
