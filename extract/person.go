package extract

import (
	"strings"
	"unicode"
)

// person is a participant as parsed from a phrase.
type person struct {
	name, title, country, org string
	known                     bool // name is a lexicon leader
}

// genericTitleEnds end an office not in the title lexicon ("胡志明市委书记").
var genericTitleEnds = []string{"书记", "主席", "部长", "主任", "委员长", "议长", "总理", "总统", "秘书长",
	"局长", "市长", "省长", "州长", "大使", "司令", "总裁", "董事长", "会长", "理事长", "首相", "国王"}

func isNameRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || r == '·' || r == '•' || r == '－' || r == '-'
}

// personAt parses "[country|organisation][title、…title][name]" at rs[i].
// bare allows a name with neither title nor country nor lexicon entry;
// generic allows an office not in the lexicon. It returns the end index;
// ok is false when no person starts at i.
func (e *Extractor) personAt(rs []rune, i int, bare, generic bool) (p person, end int, ok bool) {
	j := i
	for j < len(rs) {
		n, tag, val := e.gaz.match(rs, j)
		if n == 0 {
			break
		}
		text := string(rs[j : j+n])
		if tag == "cty" {
			if p.country != "" && e.lex.Titles[text] {
				break // 文莱苏丹: 苏丹 is the title here
			}
			if p.country != "" || p.org != "" {
				return p, i, false
			}
			p.country = val
			j += n
			continue
		}
		if tag == "org" {
			if p.country != "" || p.org != "" {
				return p, i, false
			}
			p.org = val
			j += n
			continue
		}
		break
	}
	// Titles, possibly chained with 、 or 兼.
	for j < len(rs) {
		n, tag, _ := e.gaz.match(rs, j)
		text := ""
		if n > 0 {
			text = string(rs[j : j+n])
		}
		isTitle := tag == "ttl" || (tag == "cty" && p.country != "" && e.lex.Titles[text])
		if !isTitle && generic && n == 0 {
			// An office outside the lexicon: up to 12 runes ending in a title word.
			for k := j + 2; k <= min(len(rs), j+14); k++ {
				if !isNameRune(rs[k-1]) || e.mentionStarts(rs, j, k) {
					break
				}
				w := string(rs[j:k])
				for _, end := range genericTitleEnds {
					if strings.HasSuffix(w, end) && k < len(rs) && isNameRune(rs[k]) {
						isTitle, n, text = true, k-j, w
					}
				}
			}
		}
		if !isTitle {
			break
		}
		p.title = text
		j += n
		if j < len(rs) && (rs[j] == '、' || rs[j] == '兼') {
			if m, t2, _ := e.gaz.match(rs, j+1); m > 0 && (t2 == "ttl" || t2 == "org" || t2 == "cty") {
				j++
				if t2 != "ttl" {
					// "中共中央政治局委员、中央外办主任": an organisation-led office
					break
				}
				continue
			}
			if generic {
				j++
				continue
			}
		}
	}
	// The name.
	if n, tag, _ := e.gaz.match(rs, j); n > 0 && tag == "ldr" {
		p.name = string(rs[j : j+n])
		p.known = true
		if p.country == "" && p.org == "" {
			ld := e.lex.Leaders[p.name]
			p.country, p.org = ld.Country, ld.Organisation
		}
		return p, j + n, true
	}
	k := j
	for k < len(rs) && k-j < 16 && isNameRune(rs[k]) {
		k++
	}
	name := e.cutName(rs[j:k])
	if len([]rune(name)) < 2 {
		return p, i, false
	}
	if p.title == "" && p.country == "" && p.org == "" && !bare {
		return p, i, false
	}
	if p.title == "" && !bare {
		return p, i, false
	}
	p.name = name
	return p, j + len([]rune(name)), true
}

// cutName cuts a run of name characters at the first function word or
// lexicon word that cannot be part of a name, using the segmenter.
func (e *Extractor) cutName(rs []rune) string {
	if len(rs) == 0 {
		return ""
	}
	segs := e.seg.Segment([]byte(string(rs)))
	var b strings.Builder
	for _, s := range segs {
		tok := s.Token()
		switch tok.Pos() {
		case "fn", "cty", "org", "ttl", "ini", "prj":
			return b.String()
		case "ldr":
			if b.Len() > 0 {
				return b.String()
			}
		}
		b.WriteString(tok.Text())
	}
	return b.String()
}

// personsIn parses a list of persons ("A国总统X、B国总理Y和Z") in rs. A
// person with a title or country may start anywhere; a bare name (bare)
// only at the start of the list or after a separator.
func (e *Extractor) personsIn(rs []rune, bare, generic bool) []person {
	var out []person
	itemStart := true
	for i := 0; i < len(rs); {
		p, end, ok := e.personAt(rs, i, bare && itemStart, generic)
		if ok {
			out = append(out, p)
			i = end
			itemStart = false
			continue
		}
		itemStart = false
		if w := hasAnyAt(rs, i, "、", "和", "及", "以及", "与", "，"); w != "" {
			i += len([]rune(w))
			itemStart = true
			continue
		}
		i++
	}
	return out
}

// mentionStarts reports whether a lexicon form starts in rs[from:to].
func (e *Extractor) mentionStarts(rs []rune, from, to int) bool {
	for x := from; x < to; x++ {
		if n, tag, _ := e.gaz.match(rs, x); n > 0 && tag != "ttl" {
			return true
		}
	}
	return false
}
