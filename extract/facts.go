package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

var (
	agreeRe = regexp.MustCompile(`(?:签署|交换|签订)(?:了)?([^，。；《》]{1,200}?)等(领域|方面)?(.{0,14}?)(?:文件|协议|协定|备忘录)`)
	countRe = regexp.MustCompile(`(\d+余份|\d+多份|\d+份|多份|数十份|一系列|\d+余项|\d+项|多项|\d+余个|\d+个|多个)`)
	// agreeAfterRe: "见证了…等领域多个合作文件的签署". (Both run by hand:
	// agreeScan.)
	agreeAfterRe = regexp.MustCompile(`见证(?:了)?([^，。；《》]{1,200}?)等(领域|方面)(.{0,14}?)(?:文件|协议|协定|备忘录)的(?:签署|交换)`)
	// coopRe reads "在/加强…等领域(的)合作", and "…领域的对话、交流与合作"
	// (run by hand: coopMatches);
	// coopLeadRe a short list opening a clause with 等各领域 ("经贸等各领域的
	// 合作不断扩大"; a list of another body's areas, "贸易、投资等领域合作扎实推进",
	// is not one).
	coopLeadRe = regexp.MustCompile(`^([^，。；、]{2,8}?(?:、[^，。；、]{2,8}?)*)等各领域的?合作`)
	// coopOpenRe is a clause-opening list of two areas or more, kept only
	// after a clause about the two countries (bilateralRe).
	coopOpenRe  = regexp.MustCompile(`^([^，。；、]{2,8}?(?:、[^，。；、]{2,8}?)+)等领域的?合作`)
	bilateralRe = regexp.MustCompile(`(?:双边|两国|中[\p{Han}](?:关系|合作|友好))[^。；]*，$`)
	coopRe      = regexp.MustCompile(`(?:在|加强|深化|拓展|扩大|推进|推动|开展|加快|促进|密切)(?:在)?([^，。；]{2,80}?)等?(?:广泛|重点|新兴|传统|优先|关键|各)?领域(?:[^，。；和与及]{0,8}?|的?(?:对话、|沟通、)?交流[与和])合作`)
	quotedRe    = regexp.MustCompile(`[“"「]([^”"“「」]{2,12})[”"」](?:战略|计划|构想|愿景|规划)`) // 「」 in Hong Kong and Taiwan copies
	// quotedListRe is a list of quoted strategies: "同埃及“2030愿景”“苏伊士运河走廊开发”等发展战略".
	quotedListRe = regexp.MustCompile(`((?:[“"][^”"“]{2,12}[”"][、和及]?){2,6})等(?:发展|国家|经济)?(?:战略|规划|计划|构想)`)
	quotedItemRe = regexp.MustCompile(`[“"]([^”"“]{2,12})[”"]`)
	// quotedWorkRe is a quoted programme named as such: "“五大工程”", "“丝路书香”工程",
	// a quoted plan "“非洲之角和平发展构想”" (round 11's decision).
	quotedWorkRe = regexp.MustCompile(`[“"]([^”"“]{2,10}(?:工程|计划|行动|走廊|合作区|构想))[”"]`)
	// projectRe is a named joint project: "共同实施好中非联合研究中心项目".
	projectRe = regexp.MustCompile(`(?:实施|推进|建设|落实|建好|办好|运营好|实施好)(中[\p{Han}－-]{3,11}?)(?:等)?项目`)
	railRe    = regexp.MustCompile(`(中[\p{Han}]{1,3}(?:铁路|高铁|经济走廊|天然气管道|输油管道))`)
	attendRe  = regexp.MustCompile(`^(.{2,120}?)等?(?:也|还|亦|均)?(?:参加|出席|陪同|(?:会见|会谈|会晤)?时在座|在座)(?:了)?(?:当天的|此次|这次)?(?:上述活动|上述|会见|会谈|活动|会晤|通话|宴会|欢迎仪式|签字仪式)?(?:活动)?[。]?$`)
	zoneRe    = regexp.MustCompile(`([\p{Han}]{2,8}(?:[-－—·][\p{Han}]{2,6})?(?:综合开发区|经济合作区|经贸合作区|工业园区|产业园区|经济特区|自由贸易区|产业园|工业园|开发区))`)
	anaphorRe = regexp.MustCompile(`这一倡议|该倡议|上述倡议|这一理念|这些倡议|系列重要全球倡议|系列全球倡议|[三四]大全球倡议`)
)

var supportVerbs = words("support_verbs.txt")

// supportVerbsByFirst indexes supportVerbs by their first rune.
var supportVerbsByFirst = func() map[rune][]int {
	m := map[rune][]int{}
	for k, v := range supportVerbs {
		r, _ := utf8.DecodeRuneInString(v)
		m[r] = append(m[r], k)
	}
	return m
}()

// supportVerbFirst holds the first rune of each of supportVerbs.
var supportVerbFirst = runes.FirstRunes(supportVerbs...)

