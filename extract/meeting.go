package extract

import (
	_ "embed"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

// trigger is an event verb and the kind of meeting it reports.
type trigger struct {
	word  string
	kind  Kind
	with  bool   // the counterpart is introduced by 同/与 before the verb
	frame string // the frame column of vocab/triggers.tsv
}

// Frames of vocab/triggers.tsv: where the counterpart is named.
const (
	frameWith  = "with"  // before the verb, after 同/与
	frameAfter = "after" // after the verb
	// frameReceived: after the verb, the message or call received from
	// him following ("接到X打来的电话"); see received_message.go.
	frameReceived = "received"
)

//go:embed vocab/triggers.tsv
var triggersTSV string

// triggers, in the order of vocab/triggers.tsv (longest first where one
// contains another).
var triggers = parseTriggers(triggersTSV)

// parseTriggers reads the rows "word\tkind\tframe" of vocab/triggers.tsv;
// it panics on a malformed row (the file is embedded and tested).
func parseTriggers(data string) []trigger {
	var out []trigger
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" || !validKind(f[1]) || (f[2] != frameWith && f[2] != frameAfter && f[2] != frameReceived) {
			panic("extract: vocab/triggers.tsv: bad row " + strconv.Quote(line))
		}
		out = append(out, trigger{word: f[0], kind: Kind(f[1]), with: f[2] == frameWith, frame: f[2]})
	}
	return out
}

// validKind reports whether k is one of the meeting kinds of the contract.
func validKind(k string) bool {
	switch Kind(k) {
	case KindMeeting, KindTalks, KindPhoneCall, KindVideoCall, KindMessage, KindOther:
		return true
	}
	return false
}

// triggerFirst holds the first runes of the triggers.
var triggerFirst = func() map[rune]bool {
	m := map[rune]bool{}
	for _, t := range triggers {
		m[[]rune(t.word)[0]] = true
	}
	return m
}()

// triggersByFirst indexes triggers (in priority order) by first rune.
var triggersByFirst = func() map[rune][]int {
	m := map[rune][]int{}
	for k, t := range triggers {
		r := []rune(t.word)[0]
		m[r] = append(m[r], k)
	}
	return m
}()

// isTriggerFirst reports whether r starts a trigger.
func isTriggerFirst(r rune) bool {
	return triggerFirst[r]
}

// triggerFirstBMP holds isTriggerFirst for the Basic Multilingual Plane
// (derived from the table once): one load and test per rune of every
// sentence.
var triggerFirstBMP = func() *runes.Set {
	s := &runes.Set{}
	for r := range triggerFirst {
		if uint32(r) < 0x10000 {
			s.Add(r)
		}
	}
	return s
}()

// triggerStarts is isTriggerFirst, from triggerFirstBMP.
func triggerStarts(r rune) bool {
	if uint32(r) < 0x10000 {
		return triggerFirstBMP.Has(r)
	}
	return isTriggerFirst(r)
}

// event is a meeting found in one sentence.
type event struct {
	kind      Kind
	sent      int
	host      person
	guests    []person
	year      int
	month     int
	day       int
	tod       string
	place     string
	city      string // the city of a place written as an address, if told
	occasions []string
	split     bool // 分别会见: one meeting per guest
	// credentials is true for "接受…递交国书": the envoys are listed in
	// a later sentence.
	credentials bool
	// collective is true for 集体会见 without named guests.
	collective bool
	// while is true for "在会见X时，Y说": one meeting of a 分别会见 told
	// before, whose date and place it shares.
	while bool
	// delegation is the delegation named by a while event instead of its
	// head ("会见蒙古人民党代表团时" → "蒙古人民党"); the head is the guest of
	// the lead whose name stands next to it.
	delegation string
	// guestSent holds, for a 分别会见, the sentence where the meeting with
	// each guest is told ("会见雷纳时，…").
	guestSent map[string]int
	// together holds, for a 分别会见, the guests met in one meeting, as a
	// paragraph tells them ("在会见里德、麦康奈尔时").
	together [][]string
	// caption is true for an event told in a photo caption.
	caption bool
	// group is true for a counterpart named as a group or delegation
	// ("分别会见一些太平洋岛国领导人", "会见美国众议院…代表团"): the guests
	// are named later in the article.
	group bool
	// groupCountry is the country of that group, if the phrase names one.
	groupCountry string
	// cohosts are further hosts of "A和B分别于9日和10日会见…" (one meeting
	// each); days are the days of "分别于…", one per host, 0 if not told.
	cohosts []person
	days    []int
	// verbEnd is where the event verb ends in its sentence.
	verbEnd int
	// span is true when the date before the verb ends a range ("25日至28日
	// …访问，在莫斯科会见"): the day of the meeting is not told.
	span bool
	// yesterday is true for "昨日/昨天/昨晚…会见" with no day told: the day
	// before the article's date (Hong Kong and Taiwan papers).
	yesterday bool
}

