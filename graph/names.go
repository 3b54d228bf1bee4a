package graph

import (
	"slices"
	"strings"
	"unicode"
)

// LeaderName is reference data on a leader's name in other scripts and
// forms (filled by graph/build from the lexicon, as Document.Countries is
// for countries). Stores keep NameEn and Pinyin on the leader and match
// lookups by any of the forms (see NameKey and Keys).
type LeaderName struct {
	Name     string   // canonical (Simplified) name, as in Participant.Name
	NameEn   string   // English name ("Shavkat Mirziyoyev"), "" when unknown
	Pinyin   string   // Hanyu Pinyin of a Chinese name ("Xi Jinping"), "" for others
	Variants []string // other written forms: Traditional (習近平), aliases (米尔齐约耶夫)
}

// Keys returns the lookup keys of every form of the name (NameKey of the
// canonical name, the variants, the English name and the pinyin), sorted,
// without repeats or empty keys.
func (n LeaderName) Keys() []string {
	forms := append([]string{n.Name, n.NameEn, n.Pinyin}, n.Variants...)
	var out []string
	for _, f := range forms {
		if k := NameKey(f); k != "" {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// MergeLeaderName folds a later report of a leader's names into an earlier
// one: later non-empty English and pinyin forms win, variants are unioned
// (sorted).
func MergeLeaderName(old, n LeaderName) LeaderName {
	out := old
	out.Name = n.Name
	if n.NameEn != "" {
		out.NameEn = n.NameEn
	}
	if n.Pinyin != "" {
		out.Pinyin = n.Pinyin
	}
	out.Variants = SortedSet(append(slices.Clone(old.Variants), n.Variants...))
	return out
}

// NameKey folds a leader's name, or a query for one, to the form that
// lookups compare: letters lower-cased, Latin diacritics and pinyin tone
// marks removed (ü becomes u), and everything that is neither a letter nor
// a Han character dropped (spaces, hyphens, dots, the ·/－ of transliterated
// names, tone numbers). So "Xi Jinping", "xijinping", "Xí Jìnpíng" and
// "xi2 jin4 ping2" share the key "xijinping", and "Mirziyoyev" is a
// substring of the key of "Shavkat Mirziyoyev". Han names keep their
// characters ("习近平"); Traditional forms are matched as variants, not
// folded here.
func NameKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := latinFold[r]; ok {
			b.WriteString(f)
			continue
		}
		if unicode.IsLetter(r) {
			// Han characters, ASCII and other letters (Cyrillic, Hangul,
			// kana, Latin without a fold below), lower-cased.
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// latinFold maps the accented Latin letters of names and of pinyin with
// tone marks to their plain lower-case letters.
var latinFold = func() map[rune]string {
	m := map[rune]string{}
	for base, letters := range map[string]string{
		"a":  "ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎ",
		"ae": "Ææ",
		"c":  "ÇçĆćĈĉĊċČč",
		"d":  "ĎďĐđÐð",
		"e":  "ÈÉÊËèéêëĒēĔĕĖėĘęĚěẼẽẸẹẾếỀềỂểỄễỆệ",
		"g":  "ĜĝĞğĠġĢģ",
		"h":  "Ĥĥ",
		"i":  "ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐ",
		"j":  "Ĵĵ",
		"k":  "Ķķ",
		"l":  "ĹĺĻļĽľŁł",
		"n":  "ÑñŃńŅņŇň",
		"o":  "ÒÓÔÕÖØòóôõöøŌōŎŏŐőǑǒƠơỌọỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ",
		"oe": "Œœ",
		"r":  "ŔŕŖŗŘř",
		"s":  "ŚśŜŝŞşŠšȘș",
		"ss": "ß",
		"t":  "ŢţŤťȚț",
		"u":  "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųǓǔǕǖǗǘǙǚǛǜƯưỤụỨứỪừỬửỮữỰự",
		"y":  "ÝýÿŶŷŸỲỳ",
		"z":  "ŹźŻżŽž",
	} {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()
