package extract

// gazetteer finds lexicon forms in text by longest match over a rune trie.
// It is the hot path of entity lookup; gse is used where segmentation (not
// mere lookup) is needed.

type gazNode struct {
	next map[rune]*gazNode
	tag  string // "" when no form ends here
	val  string // canonical value (country code, organisation, initiative...)
}

type gazetteer struct {
	root  gazNode
	first [0x10000]bool // first runes of forms in the Basic Multilingual Plane
	wide  bool          // some form starts outside the BMP
}

func (g *gazetteer) add(form, tag, val string) {
	for _, r := range form {
		if r < 0x10000 {
			g.first[r] = true
		} else {
			g.wide = true
		}
		break
	}
	n := &g.root
	for _, r := range form {
		if n.next == nil {
			n.next = map[rune]*gazNode{}
		}
		c := n.next[r]
		if c == nil {
			c = &gazNode{}
			n.next[r] = c
		}
		n = c
	}
	n.tag, n.val = tag, val
}

// match returns the longest form starting at rs[i]: its length in runes, tag
// and value; 0 when none.
func (g *gazetteer) match(rs []rune, i int) (int, string, string) {
	if i < len(rs) && rs[i] < 0x10000 && !g.first[rs[i]] {
		return 0, "", ""
	}
	if i < len(rs) && rs[i] >= 0x10000 && !g.wide {
		return 0, "", ""
	}
	n := &g.root
	best, tag, val := 0, "", ""
	for j := i; j < len(rs); j++ {
		if n.next == nil {
			break
		}
		c := n.next[rs[j]]
		if c == nil {
			break
		}
		n = c
		if n.tag != "" {
			best, tag, val = j-i+1, n.tag, n.val
		}
	}
	return best, tag, val
}

// matchBelow returns the longest form starting at rs[i] shorter than limit
// runes ("俄罗斯" inside "俄罗斯联邦"); 0 when none.
func (g *gazetteer) matchBelow(rs []rune, i, limit int) (int, string, string) {
	n := &g.root
	best, tag, val := 0, "", ""
	for j := i; j < len(rs) && j-i < limit-1; j++ {
		if n.next == nil {
			break
		}
		c := n.next[rs[j]]
		if c == nil {
			break
		}
		n = c
		if n.tag != "" {
			best, tag, val = j-i+1, n.tag, n.val
		}
	}
	return best, tag, val
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
		n, tag, val := g.match(rs, i)
		if n == 0 {
			i++
			continue
		}
		out = append(out, mention{start: i, end: i + n, tag: tag, val: val, text: string(rs[i : i+n])})
		i += n
	}
	return out
}
