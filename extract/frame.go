package extract

import (
	"slices"
	"strconv"
	"strings"
)

// An event is read from its sentence by a fixed order of small passes
// around the event verb at rs[p:after] (eventAt):
//
//	host        the subject before the verb (hostPass, bareHost, jointCounterpart),
//	            and its side (hostSide, cohostSides: foreign offices, cities abroad)
//	cohosts     several hosts of one verb, one meeting each (cohostPass, cohostList)
//	kind        the verb's kind, refined by the words before it (kindOf, splitBefore)
//	counterpart before the verb (同/与/向 X: counterpartsBefore) or after it
//	            (会见 X: counterpartsAfter), or a group named later (groupPass)
//	time        the date and time of day nearest the verb (timePass)
//	place       the venue and the occasions (placePass)
//	sides       the guests' side against the host's (guestSide), one event per
//	            sender of messages received (splitReceived)

// eventAt reads the event whose verb (trigger tr) is rs[p:after].
func (e *Extractor) eventAt(rs []rune, p, after int, tr trigger) (ev event, ok bool) {
	left := rs[:p]
	if ev, ok := e.whileEvent(rs, p, after, tr); ok {
		return ev, true
	}
	if pastBefore(left) || repeated(left) {
		return ev, false
	}
	hf, ok := e.hostPass(left)
	if !ok {
		// "拉贾帕克萨5日在…会见": a host named by name alone.
		hf.host, hf.end = e.bareHost(left, hf.clauseStart)
		if hf.end < 0 {
			return ev, false
		}
	}
	ev.host = hf.host
	jointGuest := jointCounterpart(left, &hf, tr)
	if jointGuest != nil {
		ev.host = hf.host
	}
	e.cohostPass(&ev, left, hf.clauseStart, tr)
	e.cohostList(&ev, left, hf, tr)
	hostSide(&ev.host)
	cohostSides(&ev)
	ev.kind = kindOf(tr, left)
	ev.split = splitBefore(tr, left)
	placeRegion := e.counterpartsBefore(&ev, rs[hf.end:p], jointGuest, tr)
	var counterpart []rune // the words naming the counterpart
	if len(ev.guests) == 0 && (!tr.with || objectAfter(rs[after:])) || tr.word == "宴请" && len(ev.guests) == 0 {
		counterpart = e.counterpartsAfter(&ev, rs[after:], tr)
	}
	if !e.groupPass(&ev, tr, counterpart) {
		return ev, false
	}
	timePass(&ev, left)
	e.placePass(&ev, rs[hf.end:p], left[hf.clauseStart:hf.end], placeRegion)
	hadGuests := len(ev.guests) > 0
	if ev.guests = e.namedPersons(ev.guests); len(ev.guests) == 0 && !ev.collective && !ev.credentials && ev.delegation == "" && hadGuests {
		return ev, false // "同乌克兰总长会谈": an office, no one named
	}
	if !guestSide(&ev) {
		return ev, false
	}
	splitReceived(&ev, tr)
	return ev, true
}

// namedPersons drops the "persons" that name no one (noName): an office
// alone ("乌克兰总长", "美国国务卿"), a name that is itself a title word.
func (e *Extractor) namedPersons(ps []person) []person {
	for _, p := range ps {
		if e.noName(p) {
			return slices.DeleteFunc(ps, e.noName)
		}
	}
	return ps
}

// noName reports a "person" that names no one: an office alone.
func (e *Extractor) noName(p person) bool { return e.officeWord(p.name) }

// officeWord reports a word that is an office, not a name: a title of the
// lexicon, or a short word ending in a title word and opened by no surname
// ("总长", "秘书长").
func (e *Extractor) officeWord(w string) bool {
	if e.lex.Titles[w] {
		return true
	}
	rs := []rune(w)
	return len(rs) >= 2 && len(rs) <= 3 && !surnameRunes[rs[0]] && titleEndsAt(rs, 0, len(rs))
}

// objectAfter reports a verb whose counterpart usually comes before it
// (会晤, 会谈 after 同/与) used with its object after it: "分别会晤了俄国家
// 杜马副主席…尤里耶夫", "会晤了X".
func objectAfter(right []rune) bool {
	return len(right) > 1 && right[0] == '了' && !strings.ContainsRune("，。；：、！？", right[1])
}

// personSpan is a person found before the verb, with where it stands.
type personSpan struct {
	p          person
	start, end int
}

// hostFrame is what hostPass finds in the clause before the verb.
type hostFrame struct {
	clauseStart int          // where the verb's clause begins
	seen        []personSpan // every person before the verb, for several hosts
	idx         int          // the host's index in seen
	end         int          // where the host ends (after a photo's position marker)
	host        person
}

