package extract

import (
	"os"
	"strings"
	"testing"
)

// dateCase is one report (or report excerpt), its options, and the date,
// precision and year source its first meeting must get.
type dateCase struct {
	name      string
	text      string
	date      string // Options.Date
	want      string // the meeting's date ("" when partial or none)
	precision string
	month     int
	day       int
	src       string // the meeting's yearSource
	yearRule  string // the rule of its "year" evidence, "" if none expected
}

func runDateCases(t *testing.T, cases []dateCase) {
	t.Helper()
	e := newT(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(c.text, Options{Date: c.date})
			var ms []Meeting
			for _, a := range r.Articles {
				ms = append(ms, a.Meetings...)
			}
			if len(ms) == 0 {
				t.Fatalf("no meeting in %q", c.text)
			}
			m := ms[0]
			if m.Date != c.want || m.DatePrecision != c.precision || m.Month != c.month || m.Day != c.day || m.YearSource != c.src {
				t.Errorf("date %q precision %s month %d day %d source %q, want %q %s %d %d %q",
					m.Date, m.DatePrecision, m.Month, m.Day, m.YearSource, c.want, c.precision, c.month, c.day, c.src)
			}
			rule := ""
			for _, ev := range m.Evidence {
				if ev.Field == "year" {
					rule = ev.Rule
				}
			}
			if rule != c.yearRule {
				t.Errorf("year evidence rule %q, want %q", rule, c.yearRule)
			}
		})
	}
}

// TestYearNotTakenFromTargetsOrPastEvents: a year the text merely mentions
// — a target, an agenda named after a year, the start of a span, another
// event's year, a past event — gives no year to a dateline without one; the
// meeting keeps the month and day the text states.
func TestYearNotTakenFromTargetsOrPastEvents(t *testing.T) {
	const lead = "新华社北京9月6日电 国家主席习近平6日在人民大会堂会见佛得角总理席尔瓦。"
	partial := func(name, body string) dateCase {
		return dateCase{name: name, text: lead + body, precision: PrecisionMonthDay, month: 9, day: 6}
	}
	runDateCases(t, []dateCase{
		partial("agenda 2030", "习近平强调，中方愿同佛方在气候变化、2030年可持续发展议程等问题上加强沟通协调。"),
		// synthetic: the African Union's Agenda 2063.
		partial("agenda 2063", "双方同意对接非盟《2063年议程》。"),
		partial("target 到", "中方到2035年基本实现社会主义现代化。"), // synthetic
		partial("span since", "韩正表示，中韩两国地理相邻，是天然的合作伙伴。自1992年建交以来，两国关系实现了快速发展。"),
		partial("another event", "他说，中国的这次成就鼓励巴西举办2016年的奥运会，他们与芝加哥、东京、马德里竞争。"),
		partial("past event", "阿尔巴尼斯表示，1972年惠特拉姆总理领导的澳工党政府决定同中华人民共和国建交需要勇气和远见。"),
		partial("after a target", "密方赞赏中方宣布2020年后减排行动目标。"),
		partial("archive photo", "\n资料图片：2011年1月19日，中国国家主席胡锦涛在白宫会见美国总统奥巴马。"),
		// Traditional, as found (020_xi_cabo_verde_pm_2018_trad).
		{name: "agenda 2030 traditional", text: "新華社北京9月6日電(記者劉華)國家主席習近平6日在人民大會堂會見佛得角總理席爾瓦。習近平強調，中方愿同佛方一道努力，愿在氣候變化、2030年可持續發展議程等問題上加強溝通協調。",
			precision: PrecisionMonthDay, month: 9, day: 6},
	})
}

// TestYearOfOccasionAttended: the year of the occasion the guest came for
// ("来华出席2024年中非合作论坛峰会") is the present one.
func TestYearOfOccasionAttended(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "summit", text: "新华社北京9月3日电 国家主席习近平3日上午在人民大会堂同来华出席2024年中非合作论坛峰会并进行国事访问的尼日利亚总统提努布举行会谈。",
			want: "2024-09-03", precision: PrecisionDay, src: YearFromTextYear, yearRule: RuleYearTextYear},
		{name: "annual meeting", text: "新华社瑞士达沃斯1月16日电 国务院副总理丁薛祥16日在达沃斯出席世界经济论坛2024年年会期间会见瑞士联邦主席阿姆赫德。",
			want: "2024-01-16", precision: PrecisionDay, src: YearFromTextYear, yearRule: RuleYearTextYear},
		{name: "traditional", text: "新華社天津8月30日電 國務院總理李強30日在天津賓館會見來華出席2025年上海合作組織峰會的埃及總理馬德布利。",
			want: "2025-08-30", precision: PrecisionDay, src: YearFromTextYear, yearRule: RuleYearTextYear},
	})
}

