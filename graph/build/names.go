package build

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/longbridgeapp/opencc"
	"github.com/mozillazg/go-pinyin"

	"github.com/dipgraph/dipgraph/extract/lexicon"
	"github.com/dipgraph/dipgraph/graph"
)

// nameTables is the reference data for leaders' other names.
type nameTables struct {
	leaders  map[string]lexicon.Leader // nil when the lexicon does not load
	aliases  map[string][]string       // canonical name → its variants, sorted
	surnames map[string]string         // surname → reading (surname_pinyin.tsv)
	compound map[string]bool           // compound surnames (surnames.tsv)
	s2t      *opencc.OpenCC            // nil when the dictionaries do not load
}

// names are the tables of the embedded lexicon.
var names = sync.OnceValue(func() *nameTables {
	t := &nameTables{surnames: lexicon.SurnamePinyin()}
	_, t.compound = lexicon.Surnames()
	if lex, err := countryNames(); err == nil {
		t.setLexicon(lex)
	}
	if cc, err := opencc.New("s2t"); err == nil {
		t.s2t = cc
	}
	return t
})

// tablesByLex memoises the tables of other lexicons (with overrides), by
// lexicon: a process loads one or two.
var tablesByLex sync.Map // *lexicon.Lexicon → *nameTables

// tablesFor returns the tables of lex (nil: the embedded lexicon).
func tablesFor(lex *lexicon.Lexicon) *nameTables {
	if lex == nil {
		return names()
	}
	if t, ok := tablesByLex.Load(lex); ok {
		return t.(*nameTables)
	}
	base := names()
	t := &nameTables{surnames: base.surnames, compound: base.compound, s2t: base.s2t}
	t.setLexicon(lex)
	v, _ := tablesByLex.LoadOrStore(lex, t)
	return v.(*nameTables)
}

// setLexicon takes the leaders and aliases of lex.
func (t *nameTables) setLexicon(lex *lexicon.Lexicon) {
	t.leaders = lex.Leaders
	t.aliases = map[string][]string{}
	for v, c := range lex.Aliases {
		t.aliases[c] = append(t.aliases[c], v)
	}
	for _, vs := range t.aliases {
		sort.Strings(vs)
	}
}