// clauseStartOf returns where the clause of the verb begins in left: after
// the last 。, ；, or 】 ("【大公报讯】据中新社报道：" names no host).
func clauseStartOf(left []rune) int {
	for i := len(left) - 1; i >= 0; i-- {
		if left[i] == '。' || left[i] == '；' || left[i] == '】' {
			return i + 1
		}
	}
	return 0
}

// hostPass finds the host: of the persons in the clause before the verb,
// the one the verb phrase follows ("…的特别代表、国家副主席王岐山在首尔
// 会见"), else the first. A person after 同/与/向 is the counterpart, and
// the inviter of "应X邀请" is no host.
func (e *Extractor) hostPass(left []rune) (hf hostFrame, ok bool) {
	hf.clauseStart = clauseStartOf(left)
	hf.end, hf.idx = -1, -1
	first := true
	for i := hf.clauseStart; i < len(left); i++ {
		if !first && hasAnyAt(left, i, "同", "与", "向", "应约", "给") != "" {
			break // the counterpart, not the host
		}
		hp, end, found := e.personAt(left, i, false, false)
		if !found {
			if n, tag, _ := e.gaz.match(left, i); n > 0 && tag == "ldr" {
				hp, end, found = e.personAt(left, i, true, false)
			}
		}
		if !found && first && (i == hf.clauseStart || strings.ContainsRune(" ，：）)电", left[i-1])) {
			hp, end, found = e.hostBeforeOffice(left, i)
		}
		if !found {
			continue
		}
		if i > 0 && left[i-1] == '除' || i > 1 && hasAt(left, i-2, "除了") {
			i = end - 1 // "除安倍外，他还连续会见了…": besides him, not the host
			continue
		}
		if hasAnyAt(left, end, "邀请", "的邀请") != "" || strings.HasSuffix(hp.name, "邀请") {
			i = end - 1 // "应希腊议长塔苏拉斯邀请": the inviter, not the host
			continue
		}
		hf.seen = append(hf.seen, personSpan{hp, i, end})
		end += posMarker(left, end) // "祖马（右）在…会见": a photo's position
		follows := end == len(left) || hasAnyAt(left, end, "在", "同", "与", "应约", "向", "于", "今天", "当天", "分别", "集体", "和夫人", "首次", "再次", "首度", "再度") != "" || (end < len(left) && left[end] >= '0' && left[end] <= '9') ||
			end == len(left)-1 && left[end] == '，' // "A和B，举行视频通话"
		if first || follows {
			hf.host, hf.end, hf.idx = hp, end, len(hf.seen)-1
			first = false
		}
		i = end - 1
	}
	return hf, hf.end >= 0
}

// jointCounterpart reads the two sides of talks or a call joined by 和
// before the verb ("国家主席江泽民和美国总统克林顿在白宫举行了会谈"): the
// first is the host (hf.host is set to it), the second, a foreign person
// with an office, the counterpart (never a co-host of 分别). It returns
// nil when the clause is not of that form.
func jointCounterpart(left []rune, hf *hostFrame, tr trigger) *person {
	i := hf.idx
	if !tr.with || i < 1 || hf.seen[i-1].end >= hf.seen[i].start ||
		string(left[hf.seen[i-1].end:hf.seen[i].start]) != "和" || runeIdx(left, "分别", hf.seen[i].start) >= 0 ||
		!otherSides(hf.seen[i-1].p, hf.seen[i].p) {
		return nil
	}
	g := hf.seen[i].p
	hf.host = hf.seen[i-1].p
	return &g
}

// otherSides reports two persons of two sides: the second foreign with an
// office ("江泽民和美国总统克林顿"), or the first foreign and the second
// Chinese ("美国财长耶伦和国务院副总理刘鹤").
func otherSides(a, b person) bool {
	if b.title == "" || b.country == "" {
		return false
	}
	return b.country != "CN" || a.country != "" && a.country != "CN"
}

// cohostPass reads several hosts before 分别, one meeting each
// ("拉戈斯和当选总统巴切莱特分别于9日和10日…会见"), with the day of each
// when "分别于" tells them.
func (e *Extractor) cohostPass(ev *event, left []rune, clauseStart int, tr trigger) {
	k := runeIdx(left, "分别", clauseStart)
	if k <= clauseStart || tr.with && containsAny(string(left[clauseStart:k]), "同与") {
		return
	}
	hs := e.personsIn(left[clauseStart:k], false, true)
	if len(hs) < 2 {
		return
	}
	ev.host = hs[0]
	for _, h := range hs[1:] {
		if h.country == "" && h.org == "" {
			h.country = hs[0].country
		}
		ev.cohosts = append(ev.cohosts, h)
	}
	if m := daysRe.FindStringSubmatch(string(left[k:])); m != nil {
		for _, d := range strings.Split(m[1], "和") {
			ev.days = append(ev.days, number(strings.TrimSuffix(d, "日")))
		}
	}
}