var (
	dateInRe = regexp.MustCompile(`(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日`)
	todRe    = regexp.MustCompile(`(?:(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日|当天|同日|当日|今天|昨天|当地时间)(上午|中午|下午|晚上|晚间|傍晚|晚|早上|早晨|凌晨)|(当晚|当天晚些时候|当天上午|当天下午)`)
)

// isDateRune reports the characters a match of dateInRe is made of.
func isDateRune(r rune) bool {
	switch r {
	case '年', '月', '日', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return r >= '0' && r <= '9'
}

// lastDateIn returns the submatch indexes of the last match of dateInRe in
// s (the last one FindAllStringSubmatchIndex lists), or nil. The regexp has
// no literal prefix, so running it over a whole left context tries every
// position; instead it runs over one run of date characters at a time, from
// the last "日" backwards. A match is made of date characters only and ends
// in "日", so no match crosses a character that is not one, and the matches
// within a run are those the scan of the whole string finds there.
func lastDateIn(s string) []int {
	end := len(s)
	for {
		k := runes.LastIndexWord(s[:end], "日")
		if k < 0 {
			return nil
		}
		start := k
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:start])
			if !isDateRune(r) {
				break
			}
			start -= n
		}
		if all := dateInRe.FindAllStringSubmatchIndex(s[start:k+len("日")], -1); len(all) > 0 {
			loc := all[len(all)-1]
			for j := range loc {
				if loc[j] >= 0 {
					loc[j] += start
				}
			}
			return loc
		}
		end = start
	}
}

// todBefore is how far (in bytes) a match of todRe can start before its
// first "午", "晚", "早" or "凌" (every match holds one): "三十九日上午" or
// "当地时间上午"; todLen is the longest match ("三十九日上午", "当天晚些时候").
const (
	todBefore = len("三十九日上")
	todLen    = len("当天晚些时候")
)

// firstTodIn is todRe.FindStringSubmatch(s), run on short windows around
// the characters that every match holds, not over the whole left context
// (the regexp has no literal prefix and would try every position). A match
// starts at most todBefore bytes before such a character k, so the windows
// from k-todBefore to k, taken in order, cover every possible start, and a
// match starting in one of them ends within todLen bytes: it is whole in
// s[k-todBefore : k+todLen]. A match the window finds past k may be cut by
// the window's end; it is found whole in the window of its own character.
func firstTodIn(s string) []string {
	for pos := 0; pos < len(s); {
		k := -1
		for _, c := range []string{"午", "晚", "早", "凌"} {
			if i := runes.IndexWord(s[pos:], c); i >= 0 && (k < 0 || pos+i < k) {
				k = pos + i
			}
		}
		if k < 0 {
			return nil
		}
		from := max(k-todBefore, 0)
		for from > 0 && !utf8.RuneStart(s[from]) {
			from--
		}
		to := min(k+todLen, len(s))
		if loc := todRe.FindStringSubmatchIndex(s[from:to]); loc != nil && from+loc[0] <= k {
			m := make([]string, len(loc)/2)
			for g := range m {
				if loc[2*g] >= 0 {
					m[g] = s[from+loc[2*g] : from+loc[2*g+1]]
				}
			}
			return m
		}
		pos = k + len("午")
	}
	return nil
}

// daysRe reads the days of several hosts' meetings: "分别于9日和10日".
var daysRe = regexp.MustCompile(`^分别于((?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日(?:和(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)+)`)

