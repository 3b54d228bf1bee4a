// Package corpusgen generates a deterministic corpus of synthetic Chinese
// diplomatic news reports in the style of Xinhua, People's Daily and China
// News Service: datelines, 会见/会谈/通电话/视频会晤/致电/集体会见 with real
// Chinese hosts and real foreign leaders of the time (data/countries.tsv),
// venues, occasions, attendees, initiatives and supports, signed agreements
// and cooperation areas. Report i of seed s is the same bytes whatever n is,
// so the 10,000-report corpus is a prefix of the 100,000-report one.
//
// Every report comes with the facts it states (Labelled.Gold, in the
// extraction JSON's shapes), so the corpus doubles as a labelled set for a
// sanity check of the extractor. It is synthetic: the quality bar is set on
// real reports, not on this.
package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/extract"
)

// Report is one generated news report.
type Report struct {
	Name   string // file name, e.g. "000042_xinhua_2019-04-25.txt"
	Text   string
	Source string // 新华社, 人民日报, 中新社
}

// Labelled is a report with the facts it states.
type Labelled struct {
	Report
	// Gold is the expected extraction of the report; ids and evidence are
	// left empty (they are the extractor's to compute).
	Gold extract.Article
}

// Layout is how a report's text is laid out.
type Layout int

const (
	// LayoutPlain writes one paragraph per line, as a web page copies.
	LayoutPlain Layout = iota
	// LayoutPage writes a newspaper column copied out of a PDF: hard line
	// breaks every 14–18 characters, blank lines between paragraphs, and
	// now and then a line with spaces between the characters.
	LayoutPage
	// LayoutMixed picks plain or page per report (deterministically).
	LayoutMixed
)

// Options tune generation. The zero value gives plain text.
type Options struct {
	Layout Layout
}

// Generate returns reports 0..n-1 of the corpus for seed, in plain layout.
func Generate(n int, seed int64) []Report {
	out := make([]Report, n)
	for i := range out {
		out[i] = Make(i, seed, Options{}).Report
	}
	return out
}

// GenerateLabelled returns reports 0..n-1 with their gold facts.
func GenerateLabelled(n int, seed int64, opts Options) []Labelled {
	out := make([]Labelled, n)
	for i := range out {
		out[i] = Make(i, seed, opts)
	}
	return out
}

// Make generates report i of the corpus for seed. It depends only on
// (i, seed, opts), never on other reports.
func Make(i int, seed int64, opts Options) Labelled {
	g := &gen{r: rand.New(rand.NewPCG(uint64(seed), uint64(i)*0x9E3779B97F4A7C15+1))}
	l := g.report()
	layout := opts.Layout
	if layout == LayoutMixed {
		layout = LayoutPlain
		if g.chance(0.5) {
			layout = LayoutPage
		}
	}
	l.Text = masthead(l.Gold.Date, layout) + g.render(l.paras, l.titled, layout)
	slug := map[string]string{"新华社": "xinhua", "人民日报": "peoplesdaily", "中新社": "chinanews"}[l.Gold.Source]
	l.Name = fmt.Sprintf("%06d_%s_%s.txt", i, slug, l.Gold.Date)
	l.Gold.File = l.Name
	return l.Labelled
}

// built is a report under construction.
type built struct {
	Labelled
	paras  []string
	titled bool // paras[0] is a headline
}

type gen struct {
	r *rand.Rand
}

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }
func (g *gen) intn(n int) int        { return g.r.IntN(n) }

func pick[T any](g *gen, xs []T) T { return xs[g.r.IntN(len(xs))] }

// pickN picks k distinct items of xs, in a random order.
func pickN[T any](g *gen, xs []T, k int) []T {
	if k > len(xs) {
		k = len(xs)
	}
	idx := g.r.Perm(len(xs))[:k]
	out := make([]T, k)
	for i, j := range idx {
		out[i] = xs[j]
	}
	return out
}

var (
	firstDay = time.Date(2013, 3, 15, 0, 0, 0, 0, time.UTC)
	lastDay  = time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
)

func (g *gen) randomDate() string {
	days := int(lastDay.Sub(firstDay).Hours() / 24)
	return firstDay.AddDate(0, 0, g.intn(days+1)).Format("2006-01-02")
}

