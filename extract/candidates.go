package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// Candidate is something the rules saw but no lexicon knows: a name in a
// title position, a country side form, a quoted project name, a domain
// never listed. Adding its suggested line to the override folder (see
// docs/lexicon.md) makes the next extraction resolve it.
type Candidate struct {
	Kind    string `json:"kind"`    // a lexicon kind: leader, country, project, domain
	Text    string `json:"text"`    // the string as written
	Count   int    `json:"count"`   // occurrences in the input
	Unlocks int    `json:"unlocks"` // facts that name it (or would, once it is known)
	Example string `json:"example"` // one sentence it occurs in
	File    string `json:"file"`    // the input of the example, when known
	// Fields are the suggested row of the kind's file; "?" marks a field
	// the analyst must fill in (a country code the text does not give).
	Fields []string `json:"fields"`
	Note   string   `json:"note,omitempty"`
}

// Line is the suggested TSV line.
func (c Candidate) Line() string { return strings.Join(c.Fields, "\t") }

var (
	quotedNameRe = regexp.MustCompile(`“([\p{Han}\d·－-]{2,16})”(?:倡议|走廊|项目|工程|计划|战略)`)
	sideRe       = regexp.MustCompile(`(\p{Han})方(?:支持|欢迎|赞赏|愿|将|表示|高度|积极|坚定|完全|全力|认为|同意|希望|感谢|重视|致力|坚持|参与)`)
)

// Candidates lists what the rules saw in the results but could not
// resolve, most facts unlocked first.
func (e *Extractor) Candidates(results ...Result) []Candidate {
	byKey := map[string]*Candidate{}
	add := func(kind, text string, unlocks int, example, file string, fields []string, note string) {
		k := kind + "\x00" + text
		c := byKey[k]
		if c == nil {
			c = &Candidate{Kind: kind, Text: text, Example: example, File: file, Fields: fields, Note: note}
			byKey[k] = c
		}
		c.Count++
		c.Unlocks += unlocks
		if c.Fields[len(c.Fields)-1] == "?" && fields[len(fields)-1] != "?" {
			c.Fields = fields
		}
	}
	for _, r := range results {
		for _, a := range r.Articles {
			e.articleCandidates(a, add)
		}
	}
	out := make([]Candidate, 0, len(byKey))
	for _, c := range byKey {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Unlocks != b.Unlocks {
			return a.Unlocks > b.Unlocks
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Text < b.Text
	})
	return out
}

type addFunc func(kind, text string, unlocks int, example, file string, fields []string, note string)

// articleCandidates adds what the rules saw in article a but no lexicon
// knows: participants found by position, names cut after a title, side
// forms, quoted names, agreement domains.
func (e *Extractor) articleCandidates(a Article, add addFunc) {
	extracted := e.participantCandidates(a, add)
	for _, s := range splitSentences(a.Text) {
		e.titleNameCandidates(s, a.File, extracted, add)
		e.sentenceCandidates(s, a.File, add)
	}
	// Agreement domains the domain list has never seen.
	for _, m := range a.Meetings {
		for _, ev := range m.Evidence {
			if ev.Field != "agreementDomains" || e.lex.Domains[ev.Value] || !hanOnly(ev.Value) {
				continue
			}
			add("domain", ev.Value, 1, ev.Text, a.File, []string{ev.Value}, "")
		}
	}
}

