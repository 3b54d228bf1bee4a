package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/lexicon"
	"github.com/dipgraph/dipgraph/extract/normalize"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

// rawArticle is one article cut out of a page, before fact extraction.
type rawArticle struct {
	text         string
	source, city string
	year         int
	month, day   int
	reporters    []string
	title        *string
	continuation bool
	pageYear     int // year inferred from the whole page, 0 if none

	// The date pass (dates.go): where year came from, the byte offsets in
	// text of the words stating it ({-1,-1} if none), the page's time
	// stamp and the publication date with its source.
	yearSrc string
	yearEv  [2]int
	stamp   civil
	// pageDates are the full dates of the page (a photo caption above a
	// dateline is cut off the article's text).
	pageDates []civil
	pub       civil
	pubSrc    string
	// pubDay is true when the article has no dateline and its month and
	// day are the publication date's (narrativeDays reads the day told).
	pubDay bool
}

// outletCanon maps an outlet's written form to its canonical name;
// outletAlt is the forms' alternation, longest first.
var outletCanon, outletAlt = outlets()

// datelinePat is a dateline: outlet (lexicon/outlets.tsv, or 本报), city
// (absent in "中新网6月13日电"), optional year, month (absent in CNA's
// "中央社记者张三台北19日电"), day.
var datelinePat = `(` + outletAlt + `|本报)(?:记者)? ?([\p{Han}·]{2,10}?)?(?:(\d{4})年)?(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])月)?(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日(?:电|讯|消息|综合外电报导|综合外电报道|综合报导)`

// datelineFirst holds the first rune of every outlet form and of 本报.
var datelineFirst = func() map[rune]bool {
	first := map[rune]bool{'本': true}
	for form := range outletCanon {
		r, _ := utf8.DecodeRuneInString(form)
		first[r] = true
	}
	return first
}()

func outlets() (map[string]string, string) {
	canon, forms, err := lexicon.Outlets()
	if err != nil {
		panic("extract: lexicon/outlets.tsv: " + err.Error()) // embedded data, checked by the tests
	}
	for i, f := range forms {
		forms[i] = regexp.QuoteMeta(f)
	}
	return canon, strings.Join(forms, "|")
}

var (
	// datelineRe reads a dateline: outlet (lexicon/outlets.tsv, or 本报),
	// city, optional year, month, day.
	datelineRe = regexp.MustCompile(datelinePat)
	// datelineAtRe is datelineRe anchored: tried only where an outlet can
	// start (datelineFirst), which is much cheaper than scanning a line.
	datelineAtRe = regexp.MustCompile(`^` + datelinePat)
	// bracketNewsRe is a source-only dateline in brackets: "【明报专讯】".
	// Also "【星岛日报报道】", "【Now新闻台】" (a known outlet alone) and
	// "【新唐人北京时间2021年10月26日讯】".
	bracketNewsRe = regexp.MustCompile(`^【([A-Za-z]{0,6}\p{Han}{2,6}?)(?:北京时间[^】]{0,20}?)?(专讯|讯|报道)?】`)
	// newsRe is a source-only dateline: "央视网消息（新闻联播）：".
	newsRe = regexp.MustCompile(`^(央视网|央视国际|央视新闻(?:客户端)?|人民网|新华网|中国新闻网|国际在线|中国日报网)(?:环球在线|综合)?消息(?:[（(][^）)]{1,12}[）)])?[：:]`)
	// relayRe is a relayed report after a source-only dateline: "国际在线消息：
	// 据新华社电，" — the outlet of the report is the one relayed.
	relayRe = regexp.MustCompile(`^\s*据(` + outletAlt + `)(?:[\p{Han}]{0,8}?)(?:电|报道|消息)[，,：:]`)
	// reportedByRe is People's Daily's byline "记者吴绮敏、张川杜报道：".
	reportedByRe = regexp.MustCompile(`^\s*(记者[\p{Han}·、 ]{2,40}?)报道[：:]`)
	// signOffRe is a reporter's name closing a paragraph: "张平参加会见。（王慧慧）".
	// "…。(记者 李诗佳)", with the word 记者 and a space, is one too.
	signOffRe  = regexp.MustCompile(`(?m)[。！？”][（(](?:记者 ?)?([\p{Han}]{2,4}(?:[、 ][\p{Han}]{2,4}){0,2})[）)]$`)
	reporterRe = regexp.MustCompile(`^\s*[（(]((?:记者|通讯员|特派记者|驻[\p{Han}]{1,8}记者)[^）)]{1,80})[）)]`)
	contRe     = regexp.MustCompile(`[（(]上接(?:第?[\d一二三四五六七八九十]+版|[\p{Han}]{0,4}版)[）)]`)
	fullDateRe = regexp.MustCompile(`^(\d{4})年(\d{1,2})月(\d{1,2})日`)
)