func dateBetween(g *gen, from, to string) string {
	a, _ := time.Parse("2006-01-02", from)
	b, _ := time.Parse("2006-01-02", to)
	days := int(b.Sub(a).Hours() / 24)
	return a.AddDate(0, 0, g.intn(days+1)).Format("2006-01-02")
}

func monthDay(d string) (int, int) {
	t, _ := time.Parse("2006-01-02", d)
	return int(t.Month()), t.Day()
}

type tod struct{ Text, Value string }

var tods = []tod{
	{"上午", extract.Morning}, {"上午", extract.Morning}, {"下午", extract.Afternoon},
	{"下午", extract.Afternoon}, {"晚", extract.Evening}, {"晚上", extract.Evening},
	{"中午", extract.Noon}, {"", ""},
}

func (g *gen) reporterName() string {
	n := string(pick(g, surnames)) + string(pick(g, givenChars))
	if g.chance(0.75) {
		n += string(pick(g, givenChars))
	}
	return n
}

func (g *gen) reporters(k int) []string {
	seen := map[string]bool{}
	var out []string
	for len(out) < k {
		n := g.reporterName()
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// guest is a foreign participant.
type guest struct {
	c     *country // nil for an official of an organisation
	title string
	name  string
	org   string
}

func (gu guest) full() string {
	if gu.c == nil {
		return gu.org + gu.title + gu.name
	}
	return gu.c.Name + gu.title + gu.name
}

func (gu guest) participant() extract.Participant {
	p := extract.Participant{Name: gu.name, Role: extract.RoleGuest, Title: sp(gu.title)}
	if gu.c != nil {
		p.Country = sp(gu.c.Code)
	} else {
		p.Organisation = sp(gu.org)
	}
	return p
}

func sp(s string) *string { return &s }

// pickGuest picks a foreign leader in office on d, optionally excluding
// countries already used.
func (g *gen) pickGuest(d string, exclude map[string]bool) (guest, bool) {
	for range 50 {
		c := &countries[g.intn(len(countries))]
		if exclude[c.Code] {
			continue
		}
		var ls []leader
		for _, l := range c.Leaders {
			if l.inOffice(d) {
				ls = append(ls, l)
			}
		}
		if len(ls) == 0 {
			continue
		}
		l := pick(g, ls)
		return guest{c: c, title: l.Title, name: l.Name}, true
	}
	// Unlucky draws: take the first country with a leader in office.
	for ci := range countries {
		c := &countries[ci]
		if exclude[c.Code] {
			continue
		}
		for _, l := range c.Leaders {
			if l.inOffice(d) {
				return guest{c: c, title: l.Title, name: l.Name}, true
			}
		}
	}
	return guest{}, false
}

func (g *gen) pickOfficial(d string) (guest, bool) {
	var os []official
	for _, o := range officials {
		if o.inOffice(d) {
			os = append(os, o)
		}
	}
	if len(os) == 0 {
		return guest{}, false
	}
	o := pick(g, os)
	return guest{title: o.Title, name: o.Name, org: o.Org}, true
}

func (g *gen) pickHost(d string, allowed ...int) host {
	var hs []host
	for _, h := range hosts {
		if !h.inOffice(d) {
			continue
		}
		for _, a := range allowed {
			if h.Rank == a {
				hs = append(hs, h)
			}
		}
	}
	if len(hs) == 0 {
		return hosts[0]
	}
	return pick(g, hs)
}

func (g *gen) initiativesOn(d string) []initiative {
	var out []initiative
	for _, in := range initiatives {
		if d >= in.Since {
			out = append(out, in)
		}
	}
	return out
}

// report builds one report: the dateline, the lead, the body and the gold.
func (g *gen) report() *built {
	b := &built{}
	x := g.r.Float64()
	switch {
	case x < 0.05:
		g.briefing(b)
	case x < 0.25:
		g.summitMeeting(b)
	default:
		g.bilateral(b)
	}
	return b
}

// dateline writes the dateline and fills source, city, date, reporters.
func (g *gen) dateline(b *built, city, date string, withReporters bool) string {
	m, d := monthDay(date)
	a := &b.Gold
	a.City, a.Date = city, date
	a.Reporters = []string{}
	a.Meetings = []extract.Meeting{}
	x := g.r.Float64()
	switch {
	case x < 0.65 || city != "北京" && x < 0.9:
		a.Source = "新华社"
		if !withReporters {
			return fmt.Sprintf("新华社%s%d月%d日电 ", city, m, d)
		}
		a.Reporters = g.reporters(1 + g.intn(2))
		return fmt.Sprintf("新华社%s%d月%d日电（记者%s）", city, m, d, strings.Join(a.Reporters, " "))
	case x < 0.9:
		a.Source = "人民日报"
		if !withReporters {
			return fmt.Sprintf("本报%s%d月%d日电  ", city, m, d)
		}
		a.Reporters = g.reporters(1 + g.intn(3))
		return fmt.Sprintf("本报%s%d月%d日电  （记者%s）", city, m, d, strings.Join(a.Reporters, "、"))
	default:
		a.Source = "中新社"
		if !withReporters {
			return fmt.Sprintf("中新社%s%d月%d日电 ", city, m, d)
		}
		a.Reporters = g.reporters(1)
		return fmt.Sprintf("中新社%s%d月%d日电 （记者 %s）", city, m, d, a.Reporters[0])
	}
}

// datePhrase writes the event date as a report does: "9月2日上午" or "2日上午".
func (g *gen) datePhrase(date string, t tod) string {
	m, d := monthDay(date)
	if g.chance(0.25) {
		return fmt.Sprintf("%d日%s", d, t.Text)
	}
	return fmt.Sprintf("%d月%d日%s", m, d, t.Text)
}

func newMeeting(kind extract.Kind, date string, t tod) extract.Meeting {
	m := extract.Meeting{
		Kind: kind, Date: date,
		Occasions: []string{}, Participants: []extract.Participant{},
		AgreementDomains: []string{}, CooperationAreas: []string{},
		Initiatives: []string{}, Projects: []string{}, Supports: []extract.Support{},
		Evidence: []extract.Evidence{},
	}
	if t.Value != "" {
		m.TimeOfDay = sp(t.Value)
	}
	return m
}

func hostParticipant(h host) extract.Participant {
	return extract.Participant{Name: h.Name, Role: extract.RoleHost, Title: sp(h.Title), Country: sp("CN")}
}

// bilateral is a one-to-one event: a meeting, talks, a call, a video call
// or a message.
func (g *gen) bilateral(b *built) {
	date := g.randomDate()
	x := g.r.Float64()
	var kind extract.Kind
	switch {
	case x < 0.45:
		kind = extract.KindMeeting
	case x < 0.68:
		kind = extract.KindTalks
	case x < 0.82:
		kind = extract.KindPhoneCall
	case x < 0.88:
		kind = extract.KindVideoCall
	default:
		kind = extract.KindMessage
	}
	var h host
	switch kind {
	case extract.KindMeeting:
		h = g.pickHost(date, 0, 0, 0, 1, 1, 2, 3, 4)
	case extract.KindTalks:
		h = g.pickHost(date, 0, 0, 1)
	case extract.KindPhoneCall:
		h = g.pickHost(date, 0, 0, 0, 1)
	default:
		h = g.pickHost(date, 0)
	}
	var gu guest
	ok := false
	if kind == extract.KindMeeting && g.chance(0.06) {
		gu, ok = g.pickOfficial(date)
	}
	if !ok {
		gu, _ = g.pickGuest(date, nil)
	}
	t := pick(g, tods)
	if kind == extract.KindMessage {
		t = tod{}
	}
	abroad := (kind == extract.KindTalks || kind == extract.KindMeeting) && h.Rank == 0 && gu.c != nil && g.chance(0.15)

	m := newMeeting(kind, date, t)
	m.Participants = append(m.Participants, hostParticipant(h), gu.participant())
	hostFull := h.Title + h.Name
	var lead, city string
	switch {
	case abroad:
		city = gu.c.Capital
		m.City = sp(city) // a city alone is no venue: place stays null
		verb := "会见" + gu.full()
		if kind == extract.KindTalks {
			verb = "同" + gu.full() + "举行会谈"
		}
		lead = fmt.Sprintf("当地时间%s，%s在%s%s。", g.datePhrase(date, t), hostFull, city, verb)
	case kind == extract.KindMeeting || kind == extract.KindTalks:
		v := pick(g, venues)
		city = v.City
		m.Place, m.City = placeOf(v.Place, v.City), sp(v.City)
		purpose := pick(g, []string{"来华进行国事访问", "来华进行正式访问", "来华访问", "来华进行工作访问"})
		if gu.c == nil {
			purpose = "来华访问"
		}
		if kind == extract.KindMeeting {
			lead = fmt.Sprintf("%s，%s在%s会见%s的%s。", g.datePhrase(date, t), hostFull, v.Place, purpose, gu.full())
		} else {
			lead = fmt.Sprintf("%s，%s在%s同%s的%s举行会谈。", g.datePhrase(date, t), hostFull, v.Place, purpose, gu.full())
			if h.Rank == 0 && v.City == "北京" && g.chance(0.5) {
				lead += fmt.Sprintf("会谈前，%s在人民大会堂东门外广场为%s举行欢迎仪式。", h.Name, gu.name)
			}
		}
	case kind == extract.KindPhoneCall:
		city = "北京"
		yy := pick(g, []string{"应约", "", "应约"})
		lead = fmt.Sprintf("%s，%s%s同%s通电话。", g.datePhrase(date, t), hostFull, yy, gu.full())
	case kind == extract.KindVideoCall:
		city = "北京"
		m.City = sp("北京")
		lead = fmt.Sprintf("%s，%s在北京同%s举行视频会晤。", g.datePhrase(date, t), hostFull, gu.full())
	default: // message
		city = "北京"
		reason := pick(g, []string{
			fmt.Sprintf("祝贺%s独立%d周年", gu.c.Name, 10+g.intn(70)),
			fmt.Sprintf("祝贺%s国庆", gu.c.Name),
			fmt.Sprintf("祝贺两国建交%d周年", 5*(1+g.intn(15))),
		})
		lead = fmt.Sprintf("%s，%s致电%s，%s。", g.datePhrase(date, t), hostFull, gu.full(), reason)
	}
	withRep := kind == extract.KindMeeting || kind == extract.KindTalks
	dl := g.dateline(b, city, date, withRep && g.chance(0.9))
	if g.chance(0.35) {
		title := fmt.Sprintf("%s%s%s", h.Name, map[extract.Kind]string{
			extract.KindMeeting: "会见", extract.KindTalks: "同", extract.KindPhoneCall: "同",
			extract.KindVideoCall: "同", extract.KindMessage: "致电",
		}[kind], gu.full())
		switch kind {
		case extract.KindTalks:
			title += "举行会谈"
		case extract.KindPhoneCall:
			title += "通电话"
		case extract.KindVideoCall:
			title += "举行视频会晤"
		}
		b.Gold.Title = sp(title)
		b.paras = append(b.paras, title)
		b.titled = true
	}
	b.paras = append(b.paras, dl+lead)
	if kind == extract.KindMessage {
		g.messageBody(b, &m, h, gu)
	} else {
		g.body(b, &m, h, gu, abroad)
	}
	b.Gold.Meetings = append(b.Gold.Meetings, m)
}

var friendPhrases = []string{
	"中{a}是相互信赖的好朋友、好伙伴",
	"中{a}友谊源远流长，历久弥坚",
	"中{a}关系经受住国际风云变幻考验，保持平稳健康发展",
	"中{a}是山水相连的友好邻邦",
	"中{a}两国人民友谊深厚",
	"中{a}都是发展中国家，是共同发展的好伙伴",
}

var fillers = []string{
	"当前，世界百年变局加速演进，国际形势变乱交织",
	"双方要加强战略沟通，深化政治互信，坚定支持彼此核心利益和重大关切",
	"双方要密切在联合国、二十国集团等多边框架内的协调和配合，维护国际公平正义",
	"中方愿同各方一道，践行真正的多边主义，推动构建更加公正合理的国际秩序",
	"双方要扩大人文交流，办好文化年、旅游年等活动，增进两国人民相互了解",
	"中国将坚定不移推进高水平对外开放，欢迎各国企业来华投资兴业",
	"中方将继续以中国式现代化新成就为世界提供新机遇",
	"双方要加强发展战略对接，推动务实合作提质升级",
	"双方要用好政府间合作委员会等机制，统筹推进各领域交流合作",
	"中方愿同各国一道，推动经济全球化朝着更加开放、包容、普惠、平衡、共赢的方向发展",
	"双方要坚持相互尊重、平等相待，照顾彼此关切，妥善处理分歧",
	"中方支持发展中国家走符合自身国情的发展道路，反对干涉别国内政",
	"双方要加强在应对气候变化、粮食安全、公共卫生等全球性挑战方面的协调",
	"中方愿同各方共同维护以联合国为核心的国际体系和以国际法为基础的国际秩序",
}

var praises = []string{
	"热烈祝贺中国经济社会发展取得的巨大成就",
	"{a}方高度重视对华关系，坚定奉行一个中国原则",
	"{a}方感谢中方长期以来给予的宝贵支持和帮助",
	"{a}方钦佩中国的发展成就，愿学习借鉴中国治国理政经验",
	"{a}方愿同中方加强高层交往，深化各领域务实合作",
	"{a}中友谊牢不可破，两国关系正处于历史最好时期",
	"{a}方欢迎更多中国企业赴{a}投资兴业，愿为中国企业提供良好营商环境",
	"{a}方愿同中方密切在多边事务中的沟通协作，共同维护发展中国家利益",
	"中国的发展是世界的机遇，{a}方愿搭乘中国发展快车",
}

var supportVerbs = []string{
	"完全支持%s",
	"高度赞赏并坚定支持%s",
	"欢迎并支持%s",
	"支持并愿积极参与%s",
}

// body writes the paragraphs after the lead of a meeting, talks or call.
func (g *gen) body(b *built, m *extract.Meeting, h host, gu guest, abroad bool) {
	abbr := "对"
	if gu.c != nil {
		abbr = gu.c.Abbr
	}
	ds := m.Date
	inits := g.initiativesOn(ds)
	var p1 []string
	if gu.c != nil {
		p1 = append(p1, withAbbr(pick(g, friendPhrases), abbr))
	} else {
		p1 = append(p1, fmt.Sprintf("中方高度重视同%s的合作", gu.org))
	}
	p := fmt.Sprintf("%s指出，%s。", h.Name, strings.Join(p1, ""))
	if gu.c != nil && gu.c.Relationship != "" && g.chance(0.6) {
		rel := gu.c.Relationship
		m.Relationship = sp(rel)
		p += pick(g, []string{
			fmt.Sprintf("双方要巩固政治互信，推动中%s%s关系不断迈上新台阶。", abbr, rel),
			fmt.Sprintf("中方愿同%s方一道，深入推进两国%s关系发展。", abbr, rel),
		})
	}
	if gu.c != nil && g.chance(0.7) {
		areas := pickN(g, coopAreas, 2+g.intn(5))
		m.CooperationAreas = append(m.CooperationAreas, areas...)
		p += fmt.Sprintf("中方愿同%s方%s，在%s等领域加强合作。", abbr,
			pick(g, []string{"携手努力", "深化发展战略对接", "一道努力"}), strings.Join(areas, "、"))
	}
	if gu.c != nil {
		if ps := projects[gu.c.Code]; len(ps) > 0 && g.chance(0.5) {
			pr := pick(g, ps)
			m.Projects = append(m.Projects, pr)
			if strings.HasSuffix(pr, "项目") {
				p += fmt.Sprintf("双方要扎实推进%s建设。", pr)
			} else {
				p += fmt.Sprintf("双方要扎实推进%s项目建设。", pr)
			}
		}
	}
	if len(inits) > 0 && g.chance(0.4) {
		in := pick(g, inits)
		addUnique(&m.Initiatives, in.Name)
		if in.Name == "人类命运共同体" {
			p += fmt.Sprintf("中方愿同%s一道，携手构建人类命运共同体。", sideOf(gu))
		} else {
			p += fmt.Sprintf("中方愿同%s一道，共同落实%s。", sideOf(gu), pick(g, in.Forms))
		}
	}
	b.paras = append(b.paras, p)
	if g.chance(0.85) {
		fs := pickN(g, fillers, 2+g.intn(3))
		b.paras = append(b.paras, fmt.Sprintf("%s强调，%s。", h.Name, strings.Join(fs, "。")))
	}
	// The guest's side.
	gp := fmt.Sprintf("%s表示，", gu.name)
	if gu.c != nil {
		for _, pr := range pickN(g, praises, 1+g.intn(3)) {
			gp += withAbbr(pr, abbr) + "。"
		}
	} else {
		gp += "中国是多边主义的坚定支持者。"
	}
	if len(inits) > 0 && gu.c != nil && g.chance(0.6) {
		k := 1 + g.intn(2)
		for _, in := range pickN(g, inits, k) {
			form := pick(g, in.Forms)
			if strings.HasSuffix(in.Name, "倡议") && g.chance(0.5) {
				form = "习近平主席提出的" + in.Name
				m.Proposals = append(m.Proposals, extract.Proposal{Leader: "习近平", Initiative: in.Name})
			}
			gp += fmt.Sprintf("%s方%s。", abbr, fmt.Sprintf(pick(g, supportVerbs), form))
			addUnique(&m.Initiatives, in.Name)
			m.Supports = append(m.Supports, extract.Support{Country: gu.c.Code, Initiative: in.Name})
		}
	}
	if gu.c != nil {
		if s, ok := strategies[gu.c.Code]; ok && ds >= "2013-09-07" && g.chance(0.4) {
			gp += fmt.Sprintf("%s“%s”战略同“一带一路”倡议相得益彰。", abbr, s)
			addUnique(&m.Projects, s)
			addUnique(&m.Initiatives, "一带一路")
		}
	}
	b.paras = append(b.paras, gp)
	if m.Kind != extract.KindMeeting && m.Kind != extract.KindTalks {
		if g.chance(0.5) {
			who := "两国元首"
			if h.Rank != 0 || gu.title != "总统" && gu.title != "国家主席" {
				who = "双方"
			}
			b.paras = append(b.paras, who+"还就共同关心的国际和地区问题交换了意见。")
		}
		return
	}
	// Signed agreements.
	if gu.c != nil && g.chance(0.5) {
		ds := pickN(g, domains, 2+g.intn(5))
		m.AgreementDomains = append(m.AgreementDomains, ds...)
		count := pick(g, []string{"多份", "多份", fmt.Sprintf("%d余份", 10*(1+g.intn(3))), fmt.Sprintf("%d份", 2+g.intn(15))})
		m.AgreementCount = sp(count)
		if m.Kind == extract.KindTalks {
			b.paras = append(b.paras, fmt.Sprintf("会谈后，%s和%s共同见证签署%s等领域%s双边合作文件。", h.Name, gu.name, strings.Join(ds, "、"), count))
		} else if h.Rank == 0 && g.chance(0.5) {
			b.paras = append(b.paras, fmt.Sprintf("会见后，两国元首共同见证交换%s等领域%s双边合作文件。", strings.Join(ds, "、"), count))
		} else {
			b.paras = append(b.paras, fmt.Sprintf("双方签署%s等领域%s双边合作文件。", strings.Join(ds, "、"), count))
		}
	}
	// Attendees.
	if g.chance(0.75) {
		var pool []string
		for _, a := range attendees {
			if a.inOffice(m.Date) && containsInt(a.Ranks, h.Rank) && (!abroad || a.Name != "栗战书") {
				pool = append(pool, a.Name)
			}
		}
		if len(pool) > 0 {
			as := pickN(g, pool, 1+g.intn(2))
			sort.Strings(as) // a stable order; reports list by rank, any order will do
			for _, a := range as {
				m.Participants = append(m.Participants, extract.Participant{Name: a, Role: extract.RoleAttendee, Country: sp("CN")})
			}
			what := "会见"
			if m.Kind == extract.KindTalks {
				what = "会谈"
			}
			if g.chance(0.2) {
				what = "上述活动"
			}
			if len(as) == 1 {
				b.paras = append(b.paras, fmt.Sprintf("%s参加%s。", as[0], what))
			} else {
				b.paras = append(b.paras, fmt.Sprintf("%s等参加%s。", strings.Join(as, "、"), what))
			}
		}
	}
}

func sideOf(gu guest) string {
	if gu.c == nil {
		return gu.org
	}
	return gu.c.Abbr + "方"
}

// messageBody writes a congratulatory message.
func (g *gen) messageBody(b *built, m *extract.Meeting, h host, gu guest) {
	p := fmt.Sprintf("%s在贺电中指出，%s。", h.Name, withAbbr(pick(g, friendPhrases), gu.c.Abbr))
	if gu.c.Relationship != "" && g.chance(0.5) {
		m.Relationship = sp(gu.c.Relationship)
		p += fmt.Sprintf("我高度重视中%s关系发展，愿同%s一道努力，推动中%s%s关系不断向前发展。", gu.c.Abbr, gu.name, gu.c.Abbr, gu.c.Relationship)
	}
	b.paras = append(b.paras, p)
}

// summitMeeting is a meeting on the sidelines of a real summit: at home
// (来华出席…), abroad (当地时间…出席…期间), or a 集体会见 of several guests.
func (g *gen) summitMeeting(b *built) {
	s := pick(g, summits)
	date := dateBetween(g, s.From, s.To)
	t := pick(g, tods[:7])
	h := hosts[0]
	home := s.Country == "CN"
	collective := home && g.chance(0.3)
	if home && !collective && g.chance(0.3) {
		h = g.pickHost(date, 1, 2, 4)
	}
	m := newMeeting(extract.KindMeeting, date, t)
	m.Participants = append(m.Participants, hostParticipant(h))
	m.Occasions = append(m.Occasions, s.Name)
	var lead string
	var gus []guest
	used := map[string]bool{}
	if allowed := guestsOf(s.Name); allowed != nil {
		for _, c := range countries {
			if !allowed[c.Code] {
				used[c.Code] = true
			}
		}
	}
	if !home && g.chance(0.7) {
		used[s.Country] = true // mostly third countries
	}
	k := 1
	if collective {
		k = 2 + g.intn(4)
	}
	for len(gus) < k {
		gu, ok := g.pickGuest(date, used)
		if !ok {
			break
		}
		used[gu.c.Code] = true
		gus = append(gus, gu)
	}
	if len(gus) == 0 { // cannot happen with the embedded table; stay safe
		g.bilateral(b)
		return
	}
	var names []string
	for _, gu := range gus {
		names = append(names, gu.full())
		m.Participants = append(m.Participants, gu.participant())
	}
	hostFull := h.Title + h.Name
	if home {
		m.Place, m.City = placeOf(s.Venue, s.City), sp(s.City)
		if collective {
			lead = fmt.Sprintf("%s，%s在%s集体会见来华出席%s的%s。", g.datePhrase(date, t), hostFull, s.Venue, s.Name, joinList(names))
		} else {
			lead = fmt.Sprintf("%s，%s在%s会见来华出席%s的%s。", g.datePhrase(date, t), hostFull, s.Venue, s.Name, names[0])
		}
	} else {
		m.City = sp(s.City)
		lead = fmt.Sprintf("当地时间%s，%s在%s出席%s期间会见%s。", g.datePhrase(date, t), hostFull, s.City, s.Name, names[0])
	}
	dl := g.dateline(b, s.City, date, true)
	b.paras = append(b.paras, dl+lead)
	if collective {
		b.paras = append(b.paras, fmt.Sprintf("%s欢迎各位贵宾来华出席%s。%s。", h.Name, s.Name, pick(g, fillers)))
		b.paras = append(b.paras, "各国领导人表示，感谢中方的热情接待，愿同中方加强合作。")
		b.Gold.Meetings = append(b.Gold.Meetings, m)
		return
	}
	g.body(b, &m, h, gus[0], !home)
	b.Gold.Meetings = append(b.Gold.Meetings, m)
}

func joinList(xs []string) string {
	if len(xs) <= 1 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], "、") + "和" + xs[len(xs)-1]
}

