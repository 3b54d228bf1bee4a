package extract

import "github.com/dipgraph/dipgraph/extract/internal/runes"

// gazetteer finds lexicon forms in text by longest match over a rune trie.
// It is the hot path of entity lookup; gse is used where segmentation (not
// mere lookup) is needed.
//
// The trie's nodes live in one slice. The root's children are found by
// indexing a dense table with the first rune (Basic Multilingual Plane);
// other nodes keep their children's runes sorted, searched linearly when
// few and by bisection when many. This replaced a map per node, whose
// lookups were most of the cost of scanning every sentence.

type gazNode struct {
	keys []rune  // the runes of the children, sorted
	kids []int32 // the children, index into gazetteer.nodes, as keys
	tag  string  // "" when no form ends here
	val  string  // canonical value (country code, organisation, initiative...)
	form string  // the form that ends here (when tag is set)
}

// child returns the child of n for rune r, 0 when none (0 is the root,
// never a child).
func (n *gazNode) child(r rune) int32 {
	k := n.keys
	if len(k) <= 8 {
		for i, c := range k {
			if c == r {
				return n.kids[i]
			}
		}
		return 0
	}
	lo, hi := 0, len(k)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if k[m] < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(k) && k[lo] == r {
		return n.kids[lo]
	}
	return 0
}

type gazetteer struct {
	nodes []gazNode // nodes[0] is the root
	// first maps a first rune in the Basic Multilingual Plane to the root's
	// child for it, 0 when no form starts with it.
	first [0x10000]int32
	// firstSet holds each such rune: a bitmap small enough to stay in
	// cache for the test made at every rune of every sentence.
	firstSet runes.Set
}

// mayStart reports whether a form can start with r (false only when none
// does).
func (g *gazetteer) mayStart(r rune) bool {
	return uint32(r) >= 0x10000 || g.firstSet.Has(r)
}

func (g *gazetteer) add(form, tag, val string) {
	if len(g.nodes) == 0 {
		g.nodes = append(g.nodes, gazNode{})
	}
	n := int32(0)
	for _, r := range form {
		c := g.step(n, r)
		if c == 0 {
			c = int32(len(g.nodes))
			g.nodes = append(g.nodes, gazNode{})
			p := &g.nodes[n]
			i := 0
			for i < len(p.keys) && p.keys[i] < r {
				i++
			}
			p.keys = append(p.keys, 0)
			copy(p.keys[i+1:], p.keys[i:])
			p.keys[i] = r
			p.kids = append(p.kids, 0)
			copy(p.kids[i+1:], p.kids[i:])
			p.kids[i] = c
			if n == 0 && r >= 0 && r < 0x10000 {
				g.first[r] = c
				g.firstSet.Add(r)
			}
		}
		n = c
	}
	// The form as the runes of a text spell it (an invalid byte would read
	// as U+FFFD there).
	g.nodes[n].tag, g.nodes[n].val, g.nodes[n].form = tag, val, string([]rune(form))
}

// step returns the child of node n for rune r, 0 when none.
func (g *gazetteer) step(n int32, r rune) int32 {
	if n == 0 && r >= 0 && r < 0x10000 {
		return g.first[r]
	}
	return g.nodes[n].child(r)
}

// match returns the longest form starting at rs[i]: its length in runes, tag
// and value; 0 when none.
func (g *gazetteer) match(rs []rune, i int) (int, string, string) {
	n, size := g.longest(rs, i, len(rs))
	if n == nil {
		return 0, "", ""
	}
	return size, n.tag, n.val
}

// matchForm is match that also returns the form matched (the text of
// rs[i:i+n], without copying it); "" when none.
func (g *gazetteer) matchForm(rs []rune, i int) (int, string, string, string) {
	n, size := g.longest(rs, i, len(rs))
	if n == nil {
		return 0, "", "", ""
	}
	return size, n.tag, n.val, n.form
}

// longest returns the node of the longest form starting at rs[i] and ending
// at or before rs[end-1], and its length in runes; nil when none.
func (g *gazetteer) longest(rs []rune, i, end int) (*gazNode, int) {
	if i >= end || len(g.nodes) == 0 || !g.mayStart(rs[i]) {
		return nil, 0
	}
	var best *gazNode
	size := 0
	n := int32(0)
	for j := i; j < end; j++ {
		n = g.step(n, rs[j])
		if n == 0 {
			break
		}
		if nd := &g.nodes[n]; nd.tag != "" && !(nd.tag == "ldr" && dottedAfter(rs, j+1)) {
			best, size = nd, j-i+1
		}
	}
	return best, size
}

// dottedAfter reports a transliteration dot at rs[k]: a leader's name
// followed by one is the first part of another person's name ("布莱尔·泰勒").
func dottedAfter(rs []rune, k int) bool {
	return k < len(rs) && (rs[k] == '·' || rs[k] == '•')
}

// matchBelow returns the longest form starting at rs[i] shorter than limit
// runes ("俄罗斯" inside "俄罗斯联邦"); 0 when none.
func (g *gazetteer) matchBelow(rs []rune, i, limit int) (int, string, string) {
	n, size := g.longest(rs, i, min(len(rs), i+limit-1))
	if n == nil {
		return 0, "", ""
	}
	return size, n.tag, n.val
}

// mention is one lexicon form found in a rune slice.
type mention struct {
	start, end int // rune offsets
	tag, val   string
	text       string
}

// scan lists every non-overlapping longest match in rs, left to right.
func (g *gazetteer) scan(rs []rune) []mention {
	var out []mention
	for i := 0; i < len(rs); {
		if !g.mayStart(rs[i]) {
			i++
			continue
		}
		n, size := g.longest(rs, i, len(rs))
		if n == nil {
			i++
			continue
		}
		if out == nil {
			out = make([]mention, 0, 8) // (a sentence names a few)
		}
		// The matched text is the form itself: no copy of the runes.
		out = append(out, mention{start: i, end: i + size, tag: n.tag, val: n.val, text: n.form})
		i += size
	}
	return out
}