// firstSupportVerb returns the first of supportVerbs, in their order, that
// c holds, as a list of one; none when c holds none. The supports rule
// tries the verbs in order and stops at the first found: this finds that
// one in one pass over c instead of one pass per verb.
func firstSupportVerb(c []rune) []string {
	best := -1
	for i, r := range c {
		if !supportVerbFirst.Has(r) {
			continue // (a bit set test before the map lookup)
		}
		for _, k := range supportVerbsByFirst[r] {
			if (best < 0 || k < best) && hasAt(c, i, supportVerbs[k]) {
				best = k
			}
		}
	}
	if best < 0 {
		return nil
	}
	return supportVerbs[best : best+1]
}

// factCtx carries what rules need to know about the article.
type factCtx struct {
	sents     []sentence
	countries []string // guest countries first, then countries named in the article
	speaker   map[int]string
}

func (e *Extractor) resolveAbbr(r rune, ctx *factCtx) string {
	return pickCountry(e.lex.Abbr[r], ctx)
}

func addEv(m *Meeting, field, value string, s sentence) {
	m.Evidence = append(m.Evidence, Evidence{Field: field, Value: value, Text: s.text, Start: s.start, End: s.end})
}

func addUnique(list []string, v string) ([]string, bool) {
	for _, x := range list {
		if x == v {
			return list, false
		}
	}
	return append(list, v), true
}

func splitList(s string) []string {
	var out []string
	for _, it := range strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '，' }) {
		it = strings.TrimSpace(it)
		for _, p := range []string{"了", "在", "两国", "双方", "涉及"} {
			it = strings.TrimPrefix(it, p)
		}
		// "对非传染病防控": the area without its addressee (对非, 对华, 对外).
		if rs := []rune(it); len(rs) >= 5 && rs[0] == '对' && strings.ContainsRune("非华外欧美亚拉", rs[1]) {
			it = string(rs[2:])
		}
		if it == "" || len([]rune(it)) > 20 {
			continue
		}
		// "能源和资源开发": 和 joining two areas, never that of 和平, 和谐.
		if a, b, ok := strings.Cut(it, "和"); ok && utf8.RuneCountInString(a) >= 2 && utf8.RuneCountInString(b) >= 2 &&
			!strings.ContainsAny(b[:len("和")], "平谐解睦") && !strings.Contains(b, "和") {
			out = append(out, a, b)
			continue
		}
		out = append(out, it)
	}
	return out
}

// sentenceFacts adds the facts of sentence s (index si) to meeting m, pass
// by pass: signed agreements, cooperation areas, initiatives and projects,
// the relationship's designation, proposals, supports.
func (e *Extractor) sentenceFacts(m *Meeting, si int, ctx *factCtx, lastInits *[]string) {
	s := ctx.sents[si]
	if runes.ContainsWord(s.text, "领域") || runes.ContainsWord(s.text, "方面") {
		agreementFacts(m, s)
		e.cooperationAreaFacts(m, s)
	}
	inits := mentionFacts(m, s)
	e.projectFacts(m, s)
	e.relationshipFact(m, s)
	proposalFacts(m, s)
	e.supports(m, si, ctx, inits, *lastInits)
	if len(inits) > 0 {
		*lastInits = inits
	}
}

// addFact adds value to the list *list of m's field, with the sentence as
// its evidence, unless the list holds it already.
func addFact(m *Meeting, list *[]string, field, value string, s sentence) {
	var added bool
	if *list, added = addUnique(*list, value); added {
		addEv(m, field, value, s)
	}
}

// agreementFacts reads "签署…等领域…合作文件": the domains and the count.
// Without 领域 only a list of several items counts ("签署了经贸、科技、教育
// 等多项合作文件"), not "联合声明等文件".
func agreementFacts(m *Meeting, s sentence) {
	for _, g := range agreeMatches(s.text) {
		if g[2] == "" && (!strings.Contains(g[1], "、") || strings.Contains(g[1], "《")) {
			continue
		}
		for _, d := range splitList(domainList(g[1])) {
			addFact(m, &m.AgreementDomains, "agreementDomains", d, s)
		}
		if c := countRe.FindString(g[3]); c != "" && m.AgreementCount == nil {
			cc := c
			m.AgreementCount = &cc
			addEv(m, "agreementCount", c, s)
		}
	}
}

// cooperationAreaFacts reads "在X、Y等领域(的)合作" in each clause that is
// no agreement. A clause-opening list of two or more areas counts after a
// clause about the two countries ("双边贸易额逆势增长，农业水利、交通物流等
// 领域合作稳步推进"), not after another body's ("上海合作组织潜力巨大，贸
// 易、投资…等领域合作扎实推进").
func (e *Extractor) cooperationAreaFacts(m *Meeting, s sentence) {
	text := s.text
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return r == '，' || r == '；' || r == '。' }) {
		if !runes.ContainsWord(clause, "合作") || !runes.ContainsWord(clause, "领域") || agreeIn(clause) {
			continue
		}
		gs := coopMatches(clause)
		if gs == nil {
			gs = coopLeadRe.FindAllStringSubmatch(clause, -1)
		}
		if gs == nil {
			if i := runes.IndexWord(text, clause); i > 0 && bilateralRe.MatchString(text[:i]) {
				gs = coopOpenRe.FindAllStringSubmatch(clause, -1)
			}
		}
		for _, g := range gs {
			items := g[1]
			if i := strings.LastIndex(items, "在"); i >= 0 {
				items = items[i+len("在"):]
			}
			if !strings.Contains(g[0], "等") || coopStatedAsDone(g[0], clause) {
				continue
			}
			for k, d := range splitList(items) {
				if k == 0 {
					d = e.trimSidesPair(d)
				}
				addFact(m, &m.CooperationAreas, "cooperationAreas", d, s)
			}
		}
	}
}