// participantCandidates adds the participants found by position only:
// their evidence counts are the facts a lexicon entry confirms. It
// returns the names of every participant extracted.
func (e *Extractor) participantCandidates(a Article, add addFunc) (extracted map[string]bool) {
	extracted = map[string]bool{}
	for _, m := range a.Meetings {
		for _, p := range m.Participants {
			extracted[p.Name] = true
		}
		for _, ev := range m.Evidence {
			if ev.Field != "participants" {
				continue
			}
			if _, known := e.lex.Leaders[ev.Value]; known || ev.Rule == RuleLeaderLexicon || strings.HasSuffix(ev.Value, "·") {
				continue
			}
			var p Participant
			for _, q := range m.Participants {
				if q.Name == ev.Value {
					p = q
				}
			}
			if p.Organisation != nil {
				add("leader", p.Name, 1, ev.Text, a.File, []string{p.Name, "", *p.Organisation}, "")
				continue
			}
			code := "?"
			if p.Country != nil {
				code = *p.Country
			}
			note := ""
			if ev.Rule == RuleBareName {
				note = "named without title: check it is a person"
			}
			if canon := e.fullFormOf(p.Name); canon != "" {
				add("alias", p.Name, 1, ev.Text, a.File, []string{p.Name, canon}, "a fuller form of a known leader")
				continue
			}
			add("leader", p.Name, 1, ev.Text, a.File, []string{p.Name, code}, note)
		}
	}
	return extracted
}

// titleNameCandidates adds names after a title that the rules cut short
// or missed ("马拉维总统卡达特·同加": 同 read as a function word): only the
// rules' known blind spot, a transliterated name (parts joined by ·) after
// "<country><title>".
func (e *Extractor) titleNameCandidates(s sentence, file string, extracted map[string]bool, add addFunc) {
	ments := e.gaz.scan(s.rs)
	for k, mt := range ments {
		if mt.tag != "ttl" {
			continue
		}
		name := e.fullNameAt(s.rs, mt.end)
		if name == "" || extracted[name] {
			continue
		}
		if _, known := e.lex.Leaders[name]; known {
			continue
		}
		if _, alias := e.lex.Aliases[name]; alias {
			continue
		}
		if k == 0 || ments[k-1].tag != "cty" || ments[k-1].end != mt.start || !strings.Contains(name, "·") {
			continue
		}
		add("leader", name, 2, s.text, file, []string{name, ments[k-1].val}, "the rules cut or missed this name")
	}
}

// sentenceCandidates adds side forms no lexicon resolves ("瓦方支持…") and
// quoted names beside 倡议/走廊/项目 that are neither an initiative nor a
// project.
func (e *Extractor) sentenceCandidates(s sentence, file string, add addFunc) {
	for _, g := range sideRe.FindAllStringSubmatch(s.text, -1) {
		r := []rune(g[1])[0]
		if len(e.lex.Abbr[r]) > 0 || notSides[r] || r == '中' || r == '我' || r == '双' {
			continue
		}
		add("country", g[1], 1, s.text, file, []string{"?", g[1], "abbr"}, "give the ISO code of the state")
	}
	for _, g := range quotedNameRe.FindAllStringSubmatch(s.text, -1) {
		name := g[1]
		if _, ok := e.lex.Initiatives[name]; ok || e.lex.Projects[name] {
			continue
		}
		add("project", name, 1, s.text, file, []string{name}, "")
	}
}

// fullNameAt reads a transliterated name after a title the generous way
// (the parts joined by · are one name, whatever characters they hold); ""
// when no name of two or more characters starts at i.
func (e *Extractor) fullNameAt(rs []rune, i int) string {
	k := i
	for k < len(rs) && k-i < 24 && isNameRune(rs[k]) {
		k++
	}
	name := []rune(e.cutName(rs[i:k]))
	for len(name) > 0 && name[len(name)-1] == '·' && i+len(name) < k {
		rest := rs[i+len(name) : k]
		more := []rune(e.cutName(rest[1:]))
		name = append(append(name, rest[0]), more...)
	}
	if len(name) < 2 || name[len(name)-1] == '·' {
		return ""
	}
	return string(name)
}

// fullFormOf returns the known leader whose name ends a fuller form
// ("约瑟夫·拜登" → 拜登), or "".
func (e *Extractor) fullFormOf(name string) string {
	i := strings.LastIndex(name, "·")
	if i < 0 {
		return ""
	}
	last := name[i+len("·"):]
	if _, ok := e.lex.Leaders[last]; ok {
		return last
	}
	return ""
}

func hanOnly(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}