// leaderNames gives the other names of every leader the meetings name
// (participants and proposers), sorted by name: the English name of the
// lexicon; for Chinese leaders (serving CN in a meeting or in the
// lexicon) the pinyin; and as variants the Traditional form and the
// lexicon's aliases (with theirs).
func (t *nameTables) leaderNames(ms []graph.Meeting) []graph.LeaderName {
	chinese := map[string]bool{}
	for _, m := range ms {
		for _, p := range m.Participants {
			chinese[p.Name] = chinese[p.Name] || p.Country == "CN"
		}
		for _, p := range m.Proposals {
			chinese[p.Leader] = chinese[p.Leader] || false
		}
	}
	if len(chinese) == 0 {
		return nil
	}
	out := make([]graph.LeaderName, 0, len(chinese))
	for name, cn := range chinese {
		if name == "" {
			continue
		}
		ln := graph.LeaderName{Name: name}
		ld, known := t.leaders[name]
		if known {
			ln.NameEn = ld.NameEn
			cn = cn || ld.Country == "CN"
		}
		if cn {
			// The pinyin is not taken for the English name: a Chinese
			// leader of Hong Kong or Macao (何厚铧, Edmund Ho) has another.
			ln.Pinyin = t.pinyin(name, ln.NameEn)
		}
		forms := append([]string{name}, t.aliases[name]...)
		for _, f := range forms {
			if f != name {
				ln.Variants = append(ln.Variants, f)
			}
			if tr := t.traditional(f); tr != f {
				ln.Variants = append(ln.Variants, tr)
			}
		}
		if len(ln.Variants) > 0 {
			ln.Variants = graph.SortedSet(ln.Variants)
		}
		out = append(out, ln)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// traditional is the Traditional form of s ("習近平"), s itself when the
// converter is not there.
func (t *nameTables) traditional(s string) string {
	if t.s2t == nil {
		return s
	}
	tr, err := t.s2t.Convert(s)
	if err != nil {
		return s
	}
	return tr
}

// Pinyin returns the Hanyu Pinyin of a Chinese personal name, without tone
// marks, as names are written in English: the surname (compound surnames
// of surnames.tsv kept whole, read as surname_pinyin.tsv says) then the
// given name as one word, each capitalised ("Xi Jinping", "Zeng
// Qinghong", "Ouyang Jian"). english, the lexicon's English form, fixes
// the readings of polyphonic characters when it is a reading of the name
// ("Li Changchun" for 李长春, "Ma Zhaoxu" for 马朝旭); an English form that
// is not one ("Ismail Amat") is ignored. A name of several parts (a
// transliterated minority name, "司马义·艾买提") is one word per part.
// Non-Han characters other than the parts' separators give "".
func Pinyin(name, english string) string { return names().pinyin(name, english) }

func (t *nameTables) pinyin(name, english string) string {
	parts := strings.FieldsFunc(name, func(r rune) bool { return strings.ContainsRune("·•‧・-－—", r) })
	for _, p := range parts {
		for _, r := range p {
			if !unicode.Is(unicode.Han, r) {
				return ""
			}
		}
	}
	if len(parts) == 0 {
		return ""
	}
	rs := []rune(strings.Join(parts, ""))
	syl := make([]string, len(rs))
	for i, r := range rs {
		syl[i] = reading(r)
	}
	surname := 0
	if len(parts) == 1 && len(rs) >= 2 {
		surname = 1
		if len(rs) >= 3 && t.compound[string(rs[:2])] {
			surname = 2
		}
		if sp, ok := t.surnames[string(rs[:surname])]; ok {
			if surname == 2 {
				// A compound reading is written as one syllable pair.
				syl[0], syl[1] = sp, ""
			} else {
				syl[0] = sp
			}
		}
	}
	if english != "" {
		if fixed := matchReadings(rs, graph.NameKey(english)); fixed != nil {
			syl = fixed
		}
	}
	var words []string
	if surname > 0 {
		words = []string{word(syl[:surname]), word(syl[surname:])}
	} else {
		i := 0
		for _, p := range parts {
			n := len([]rune(p))
			words = append(words, word(syl[i:i+n]))
			i += n
		}
	}
	return strings.Join(words, " ")
}

// reading is the library's default reading of r, without tone marks ("" for
// a character it does not know).
func reading(r rune) string {
	ps := pinyin.SinglePinyin(r, pinyin.Args{Style: pinyin.Tone})
	if len(ps) == 0 {
		return ""
	}
	return toneless(ps[0])
}

// matchReadings picks for each rune one of its readings so that together
// they spell key (a graph.NameKey); nil when no choice does.
func matchReadings(rs []rune, key string) []string {
	out := make([]string, len(rs))
	var match func(i int, rest string) bool
	match = func(i int, rest string) bool {
		if i == len(rs) {
			return rest == ""
		}
		for _, p := range pinyin.SinglePinyin(rs[i], pinyin.Args{Style: pinyin.Tone, Heteronym: true}) {
			s := toneless(p)
			if s != "" && strings.HasPrefix(rest, graph.NameKey(s)) && match(i+1, rest[len(graph.NameKey(s)):]) {
				out[i] = s
				return true
			}
		}
		return false
	}
	if !match(0, key) {
		return nil
	}
	return out
}

// word joins syllables into one capitalised word, with an apostrophe before
// a syllable that opens with a, o or e ("Jia'an").
func word(syl []string) string {
	var b strings.Builder
	for _, s := range syl {
		if s == "" {
			continue
		}
		if b.Len() > 0 && strings.ContainsRune("aoe", rune(s[0])) {
			b.WriteByte('\'')
		}
		b.WriteString(s)
	}
	w := []rune(b.String())
	if len(w) > 0 {
		w[0] = unicode.ToUpper(w[0])
	}
	return string(w)
}

// toneless removes the tone marks of a pinyin syllable, keeping ü.
func toneless(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := toneFold[r]; ok {
			r = f
		}
		b.WriteRune(r)
	}
	return b.String()
}

var toneFold = func() map[rune]rune {
	m := map[rune]rune{}
	for base, marked := range map[rune]string{
		'a': "āáǎà", 'e': "ēéěèếề", 'i': "īíǐì", 'o': "ōóǒò", 'u': "ūúǔù", 'ü': "ǖǘǚǜ", 'n': "ńňǹ", 'm': "ḿ",
	} {
		for _, r := range marked {
			m[r] = base
		}
	}
	return m
}()