// repairLines joins a line that ends in the middle of a sentence with the
// next one, as PDF copies leave them ("蔡奇、王毅参加上述\n活动。"). A line
// without any punctuation is kept as it is (a headline).
func repairLines(s string) string {
	lines := strings.Split(s, "\n")
	need := false
	for i := 0; i+1 < len(lines); i++ {
		if midSentence(lines[i]) && lines[i+1] != "" && !startsArticle(lines[i+1]) {
			need = true
			break
		}
	}
	if !need {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, ln := range lines {
		b.WriteString(ln)
		if i == len(lines)-1 {
			break
		}
		next := lines[i+1]
		if midSentence(ln) && next != "" && !startsArticle(next) {
			continue
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func midSentence(ln string) bool {
	if ln == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(ln)
	if strings.ContainsRune("。！？!?”’）)】：:；;…", r) {
		return false
	}
	if creditEnd(ln) {
		return false // a photo caption's credit ends it
	}
	return strings.ContainsAny(ln, "，、,；")
}

func startsArticle(ln string) bool {
	loc := datelineRe.FindStringIndex(ln)
	if loc != nil && loc[0] == 0 {
		return true
	}
	loc = contRe.FindStringIndex(ln)
	if loc != nil && loc[0] == 0 {
		return true
	}
	// A source-only dateline: "【大公报讯】…", "央视网消息：…".
	lt := strings.TrimLeft(ln, " ")
	return bracketNewsAt(lt) != nil || newsRe.MatchString(lt)
}

// bracketNewsAt matches bracketNewsRe at the start of lt: an outlet's tag
// with 讯/专讯/报道, or a known outlet's name alone; nil when none.
func bracketNewsAt(lt string) []int {
	m := bracketNewsRe.FindStringSubmatchIndex(lt)
	if m == nil || m[4] < 0 && outletCanon[lt[m[2]:m[3]]] == "" {
		return nil
	}
	return m
}

type cut struct {
	pos  int // byte offset where the article starts
	dl   []int
	cont bool
	news string // source of a source-only dateline
}

// openingParenDateline reports a dateline in parentheses that opens a
// paragraph and is followed by its text, as Taiwan's CNA writes it
// ("（中央社记者张三台北19日电）中国国家主席…"), not a closing attribution:
// open is the index of the opening parenthesis, end the dateline's end.
func openingParenDateline(s string, open, end int) bool {
	if open > 0 && s[open-1] != '\n' {
		return false
	}
	r, n := utf8.DecodeRuneInString(s[end:])
	if r != '）' && r != ')' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[end+n:])
	return end+n < len(s) && next != '\n'
}

// splitReporterCity splits "张三台北" (a CNA dateline's reporter and city)
// at a known city ending it; city is "" when none does.
func splitReporterCity(c string) (name, city string) {
	for _, k := range append(append([]string{"台北", "高雄", "台中", "台南"}, chineseCities...), foreignCities...) {
		if n, ok := strings.CutSuffix(c, k); ok && utf8.RuneCountInString(n) >= 2 && utf8.RuneCountInString(n) <= 4 && len(k) > len(city) {
			name, city = n, k
		}
	}
	return name, city
}

// splitArticles cuts the normalised page at datelines and continuation marks.
func (e *Extractor) splitArticles(s string, opts Options) []rawArticle {
	s = splitGluedByline(s)
	cuts := append(append(datelineCuts(s), newsCuts(s)...), contCuts(s)...)
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].pos < cuts[j].pos })
	pageYear := inferYear(s)
	arts, head, pendingTitle, caption := headArticles(s, cuts, pageYear)
	for i := range cuts {
		a, next, ok := e.cutArticle(s, cuts, i, pageYear, pendingTitle, caption)
		pendingTitle = next
		if ok {
			arts = append(arts, a)
		}
	}
	// An article without dateline may close with one, in brackets, as a
	// newspaper reprinting an agency's report writes it ("…新台阶。（新华社
	// 北京9月16日电 记者刘东凯）"): that is its dateline when it is the only one.
	for i := range arts {
		if arts[i].source == "" && arts[i].day == 0 {
			e.trailerDateline(&arts[i])
		}
	}
	// An article without dateline may still close with its reporter
	// ("…。（记者 李诗佳）").
	for i := range arts {
		if arts[i].reporters == nil && (strings.Contains(arts[i].text, "（记者") || strings.Contains(arts[i].text, "(记者")) {
			arts[i].reporters = signOff(arts[i].text)
		}
	}
	e.bylinePass(arts, head)
	return arts
}

