package extract

import (
	"github.com/dipgraph/dipgraph/extract/internal/runes"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// person is a participant as parsed from a phrase.
type person struct {
	name, title, country, org string
	known                     bool // name is a lexicon leader
	// foreign is true for a person whose office only a foreign state's
	// official holds ("国王普密蓬"), written without his country.
	foreign bool
	// cnDefault is true for a host given CN by default (no country
	// written, no lexicon entry, no foreign office); inferred is true for
	// such a host found foreign by his Chinese guests (guestSide).
	cnDefault, inferred bool
	// bareName is true for a host named by his name alone (bareHost): his
	// guests tell his side.
	bareName bool
	// ownClause is true for a person of a list described by a clause of
	// its own ("…，以及即将离任回国的苏丹驻华大使…"): the occasion of the
	// list does not extend to it.
	ownClause bool
}

// partyRanks are Party offices written before the state office in a chain
// ("中共中央政治局常委、国务院总理李强"); the state office is the title.
var partyRanks = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range words("party_ranks.txt") {
		m[w] = true
	}
	return m
}()

// genericTitleEnds end an office not in the title lexicon ("胡志明市委书记").
var genericTitleEnds = words("generic_title_ends.txt")

// titleEndsByLast indexes genericTitleEnds, as runes, by their last rune.
var titleEndsByLast = func() map[rune][][]rune {
	m := map[rune][][]rune{}
	for _, w := range genericTitleEnds {
		rs := []rune(w)
		m[rs[len(rs)-1]] = append(m[rs[len(rs)-1]], rs)
	}
	return m
}()

// titleEndsAt reports whether rs[from:k] ends in one of genericTitleEnds.
func titleEndsAt(rs []rune, from, k int) bool {
	for _, end := range titleEndsByLast[rs[k-1]] {
		if k-len(end) >= from && runesAt(rs, k-len(end), end) {
			return true
		}
	}
	return false
}

// clauseVerbs are verbs of a relative clause before an office, never part
// of one: "来华出席…的外长", "正在英国进行工作访问的总理".
var clauseVerbs = [][2]rune{{'出', '席'}, {'参', '加'}, {'来', '华'}, {'访', '华'}, {'进', '行'}, {'率', '领'}, {'陪', '同'}}

// clauseVerbAt reports whether one of clauseVerbs starts at rs[i].
func clauseVerbAt(rs []rune, i int) bool {
	if i < 0 || i+2 > len(rs) {
		return false
	}
	for _, v := range clauseVerbs {
		if rs[i] == v[0] && rs[i+1] == v[1] {
			return true
		}
	}
	return false
}

// nameSuffixes follow a name without being part of it: a military rank
// ("约瑟夫·普吕厄上将"), a spouse ("哈林及夫人") or 夫人 as a form of
// address ("总统库马拉通加夫人"), or the 等 closing a list ("麦康奈尔等").
// A peerage or a form of address follows the name the same way ("海曼女男爵",
// "基辛格博士", "布莱尔先生").
var nameSuffixes = words("name_suffixes.txt")

// trimNameSuffix drops one of nameSuffixes from the end of a name.
func trimNameSuffix(name string) string {
	for _, s := range nameSuffixes {
		if t, ok := strings.CutSuffix(name, s); ok && utf8.RuneCountInString(t) >= 2 {
			return t
		}
	}
	return name
}

func isNameRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || r == '·' || r == '•' || r == '－' || r == '-' || r == '—'
}

// personAt parses "[country|organisation][title、…title][name]" at rs[i].
// bare allows a name with neither title nor country nor lexicon entry;
// generic allows an office not in the lexicon. It returns the end index;
// ok is false when no person starts at i. Its passes: the affiliation
// (affiliationAt), a description (describedPerson), the offices
// (officesAt, settleTitle), the name (nameAt).
func (e *Extractor) personAt(rs []rune, i int, bare, generic bool) (p person, end int, ok bool) {
	if !bare && !generic && nothingAt(e.gaz, rs, i) {
		return person{}, i, false
	}
	p, j, ctyForm, ctyEnd, ok := e.affiliationAt(rs, i)
	if !ok {
		return p, i, false
	}
	j = describedPerson(rs, j, p)
	j, group := e.officesAt(rs, j, generic, &p)
	e.settleTitle(rs, i, group, ctyForm, ctyEnd, &p)
	if p.title != "" && j < len(rs) && rs[j] == '级' {
		return p, i, false // "部长级会议": a rank of a meeting, not an office
	}
	p, end, ok = e.nameAt(rs, i, j, bare, generic, p)
	if ok && p.title != "" && i >= 2 && unicode.Is(unicode.Han, rs[i-1]) {
		p.title = localTitle(rs, i, p.title)
	}
	return p, end, ok
}

