package graph

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed relationships.tsv
var relationshipsTSV string

// relGlossary is the parsed relationships.tsv: cores and qualifiers by
// their Chinese form.
type relGlossary struct {
	cores, qualifiers map[string]string
	maxCore           int // longest core, in bytes
}

var relationships = sync.OnceValue(func() *relGlossary {
	g := &relGlossary{cores: map[string]string{}, qualifiers: map[string]string{}}
	for _, line := range strings.Split(relationshipsTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue // relationships_test checks every line
		}
		switch f[0] {
		case "core":
			g.cores[f[1]] = f[2]
			g.maxCore = max(g.maxCore, len(f[1]))
		case "qualifier":
			g.qualifiers[f[1]] = f[2]
		}
	}
	return g
})

// RelationshipEn glosses a relationship designation in English, as the
// Chinese government's English texts write it (relationships.tsv):
// 全面战略合作伙伴关系 → "comprehensive strategic cooperative partnership",
// 新时代全面战略协作伙伴 → "comprehensive strategic partnership of
// coordination for a new era". The core is the longest known designation
// ending the text (a trailing 关系 ignored); what stands before it must be
// known qualifiers, else the result is "" (no partial gloss).
func RelationshipEn(designation string) string {
	s := strings.TrimSuffix(strings.TrimSpace(designation), "关系")
	if s == "" {
		return ""
	}
	g := relationships()
	for i := 0; i < len(s); i++ {
		if len(s)-i > g.maxCore || !utf8Start(s[i]) {
			continue
		}
		en, ok := g.cores[s[i:]]
		if !ok {
			continue
		}
		quals, ok := g.qualifiersOf(s[:i])
		if !ok {
			return ""
		}
		return strings.Join(append([]string{en}, quals...), " ")
	}
	return ""
}

// qualifiersOf splits prefix into known qualifiers, longest first at each
// step, and returns their English; false when part of it is unknown.
func (g *relGlossary) qualifiersOf(prefix string) ([]string, bool) {
	var out []string
	for prefix != "" {
		best := ""
		for q := range g.qualifiers {
			if len(q) > len(best) && strings.HasPrefix(prefix, q) {
				best = q
			}
		}
		if best == "" {
			return nil, false
		}
		out = append(out, g.qualifiers[best])
		prefix = prefix[len(best):]
	}
	return out, true
}

// utf8Start reports whether b starts a UTF-8 sequence.
func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