// datelineCuts are the datelines that open an article: at the start of a
// paragraph (or after a headline on it, or a page counter), not a closing
// attribution in brackets ("（新华社北京9月2日电）").
func datelineCuts(s string) []cut {
	var cuts []cut
	for _, m := range datelines(s) {
		if clockZone(s, m) {
			continue
		}
		if m[0] > 0 {
			prev, pn := utf8.DecodeLastRuneInString(s[:m[0]])
			if (prev == '（' || prev == '(') && !openingParenDateline(s, m[0]-pn, m[1]) {
				continue // a closing attribution "（新华社北京9月2日电）"
			}
			// A dateline starts a paragraph (or follows a headline on it).
			if prev != '\n' && prev != ' ' && prev != '【' && prev != '[' && prev != '据' && prev != '（' && prev != '(' && !counterBefore(s, m[0]) {
				continue
			}
		}
		pos := m[0]
		if pos > 0 {
			if prev, n := utf8.DecodeLastRuneInString(s[:pos]); prev == '【' || prev == '[' || prev == '据' || prev == '（' || prev == '(' {
				pos -= n
			}
		}
		cuts = append(cuts, cut{pos: pos, dl: m})
	}
	return cuts
}

// newsCuts are the lines that open an article with an outlet but no city
// and date: "【明报专讯】…", "【文汇网讯】据新华网报道，…" (the outlet, or the
// one it relays), "央视新闻客户端消息".
func newsCuts(s string) []cut {
	var cuts []cut
	for off := 0; off < len(s); {
		line := s[off:]
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		lt := strings.TrimLeft(line, " ")
		if strings.HasPrefix(lt, "【") {
			// "【明报专讯】…", "【文汇网讯】据新华网报道，…": the outlet, or the
			// one it relays.
			if m := bracketNewsAt(lt); m != nil {
				src := lt[m[2]:m[3]]
				if r := relayRe.FindStringSubmatch(lt[m[1]:]); r != nil {
					src = r[1]
				}
				if c, ok := outletCanon[src]; ok {
					src = c
				}
				cuts = append(cuts, cut{pos: off + len(line) - len(lt), news: src})
			}
		}
		if m := newsAt(lt); m != nil {
			base := off + len(line) - len(lt)
			src := strings.TrimSuffix(lt[m[2]:m[3]], "客户端") // "央视新闻客户端消息"
			if r := relayRe.FindStringSubmatch(lt[m[1]:]); r != nil {
				src = r[1]
			}
			cuts = append(cuts, cut{pos: base, news: src})
		}
		off += len(line) + 1
	}
	return cuts
}

// contCuts are the marks of a continuation from another page ("（上接1版）")
// at the start of a paragraph.
func contCuts(s string) []cut {
	var cuts []cut
	for _, m := range contMarks(s) {
		if m[0] == 0 || s[m[0]-1] == '\n' || s[m[0]-1] == ' ' {
			cuts = append(cuts, cut{pos: m[0], cont: true})
		}
	}
	return cuts
}

// headArticles reads the text before the first cut: photo captions above
// the headline, the headline of the first article (pendingTitle), a
// caption above the dateline (caption), or an article of its own when the
// page has no cut.
func headArticles(s string, cuts []cut, pageYear int) (arts []rawArticle, head, pendingTitle, caption string) {
	// Text before the first cut.
	first := len(s)
	if len(cuts) > 0 {
		first = cuts[0].pos
	}
	head = strings.TrimSpace(s[:first])
	if len(cuts) > 0 && (cuts[0].dl != nil || cuts[0].news != "") {
		// Photo captions above the headline: "9月1日，…会谈。新华社记者 庞兴雷 摄".
		for head != "" {
			line, more, _ := strings.Cut(head, "\n")
			if normalize.IsChrome(strings.TrimSpace(line)) {
				head = strings.TrimSpace(more) // a separator between captions
				head = dropSectionLine(line, head)
				continue
			}
			if !isCaption(line) {
				break
			}
			caption = strings.TrimSpace(caption + "\n" + line)
			head = strings.TrimSpace(more)
		}
	}
	if t, ok := stoppedHeadline(head, s[first:]); ok && len(cuts) > 0 {
		head = t
	}
	if head != "" {
		title, rest := leadingHeadline(head)
		if len(cuts) > 0 {
			pendingTitle = title
			if isCaption(rest) && (cuts[0].dl != nil || cuts[0].news != "") {
				// A photo caption above the dateline belongs to the report
				// ("…会见…姆瓦纳瓦萨。  新华社发").
				caption = strings.TrimSpace(caption + "\n" + rest)
			} else if rest != "" && !isFurniture(rest) {
				a := rawArticle{text: rest, pageYear: pageYear}
				arts = append(arts, a)
			}
		} else {
			a := rawArticle{text: head, pageYear: pageYear}
			if title != "" && rest != "" {
				t := title
				a.title, a.text = &t, rest
			}
			// Page furniture at the top: take the outlet, drop the line.
			for {
				line, more, _ := strings.Cut(a.text, "\n")
				if more == "" || !isFurniture(line) {
					break
				}
				if m := sourceLineRe.FindStringSubmatch(line); m != nil && a.source == "" {
					a.source = m[1]
				}
				a.text = strings.TrimSpace(more)
			}
			arts = append(arts, a)
		}
	}
	return arts, head, pendingTitle, caption
}