type spokesperson struct{ Name, From, To string }

var spokespeople = []spokesperson{
	{"华春莹", "2013-03", "2024-08"}, {"洪磊", "2013-03", "2019-07"}, {"陆慷", "2015-01", "2019-07"},
	{"耿爽", "2016-09", "2020-08"}, {"赵立坚", "2020-02", "2023-01"}, {"汪文斌", "2020-07", "2024-10"},
	{"毛宁", "2022-09", ""}, {"林剑", "2024-01", ""}, {"郭嘉昆", "2024-11", ""},
}

// briefing is a foreign-ministry press item: mentions initiatives, reports
// no meeting (a test of false positives).
func (g *gen) briefing(b *built) {
	date := dateBetween(g, "2013-10-01", lastDay.Format("2006-01-02"))
	var sps []spokesperson
	for _, s := range spokespeople {
		if date[:7] >= s.From && (s.To == "" || date[:7] <= s.To) {
			sps = append(sps, s)
		}
	}
	if len(sps) == 0 {
		sps = spokespeople[:1]
	}
	spk := pick(g, sps)
	_, d := monthDay(date)
	dl := g.dateline(b, "北京", date, false)
	inits := g.initiativesOn(date)
	in := pick(g, inits)
	b.paras = append(b.paras,
		fmt.Sprintf("%s外交部发言人%s%d日在例行记者会上表示，%s。", dl, spk.Name, d, pick(g, fillers)),
		fmt.Sprintf("有记者问：中方如何看待%s取得的成果？", strings.Trim(pick(g, in.Forms), "“”")),
		fmt.Sprintf("%s说，%s得到国际社会广泛欢迎和支持，中方愿同各方一道推动落实。", spk.Name, pick(g, in.Forms)),
	)
}