var todMap = map[string]string{
	"上午": Morning, "早上": Morning, "早晨": Morning, "凌晨": Morning, "当天上午": Morning,
	"中午": Noon,
	"下午": Afternoon, "当天下午": Afternoon,
	"晚上": Evening, "晚间": Evening, "傍晚": Evening, "晚": Evening, "当晚": Evening, "当天晚些时候": Evening,
}

// hostBeforeOffice reads a host named before his office at the start of
// the clause, the older style ("田纪云副委员长今天在…会见"): a Chinese name
// of two or three characters, a lexicon office, then a word that opens the
// verb phrase. The office after the name gives no title (the convention).
func (e *Extractor) hostBeforeOffice(rs []rune, i int) (p person, end int, ok bool) {
	if p, end, ok := shortFormAt(rs, i); ok {
		return p, end, true
	}
	// Where the verb phrase begins: the office ends there.
	j := -1
	for k := i + 3; k < len(rs) && k <= i+10; k++ {
		if (rs[k] >= '0' && rs[k] <= '9') || hasAnyAt(rs, k, verbPhraseOpeners...) != "" {
			j = k
			break
		}
		if !unicode.Is(unicode.Han, rs[k]) {
			return p, i, false
		}
	}
	if j < 0 || !unicode.Is(unicode.Han, rs[i]) || !unicode.Is(unicode.Han, rs[i+1]) {
		return p, i, false
	}
	if n, _, _ := e.gaz.match(rs, i); n > 0 {
		return p, i, false
	}
	for nl := 2; nl <= 3 && i+nl+2 <= j; nl++ {
		office := string(rs[i+nl : j])
		base := strings.TrimPrefix(office, "常务副")
		if base == office {
			base = strings.TrimPrefix(office, "副")
		}
		if e.lex.Titles[office] || genericOffice[base] {
			// "希拉克总统": a foreign office; hostSide defers the country.
			p.name, p.foreign = string(rs[i:i+nl]), foreignOffice(office)
			hostSide(&p)
			return p, j, true
		}
	}
	return p, i, false
}

// verbPhraseOpeners open the verb phrase after a host written before his
// office (hostBeforeOffice).
var verbPhraseOpeners = words("verb_phrase_openers.txt")

// genericOffice holds the office words of genericTitleEnds of two
// characters or more ("委员长", "部长"), genericOffice2 as a set, for
// hostBeforeOffice.
var genericOffice = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range genericOffice2 {
		m[string(w)] = true
	}
	return m
}()

// yesterday reads "昨日", "昨天", "昨晚" in the words before the verb (the
// last clause): the event was the day before the article's date; 昨晚 and
// "昨日上午/下午" also give the time of day when tod is "".
func yesterday(left []rune, tod string) (bool, string) {
	k := len(left) - 1
	for k >= 0 && left[k] != '，' && left[k] != '。' {
		k--
	}
	i := runeIdx(left, "昨", k+1)
	if i < 0 {
		i = leadingYesterday(left)
	}
	if i < 0 && (runeIdx(left, "当日", k+1) >= 0 || runeIdx(left, "当天", k+1) >= 0) {
		// "国防部昨天公布，张又侠当日在北京会见…": that day is yesterday.
		i = runeIdx(left, "昨", 0)
	}
	if i < 0 || hasAnyAt(left, i, "昨日", "昨天", "昨晚") == "" {
		return false, tod
	}
	if tod == "" {
		switch {
		case hasAt(left, i, "昨晚"):
			tod = Evening
		case hasAnyAt(left, i+2, "上午", "早上") != "":
			tod = Morning
		case hasAt(left, i+2, "中午"):
			tod = Noon
		case hasAt(left, i+2, "下午"):
			tod = Afternoon
		case hasAnyAt(left, i+2, "晚上", "晚间") != "":
			tod = Evening
		}
	}
	return true, tod
}

// leadingYesterday is where 昨 stands in a time phrase opening the sentence
// as a clause of its own ("昨日，省长张中伟在蓉会见…"), or -1.
func leadingYesterday(left []rune) int {
	from := 0
	if len(left) > 0 && left[0] == '（' {
		// a byline in brackets first: "（四川日报记者孙琳）昨日，…"
		if e := runeIdx(left, "）", 0); e > 0 && e < 40 {
			from = e + 1
		}
	}
	for k := from; k < len(left) && k <= from+8; k++ {
		switch left[k] {
		case '，':
			if i := runeIdx(left[:k], "昨", from); i >= 0 {
				return i
			}
			return -1
		case '。':
			return -1
		}
	}
	return -1
}