// cohostList reads "总统A、总理B、议长C22日分别会见了X": one meeting per
// host, the hosts a list joined by 、/和/及 that ends with the host; an
// item may hold an office outside the lexicon ("、参议院主席布哈里").
func (e *Extractor) cohostList(ev *event, left []rune, hf hostFrame, tr trigger) {
	if tr.word != "分别会见" || len(ev.cohosts) > 0 || hf.idx < 1 {
		return
	}
	seen := hf.seen
	last := hf.idx
	first := last
	for first > 0 {
		prev, cur := seen[first-1], seen[first]
		if joinedBy(left, prev.end, cur.start) {
			first--
			continue
		}
		if prev.end < cur.start && strings.ContainsRune("、和及", left[prev.end]) {
			if q, qend, ok := e.personAt(left, prev.end+1, false, true); ok && qend == cur.end && q.name == cur.p.name {
				seen[first].p = q
				first--
				continue
			}
		}
		break
	}
	if last == first {
		return
	}
	ev.host = seen[first].p
	for _, h := range seen[first+1 : last+1] {
		if h.p.country == "" && h.p.org == "" && !h.p.known {
			h.p.country = ev.host.country
		}
		ev.cohosts = append(ev.cohosts, h.p)
	}
}

// kindOf is the kind of the verb, refined by the words before it: "以视频
// 方式会见/会谈" is a video call, "举行电话会谈", "电话会晤" a phone call.
func kindOf(tr trigger, left []rune) Kind {
	k := tr.kind
	if (k == KindMeeting || k == KindTalks) && runeIdx(left, "视频", 0) >= 0 {
		return KindVideoCall
	}
	if (k == KindMeeting || k == KindTalks) && len(left) >= 2 && hasAt(left, len(left)-2, "电话") {
		return KindPhoneCall
	}
	return k
}

// splitBefore reports "分别会见", "分别致电A和B": one meeting per counterpart.
func splitBefore(tr trigger, left []rune) bool {
	return tr.word == "分别会见" || len(left) >= 2 && hasAt(left, len(left)-2, "分别")
}

// notWithAt reports a 同 at rs[i] that is no "with": "同日" (the same day),
// "同时", "同样", "同一天"; but "同日本外相…" and "同日方" are "with Japan".
func notWithAt(rs []rune, i int) bool {
	if hasAnyAt(rs, i+1, "日本", "日方") != "" {
		return false
	}
	return hasAnyAt(rs, i+1, "日", "时", "样", "一天") != ""
}

// counterpartsBefore reads the counterparts introduced before the verb by
// 同/与/向/给 in mid (the words between host and verb): they end where the
// place, day or verb phrase begins ("与俄罗斯总理弗拉德科夫今天在人民大会堂
// 举行了…会晤"). Without one, a counterpart joined to the host by 和 is
// the guest, or for talks and calls the second of two sides named before
// their offices ("江泽民主席和叶利钦总统今天互致贺电"). It returns the words
// where the place is to be looked for.
func (e *Extractor) counterpartsBefore(ev *event, mid []rune, jointGuest *person, tr trigger) (placeRegion []rune) {
	guestFrom := -1
	for i := 0; i < len(mid); i++ {
		if w := hasAnyAt(mid, i, "应约同", "应约与", "同", "与", "向", "给"); w != "" {
			if w == "同" && notWithAt(mid, i) {
				continue // "同日另与…": the same day, not "with"
			}
			guestFrom = i + len([]rune(w))
			// "分别与A，以及B通电话": one call each.
			if i >= 2 && hasAt(mid, i-2, "分别") {
				ev.split = true
			}
			break
		}
	}
	if guestFrom < 0 {
		if jointGuest != nil {
			ev.guests = []person{*jointGuest}
		} else if tr.with {
			ev.guests = e.jointNamedSide(mid)
		}
		return mid
	}
	span := mid[guestFrom:]
	full := span
	for k := 1; k < len(span); k++ {
		// "与A和B相互致电": 相互 belongs to the verb, not the name.
		if hasAnyAt(span, k, "今天", "昨天", "当天", "举行", "于", "分别", "相互", "准时", "如期") != "" || (span[k] >= '0' && span[k] <= '9' && hasAt(span, k+1, "日")) {
			// "与A和B分别举行会谈": one meeting each.
			if hasAt(span, k, "分别") {
				ev.split = true
			}
			span = span[:k]
			break
		}
	}
	// Bare names must be plausible persons, or have a country ("美国友人库
	// 林"): "分别同A、两党联邦参众议员以及金融、智库人士等会见交流" names
	// groups besides A.
	ev.guests = slices.DeleteFunc(e.personsIn(span, true, false), func(p person) bool {
		return p.country == "" && p.org == "" && !plausiblePerson(p)
	})
	ev.occasions = occasionsIn(span)
	placeRegion = mid[:guestFrom]
	if len(ev.guests) > 0 {
		// "同X在Y举行会谈": the place follows the guest.
		if i := runeIdx(full, "在", 0); i >= 0 {
			placeRegion = full[i:]
		}
	}
	return placeRegion
}