// nothingAt is the common case of personAt at a rune that starts no
// lexicon form and no posted office ("驻…"): without bare or generic no
// person can start there (no affiliation, no office, no lexicon leader),
// and the passes of personAt need not look three times.
func nothingAt(g *gazetteer, rs []rune, i int) bool {
	if i >= len(rs) {
		return false
	}
	if rs[i] == '驻' || rs[i] == '中' && stateCPC(rs, i) {
		return false
	}
	n, _ := g.longest(rs, i, len(rs))
	return n == nil
}

// affiliationAt reads the country or organisation a person serves, written
// before the offices: it returns where they end, the country's form as
// written and its end (-1 without one); ok is false for two affiliations.
func (e *Extractor) affiliationAt(rs []rune, i int) (p person, j int, ctyForm string, ctyEnd int, ok bool) {
	j = i
	ctyEnd = -1
	for j < len(rs) {
		n, tag, val, text := e.gaz.matchForm(rs, j)
		if n == 0 && p.country == "" && p.org == "" && stateCPC(rs, j) {
			// "中共国务院副总理刘鹤", "中共外长": the party's name for the
			// state, as outlets outside the mainland write it.
			p.country, ctyForm, ctyEnd = "CN", "中共", j+2
			j += 2
			continue
		}
		if n == 0 {
			break
		}
		if tag == "cty" {
			if p.country != "" && e.lex.Titles[text] {
				break // 文莱苏丹: 苏丹 is the title here
			}
			if p.country != "" || p.org != "" {
				return p, j, "", -1, false
			}
			p.country = val
			n = e.countryFormLen(rs, j, n)
			n += stateNameSuffix(rs, j+n)
			ctyForm, ctyEnd = string(rs[j:j+n]), j+n
			j += n
			continue
		}
		if tag == "org" {
			if p.country != "" || p.org != "" {
				return p, j, "", -1, false
			}
			p.org = val
			j += n
			continue
		}
		break
	}
	return p, j, ctyForm, ctyEnd, true
}

// stateCPC reports "中共" at rs[j] naming the state before a state office
// ("中共国务院副总理", "中共国家主席", "中共外长"), not the party's own
// offices ("中共中央总书记", "中共中央政治局委员" keep it).
func stateCPC(rs []rune, j int) bool {
	return hasAt(rs, j, "中共") && hasAnyAt(rs, j+2, "国务院", "国家主席", "国家副主席", "外长", "外交部", "国防部", "商务部", "总理", "副总理") != ""
}

// describedPerson skips the description of a private person, not titled:
// "美国艾奥瓦州友人萨拉·兰蒂".
func describedPerson(rs []rune, j int, p person) int {
	if p.country != "" && j < len(rs) {
		for k := j; k < len(rs) && k <= j+8 && isNameRune(rs[k]); k++ {
			if w := hasAnyAt(rs, k, "友人", "老朋友"); w != "" {
				if e := k + utf8.RuneCountInString(w); e < len(rs) && isNameRune(rs[e]) {
					j = e
				}
				break
			}
		}
	}
	return j
}

// officesAt reads the offices at rs[j] and sets p.title: adjacent offices
// join ("总统"+"特使", "国务委员兼外长"); of a chain separated by 、 the
// last lexicon office wins over a generic one. It returns where they end
// and the last office of the chain.
func (e *Extractor) officesAt(rs []rune, j int, generic bool, p *person) (int, string) {
	group, groupKnown := "", false
	known := ""
	firstGroup := "" // the first office of a 、 chain that is not a party rank
	exactGroup := "" // the first such office that is a lexicon title as a whole
	for j < len(rs) {
		n, text, isTitle, isKnown := e.chainOfficeAt(rs, j, group, known, generic, p)
		if !isTitle {
			break
		}
		group += text
		groupKnown = groupKnown || isKnown
		j += n
		if j < len(rs) && rs[j] == '兼' {
			group += "兼"
			j++
			continue
		}
		if j < len(rs) && rs[j] == '、' {
			if groupKnown {
				known = group
			}
			if firstGroup == "" && !partyRanks[group] {
				firstGroup = group
			}
			if exactGroup == "" && !partyRanks[group] && e.lex.Titles[group] {
				exactGroup = group
			}
			group, groupKnown = "", false
			j++
			continue
		}
	}
	if exactGroup == "" && firstGroup != "" && !partyRanks[group] && e.lex.Titles[group] && !e.lex.Titles[firstGroup] {
		exactGroup = group
	}
	p.title = group
	if exactGroup != "" {
		p.title = exactGroup
	} else if firstGroup != "" {
		p.title = firstGroup
	} else if !groupKnown && known != "" && !partyRanks[known] {
		p.title = known // a lexicon office wins over a generic one, but a party rank does not
	}
	if p.title == "" && known != "" {
		p.title = known
	}
	return j, group
}