// cutArticle is the article of cuts[i], up to the next cut: its headline
// (pendingTitle, or a caption for the first), its outlet, dateline and
// reporters. It returns the headline that a trailing line gives the next
// article, and false for an empty article.
func (e *Extractor) cutArticle(s string, cuts []cut, i, pageYear int, pendingTitle, caption string) (rawArticle, string, bool) {
	c := cuts[i]
	end := len(s)
	if i+1 < len(cuts) {
		end = cuts[i+1].pos
	}
	body := strings.TrimSpace(s[c.pos:end])
	// A headline line at the end of this segment may belong to the next
	// article: keep it there only if it matches that article's lead.
	var nextTitle string
	if i+1 < len(cuts) {
		if t, rest := trailingHeadline(body); t != "" {
			nextBody := s[cuts[i+1].pos:]
			if j := strings.IndexByte(nextBody, '\n'); j >= 0 {
				nextBody = nextBody[:j]
			}
			if headlineMatches(t, nextBody) {
				nextTitle, body = t, rest
			}
		}
	}
	if caption != "" && i == 0 && (c.dl != nil || c.news != "") {
		body = caption + "\n" + body
	}
	a := rawArticle{text: body, pageYear: pageYear, continuation: c.cont}
	if pendingTitle != "" {
		t := pendingTitle
		a.title = &t
	}
	pendingTitle = nextTitle
	if c.news != "" {
		a.source = c.news
	}
	if c.dl != nil {
		m := c.dl
		e.fillDateline(&a, s, m)
		// "中央社记者张三台北19日电": the reporter's name runs into the
		// city.
		if m[4] >= 0 && strings.HasSuffix(s[m[2]:m[4]], "记者") {
			if name, city := splitReporterCity(a.city); city != "" {
				a.city, a.reporters = city, []string{name}
			}
		}
		rest := s[m[1]:end]
		if rm := reporterRe.FindStringSubmatch(rest); rm != nil {
			a.reporters = parseReporters(rm[1])
		} else if rm := reportedByRe.FindStringSubmatch(rest); rm != nil {
			a.reporters = parseReporters(rm[1])
		} else if strings.Contains(rest, "。（") || strings.Contains(rest, "。(") {
			a.reporters = signOff(rest)
		}
	}
	return a, nextTitle, body != ""
}

// fillDateline sets a's outlet, city and date from m, the submatch
// indexes in s of a regexp whose groups 1–5 are datelinePat's (outlet,
// city, year, month, day).
func (e *Extractor) fillDateline(a *rawArticle, s string, m []int) {
	a.source = s[m[2]:m[3]]
	if c, ok := outletCanon[a.source]; ok {
		a.source = c
	}
	if a.source == "本报" {
		// "本报" (this paper) in Chinese diplomatic reports is almost
		// always the People's Daily; Options.Source overrides it.
		a.source = "人民日报"
	}
	if m[4] >= 0 {
		a.city = e.datelineCity(s[m[4]:m[5]])
	}
	if m[6] >= 0 {
		a.year, _ = strconv.Atoi(s[m[6]:m[7]])
		a.yearSrc = YearFromDateline
	}
	if m[8] >= 0 {
		a.month = number(s[m[8]:m[9]])
	}
	a.day = number(s[m[10]:m[11]])
}

// trailerRe is a dateline closing a paragraph in brackets, with its
// reporters: "（新华社北京9月16日电 记者刘东凯）".
var trailerRe = regexp.MustCompile(`[（(]` + datelinePat + `(?: ?(?:记者|特派记者) ?([\p{Han}、 ]{2,20}?))?[）)] *(?:\n|$)`)