// mentionFacts adds the initiatives and projects the lexicon found in s;
// it returns the sentence's initiatives.
func mentionFacts(m *Meeting, s sentence) (inits []string) {
	for _, mt := range s.ments {
		switch mt.tag {
		case "ini":
			inits, _ = addUnique(inits, mt.val)
			addFact(m, &m.Initiatives, "initiatives", mt.val, s)
		case "prj":
			addFact(m, &m.Projects, "projects", mt.val, s)
		}
	}
	return inits
}

// projectFacts reads the projects no lexicon knows: zones ("…综合开发区"),
// quoted strategies, plans and works ("“2030愿景”等战略", "“光明之路”计
// 划"), named 项目, strategies docked with each other ("推动“中国制造2025”
// 同德国“工业4.0”对接"), quoted plans and railways. An initiative is never
// a project.
func (e *Extractor) projectFacts(m *Meeting, s sentence) {
	if !anyRuneIn(s.rs, projectCues) {
		return // no zone, quote, 项目 or railway word: one scan decides
	}
	text := s.text
	if (runes.ContainsWord(text, "区") || runes.ContainsWord(text, "园")) &&
		containsAnyWord(text, "开发区", "合作区", "园区", "工业园", "产业园", "特区", "自由贸易区") {
		for _, g := range zoneRe.FindAllStringSubmatch(text, -1) {
			if name := trimZone(g[1]); name != "" {
				addFact(m, &m.Projects, "projects", name, s)
			}
		}
	}
	quoted := runes.ContainsWord(text, "“") || strings.IndexByte(text, '"') >= 0
	for _, name := range quotedProjectNames(text, quoted) {
		if _, isIni := e.lex.Initiatives[name]; isIni || strings.HasSuffix(name, "倡议") {
			continue
		}
		addFact(m, &m.Projects, "projects", name, s)
	}
	if quoted && strings.Contains(text, "对接") {
		for _, name := range dockedNames(text) {
			if _, isIni := e.lex.Initiatives[name]; isIni || strings.HasSuffix(name, "倡议") {
				continue
			}
			addFact(m, &m.Projects, "projects", name, s)
		}
	}
	for _, re := range []*regexp.Regexp{quotedRe, railRe} {
		if re == quotedRe && (!quoted && !runes.ContainsWord(text, "「") || !containsAnyWord(text, "战略", "计划", "构想", "愿景", "规划")) ||
			re == railRe && !containsAnyWord(text, "铁路", "高铁", "走廊", "管道") {
			continue
		}
		leads := quoteLeads
		if re == railRe {
			leads = railLeads
		}
		for _, g := range findAllFrom(re, text, leads...) {
			if _, isIni := e.lex.Initiatives[g[1]]; isIni {
				continue
			}
			addFact(m, &m.Projects, "projects", g[1], s)
		}
	}
}

// projectCues holds the first runes of every word projectFacts looks for
// (区 and 园 of zones, quotes, 项目, railways and corridors): a sentence
// without one names no project.
var projectCues = runes.FirstRunes("区", "园", "“", "\"", "「", "项", "铁", "高", "走", "管")

// anyRuneIn reports whether rs holds a rune of set.
func anyRuneIn(rs []rune, set *runes.Set) bool {
	for _, r := range rs {
		if set.Has(r) {
			return true
		}
	}
	return false
}

// quotedProjectNames lists the names of quoted strategies and plans in a
// list ("“X”、“Y”等战略"), of quoted works ("“X工程”"), and of named 项目.
func quotedProjectNames(text string, quoted bool) []string {
	listed := quoted && runes.ContainsWord(text, "等") && containsAnyWord(text, "战略", "规划", "计划", "构想")
	work := quoted && containsAnyWord(text, "工程”", "计划”", "行动”", "走廊”", "合作区”", "构想”", "工程\"", "计划\"", "行动\"", "走廊\"", "合作区\"", "构想\"")
	named := runes.ContainsWord(text, "项目") && runes.ContainsWord(text, "中")
	var names []string
	if listed {
		for _, g := range quotedListRe.FindAllStringSubmatch(text, -1) {
			for _, q := range quotedItemRe.FindAllStringSubmatch(g[1], -1) {
				names = append(names, q[1])
			}
		}
	}
	if work {
		for _, g := range quotedWorkRe.FindAllStringSubmatch(text, -1) {
			names = append(names, g[1])
		}
	}
	if named {
		for _, g := range projectRe.FindAllStringSubmatch(text, -1) {
			names = append(names, g[1])
		}
	}
	return names
}