// chainOfficeAt reads one office at rs[j] of a chain whose current office so
// far is group (known: the last lexicon office of the chain): a lexicon
// title, an office posted abroad ("驻泰国大使"), a leader's envoy ("习近平
// 主席特别代表"), or with generic an office outside the lexicon ending in a
// title word. isKnown says whether the office is a lexicon one.
func (e *Extractor) chainOfficeAt(rs []rune, j int, group, known string, generic bool, p *person) (n int, text string, isTitle, isKnown bool) {
	n, tag, _, text := e.gaz.matchForm(rs, j) // text: "" when none
	if n == 0 && rs[j] == '驻' {
		if m := e.postedOffice(rs, j); m > 0 { // "驻泰国大使"
			n, tag, text = m, "ttl", string(rs[j:j+m])
		}
	}
	isTitle = tag == "ttl" || (tag == "cty" && p.country != "" && e.lex.Titles[text])
	if isTitle && j+n < len(rs) && rs[j+n] == '·' {
		// "最高元首苏丹·阿卜杜勒·哈利姆": a word joined to the next by
		// the transliteration dot is the first part of a name.
		return n, text, false, false
	}
	if tag == "ldr" && group == "" {
		// "习近平主席特别代表", "普京总统特使": a leader's envoy; the
		// leader's name is part of the office.
		m := j + n
		for {
			k, t, _ := e.gaz.match(rs, m)
			if k == 0 || t != "ttl" {
				break
			}
			m += k
		}
		if w := string(rs[j+n : m]); m > j+n && !envoyHimself(rs, w, m) && (strings.HasSuffix(w, "特别代表") || strings.HasSuffix(w, "特使")) {
			isTitle, n, text = true, m-j, string(rs[j:m])
		}
	}
	isKnown = isTitle
	// After 兼 an office follows, never a name: "国务资政兼国家安全统筹部长".
	// After a lexicon office and 、 comes another office of the chain
	// ("中共中央政治局委员、中联部部长宋涛"), generic or not.
	if !isTitle && (group == "" || strings.HasSuffix(group, "兼")) && n == 0 && (generic || p.country != "" || p.org != "" || known != "" && partyRanks[known]) {
		// An office outside the lexicon: up to 12 runes ending in a title
		// word, at the start of an office (after a known office comes the
		// name: "参议长拉腊因和众议长洛伦西尼"), never across a clause
		// ("来华出席…部长级会议的", "进行工作访问的").
		joined := false
		for k := j + 2; k <= min(len(rs), j+maxOfficeRunes); k++ {
			if !isNameRune(rs[k-1]) || rs[k-1] == '的' || e.mentionStarts(rs, j, k) || clauseVerbAt(rs, k-2) {
				break
			}
			if joined = joined || isOfficeJoin(rs[k-1]); joined && (isTitle || k-j > maxJoinedOfficeRunes) {
				break // past 和 after an office comes another person ("财长耶伦和…副总理")
			}
			if k < len(rs) && (isNameRune(rs[k]) && !bodyRune(rs[k]) || rs[k] == '、' || rs[k] == '兼') && titleEndsAt(rs, j, k) {
				isTitle, n, text = true, k-j, string(rs[j:k])
			}
		}
	}
	return n, text, isTitle, isKnown
}

// envoyHimself reports "戴秉国特使" with no name after it: with no office
// between the name and the envoy's office w ending at m, a name is the envoy
// himself ("会见了戴秉国特使。") unless another name follows ("普京特使伊万诺夫").
func envoyHimself(rs []rune, w string, m int) bool {
	if w != "特使" && w != "特别代表" {
		return false
	}
	return m >= len(rs) || !isNameRune(rs[m]) || hasAnyAt(rs, m, "一行", "及", "和", "与", "并", "时", "等", "夫妇", "在", "表示", "说") != ""
}