// bracketDatelineRe is any dateline in brackets, closing a paragraph or not.
var bracketDatelineRe = regexp.MustCompile(`[（(]` + datelinePat)

// trailerDateline sets a's outlet, city, date and reporters from a closing
// dateline of its text, when the text holds exactly one.
func (e *Extractor) trailerDateline(a *rawArticle) {
	if !strings.Contains(a.text, "电）") && !strings.Contains(a.text, "电)") && !strings.Contains(a.text, "电 ") {
		return
	}
	if len(bracketDatelineRe.FindAllStringIndex(a.text, 2)) != 1 {
		return // none, or several items' attributions
	}
	m, t := trailerRe.FindStringSubmatchIndex(a.text), a.text
	if m == nil {
		return
	}
	e.fillDateline(a, t, m)
	if m[12] >= 0 {
		a.reporters = parseReporters(t[m[12]:m[13]])
	}
}

// signOff returns the reporters named at the end of a paragraph
// ("…参加会见。（王慧慧）"), nil if none; an outlet or "完" is no name.
func signOff(text string) []string {
	for _, m := range signOffRe.FindAllStringSubmatch(text, -1) {
		if strings.ContainsAny(m[1], "社报网电台完版转接") {
			continue
		}
		if rs := parseReporters(m[1]); len(rs) > 0 {
			return rs
		}
	}
	return nil
}

// number reads a month or day written in ASCII digits or in Chinese
// numerals ("十一", "二十三", as in "中新社北京十一月三日电"); 0 if neither.
func number(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	n := 0
	for _, r := range s {
		switch d := strings.IndexRune("一二三四五六七八九", r); {
		case d >= 0:
			n += d/len("一") + 1
		case r == '十':
			if n == 0 {
				n = 1
			}
			n *= 10
		default:
			return 0
		}
	}
	return n
}

// parseReporters splits "记者曹嘉玥 白鑫雨" into names.
func parseReporters(s string) []string {
	out := []string{}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '、' || r == '，' || r == ',' || r == '　'
	}) {
		for _, p := range []string{"特派记者", "记者", "通讯员", "实习生"} {
			f = strings.TrimPrefix(f, p)
		}
		if i := strings.Index(f, "记者"); i > 0 && strings.HasPrefix(f, "驻") {
			f = f[i+len("记者"):]
		}
		if n := utf8.RuneCountInString(f); n >= 2 && n <= 6 && allHan(f) {
			out = append(out, splitNames(f)...)
		} else if n > 6 && allHan(f) {
			out = append(out, runNames(f)...) // "李拯宇徐松于大波"
		}
	}
	return out
}

// surnames are common single-character surnames that are rarely a given
// name's character, for bylines written without a separator ("高鹏朱东阳").
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤骆常康施牛樊葛邢齐乔伍庞颜倪庄聂鲁岳翟殷詹耿焦俞柳祝包符舒阮柯纪童凌毕季裴霍涂苗谷盛翁冉蓝靳管柴鲍喻祁蒲滕屈饶牟艾尤穆卓缪褚娄窦戚岑晏瞿佟臧闵苟邬卞栾隋刁巫寇甄仲虞敖巩佘邝方石白江温洪金梅左辛章甘景车"

// compoundSurnames start a name of four characters that is one name.
var compoundSurnames = words("compound_surnames.txt")

// splitNames splits two names written without a separator in a byline
// ("高鹏朱东阳" → 高鹏, 朱东阳) when exactly one cut gives two names of two
// or three characters, each opening with a common surname; otherwise the
// run is one name.
func splitNames(f string) []string {
	rs := []rune(f)
	if len(rs) < 4 {
		return []string{f}
	}
	for _, c := range compoundSurnames {
		if strings.HasPrefix(f, c) && len(rs) <= 4 {
			return []string{f}
		}
	}
	if !strings.ContainsRune(surnames, rs[0]) {
		return []string{f}
	}
	cut := -1
	for k := 2; k <= 3; k++ {
		if rest := len(rs) - k; rest >= 2 && rest <= 3 && strings.ContainsRune(surnames, rs[k]) {
			if cut >= 0 {
				return []string{f} // two possible cuts: not safe
			}
			cut = k
		}
	}
	if cut < 0 {
		return []string{f}
	}
	return []string{string(rs[:cut]), string(rs[cut:])}
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && r != '·' {
			return false
		}
	}
	return s != ""
}