// relationshipFact reads the designation of the relationship; the longest
// wins, and its evidence is the only one kept.
func (e *Extractor) relationshipFact(m *Meeting, s sentence) {
	text := s.text
	for _, loc := range relMatches(text) {
		g, ok := e.designationAt(text, loc, m)
		if !ok {
			continue
		}
		if m.Relationship == nil || len([]rune(g)) > len([]rune(*m.Relationship)) {
			r := g
			m.Relationship = &r
			kept := m.Evidence[:0]
			for _, ev := range m.Evidence {
				if ev.Field != "relationship" {
					kept = append(kept, ev)
				}
			}
			m.Evidence = kept
			addEv(m, "relationship", g, s)
		}
	}
}

// designationAt returns the designation matched at loc in text, with its
// modifiers, unless it is a wish ("两国应该成为战略伙伴"), a regional one
// (China–ASEAN), a description of the other side ("重要战略合作伙伴"), a
// third party's ("非中战略伙伴关系"), or a bare 合作伙伴 not right after
// 中X/两国.
func (e *Extractor) designationAt(text string, loc []int, m *Meeting) (string, bool) {
	if wishBefore(text[:loc[0]]) {
		return "", false
	}
	from := relModifiers(text, loc[0])
	if from == loc[0] {
		from = horizonBefore(text, from) // "面向21世纪的建设性伙伴关系"
	}
	g := text[from:loc[1]]
	pre := []rune(text[:loc[0]])
	pre = pre[max(0, len(pre)-4):]
	if strings.Contains(string(pre), "东盟") || strings.Contains(string(pre), "欧盟") || strings.Contains(string(pre), "非盟") {
		return "", false
	}
	if strings.HasSuffix(text[:loc[0]], "重要") || strings.HasSuffix(text[:loc[0]], "重要的") {
		return "", false
	}
	if e.thirdPartyDesignation(pre, m) {
		return "", false
	}
	bilateral := len(pre) >= 2 && (pre[len(pre)-2] == '中' || string(pre[len(pre)-2:]) == "两国")
	if !bilateral && !hasDesignationCore(g) {
		return "", false
	}
	return g, true
}

// proposalFacts reads "习近平主席（刚刚）提出（的）X倡议": the leader named
// at most six runes before 提出, in the same clause, proposed every
// initiative of the clause after it.
func proposalFacts(m *Meeting, s sentence) {
	rs := s.rs
	for q := runeIdx(rs, "提出", 0); q >= 0; q = runeIdx(rs, "提出", q+2) {
		leader := ""
		for _, mt := range s.ments {
			if mt.tag == "ldr" && mt.end <= q && q-mt.end <= 6 && !containsAny(string(rs[mt.end:q]), "，。；") {
				leader = mt.val
			}
		}
		if leader == "" {
			continue
		}
		end := len(rs)
		for k := q; k < len(rs); k++ {
			if rs[k] == '，' || rs[k] == '。' || rs[k] == '；' {
				end = k
				break
			}
		}
		for _, mt := range s.ments {
			if mt.tag == "ini" && mt.start >= q && mt.end <= end && !hasProposal(m.Proposals, leader, mt.val) {
				m.Proposals = append(m.Proposals, Proposal{Leader: leader, Initiative: mt.val})
				addEv(m, "proposals", leader+":"+mt.val, s)
			}
		}
	}
}

func containsAny(s, chars string) bool { return strings.ContainsAny(s, chars) }

func hasProposal(ps []Proposal, l, i string) bool {
	for _, p := range ps {
		if p.Leader == l && p.Initiative == i {
			return true
		}
	}
	return false
}

func hasSupport(ss []Support, c, i string) bool {
	for _, p := range ss {
		if p.Country == c && p.Initiative == i {
			return true
		}
	}
	return false
}

// notSides are X方 words that name no foreign state.
var notSides = map[rune]bool{'中': true, '我': true, '双': true, '各': true, '对': true, '多': true, '外': true, '东': true, '西': true, '南': true, '北': true, '官': true, '地': true, '军': true, '警': true, '校': true, '资': true, '买': true, '卖': true, '甲': true, '乙': true, '一': true, '他': true, '她': true}

// sideSubject returns the state that is the subject of a clause: "乌方…",
// "乌兹别克斯坦…"; "CN" for the Chinese side, "" when none is explicit.
func (e *Extractor) sideSubject(c []rune, ctx *factCtx) string {
	for i := 0; i+1 < len(c); i++ {
		if c[i+1] == '方' {
			// A short form of several characters first ("埃塞方").
			if code, at := e.multiSide(c, i, ctx); code != "" {
				if at == 0 || !strings.ContainsRune("同与和对向为给帮让跟助各有", c[at-1]) {
					return code
				}
				continue
			}
			if i > 0 && strings.ContainsRune("同与和对向为给帮让跟助各有", c[i-1]) {
				continue
			}
			if c[i] == '中' || c[i] == '我' || c[i] == '双' {
				return "CN"
			}
			if notSides[c[i]] {
				continue
			}
			if code := e.resolveAbbr(c[i], ctx); code != "" {
				return code
			}
		}
	}
	if n, tag, val := e.gaz.match(c, 0); n > 0 && tag == "cty" {
		return val
	}
	return ""
}