// venueEnds mark a place that is a building rather than a city.
var venueEnds = words("venue_ends.txt")

// beijingVenues are venues named without their city.
var beijingVenues = words("beijing_venues.txt")

var chineseCities = words("chinese_cities.txt")

// pastWords before an event verb tell a past event, or reported speech
// ("去年我们在喀山会晤后", "他说，…会谈"), not the event the report tells.
var pastWords = words("past_words.txt")

// pastBefore reports a past word in left (the words before the verb).
func pastBefore(left []rune) bool {
	if n := len(left); n > 0 && left[n-1] == '曾' || runeIdx(left, "曾同", 0) >= 0 || runeIdx(left, "曾与", 0) >= 0 || runeIdx(left, "曾向", 0) >= 0 {
		return true // "习近平曾复信…", "曾同X通电话"
	}
	return pastWordIn(left) && !announced(left)
}

// announcers are bodies whose statement reports the event (vocab/announcers.txt).
var announcers = newWordSet(words("announcers.txt"))

// announced reports a statement of a body that reports the event: the
// clause before the verb opens with an announcer saying it and names the
// day ("中国商务部周四（5月27日）表示，刘鹤与…通话"), and no other past word
// stands there.
func announced(left []rune) bool {
	k := runeIdx(left, "表示，", 0)
	if k < 0 {
		k = runeIdx(left, "说，", 0)
	}
	if k < 0 || announcers.index(left, 0, k) < 0 || pastWordIn(left[:k]) || pastWordIn(left[k+2:]) {
		return false
	}
	return lastDateIn(string(left)) != nil
}

// pastWordsByFirst indexes pastWords by their first rune.
var pastWordsByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range pastWords {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}()

// pastWordFirst holds the first rune of each of pastWords.
var pastWordFirst = runes.FirstRunes(pastWords...)

// pastWordIn reports whether rs holds one of pastWords: one pass over rs,
// trying the words that start with each rune, instead of one per word.
func pastWordIn(rs []rune) bool {
	for i, r := range rs {
		if !pastWordFirst.Has(r) {
			continue // (a bit set test before the map lookup)
		}
		for _, w := range pastWordsByFirst[r] {
			if hasAt(rs, i, w) {
				return true
			}
		}
	}
	return false
}

// findEvent looks for a meeting told in sentence s.
func (e *Extractor) findEvent(s sentence) (ev event, ok bool) {
	rs := s.rs
	for p := 0; p < len(rs); p++ {
		if !triggerStarts(rs[p]) {
			continue
		}
		tr := triggerAt(rs, p)
		if tr == nil && rs[p] == '互' && hasAt(rs, p, "互致") {
			// "互致新年贺电", "互致新春贺信": an exchange of messages.
			for k := p + 2; k < len(rs) && k <= p+8; k++ {
				if w := hasAnyAt(rs, k, "贺电", "贺信", "贺函"); w != "" {
					tr = &trigger{word: string(rs[p : k+2]), kind: KindMessage, with: true}
					break
				}
			}
		}
		if tr != nil && tr.frame == frameReceived {
			tr = receivedTrigger(rs, p, tr) // nil without a message or call received
		}
		if tr == nil || tr.word == "晤" && p > 0 && strings.ContainsRune("会相", rs[p-1]) {
			continue // 晤 alone is the headline verb ("王毅晤德国外长"), not 会晤's
		}
		after := p + len([]rune(tr.word))
		// "会见后", "会谈时", "会晤以来": an event referred to, not told.
		if w := hasAnyAt(rs, after, "后", "时", "以来", "之后", "期间", "中", "前", "的", "达成", "所达成", "取得", "形成", "成果", "精神", "共识", "机制"); w != "" {
			// "会见中国国务院副总理…", "会见中共…代表团": a guest, not "during";
			// "会见前来出席…的": a clause of the guest, not "before".
			if (w != "中" || hasAnyAt(rs, after+1, "国", "共", "华", "央", "联部", "方") == "") && !comingGuest(rs, after, w) {
				continue
			}
		}
		if ev, ok := e.eventAt(rs, p, after, *tr); ok {
			ev.sent = -1
			ev.verbEnd = after
			return ev, true
		}
	}
	return ev, false
}