// TestYearFromPageStamp: a web page's time stamp or a newspaper's masthead
// dates the page; it gives the year and is the publication date.
func TestYearFromPageStamp(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "web stamp", text: "王毅应约同俄罗斯外长拉夫罗夫通电话\n2022-02-24 23:00\n新华社北京2月24日电 国务委员兼外长王毅24日应约同俄罗斯外长拉夫罗夫通电话。",
			want: "2022-02-24", precision: PrecisionDay, src: YearFromStamp, yearRule: RuleYearStamp},
		{name: "labelled stamp", text: "张德江会见佩洛西\n发布时间:2015-11-13 08:25\n新华社北京11月12日电 全国人大常委会委员长张德江12日在人民大会堂会见美国众议院少数党领袖佩洛西。",
			want: "2015-11-12", precision: PrecisionDay, src: YearFromStamp, yearRule: RuleYearStamp},
		{name: "masthead", text: "新华社阿斯塔纳4月18日电 国务院副总理张高丽18日在阿斯塔纳会见哈萨克斯坦总统纳扎尔巴耶夫。\n\n《 人民日报海外版 》( 2017年04月20日   第 01 版)",
			want: "2017-04-18", precision: PrecisionDay, src: YearFromStamp, yearRule: RuleYearStamp},
	})
}

// TestNeverAfterPublication: a year not stated with the date never puts a
// meeting after the document's publication date ("12月30日" published on
// 2 January is of the year before).
func TestNeverAfterPublication(t *testing.T) {
	// synthetic: a late-December report published in January.
	const text = "新华社北京12月30日电 国家主席习近平30日在人民大会堂会见越南总理范明政。"
	runDateCases(t, []dateCase{
		{name: "metadata", text: text, date: "2019-01-02", want: "2018-12-30", precision: PrecisionDay, src: YearFromMetadata, yearRule: RuleYearMetadata},
		{name: "stamp", text: "2019-01-02 10:00\n" + text, want: "2018-12-30", precision: PrecisionDay, src: YearFromStamp, yearRule: RuleYearStamp},
		{name: "same day", text: text, date: "2018-12-30", want: "2018-12-30", precision: PrecisionDay, src: YearFromMetadata, yearRule: RuleYearMetadata},
	})
}

// TestYearFromFullDateNearDateline: a full date of the page on the dateline
// day or just before it (a photo caption of the day before) gives the year.
func TestYearFromFullDateNearDateline(t *testing.T) {
	runDateCases(t, []dateCase{
		{name: "caption the day before", text: "2015年4月14日，外交部长王毅在比勒陀利亚与南非外长马沙巴内会谈后共同会见记者。 图片来源：外交部网站\n\n中新社开普敦4月15日电 4月15日，南非总统祖马在开普敦总统府会见到访的中国外交部长王毅。",
			want: "2015-04-15", precision: PrecisionDay, src: YearFromTextDate, yearRule: RuleYearTextDate},
		{name: "dateline year", text: "新华社北京2024年3月5日电 国家主席习近平5日在人民大会堂会见越南总理范明政。",
			want: "2024-03-05", precision: PrecisionDay, src: YearFromDateline, yearRule: RuleYearDateline},
		{name: "own sentence", text: "2022年9月8日，国务委员兼外长王毅应约同伊朗外长阿卜杜拉希扬通电话。",
			want: "2022-09-08", precision: PrecisionDay, src: YearFromText},
		{name: "metadata wins over text", text: "新华社北京9月3日电 国家主席习近平3日上午在人民大会堂同来华出席2024年中非合作论坛峰会并进行国事访问的尼日利亚总统提努布举行会谈。",
			date: "2024-09-04", want: "2024-09-03", precision: PrecisionDay, src: YearFromMetadata, yearRule: RuleYearMetadata},
	})
}

// TestArticleDatePrecision: the article keeps its dateline's month and day
// when no year is known, and its publication date when one is.
func TestArticleDatePrecision(t *testing.T) {
	e := newT(t)
	r := e.Extract("新华社北京3月5日电 国家主席习近平5日在人民大会堂会见越南总理范明政。", Options{})
	a := r.Articles[0]
	if a.Date != "" || a.DatePrecision != PrecisionMonthDay || a.Month != 3 || a.Day != 5 || a.Published != "" {
		t.Errorf("article %+v", a)
	}
	r = e.Extract("新华社北京3月5日电 国家主席习近平5日在人民大会堂会见越南总理范明政。", Options{Date: "2024-03-06"})
	a = r.Articles[0]
	if a.Date != "2024-03-05" || a.DatePrecision != PrecisionDay || a.YearSource != YearFromMetadata || a.Published != "2024-03-06" {
		t.Errorf("article %+v", a)
	}
	r = e.Extract("没有日期的文字。", Options{})
	if a := r.Articles[0]; a.DatePrecision != PrecisionNone || !strings.HasPrefix(a.ID, "a") {
		t.Errorf("article %+v", a)
	}
}

// BenchmarkDatePass measures the date pass alone (page stamp, present
// years, article years) on the seed page, to compare with BenchmarkExtract.
func BenchmarkDatePass(b *testing.B) {
	raw, err := os.ReadFile("../testdata/corpus/000_seed_xinhua_2025-09-02.txt")
	if err != nil {
		b.Skip(err)
	}
	page := string(raw)
	b.SetBytes(int64(len(raw)))
	for i := 0; i < b.N; i++ {
		arts := []rawArticle{{text: page, month: 3, day: 5}}
		stampArticles(arts, page)
		_ = inferYear(page)
		publication(&arts[0], Options{})
		articleYear(&arts[0], 0)
	}
}