// originalTitle is a reprint's note of the headline it replaced.
func originalTitle(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasPrefix(l, "原标题：") || strings.HasPrefix(l, "原标题:")
}

func headlineLine(l string) bool {
	n := utf8.RuneCountInString(l)
	// "？" is no sentence mark here: a headline may ask, and a garbled
	// copy puts it for a lost character ("习近平向?yàn)趵…").
	return n >= 4 && n <= 40 && !strings.ContainsAny(l, "。，；")
}

// trailingHeadline splits a last headline-like line off body.
func trailingHeadline(body string) (string, string) {
	i := strings.LastIndexByte(body, '\n')
	if i < 0 {
		return "", body
	}
	last := body[i+1:]
	if !headlineLine(last) {
		return "", body
	}
	return last, strings.TrimSpace(body[:i])
}

// headlineMatches is true when most character bigrams of the headline occur
// in the article's lead.
func headlineMatches(title, lead string) bool {
	tr := []rune(title)
	if len(tr) < 2 {
		return false
	}
	hit, n := 0, 0
	for i := 0; i+1 < len(tr); i++ {
		if !unicode.Is(unicode.Han, tr[i]) || !unicode.Is(unicode.Han, tr[i+1]) {
			continue
		}
		n++
		if strings.Contains(lead, string(tr[i:i+2])) {
			hit++
		}
	}
	return n > 0 && hit*10 >= n*6
}

type yearAt struct{ year, at, end int }

// yearsIn lists "YYYY年" (1949–2100) with byte offsets: at is the first
// digit, end follows 年.
func yearsIn(s string) []yearAt {
	var out []yearAt
	for off := 0; ; {
		i := runes.IndexWord(s[off:], "年")
		if i < 0 {
			return out
		}
		i += off
		off = i + len("年")
		if i < 4 {
			continue
		}
		y := 0
		ok := true
		for _, c := range []byte(s[i-4 : i]) {
			if c < '0' || c > '9' {
				ok = false
				break
			}
			y = y*10 + int(c-'0')
		}
		if !ok || y < 1949 || y > 2100 || (i > 4 && s[i-5] >= '0' && s[i-5] <= '9') {
			continue
		}
		out = append(out, yearAt{y, i - 4, off})
	}
}

func isoDate(y, m, d int) string {
	if !validDate(y, m, d) {
		return ""
	}
	return strconv.Itoa(y) + "-" + pad2(m) + "-" + pad2(d)
}