// groupWords end a counterpart that is a group or a delegation, whose
// members are named later ("会见美国众议院“美中工作小组”代表团").
var groupWords = words("group_words.txt")

// groupPhrase reports whether span names a group rather than persons.
func groupPhrase(span []rune) bool {
	t := strings.TrimRight(string(span), "”’\" ")
	for _, w := range groupWords {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// hereWords stand for the dateline city ("在这里会见", "在此间会见").
var hereWords = map[string]bool{"这里": true, "此间": true, "当地": true, "该市": true}

// splitPlace reads a place written as an address, "斐济楠迪", "肯尼亚国家宫",
// "美国得克萨斯州克劳福德布什总统的私人农场": after the country (and a state
// or province) comes the city, then the venue. It returns the venue (empty
// for a city only) and the city (empty when the address names none). A
// place without a country prefix ("北京人民大会堂") is kept as written.
func (e *Extractor) splitPlace(pl string) (venue, city string) {
	if hereWords[pl] {
		return "", ""
	}
	// "在他下榻的蓬披曼宫": the venue after where the visitor stays.
	for _, w := range residenceLeads {
		if v, ok := strings.CutPrefix(pl, w); ok && len([]rune(v)) >= 2 && !slices.Contains(bareLodgings, v) {
			pl = v
			break
		}
	}
	// "在此间的总理府": the venue after a word for the dateline city.
	if w, v, ok := strings.Cut(pl, "的"); ok && hereWords[w] && len([]rune(v)) >= 2 {
		pl = v
	}
	if c, ok := strings.CutPrefix(pl, "首都"); ok && len([]rune(c)) >= 2 {
		pl = c // "在特立尼达和多巴哥首都西班牙港"
	}
	// "位于圣地亚哥市中心的国会大楼": the venue after its location.
	if strings.HasPrefix(pl, "位于") {
		if _, v, ok := strings.Cut(pl, "的"); ok && v != "" {
			return v, ""
		}
	}
	rs := []rune(pl)
	n, tag, _ := e.gaz.match(rs, 0)
	if n == 0 || tag != "cty" || n >= len(rs) {
		return pl, ""
	}
	rs = rs[n:]
	// A state or province: "得克萨斯州", "加利福尼亚州", "广东省".
	for k := 2; k <= min(len(rs)-1, 7); k++ {
		if rs[k-1] == '州' || rs[k-1] == '省' {
			rs = rs[k:]
			break
		}
	}
	rest := string(rs)
	if c, ok := strings.CutPrefix(rest, "首都"); ok && len([]rune(c)) >= 2 {
		rest, rs = c, []rune(c)
	}
	isVenue := false
	for _, v := range venueEnds {
		if strings.HasSuffix(rest, v) {
			isVenue = true
			break
		}
	}
	if !isVenue {
		return "", rest // "斐济楠迪": a city
	}
	// "克劳福德布什总统的私人农场": the venue begins at its owner.
	for k := 2; k <= min(len(rs)-2, 6); k++ {
		if m, tag, _ := e.gaz.match(rs, k); m > 0 && (tag == "ldr" || tag == "ttl") {
			return string(rs[k:]), string(rs[:k])
		}
	}
	for _, v := range venueNouns {
		if c, ok := strings.CutSuffix(rest, v); ok && c != "" {
			if k := len([]rune(c)); k >= 2 && k <= 6 {
				return rest, c // "阿斯塔纳总统府"
			}
		}
	}
	return rest, ""
}

// placeEnds, residenceLeads, genericVenues and bareLodgings: see the
// vocab/*.txt files of those names.
var (
	placeEnds      = words("place_ends.txt")
	residenceLeads = words("residence_leads.txt")
	genericVenues  = words("generic_venues.txt")
	bareLodgings   = words("bare_lodgings.txt")
)

// placeIn finds "在<place>" in the words between host and verb.
func placeIn(rs []rune) string {
	i := runeIdx(rs, "在", 0)
	if i < 0 {
		return ""
	}
	rest := rs[i+1:]
	// "也在28日在北京的八一大楼": a day between two 在, the place after the second.
	if d := runeIdx(rest, "日在", 0); d > 0 && d <= 3 && rest[0] >= '0' && rest[0] <= '9' {
		rest = rest[d+2:]
	}
	end := len(rest)
	for k := 0; k < len(rest); k++ {
		if strings.ContainsRune("，。、；：", rest[k]) {
			end = k
			break
		}
		if hasAnyAt(rest, k, placeEnds...) != "" {
			end = k // "在白宫先后进行了小范围和大范围的会谈", "在马尼拉先后会见"
			break
		}
	}
	pl := strings.TrimSpace(string(rest[:end]))
	pl = strings.TrimPrefix(pl, "省会") // "在省会河北会堂": the capital, then the venue
	if n := len([]rune(pl)); n < 2 || n > 24 {
		return ""
	}
	return pl
}

// cityOf derives the city from the place, the dateline city as fallback.
func cityOf(place, dateline string) string {
	if place == "" {
		return dateline
	}
	if dateline != "" && strings.HasPrefix(place, dateline) {
		return dateline
	}
	if dateline != "" && slices.Contains(genericVenues, place) {
		return dateline // "在下榻的国宾馆" abroad
	}
	for _, v := range beijingVenues {
		if strings.HasPrefix(place, v) {
			return "北京"
		}
	}
	for _, c := range chineseCities {
		if strings.HasPrefix(place, c) {
			return c
		}
	}
	// "首尔青瓦台", "洛桑国际奥林匹克博物馆": a city abroad before its venue.
	for _, c := range foreignCities {
		if rest, ok := strings.CutPrefix(place, c); ok && utf8.RuneCountInString(rest) >= 2 {
			for _, v := range venueEnds {
				if strings.HasSuffix(rest, v) {
					return c
				}
			}
		}
	}
	for _, v := range venueEnds {
		if strings.HasSuffix(place, v) {
			if dateline == "" {
				// No dateline: "万象总理府" is in 万象.
				for _, n := range venueNouns {
					if c := strings.TrimSuffix(place, n); c != place {
						if k := len([]rune(c)); k >= 2 && k <= 6 {
							return c
						}
					}
				}
			}
			return dateline
		}
	}
	return place
}

// venueNouns name a building after its city ("阿斯塔纳总统府").
var venueNouns = words("venue_nouns.txt")

var (
	occRe      = regexp.MustCompile(`(?:出席|参加)(.+?)的`)
	occSplitRe = regexp.MustCompile(`(峰会|活动|会议|论坛|博览会|典礼|仪式|大会|年会|开幕式|运动会|庆典|对话会|会晤)(?:和|及|以及|并)`)
)

// occasionsIn lists the events the guest came to attend: "来华出席X和Y活动
// 的…". A visit ("进行国事访问") is not an occasion.
func occasionsIn(span []rune) []string {
	if runeIdx(span, "出席", 0) < 0 && runeIdx(span, "参加", 0) < 0 {
		return nil
	}
	s := string(span)
	var out []string
	if m := occRe.FindStringSubmatchIndex(s); m != nil {
		body := s[m[2]:m[3]]
		// The occasion ends at the 的 before the guest; take the last 的
		// before the first country or title only when the first is too short.
		for _, loc := range splitKeep(body) {
			// "出席“中俄面向21世纪地区合作研讨会”的": the name without its quotes.
			if q, ok := strings.CutPrefix(loc, "“"); ok && strings.HasSuffix(q, "”") && strings.Count(q, "”") == 1 {
				loc = strings.TrimSuffix(q, "”")
			}
			if loc != "" && !isVisit(loc) {
				out = append(out, loc)
			}
		}
	}
	return out
}

// splitKeep splits "X峰会和Y活动" after the event word of each part.
func splitKeep(body string) []string {
	var out []string
	for {
		// (Every match holds 和, 及 or 并.)
		if !strings.ContainsRune(body, '和') && !strings.ContainsRune(body, '及') && !strings.ContainsRune(body, '并') {
			break
		}
		m := occSplitRe.FindStringSubmatchIndex(body)
		if m == nil {
			break
		}
		out = append(out, body[:m[3]])
		body = body[m[1]:]
	}
	return append(out, body)
}

// repeated is true for "三次通话", "3次通电话", "多次会晤": events counted,
// not told ("第二十九次定期会晤" is one event).
func repeated(left []rune) bool {
	for i := len(left) - 1; i >= 0; i-- {
		if left[i] != '次' {
			continue
		}
		j := i - 1
		for j >= 0 && strings.ContainsRune("0123456789一二两三四五六七八九十百多数几", left[j]) {
			j--
		}
		if j < i-1 && (j < 0 || left[j] != '第') {
			return true
		}
	}
	return false
}

// whileEvent reads "会见加蓬外长奥南加时，王毅说，…", the way reports of
// 分别会见 tell each meeting: the verb opens the sentence, the guest ends
// with 时, and the host is the speaker after the comma.
func (e *Extractor) whileEvent(rs []rune, p, after int, tr trigger) (ev event, ok bool) {
	if !(p == 0 || p == 1 && rs[0] == '在') || tr.with || tr.kind == KindMessage {
		return ev, false
	}
	shi := -1
	for k := after; k < len(rs) && k < after+60; k++ {
		if rs[k] == '，' || rs[k] == '。' {
			if k > after && rs[k-1] == '时' {
				shi = k - 1
			}
			break
		}
	}
	if shi < 0 {
		return ev, false
	}
	phrase := rs[after:shi]
	for _, d := range delegationNouns {
		if t, ok := strings.CutSuffix(string(phrase), d); ok && utf8.RuneCountInString(t) >= 2 {
			ev.delegation = t
			ev.guests = []person{{name: t}}
			break
		}
	}
	if ev.delegation == "" {
		ev.guests, _ = dropGroups(e.personsIn(phrase, true, true))
	}
	if len(ev.guests) == 0 {
		return ev, false
	}
	host, _, found := e.personAt(rs, shi+2, true, false)
	if !found {
		return ev, false
	}
	hostSide(&host)
	ev.host, ev.kind, ev.while = host, tr.kind, true
	return ev, true
}

// joinedBy reports whether rs[from:to] is a list separator: 、, 和 or 及.
func joinedBy(rs []rune, from, to int) bool {
	if from < 0 || to > len(rs) || from >= to {
		return false
	}
	switch string(rs[from:to]) {
	case "、", "和", "及", "，":
		return true
	}
	return false
}

// posMarker returns the length of a photo caption's position marker at
// rs[i] ("（右）", "（左二）", "(中)"), or 0.
func posMarker(rs []rune, i int) int {
	if i >= len(rs) || (rs[i] != '（' && rs[i] != '(') {
		return 0
	}
	for k := i + 1; k < len(rs) && k <= i+4; k++ {
		switch rs[k] {
		case '左', '右', '中', '前', '后', '一', '二', '三', '四', '五':
			continue
		case '）', ')':
			if k > i+1 && strings.ContainsRune("左右中前后", rs[i+1]) {
				return k + 1 - i
			}
		}
		return 0
	}
	return 0
}

// electedWords follow the name in "祝贺X当选/连任Y国总统"; the country and
// office after them are what the person was elected to.
var electedWords = words("elected_words.txt")

// electedIn parses "X当选A国总统、Y当选B国总理" (the words after 致电祝贺):
// each item names one person, whose country, or international
// organisation, is the one written after the verb. The office there is not
// a title written before the name and is not kept. It returns nil when
// span is not of that form.
func (e *Extractor) electedIn(span []rune) []person {
	var out []person
	for start := 0; start < len(span); {
		end := start
		for end < len(span) && span[end] != '、' && !(span[end] == '和' && end > start+1) {
			end++
		}
		item := span[start:end]
		k, w := -1, ""
		for i := range item {
			if w = hasAnyAt(item, i, electedWords...); w != "" {
				k = i
				break
			}
		}
		if k < 2 {
			return nil
		}
		ps := e.personsIn(item[:k], true, false)
		if len(ps) != 1 {
			return nil
		}
		p := ps[0]
		for _, m := range e.gaz.scan(item[k+len([]rune(w)):]) {
			if m.tag == "cty" && p.country == "" && p.org == "" {
				p.country = m.val
				break
			}
			if m.tag == "org" && p.country == "" && p.org == "" {
				p.org = m.val
				break
			}
		}
		out = append(out, p)
		start = end + 1
	}
	return out
}