func (e *Extractor) supports(m *Meeting, si int, ctx *factCtx, sentInits, lastInits []string) {
	s := ctx.sents[si]
	clauses, offs := clausesOf(s.rs)
	subj := ctx.speaker[s.para]
	var seen []string // initiatives met so far in this sentence
	for ci, c := range clauses {
		sj := e.sideSubject(c, ctx)
		if sj != "" {
			subj = sj
		}
		if subj != "" && subj != "CN" || runeIdx(c, "方", 0) >= 0 {
			e.clauseSupport(m, ctx, s, c, offs[ci], subj, sj != "", lastOf(seen, lastInits))
		}
		for _, x := range initsIn(s, offs[ci], offs[ci]+len(c)) {
			seen, _ = addUnique(seen, x)
		}
	}
}

// clausesOf splits rs at ，；。： into clauses, with the offset of each.
func clausesOf(rs []rune) (clauses [][]rune, offs []int) {
	clauses = make([][]rune, 0, 8)
	offs = make([]int, 0, 8)
	start := 0
	for i, r := range rs {
		if r == '，' || r == '；' || r == '。' || r == '：' {
			clauses = append(clauses, rs[start:i])
			offs = append(offs, start)
			start = i + 1
		}
	}
	if start < len(rs) {
		clauses = append(clauses, rs[start:])
		offs = append(offs, start)
	}
	return clauses, offs
}

// initsIn lists the initiatives mentioned in s.rs[from:to].
func initsIn(s sentence, from, to int) []string {
	var out []string
	for _, mt := range s.ments {
		if mt.tag == "ini" && mt.start >= from && mt.end <= to {
			out, _ = addUnique(out, mt.val)
		}
	}
	return out
}

// clauseSupport reads the support of clause c (at offset off in s) by its
// subject subj: the first of supportVerbs the clause holds, whose subject
// is a side named right before it ("中方赞赏佛方积极支持…") or subj, and
// whose object is the initiatives after it. Without an initiative as
// object, the verb refers back (to earlier, the initiatives met before)
// only when the clause names its subject (named) or the verb follows a
// modal or adverb ("巴方将全力支持", not "鼓舞和支持").
func (e *Extractor) clauseSupport(m *Meeting, ctx *factCtx, s sentence, c []rune, off int, subj string, named bool, earlier []string) {
	for _, v := range firstSupportVerb(c) {
		vi := runeIdx(c, v, 0)
		if vi < 0 {
			continue
		}
		vsubj := e.sideBeforeVerb(c, vi, subj, ctx)
		if vsubj == "" || vsubj == "CN" {
			return
		}
		target := initsIn(s, off+vi, off+len(c))
		explicit := named || (vi > 0 && strings.ContainsRune("将愿全定度极完力都也并均会", c[vi-1]))
		if len(target) == 0 && explicit {
			rest := string(c[vi+utf8.RuneCountInString(v):])
			if anaphoric(rest) || intransitive(rest) {
				target = earlier
			}
		}
		for _, ini := range target {
			if !hasSupport(m.Supports, vsubj, ini) {
				m.Supports = append(m.Supports, Support{Country: vsubj, Initiative: ini})
				addEv(m, "supports", vsubj+":"+ini, s)
			}
		}
		return
	}
}

// sideBeforeVerb returns the side named by a 方 word at most five runes
// before the verb at vi (not the object of 同/与/对…), else subj.
func (e *Extractor) sideBeforeVerb(c []rune, vi int, subj string, ctx *factCtx) string {
	for k := vi - 1; k >= max(0, vi-5); k-- {
		if c[k] == '方' && k > 0 {
			if k < 2 || !strings.ContainsRune("同与和对向为给帮让跟助", c[k-2]) {
				if code := e.sideSubject(c[max(0, k-3):k+1], ctx); code != "" {
					return code
				}
			}
			return subj
		}
	}
	return subj
}

// anaphoric is anaphorRe.MatchString(s), run only when s holds a word
// every match holds (倡议, or 这一理念).
func anaphoric(s string) bool {
	return (runes.ContainsWord(s, "倡议") || runes.ContainsWord(s, "这一理念")) && anaphorRe.MatchString(s)
}

func lastOf(seen, last []string) []string {
	if len(seen) > 0 {
		return seen
	}
	return last
}

// intransitive is true when nothing but adverbs and further verbs follow the
// support verb ("巴方将全力支持并积极落实").
func intransitive(rest string) bool {
	for _, w := range []string{"并", "积极", "推动", "落实", "共同", "愿", "将", "和", "参与", "响应", "支持", "全力", "完全", "坚定", "努力", "加以", "予以", "。", " "} {
		rest = strings.ReplaceAll(rest, w, "")
	}
	return rest == ""
}