// settleTitle settles the office: an envoy's or ambassador's office gives
// way to the state office after it ("中国政府特使、农业部长杜青林"), and any
// office to a new one ("驻华大使、新任外长萨迪格"); the body before the office
// (officeBoundary), an organisation named after the country ("中国人民对外
// 友好协会副会长") and a party's central committee stay in it.
func (e *Extractor) settleTitle(rs []rune, i int, group, ctyForm string, ctyEnd int, p *person) {
	if group != "" && p.title != group && !partyRanks[group] {
		if strings.HasPrefix(group, "新任") || strings.HasPrefix(group, "当选") ||
			strings.HasSuffix(p.title, "特使") || strings.HasSuffix(p.title, "特别代表") || strings.HasSuffix(p.title, "大使") {
			p.title = group
		}
	}
	p.title = strings.TrimSuffix(p.title, "兼")
	e.officeBoundary(rs, i, ctyForm == "", p)
	// An organisation named after the country ("中国人民对外友好协会副会长"):
	// the country's name is part of the office, the country stays.
	if ctyForm != "" && p.title != "" && ctyEnd < len(rs) && strings.HasPrefix(string(rs[ctyEnd:min(len(rs), ctyEnd+utf8.RuneCountInString(p.title))]), p.title) &&
		containsAnyWord(p.title, orgNameWords...) {
		p.title = ctyForm + p.title
	}
	p.title = partyTitle(ctyForm, p.title)
}

// nameAt reads the name at rs[j] after the offices of p: a lexicon
// leader, or a name cut by the segmenter, with a rank or spouse after it;
// a "name" followed by an office is the head of that office ("亚运会组委会
// 名誉主席万里").
func (e *Extractor) nameAt(rs []rune, i, j int, bare, generic bool, p person) (person, int, bool) {
	if n, tag, val := e.gaz.match(rs, j); n > 0 && tag == "ldr" {
		p.name = val // the canonical name of a variant (lexicon aliases)
		p.known = true
		if p.country == "" && p.org == "" {
			ld := e.lex.Leaders[p.name]
			p.country, p.org = ld.Country, ld.Organisation
		}
		return p, j + n, true
	}
	if p.title == "" && !bare {
		return p, i, false
	}
	k := j
	for k < len(rs) && (k-j < 16 || (k-j < 28 && strings.ContainsRune(string(rs[j:k]), '·'))) && isNameRune(rs[k]) {
		k++ // a name of several dotted parts may be long ("苏丹·萨拉赫丁·阿卜杜勒·阿齐兹·沙阿")
	}
	name := e.cutName(rs[j:k])
	if name == "" && p.title != "" {
		name, _ = surnameFirst(rs[j:min(len(rs), j+4)])
	}
	nl := len([]rune(name))
	suffix := 0 // runes of a rank or spouse after the name, consumed with it
	if t := trimNameSuffix(name); t != name {
		suffix = nl - utf8.RuneCountInString(t)
		name, nl = t, nl-suffix
	}
	if w := hasAnyAt(rs, j+nl-1, "及夫人", "和夫人"); w != "" && nl > 2 {
		// The segmenter leaves 及 with the name: "哈林及夫人".
		name, nl, suffix = string(rs[j:j+nl-1]), nl-1, len([]rune(w))
	}
	// "亚运会组委会名誉主席万里": what looked like a name is the head of an
	// office when a title follows it.
	if n, tag, _ := e.gaz.match(rs, j+nl); nl > 0 && n > 0 && tag == "ttl" {
		q, end, ok := e.personAt(rs, j+nl, bare, generic)
		if ok && q.name != "" {
			if !e.lex.Titles[p.title] || p.title == "" {
				p.title = q.title
				if !strings.HasPrefix(q.title, name) { // officeBoundary may have read the body already
					p.title = name + q.title
				}
			}
			p.name, p.known = q.name, q.known
			if p.country == "" && p.org == "" {
				p.country, p.org = q.country, q.org
			}
			return p, end, true
		}
	}
	if nl < 2 {
		return p, i, false
	}
	if p.title == "" && p.country == "" && p.org == "" && !bare {
		return p, i, false
	}
	if p.title == "" && !bare {
		return p, i, false
	}
	if eventNoun(name) {
		return p, i, false // "智利总统权力交接仪式": an event, not a name
	}
	if p.title == "" && p.country == "" && p.org == "" && j+nl < len(rs) && rs[j+nl] == '的' {
		return p, i, false // "同来访的法国总理…": a relative clause, not a name
	}
	p.name = name
	return p, j + nl + suffix, true
}

// orgNameWords end the name of a society or association inside an office
// ("人民对外友好协会副会长"); a country form before one is part of the name.
var orgNameWords = words("org_name_words.txt")