func addUnique(xs *[]string, s string) {
	for _, x := range *xs {
		if x == s {
			return
		}
	}
	*xs = append(*xs, s)
}

func containsInt(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

var weekdays = []string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}

// masthead is the date line a page carries above its articles: the day's
// date for a web copy, the next day's for a printed newspaper page. It
// gives the year that datelines ("新华社北京9月2日电") leave out.
func masthead(date string, layout Layout) string {
	t, _ := time.Parse("2006-01-02", date)
	if layout == LayoutPage {
		t = t.AddDate(0, 0, 1)
	}
	return fmt.Sprintf("%d年%d月%d日 %s\n", t.Year(), int(t.Month()), t.Day(), weekdays[t.Weekday()])
}

// render lays out the paragraphs.
func (g *gen) render(paras []string, titled bool, layout Layout) string {
	var sb strings.Builder
	if layout == LayoutPlain {
		for _, p := range paras {
			sb.WriteString(p)
			sb.WriteByte('\n')
		}
		return sb.String()
	}
	for pi, p := range paras {
		if pi > 0 {
			sb.WriteByte('\n')
		}
		rs := []rune(p)
		if pi == 0 && titled {
			sb.WriteString(p) // a headline is set on one line
			sb.WriteByte('\n')
			continue
		}
		for len(rs) > 0 {
			w := 14 + g.intn(5)
			// No line starts with closing punctuation (kinsoku), and no
			// number is broken across lines.
			for w < len(rs) && (strings.ContainsRune("，。、；：”）》！？", rs[w]) || isAlnum(rs[w]) && isAlnum(rs[w-1])) {
				w++
			}
			if w > len(rs) {
				w = len(rs)
			}
			line := rs[:w]
			rs = rs[w:]
			if g.chance(0.08) {
				// A justified line copied out of a PDF: spaces between glyphs.
				sb.WriteString(spaceOut(line))
			} else {
				sb.WriteString(string(line))
			}
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// spaceOut puts a space between glyphs, keeping runs of digits and Latin
// letters together, as text copied out of a justified PDF line looks.
func spaceOut(line []rune) string {
	var sb strings.Builder
	for i, r := range line {
		if i > 0 && !(isAlnum(r) && isAlnum(line[i-1])) {
			sb.WriteByte(' ')
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func isAlnum(r rune) bool {
	return r < 128 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.')
}

func withAbbr(tmpl, abbr string) string { return strings.ReplaceAll(tmpl, "{a}", abbr) }

// placeOf is the venue of a meeting, nil when the text names only the city.
func placeOf(place, city string) *string {
	if place == city {
		return nil
	}
	return sp(place)
}