// The words every match of a regexp starts with, for findAllFrom.
var (
	agreeLeads = []string{"签署", "交换", "签订"}                                                // agreeRe
	coopLeads  = []string{"在", "加强", "深化", "拓展", "扩大", "推进", "推动", "开展", "加快", "促进", "密切"} // coopRe
	quoteLeads = []string{"“", "\"", "「"}                                                  // quotedRe
	railLeads  = []string{"中"}                                                             // railRe
)

// findAllFrom is re.FindAllStringSubmatch(s, -1) for a regexp without
// anchors whose every match starts with one of leads: it runs from the
// first of them (no match starts before it), and not at all when s holds
// none. (These regexps have no literal prefix, so the regexp package tries
// every position of s.)
func findAllFrom(re *regexp.Regexp, s string, leads ...string) [][]string {
	k := -1
	for _, w := range leads {
		if i := runes.IndexWord(s, w); i >= 0 && (k < 0 || i < k) {
			k = i
		}
	}
	if k < 0 {
		return nil
	}
	return re.FindAllStringSubmatch(s[k:], -1)
}

func agreeMatches(text string) [][]string {
	if !runes.ContainsWord(text, "签") && !runes.ContainsWord(text, "交换") {
		return nil
	}
	out := agreeScan(text, agreeForm1)
	if runes.ContainsWord(text, "见证") {
		for _, g := range agreeScan(text, agreeForm2) {
			g[1] = strings.TrimPrefix(g[1], "双边")
			out = append(out, g)
		}
	}
	return out
}

// agreeIn reports a match of agreeRe or agreeAfterRe in s, trying each
// only when s holds the words its matches need (as agreeMatches does).
func agreeIn(s string) bool {
	return (runes.ContainsWord(s, "签") || runes.ContainsWord(s, "交换")) && agreeScan(s, agreeForm1) != nil ||
		runes.ContainsWord(s, "见证") && agreeScan(s, agreeForm2) != nil
}

// thirdPartyDesignation reports a designation written after "中X" or "X中"
// (pre: the runes just before it) where X stands for no country of the
// meeting's foreign participants: a region (非, 拉, 欧) or another country.
func (e *Extractor) thirdPartyDesignation(pre []rune, m *Meeting) bool {
	if len(pre) < 2 {
		return false
	}
	a, b := pre[len(pre)-2], pre[len(pre)-1]
	var x rune
	switch {
	case a == '中' && b != '中':
		x = b
	case b == '中' && a != '中':
		x = a
	default:
		return false
	}
	if x == '国' || x == '方' || !unicode.Is(unicode.Han, x) {
		return false
	}
	foreign := false
	for _, p := range m.Participants {
		if p.Country == nil || *p.Country == "" || *p.Country == "CN" {
			continue
		}
		foreign = true
		for _, c := range e.lex.Abbr[x] {
			if c == *p.Country {
				return false
			}
		}
	}
	return foreign
}

// relWords build a partnership designation before 伙伴 .
var relWords = words("rel_words.txt")

// relMatches finds the designations "…伙伴" of text (byte offsets): from
// each 伙伴 back over the words of a designation, at least one. (A plain
// scan: the equivalent regular expression was slow on long text.)
func relMatches(text string) [][]int {
	var out [][]int
	for off := 0; ; {
		i := runes.IndexWord(text[off:], "伙伴")
		if i < 0 {
			return out
		}
		i += off
		off = i + len("伙伴")
		start := i
	back:
		for {
			for _, w := range relWords {
				if strings.HasSuffix(text[:start], w) {
					start -= len(w)
					continue back
				}
			}
			break
		}
		if start < i {
			out = append(out, []int{start, off})
		}
	}
}