// countryFormLen returns how much of the country form rs[j:j+n] names the
// country: a longer form must not eat the start of an office. "俄罗斯联邦委员会
// 副主席" is 俄罗斯 and the office 联邦委员会副主席, while "俄罗斯联邦总统" keeps
// 俄罗斯联邦 before the lexicon office 总统.
func (e *Extractor) countryFormLen(rs []rune, j, n int) int {
	if k, tag, _ := e.gaz.match(rs, j+n); k > 0 && tag == "ttl" {
		return n
	}
	m, tag, _ := e.gaz.matchBelow(rs, j, n)
	if m < 2 || tag != "cty" {
		return n
	}
	if e.officeAt(rs, j+m) && !e.officeAt(rs, j+n) {
		return m
	}
	if e.officeAt(rs, j+m) && containsAnyWord(string(rs[j+m:min(len(rs), j+m+14)]), "委员会", "议会", "政府") {
		return m
	}
	if hasAnyAt(rs, j+m, officeOpeners...) != "" && e.officeAt(rs, j+m) {
		return m // "蒙古国家大呼拉尔主席": 国家 opens the office
	}
	return n
}

// maxOfficeRunes bounds an office outside the lexicon: a body and its office
// run to 18 runes and more in the older or party style ("最高人民会议常任委员会
// 副委员长", "中央委员会国际部副部长").
const maxOfficeRunes = 20

// maxJoinedOfficeRunes bounds an office holding a conjunction: a long run
// across 和, 与 or 及 is two persons' offices and a name between them
// ("众议长博纳和参院多数党领袖"), while the offices that hold one are short
// ("国家发展和改革委员会主任" is in the lexicon, "中央和国家机关工委书记").
const maxJoinedOfficeRunes = 14

// bodyRune reports a rune that makes an office word the start of a body:
// "代表团", "代表处", "使馆"… are no office before a name.
func bodyRune(r rune) bool { return r == '团' || r == '处' || r == '队' }

// isOfficeJoin reports a conjunction that may join two persons.
func isOfficeJoin(r rune) bool { return r == '和' || r == '与' || r == '及' }

// officeAt reports an office outside the lexicon at rs[i]: up to maxOfficeRunes runes of
// name characters ending in one of genericTitleEnds, followed by a name.
func (e *Extractor) officeAt(rs []rune, i int) bool {
	joined := false
	for k := i + 2; k <= min(len(rs)-1, i+maxOfficeRunes); k++ {
		if !isNameRune(rs[k-1]) || rs[k-1] == '的' || clauseVerbAt(rs, k-2) {
			return false
		}
		if joined = joined || isOfficeJoin(rs[k-1]); joined && k-i > maxJoinedOfficeRunes {
			return false
		}
		if isNameRune(rs[k]) && !bodyRune(rs[k]) && titleEndsAt(rs, i, k) {
			return true
		}
	}
	return false
}

// cutName cuts a run of name characters at the first function word or
// lexicon word that cannot be part of a name, using the segmenter.
func (e *Extractor) cutName(rs []rune) string {
	if len(rs) == 0 {
		return ""
	}
	key := string(rs)
	if v, ok := e.names.Get(key); ok {
		return v
	}
	v := trailingAdverb(e.segmentName(key))
	e.names.Add(key, v)
	return v
}

// nameTimeWords are day words that follow a subject's name directly.
var nameTimeWords = []string{"当日", "当天", "今天", "昨天", "今日", "昨日", "同日"}