// validDate reports whether isoDate(y, m, d) gives a date (not ""),
// without building it.
func validDate(y, m, d int) bool {
	return y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func hashID(prefix string, parts ...string) string {
	// The SHA-256 of the parts, each followed by a NUL byte, hashed in one
	// call over one buffer; the first 8 bytes give the 16 hex digits.
	n := 0
	for _, p := range parts {
		n += len(p) + 1
	}
	buf := make([]byte, 0, n)
	for _, p := range parts {
		buf = append(buf, p...)
		buf = append(buf, 0)
	}
	sum := sha256.Sum256(buf)
	return prefix + hex.EncodeToString(sum[:8])
}

// parseOptDate returns year, month, day of a YYYY-MM-DD string.
func parseOptDate(s string) (int, int, int) {
	p := strings.Split(strings.TrimSpace(s), "-")
	if len(p) != 3 {
		return 0, 0, 0
	}
	y, e1 := strconv.Atoi(p[0])
	m, e2 := strconv.Atoi(p[1])
	d, e3 := strconv.Atoi(p[2])
	if e1 != nil || e2 != nil || e3 != nil || !validDate(y, m, d) {
		return 0, 0, 0
	}
	return y, m, d
}

// pageLine reports a line of the page around the report: a time stamp,
// navigation (normalize.IsChrome) or a breadcrumb.
func pageLine(l string) bool {
	l = strings.TrimSpace(l)
	return normalize.IsStamp(l) || normalize.IsChrome(l) || breadcrumb(l)
}

// menuWord reports a line of a page's menu above the headline ("新闻"):
// three runes at most, no punctuation.
func menuWord(l string) bool {
	l = strings.TrimSpace(l)
	return l != "" && utf8.RuneCountInString(l) <= 3 && allHan(l)
}

// breadcrumb reports a page's navigation line ("首页>要闻", "当前位置：…").
func breadcrumb(l string) bool {
	l = strings.TrimSpace(l)
	if strings.HasPrefix(l, "当前位置") || strings.HasPrefix(l, "您的位置") || strings.HasPrefix(l, "您现在的位置") {
		return true
	}
	return strings.HasPrefix(l, "首页") && strings.ContainsAny(l, ">＞›»") && utf8.RuneCountInString(l) <= 40
}

// leadingHeadline splits one or two headline lines (joined without a
// separator, as a wrapped headline) off the top of a text.
func leadingHeadline(s string) (title, rest string) {
	lines := strings.Split(s, "\n")
	// A masthead or time stamp above the headline is no part of it, nor
	// is a reprint's "原标题：" line (the headline it replaced).
	prev := ""
	for len(lines) > 1 && (pageLine(lines[0]) || originalTitle(lines[0]) || menuWord(lines[0]) || headChrome(prev, lines[0])) {
		prev, lines = lines[0], lines[1:]
	}
	if t, ok := stampTail(lines[0]); ok {
		lines[0] = t // "…建交60周年文章来源：环球聚焦传媒网 …点击量：303大中"
	}
	if topicLine(lines[0]) {
		return "", "" // a topic block of related links above the dateline
	}
	if headChrome(prev, lines[0]) {
		return "", s
	}
	if pageLine(lines[0]) {
		return "", s // page furniture, never a headline
	}
	if originalTitle(lines[0]) {
		return "", strings.TrimSpace(strings.Join(lines[1:], "\n"))
	}
	if !headlineLine(strings.TrimSpace(lines[0])) {
		return "", s
	}
	title = strings.TrimSpace(lines[0])
	n := 1
	// A headline wrapped after a verb of saying goes on in the next line
	// ("…通电话时强调" / "推动中德关系…"); otherwise that line is a subtitle.
	if len(lines) > 1 && headlineLine(strings.TrimSpace(lines[1])) {
		for _, v := range []string{"强调", "表示", "指出", "说", "：", ":"} {
			if strings.HasSuffix(title, v) {
				title += strings.TrimSpace(lines[1])
				break
			}
		}
		// Subtitles are dropped with the headline.
		for n = 2; n < len(lines) && n < 4 && headlineLine(strings.TrimSpace(lines[n])); n++ {
		}
	}
	rest = strings.TrimSpace(strings.Join(lines[n:], "\n"))
	return title, rest
}

// furnitureLine marks page furniture before a dateline: photo captions,
// bylines of editors, time and source lines. It matches where the regexp
// `摄$|摄）$|摄\)$|资料图片|编辑[:：]|来源[:：]|时间[:：]|责任编辑|。这是|。图为|^图为|^这是`
// would, with substring tests (the regexp, having no literal prefix, tried
// every position of the first paragraph of every article).
func furnitureLine(l string) bool {
	return strings.HasSuffix(l, "摄") || strings.HasSuffix(l, "摄）") || strings.HasSuffix(l, "摄)") ||
		strings.HasPrefix(l, "图为") || strings.HasPrefix(l, "这是") ||
		containsAnyWord(l, "资料图片", "编辑:", "编辑：", "来源:", "来源：", "时间:", "时间：", "责任编辑", "。这是", "。图为")
}

// sourceLineRe reads the outlet from a "来源: 央视新闻客户端" line.
var sourceLineRe = regexp.MustCompile(`来源[:：]\s*([\p{Han}]{2,8}?)(?:客户端|网站|微信公众号|官网)?\s*(?:\||$)`)

// captionRe ends a photo caption: "新华社发", "中新社发 廖文静 摄", "新华社记者 高洁 摄".
var captionRe = regexp.MustCompile(`(?:新华社|中新社|人民日报|本报|新华网|中新网|光明日报)(?:记者)?[\p{Han}· ]{0,12}?(?:发|摄)[）)]?$`)

// creditEnd reports a photo credit ending t (a cheap test on the last rune
// before captionRe).
func creditEnd(t string) bool {
	t = strings.TrimRight(t, " ）)")
	r, _ := utf8.DecodeLastRuneInString(t)
	if (r == '摄' || r == '发') && captionRe.MatchString(strings.TrimRight(t, " ")) {
		return true
	}
	// "图：12日，…会见俄罗斯总理梅德韦杰夫 中新社": a credit naming the
	// outlet only, after a space.
	if r != '社' && r != '网' && r != '报' {
		return false // (most sentences: no backward scan)
	}
	if i := strings.LastIndexByte(t, ' '); i > 0 {
		switch t[i+1:] {
		case "新华社", "中新社", "新华网", "中新网", "人民日报", "路透社", "美联社", "法新社":
			return true
		}
	}
	return false
}

// isCaption is true for a block of photo captions of the report itself
// (an archive photo, "资料图片", is not: it shows a past event).
func isCaption(s string) bool {
	if s == "" || strings.Contains(s, "资料图片") || strings.Contains(s, "资料照片") {
		return false
	}
	for rest, more := s, true; more; {
		var l string
		l, rest, more = strings.Cut(rest, "\n") // (the lines, without a slice of them)
		l = strings.TrimSpace(l)
		if l != "" && !creditEnd(l) {
			return false
		}
	}
	return true
}

func isFurniture(s string) bool {
	for rest, more := s, true; more; {
		var l string
		l, rest, more = strings.Cut(rest, "\n") // (the lines, without a slice of them)
		l = strings.TrimSpace(l)
		if l != "" && !furnitureLine(l) && !normalize.IsStamp(l) && !normalize.IsChrome(l) && !headChrome("", l) {
			return false
		}
	}
	return true
}

// datelines finds datelines near the start of lines only (a cheap scan
// first, the regular expression on the head of a candidate line).
// clockZone reports a dateline match whose "city" names a clock
// ("【新唐人北京时间2021年10月26日讯】": 北京时间, Beijing time), not a place:
// the bracketed tag is an outlet's (newsCuts), without a city.
func clockZone(s string, m []int) bool {
	return m[4] >= 0 && strings.HasSuffix(s[m[4]:m[5]], "时间")
}

func datelines(s string) [][]int {
	var out [][]int
	for off := 0; off < len(s); {
		end := strings.IndexByte(s[off:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += off
		}
		line := s[off:end]
		// A dateline starts within the first 40 bytes and is short: look at
		// the head of the line only (cut at a rune boundary).
		n := min(len(line), 160)
		for n > 0 && n < len(line) && !utf8.RuneStart(line[n]) {
			n--
		}
		head := line[:n]
		if hasDatelineMark(head) {
			// The leftmost matches starting in the first 40 bytes, as
			// FindAll would give them, trying only where an outlet starts.
			for p := 0; p <= 40 && p < len(head); {
				r, size := utf8.DecodeRuneInString(head[p:])
				if datelineFirst[r] {
					if m := datelineAtRe.FindStringSubmatchIndex(head[p:]); m != nil {
						for k := range m {
							if m[k] >= 0 {
								m[k] += off + p
							}
						}
						out = append(out, m)
						p = m[1] - off
						continue
					}
				}
				p += size
			}
		}
		off = end + 1
	}
	return out
}

// newsHead bounds where "消息" ends in a match of newsRe: after the longest
// outlet ("央视新闻客户端").
const newsHead = len("中国日报网环球在线消息")

// newsAt is newsRe.FindStringSubmatchIndex(lt), run only when "消息"
// stands where a match needs it (every line of a page is tried).
func newsAt(lt string) []int {
	if !strings.Contains(lt[:min(len(lt), newsHead)], "消息") {
		return nil
	}
	return newsRe.FindStringSubmatchIndex(lt)
}

// hasDatelineMark reports whether s holds "日电", "日讯", "日消息", "日電" or
// "日综合(外电)报导" (中央社's relay of wire reports):
// each "日" is found by its last byte, then the words after it tested.
func hasDatelineMark(s string) bool {
	for i := 0; ; {
		k := runes.IndexWord(s[i:], "日")
		if k < 0 {
			return false
		}
		i += k + len("日")
		rest := s[i:]
		if strings.HasPrefix(rest, "电") || strings.HasPrefix(rest, "讯") || strings.HasPrefix(rest, "消息") || strings.HasPrefix(rest, "電") || strings.HasPrefix(rest, "综合") {
			return true
		}
	}
}

func contMarks(s string) [][]int {
	var out [][]int
	for off := 0; ; {
		i := runes.IndexWord(s[off:], "上接")
		if i < 0 {
			return out
		}
		i += off
		off = i + len("上接")
		b := i - len("（")
		if b < 0 || (s[b:i] != "（" && s[i-1] != '(') {
			continue
		}
		if s[i-1] == '(' {
			b = i - 1
		}
		if m := contRe.FindStringIndex(s[b:min(len(s), b+40)]); m != nil && m[0] == 0 {
			out = append(out, []int{b, b + m[1]})
		}
	}
}

// datelineCity drops the country before a dateline's city abroad
// ("新华社韩国平昌2月9日电", "新华社瑞士洛桑1月18日电").
func (e *Extractor) datelineCity(c string) string {
	rs := []rune(c)
	if n, tag, _ := e.gaz.match(rs, 0); n > 0 && tag == "cty" && len(rs)-n >= 2 {
		return string(rs[n:])
	}
	return c
}