// wishBefore reports a modal "成为" before a designation.
func wishBefore(pre string) bool {
	for _, w := range []string{"应该成为", "应当成为", "应成为", "可以成为", "能够成为", "希望成为", "愿意成为", "愿成为"} {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	return false
}

// relModifiers extends a designation starting at byte start back over its
// qualities, "相互尊重、共同发展的" or "平等互信、互利共赢的" (phrases of two to
// four characters joined by 、, then 的), or a single one after the two
// sides ("中荷开放务实的").
func relModifiers(text string, start int) int {
	if !strings.HasSuffix(text[:start], "的") {
		return start
	}
	rs := []rune(text[:start-len("的")])
	k, items := len(rs), 0
	for {
		j := k
		for j > 0 && k-j < 4 && unicode.Is(unicode.Han, rs[j-1]) && rs[j-1] != '的' && rs[j-1] != '、' {
			j--
		}
		if k-j < 2 {
			break
		}
		items++
		if j > 0 && rs[j-1] == '、' {
			k = j - 1
			continue
		}
		k = j
		break
	}
	// One quality is enough right after the two sides: "中荷开放务实的全面
	// 合作伙伴关系".
	if items < 2 && !(items == 1 && k >= 2 && (rs[k-2] == '中' && rs[k-1] != '国' || string(rs[k-2:k]) == "两国")) {
		return start
	}
	return len(string(rs[:k]))
}

func containsAnyWord(s string, words ...string) bool {
	for _, w := range words {
		if runes.ContainsWord(s, w) {
			return true
		}
	}
	return false
}

// zoneLead are words that open the phrase before a zone's name ("继续建设好
// 磨憨-磨丁经济合作区", "和万象赛色塔综合开发区").
var zoneLead = words("zone_lead.txt")

// trimZone cuts what precedes a zone's name; "" when too little is left.
func trimZone(z string) string {
	for _, suf := range []string{"综合开发区", "经济合作区", "经贸合作区", "工业园区", "产业园区", "经济特区", "自由贸易区", "产业园", "工业园", "开发区"} {
		if !strings.HasSuffix(z, suf) {
			continue
		}
		head := strings.TrimSuffix(z, suf)
		for {
			cut := -1
			for _, w := range zoneLead {
				if i := strings.LastIndex(head, w); i >= 0 && i+len(w) > cut {
					cut = i + len(w)
				}
			}
			if cut <= 0 {
				break
			}
			head = head[cut:]
		}
		if len([]rune(head)) < 2 {
			return ""
		}
		return head + suf
	}
	return ""
}

// dockedNames returns the quoted names of the clause before each 对接 of
// text ("推动“中国制造2025”同德国“工业4.0”对接" → 中国制造2025, 工业4.0),
// when the clause holds two or more, joined by 同, 与 or 和.
func dockedNames(text string) []string {
	var out []string
	for off := 0; ; {
		i := strings.Index(text[off:], "对接")
		if i < 0 {
			return out
		}
		i += off
		off = i + len("对接")
		start := max(strings.LastIndex(text[:i], "，"), strings.LastIndex(text[:i], "。"), strings.LastIndex(text[:i], "；"))
		if start < 0 {
			start = 0
		}
		clause := text[start:i]
		if !containsAnyWord(clause, "同", "与", "和") {
			continue
		}
		var names []string
		for rest := clause; ; {
			a := strings.Index(rest, "“")
			if a < 0 {
				break
			}
			rest = rest[a+len("“"):]
			b := strings.Index(rest, "”")
			if b < 0 {
				break
			}
			if n := utf8.RuneCountInString(rest[:b]); n >= 2 && n <= 15 && !strings.ContainsAny(rest[:b], "，。；、") {
				names = append(names, rest[:b])
			}
			rest = rest[b+len("”"):]
		}
		if len(names) >= 2 {
			out = append(out, names...)
		}
	}
}

// The words of coopRe after its leads (coopLeads), in the order its
// alternations try them ("" : the optional group left out).
var (
	coopModifiers = []string{"广泛", "重点", "新兴", "传统", "优先", "关键", "各"}
	coopTalks     = []string{"对话、", "沟通、", ""}
)

// coopMatches is findAllFrom(coopRe, s, coopLeads...) by hand: the same
// leftmost, first-preferred matches (the regexp, whose lazy run of up to
// 80 characters is tried at every lead word, took about 9µs a clause).
// Each item is the whole match and the areas (coopRe's group);
// TestCoopMatchesMatchesRegexp holds them to the regexp.
func coopMatches(s string) [][]string {
	var out [][]string
	for p := 0; p < len(s); {
		if end, g1, g2, ok := coopAt(s, p); ok {
			out = append(out, []string{s[p:end], s[g1:g2]})
			p = end
			continue
		}
		_, w := utf8.DecodeRuneInString(s[p:])
		p += w
	}
	return out
}

// coopAt matches coopRe anchored at s[p:]: the end of the match and the
// bounds of its group, trying the choices in the regexp's order.
func coopAt(s string, p int) (end, g1, g2 int, ok bool) {
	q := -1
	for _, w := range coopLeads {
		if strings.HasPrefix(s[p:], w) {
			q = p + len(w)
			break
		}
	}
	if q < 0 {
		return 0, 0, 0, false
	}
	starts := []int{q}
	if strings.HasPrefix(s[q:], "在") {
		starts = []int{q + len("在"), q} // (?:在)? is greedy
	}
	for _, from := range starts {
		// ([^，。；]{2,80}?): the shortest run first.
		e := from
		for n := 1; n <= 80 && e < len(s); n++ {
			r, w := utf8.DecodeRuneInString(s[e:])
			if r == '，' || r == '。' || r == '；' {
				break
			}
			e += w
			if n < 2 {
				continue
			}
			if end, ok := coopAfterAreas(s, e); ok {
				return end, from, e, true
			}
		}
	}
	return 0, 0, 0, false
}

// coopAfterAreas matches the rest of coopRe after its group at s[e:]:
// 等?(?:广泛|…|各)?领域 and the tail before 合作.
func coopAfterAreas(s string, e int) (int, bool) {
	ends := []int{e}
	if strings.HasPrefix(s[e:], "等") {
		ends = []int{e + len("等"), e} // 等? is greedy
	}
	for _, m := range ends {
		for _, w := range coopModifiers {
			if strings.HasPrefix(s[m:], w) && strings.HasPrefix(s[m+len(w):], "领域") {
				if end, ok := coopTail(s, m+len(w)+len("领域")); ok {
					return end, true
				}
			}
		}
		if strings.HasPrefix(s[m:], "领域") {
			if end, ok := coopTail(s, m+len("领域")); ok {
				return end, true
			}
		}
	}
	return 0, false
}

// coopTail matches coopRe's ending at s[t:]: up to 8 characters (the
// fewest first) that are no clause stop nor 和/与/及 before 合作, else
// 的?(?:对话、|沟通、)?交流[与和]合作.
func coopTail(s string, t int) (int, bool) {
	for k, n := t, 0; ; n++ {
		if strings.HasPrefix(s[k:], "合作") {
			return k + len("合作"), true
		}
		if n == 8 || k >= len(s) {
			break
		}
		r, w := utf8.DecodeRuneInString(s[k:])
		if strings.ContainsRune("，。；和与及", r) {
			break
		}
		k += w
	}
	des := []int{t}
	if strings.HasPrefix(s[t:], "的") {
		des = []int{t + len("的"), t}
	}
	for _, d := range des {
		for _, w := range coopTalks {
			if !strings.HasPrefix(s[d:], w) {
				continue
			}
			x := d + len(w)
			if !strings.HasPrefix(s[x:], "交流") {
				continue
			}
			x += len("交流")
			if (strings.HasPrefix(s[x:], "与") || strings.HasPrefix(s[x:], "和")) && strings.HasPrefix(s[x+len("与"):], "合作") {
				return x + len("与") + len("合作"), true
			}
		}
	}
	return 0, false
}

// agreeForm is how agreeScan reads agreeRe or agreeAfterRe: the lead
// words, the domain words (optional for agreeRe, "" standing for none),
// and the words after the document (agreeAfterRe's "的签署").
type agreeForm struct {
	leads, domains, after []string
}

var (
	agreeForm1    = agreeForm{leads: agreeLeads, domains: []string{"领域", "方面", ""}}
	agreeForm2    = agreeForm{leads: []string{"见证"}, domains: []string{"领域", "方面"}, after: []string{"的签署", "的交换"}}
	agreeDocWords = []string{"文件", "协议", "协定", "备忘录"}
)

// agreeScan is FindAllStringSubmatch(s, -1) of agreeRe (form agreeForm1)
// or agreeAfterRe (agreeForm2) by hand: the same leftmost, first-preferred
// matches, without the regexp's lazy run of up to 200 characters tried at
// every position. TestAgreeScanMatchesRegexps holds it to them.
func agreeScan(s string, f agreeForm) [][]string {
	var out [][]string
	for p := 0; p < len(s); {
		if g, ok := agreeAt(s, p, f); ok {
			out = append(out, g)
			p += len(g[0])
			continue
		}
		_, w := utf8.DecodeRuneInString(s[p:])
		p += w
	}
	return out
}

// agreeAt matches form f anchored at s[p:], trying the choices in the
// regexp's order: the lead, 了?, the items (the fewest first), 等, the
// domain, up to 14 characters (the fewest first), the document.
func agreeAt(s string, p int, f agreeForm) ([]string, bool) {
	q := -1
	for _, w := range f.leads {
		if strings.HasPrefix(s[p:], w) {
			q = p + len(w)
			break
		}
	}
	if q < 0 {
		return nil, false
	}
	starts := []int{q}
	if strings.HasPrefix(s[q:], "了") {
		starts = []int{q + len("了"), q}
	}
	for _, from := range starts {
		e := from
		for n := 1; n <= 200 && e < len(s); n++ {
			r, w := utf8.DecodeRuneInString(s[e:])
			if strings.ContainsRune("，。；《》", r) {
				break
			}
			e += w
			if !strings.HasPrefix(s[e:], "等") {
				continue
			}
			x := e + len("等")
			for _, d := range f.domains {
				if !strings.HasPrefix(s[x:], d) {
					continue
				}
				y := x + len(d)
				if end, k, ok := agreeDocAt(s, y, f.after); ok {
					return []string{s[p:end], s[from:e], d, s[y:k]}, true
				}
			}
		}
	}
	return nil, false
}

// agreeDocAt matches (.{0,14}?)(?:文件|协议|协定|备忘录) and the words after
// at s[y:]: the end of the match and of the group.
func agreeDocAt(s string, y int, after []string) (end, k int, ok bool) {
	k = y
	for c := 0; ; c++ {
		for _, doc := range agreeDocWords {
			if !strings.HasPrefix(s[k:], doc) {
				continue
			}
			z := k + len(doc)
			if after == nil {
				return z, k, true
			}
			for _, a := range after {
				if strings.HasPrefix(s[z:], a) {
					return z + len(a), k, true
				}
			}
		}
		if c == 14 || k >= len(s) {
			return 0, 0, false
		}
		r, w := utf8.DecodeRuneInString(s[k:])
		if r == '\n' {
			return 0, 0, false
		}
		k += w
	}
}