// trailingAdverb cuts an adverb the segmenter left on a Chinese name of
// three characters ("何卫东也在28日…会谈": 也; "王毅还会见了": 还).
func trailingAdverb(v string) string {
	for _, w := range nameTimeWords {
		// "张又侠当日在北京会见…": a day word the segmenter left on a name.
		if rest, ok := strings.CutSuffix(v, w); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	rs := []rune(v)
	if len(rs) == 4 && strings.ContainsRune(surnames, rs[0]) && strings.ContainsRune("也亦还则又都均", rs[3]) {
		return string(rs[:3])
	}
	return v
}

// segmentName is cutName on text, uncached.
func (e *Extractor) segmentName(text string) string {
	segs := e.seg.Segment([]byte(text))
	var b strings.Builder
	for k, s := range segs {
		tok := s.Token()
		switch tok.Pos() {
		case "fn":
			if midNameFn(segs, k, b.Len()) {
				break // "金在原率领": 在 inside a name of three characters
			}
			// A one-character function word that ends the run is part of
			// the name ("陈希同"), not a word after it.
			// (or followed by another function word: "陈希同今天在…").
			// But a preposition after a Chinese name of three characters
			// opens the verb phrase: "刘海星在会见…" is 刘海星.
			n := utf8.RuneCountInString(b.String())
			prep := n >= 3 && !strings.ContainsRune(b.String(), '·') && strings.Contains("在同与于向对", tok.Text())
			if n > 0 && !prep && len([]rune(tok.Text())) == 1 && (k == len(segs)-1 || segs[k+1].Token().Pos() == "fn") {
				b.WriteString(tok.Text())
				return b.String()
			}
			return b.String()
		case "cty", "org", "ini", "prj", "ttl":
			if k+1 < len(segs) && strings.HasPrefix(segs[k+1].Token().Text(), "·") {
				break // "苏丹·阿卜杜勒": joined to the next part by the dot
			}
			if tok.Pos() != "ttl" && inTransliteration(segs, k) {
				break // 海尔马里亚姆: 马里 (Mali) inside a name
			}
			return b.String()
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
	itemStart, ownClause := true, false
	for i := 0; i < len(rs); {
		if i == 0 && rs[i] == '了' && i+1 < len(rs) {
			i++ // "会见了伊利诺伊州州长瑞安": the aspect mark after the verb
			continue
		}
		if itemStart && rs[i] == '由' && i+1 < len(rs) {
			i++ // "由主席布莱尔·泰勒率领的…": the head follows
			continue
		}
		if itemStart {
			if p, end, ok := e.ledBy(rs, i); ok {
				out = append(out, p)
				i, itemStart = end, false
				continue
			}
		}
		if itemStart && hasAt(rs, i, "新任") {
			// "向新任菲律宾总统马科斯致贺电": 新任 qualifies the office.
			if _, _, ok := e.personAt(rs, i+2, false, generic); ok {
				i += 2
			}
		}
		p, end, ok := e.personAt(rs, i, bare && itemStart, generic && itemStart)
		if !ok && itemStart && generic {
			p, end, ok = e.nameBeforeOffice(rs, i)
		}
		if ok && !p.known {
			// "外交事务发言人帕克": an office outside the lexicon read as part
			// of a bare name; an office alone ("优先党领袖、…") is no person.
			if mayHoldOffice(p.name) {
				stacked := false // the office before is another, after 、
				if k := runeIdx(rs[:end], p.name, i); k > i {
					stacked = rs[k-1] == '、'
				}
				p, ok = officeInBareName(p, stacked)
			}
			if !ok {
				i, itemStart = end, false
				continue
			}
		}
		if ok {
			p.ownClause, ownClause = ownClause, false
			out = append(out, p)
			i = end
			itemStart = false
			continue
		}
		if itemStart {
			// A relative clause opens the item: "以及即将离任回国的苏丹驻华大使…".
			if k := e.clauseEnd(rs, i); k > i {
				i, ownClause = k, true
				continue
			}
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

// officeInBareName splits a name that opens with an office outside the
// lexicon (a title word of genericTitleEnds of two runes or more, followed
// by a name of two runes or more): "外交事务发言人帕克" is 帕克 with the office
// 外交事务发言人, which joins the office read before it ("总统"+"国家安全事
// 务助理") or, stacked after 、, takes its place (the office next to the
// name). A "name" that ends with such a word is an office alone, no person
// (ok false).
func officeInBareName(p person, stacked bool) (person, bool) {
	rs := []rune(p.name)
	for k := len(rs); k >= 2; k-- {
		if !officeLastRunes.Has(rs[k-1]) {
			continue
		}
		for _, w := range genericOffice2 {
			n := len(w)
			if k < n || !slices.Equal(rs[k-n:k], w) {
				continue
			}
			if k == len(rs) {
				return p, false // an office alone
			}
			if len(rs)-k >= 2 && k > n {
				office := string(rs[:k])
				if p.title == "" || stacked {
					p.title = office
				} else {
					p.title += office
				}
				p.name = string(rs[k:])
				return p, true
			}
		}
	}
	return p, true
}

// officeLastRunes holds the last runes of genericOffice2's words.
var officeLastRunes = func() *runes.Set {
	set := &runes.Set{}
	for _, w := range genericOffice2 {
		set.Add(w[len(w)-1])
	}
	return set
}()

// mayHoldOffice reports whether name holds the last rune of an office word
// of genericOffice2 (a cheap test before officeInBareName).
func mayHoldOffice(name string) bool {
	for _, r := range name {
		if officeLastRunes.Has(r) {
			return true
		}
	}
	return false
}

// genericOffice2 are the words of genericTitleEnds of two runes or more,
// as rune slices, longest first.
var genericOffice2 = func() [][]rune {
	var out [][]rune
	for _, w := range genericTitleEnds {
		if utf8.RuneCountInString(w) >= 2 {
			out = append(out, []rune(w))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}()

// nameBeforeOffice reads a counterpart whose office follows the name and
// ends the item ("会见威廉—亚历山大国王"): the name with
// no title (the annotation convention), its country left to the article.
func (e *Extractor) nameBeforeOffice(rs []rune, i int) (p person, end int, ok bool) {
	if n, _, _ := e.gaz.match(rs, i); n > 0 {
		return p, i, false
	}
	k := i
	for k < len(rs) && k-i < 12 && isNameRune(rs[k]) {
		k++
	}
	dotted := strings.ContainsAny(string(rs[i:k]), "·—-－")
	if !dotted && !(i == 0 && k == len(rs)) && !transliterated(rs[i:min(k, i+3)]) {
		return p, i, false // cheap test before segmenting (see below)
	}
	name := e.cutName(rs[i:k])
	nl := utf8.RuneCountInString(name)
	if nl < 2 || eventNoun(name) || strings.ContainsRune(name, '的') {
		return p, i, false
	}
	n, tag, _ := e.gaz.match(rs, i+nl)
	if n == 0 || tag != "ttl" {
		return p, i, false
	}
	j := i + nl + n
	if w := hasAnyAt(rs, j, companions...); w != "" {
		j += utf8.RuneCountInString(w)
	}
	if j < len(rs) && hasAnyAt(rs, j, "、", "和", "及", "，") == "" {
		return p, i, false
	}
	// Only the whole counterpart, or a transliterated name (of several
	// parts, or of transliteration characters only): "会见各国外长",
	// "…和类似组织国际协会主席" name no person.
	if !(i == 0 && j == len(rs)) && !strings.ContainsAny(name, "·—-－") && !transliterated([]rune(name)) {
		return p, i, false
	}
	p.name = name
	return p, j, true
}

// eventNoun reports a word that names an event, an ordinal or a venue
// ("总统官邸"), never a person.
func eventNoun(name string) bool {
	for _, w := range []string{"仪式", "会议", "峰会", "论坛", "典礼", "活动", "大会", "开幕式", "年会", "庆典", "会晤", "会谈", "定期", "官邸", "宾馆", "大会堂", "饭店", "酒店", "大厦",
		"博览会", "交易会", "开幕", "闭幕", "召开", "举办", "成立", "周年"} { // "致信祝贺…博览会开幕"
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	return strings.ContainsRune(name, '第') && strings.ContainsRune(name, '次')
}

// clauseEnd returns the index after the 的 of a short relative clause
// starting at rs[i] ("即将离任回国的"), or i when there is none.
func (e *Extractor) clauseEnd(rs []rune, i int) int {
	for k := i + 1; k < len(rs) && k < i+16; k++ {
		if n, _, _ := e.gaz.match(rs, k); n > 0 {
			return i // a country, office or name: not a bare clause
		}
		switch rs[k] {
		case '、', '，', '。', '；', '：':
			return i
		case '的':
			return k + 1
		}
	}
	return i
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

// inTransliteration reports that segment k, a lexicon word, sits between
// characters the segmenter does not know, as in a transliterated name
// ("海尔|马里|亚姆"): a name goes on through it.
func inTransliteration(segs []gse.Segment, k int) bool {
	if k == 0 || k+1 >= len(segs) {
		return false
	}
	return segs[k-1].Token().Pos() == "x" && segs[k+1].Token().Pos() == "x"
}

// delegationNouns end a delegation led by a named person.
var delegationNouns = words("delegation_nouns.txt")

// ledBy parses a delegation introduced by its head, the head's office
// written after the name: "由谢赫·哈西娜主席率领的孟加拉国人民联盟代表团"
// (the head is the guest; the country is the delegation's). An office
// written before the name is left to personAt ("参议员戴恩斯率领的…").
func (e *Extractor) ledBy(rs []rune, i int) (p person, end int, ok bool) {
	j := i
	if j < len(rs) && rs[j] == '由' {
		j++
	}
	if n, tag, _ := e.gaz.match(rs, j); n > 0 && tag != "ldr" {
		return p, i, false
	}
	k := j
	for k < len(rs) && k-j < 12 && isNameRune(rs[k]) {
		k++
	}
	name := e.cutName(rs[j:k])
	nl := len([]rune(name))
	if nl < 2 {
		return p, i, false
	}
	at := j + nl
	// The office after the name: a lexicon title or up to six runes
	// ending in a title word.
	if n, tag, _ := e.gaz.match(rs, at); n > 0 && tag == "ttl" {
		at += n
	} else {
		for m := at + 1; m <= min(len(rs), at+6); m++ {
			if hasAt(rs, m, "率领") && hasGenericTitleEnd(string(rs[at:m])) {
				at = m
				break
			}
		}
	}
	w := hasAnyAt(rs, at, "率领的", "率的", "带领的")
	if w == "" {
		return p, i, false
	}
	at += len([]rune(w))
	end = -1
	for m := at; m < len(rs) && m < at+30; m++ {
		if strings.ContainsRune("，。、；", rs[m]) {
			break
		}
		if d := hasAnyAt(rs, m, delegationNouns...); d != "" {
			end = m + len([]rune(d))
			break
		}
	}
	if end < 0 {
		return p, i, false
	}
	p.name = name
	if n, tag, val := e.gaz.match(rs, j); n > 0 && tag == "ldr" {
		p.name, p.known = val, true
		ld := e.lex.Leaders[val]
		p.country, p.org = ld.Country, ld.Organisation
	}
	if p.country == "" && p.org == "" {
		for _, m := range e.gaz.scan(rs[at:end]) {
			if m.tag == "cty" {
				p.country = m.val
				break
			}
			if m.tag == "org" {
				p.org = m.val
				break
			}
		}
	}
	return p, end, true
}

// hasGenericTitleEnd reports whether w ends in a title word.
func hasGenericTitleEnd(w string) bool {
	for _, t := range genericTitleEnds {
		if strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// The vocabulary of officeBoundary and countryFormLen: see vocab/*.txt.
var (
	bodyEnds         = runeSet(words("body_ends.txt"))
	bodyBreaks       = runeSet(words("body_breaks.txt"))
	partyPossessives = words("party_possessives.txt")
	officeOpeners    = words("office_openers.txt")
	envoyOffices     = words("envoy_offices.txt")
	sarOffices       = words("sar_offices.txt")
	rankPrefixes     = words("rank_prefixes.txt")
)

// officeBoundary sets where p's office, read by personAt from rs[i] (with no
// country form before it when noCountry), begins and ends at the boundary of a
// body or of another office:
//   - the body written right before the office, after a clause boundary, is
//     part of it ("中联部部长王家瑞", "甫上任的中共中联部部长刘海星"), and so is
//     "党的" before a party organ ("党的最高委员会主席");
//   - an envoy's office stacked before a state office with no 、 gives way to
//     it ("中国政府特使外交部副部长" → 外交部副部长);
//   - an office of Hong Kong or Macao ("澳门特别行政区行政长官") has country CN.
func (e *Extractor) officeBoundary(rs []rune, i int, noCountry bool, p *person) {
	if p.title == "" {
		return
	}
	for _, w := range envoyOffices {
		if k := strings.Index(p.title, w); k > 0 && !strings.HasSuffix(p.title, w) {
			if rest := p.title[k+len(w):]; utf8.RuneCountInString(rest) >= 3 && hasGenericTitleEnd(rest) {
				p.title = rest
			}
			break
		}
	}
	if noCountry && p.country == "" && p.org == "" && i >= 2 && runesHavePrefix(rs[i:], p.title) {
		start := i
		if b := bodyBefore(rs, i-prefixBefore(rs, i, rankPrefixes)); b > 0 {
			start = i - prefixBefore(rs, i, rankPrefixes) - b // "中宣部副部长"
		}
		start -= prefixBefore(rs, start, partyPossessives) // "党的最高委员会主席"
		p.title = string(rs[start:i]) + p.title
	}
	if p.country == "" && p.org == "" {
		for _, w := range sarOffices {
			if strings.HasPrefix(p.title, w) {
				p.country = "CN"
				break
			}
		}
	}
}

// prefixBefore returns the length in runes of the first of ws that ends
// right before rs[i], 0 when none does.
func prefixBefore(rs []rune, i int, ws []string) int {
	for _, w := range ws {
		if n := utf8.RuneCountInString(w); i >= n && string(rs[i-n:i]) == w {
			return n
		}
	}
	return 0
}

// bodyBefore returns the length of the body's name that ends right before
// rs[i] ("中联部" before 部长): 2 to 10 name runes after a clause boundary
// (punctuation, a space, 的, the 电 of a dateline), ending in one of bodyEnds,
// holding none of bodyBreaks; 0 when there is none.
func bodyBefore(rs []rune, i int) int {
	if i < 2 || !bodyEnds[rs[i-1]] {
		return 0
	}
	for k := i - 1; k >= 0 && i-k <= 10; k-- {
		if !isNameRune(rs[k]) || bodyBreaks[rs[k]] {
			return 0
		}
		if k == 0 || !isNameRune(rs[k-1]) || rs[k-1] == '的' || rs[k-1] == '电' {
			if i-k >= 2 {
				return i - k
			}
			return 0
		}
	}
	return 0
}

// runeSet returns the set of the first runes of ws (single-character
// vocabulary entries).
func runeSet(ws []string) map[rune]bool {
	m := make(map[rune]bool, len(ws))
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = true
	}
	return m
}

// runesHavePrefix reports whether rs starts with the runes of p, without
// converting rs to a string.
func runesHavePrefix(rs []rune, p string) bool {
	k := 0
	for _, r := range p {
		if k >= len(rs) || rs[k] != r {
			return false
		}
		k++
	}
	return true
}