// counterpartEnd returns where the counterparts after the verb end in
// right: at the clause's end, or at "时" before a speech verb ("在会见白俄
// 罗斯总理鲁马斯时表示"). A list goes on after a comma before 以及/及/和/
// 还有, or before a person with country and office ("会见俄罗斯总理A，白俄
// 罗斯总理B以及…"): commaList reports the latter, one meeting each.
func (e *Extractor) counterpartEnd(right []rune) (end int, commaList bool) {
	for i, r := range right {
		if r == '，' && hasAnyAt(right, i+1, "以及", "及", "和", "还有") != "" {
			continue
		}
		if r == '，' && i > 0 {
			if q, _, ok := e.personAt(right, i+1, false, false); ok && q.country != "" && q.title != "" && q.name != "" {
				commaList = true
				continue
			}
		}
		if r == '时' && hasAnyAt(right, i+1, "表示", "说", "指出", "强调", "介绍") != "" {
			return i, commaList
		}
		// "在会见X后，又会见了Y": the counterpart ends at 后/之后.
		if w := hasAnyAt(right, i, "之后，", "后，"); w != "" && i > 0 {
			return i, commaList
		}
		if r == '，' || r == '。' || r == '；' || r == '：' {
			return i, commaList
		}
	}
	return len(right), commaList
}

// counterpartsAfter reads the counterparts after the verb ("会见…的X国总统
// Y", "致电Y，"): a delegation's head first ("以X为团长/为首的…代表团"),
// else the persons of the span, else the head named after 代表团 ("…代表团
// 史密斯一行"). It returns the words naming the counterparts.
func (e *Extractor) counterpartsAfter(ev *event, right []rune, tr trigger) (counterpart []rune) {
	if w := hasAnyAt(right, 0, "并宴请了", "并宴请"); w != "" {
		right = right[len([]rune(w)):] // "会见并宴请了以议长萨米为首的…代表团"
	}
	end, commaList := e.counterpartEnd(right)
	span := receivedSpan(right[:end], tr)
	counterpart = span
	if hasAt(span, 0, "祝贺") {
		span = span[2:] // "致电祝贺X当选…"
		ev.guests = e.electedIn(span)
	}
	if i := runeIdx(span, "并", 0); i >= 0 && i > 2 && runeIdx(span, "的", i) < 0 {
		// "会见X并宴请": the list ends at 并; but "进行访问并出席…的
		// 南非副总统X" is a relative clause before the guest.
		span = span[:i]
	}
	if g, ok := e.delegationLedBy(span); ok {
		ev.guests = g
	}
	if len(ev.guests) == 0 {
		ev.guests = e.personsIn(span, tr.kind == KindMessage, true)
	}
	if len(ev.guests) > 1 && tr.kind == KindMessage && hasAt(counterpart, 0, "祝贺") && ev.guests[0].country != "" {
		ev.split = true // "分别致电祝贺A当选X国总统、B当选Y国总统"
	}
	if len(ev.guests) == 0 {
		if g := e.delegationHeadAfter(span); g != nil {
			ev.guests = g
		}
	}
	ev.occasions = occasionsIn(span)
	if commaList && len(ev.guests) > 1 {
		ev.split = true
	}
	return counterpart
}

// delegationLedBy reads the head of "以X为团长的…代表团", "以X为首的…
// 代表团", "由X为团长，…组成的…团", with the country the delegation's name gives when the head has
// none. ok is false for a span of another form.
func (e *Extractor) delegationLedBy(span []rune) (gs []person, ok bool) {
	i := runeIdx(span, "以", 0)
	if j := runeIdx(span, "由", 0); j >= 0 && (i < 0 || j < i) && runeIdx(span, "为团长", j) > j {
		i = j // "由X为团长，…组成的…领事团"
	}
	if i < 0 {
		return nil, false
	}
	k := runeIdx(span, "为团长", i)
	if k < 0 {
		k = runeIdx(span, "为首", i)
	}
	if k <= i {
		return nil, false
	}
	gs = e.personsIn(span[i+1:k], false, true)
	if len(gs) > 0 && gs[0].country == "" && gs[0].org == "" {
		for _, m := range e.gaz.scan(span[k:]) {
			if m.tag == "cty" {
				gs[0].country = m.val
				break
			}
		}
	}
	return gs, true
}

// delegationHeadAfter reads "会见美国国会众议员代表团史密斯一行": the head
// named after 代表团, with the delegation's country.
func (e *Extractor) delegationHeadAfter(span []rune) []person {
	i := runeIdx(span, "代表团", 0)
	if i < 0 {
		return nil
	}
	k := runeIdx(span, "一行", i)
	if k <= i+3 {
		return nil
	}
	g := e.personsIn(span[i+3:k], true, false)
	if len(g) != 1 {
		return nil
	}
	for _, m := range e.gaz.scan(span[:i]) {
		if m.tag == "cty" && g[0].country == "" {
			g[0].country = m.val
		}
	}
	return g
}

// groupPass handles counterparts that are groups: named later (a group
// phrase, "会见美国众议院…代表团"), met collectively (集体会见, or a group
// dropped from the guests), or the envoys of 递交国书, told in a later
// sentence. It reports false when the event has no counterpart at all.
func (e *Extractor) groupPass(ev *event, tr trigger, counterpart []rune) bool {
	var hadGroup bool
	ev.guests, hadGroup = dropGroups(ev.guests)
	if len(ev.guests) == 0 && tr.kind == KindMeeting && groupPhrase(counterpart) {
		ev.group = true
		for _, m := range e.gaz.scan(counterpart) {
			if m.tag == "cty" && m.val != "CN" {
				ev.groupCountry = m.val
				break
			}
		}
	}
	switch {
	case tr.word == "递交国书":
		ev.guests = nil
		ev.credentials = true
	case tr.word == "集体会见" && len(ev.guests) == 0:
		// "集体会见出席…的外方代表团团长": guests not named one by one.
		ev.collective = true
	case len(ev.guests) == 0 && hadGroup && tr.kind == KindMeeting:
		// "同建交太平洋岛国领导人举行集体会见": guests named after.
		ev.collective = true
	case len(ev.guests) == 0 && ev.group:
		// named later: kept only if the article names them
	case len(ev.guests) == 0:
		return false
	}
	return true
}

// timePass reads the date nearest the verb and the time of day from the
// words before it. The lead sentence may begin with the dateline's own
// date ("新华社北京10月1日电 …30日在北京会见"); a date ending a range ("25
// 日至28日…访问，在莫斯科会见") is the end of a visit, not the day of the
// meeting; with no day told, 昨日/昨晚 says the day before the article's.
func timePass(ev *event, left []rune) {
	ls := string(left)
	if loc := lastDateIn(ls); loc != nil {
		sub := func(g int) string {
			if loc[2*g] < 0 {
				return ""
			}
			return ls[loc[2*g]:loc[2*g+1]]
		}
		ev.year, _ = strconv.Atoi(sub(1))
		ev.month, _ = strconv.Atoi(sub(2))
		ev.day = number(sub(3))
		if pre := ls[:loc[0]]; strings.HasSuffix(pre, "至") || strings.HasSuffix(pre, "到") {
			ev.year, ev.month, ev.day, ev.span = 0, 0, 0, true
		}
	}
	if m := firstTodIn(ls); m != nil {
		if m[1] != "" {
			ev.tod = todMap[m[1]]
		} else {
			ev.tod = todMap[m[2]]
		}
	}
	if ev.day == 0 {
		ev.yesterday, ev.tod = yesterday(left, ev.tod)
	}
}

// placePass reads the place ("在<place>" in placeRegion, split into venue
// and city) and the host's occasions: "在利雅得出席…峰会期间会见" in mid
// (the words between host and verb), "赴韩国出席…就职仪式的…王岐山" in
// hostClause (the clause up to the host's end).
func (e *Extractor) placePass(ev *event, mid, hostClause, placeRegion []rune) {
	ev.place, ev.city = e.splitPlace(placeIn(placeRegion))
	if o := duringOccasion(mid); o != "" {
		ev.occasions, _ = addUnique(ev.occasions, o)
	}
	if len(hostClause) > 0 {
		for _, o := range occasionsIn(hostClause) {
			ev.occasions, _ = addUnique(ev.occasions, o)
		}
	}
}
