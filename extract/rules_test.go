package extract

import (
	"reflect"
	"strings"
	"testing"
)

func newT(t *testing.T) *Extractor {
	t.Helper()
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestPersonAt(t *testing.T) {
	e := newT(t)
	cases := []struct {
		in                        string
		name, title, country, org string
		ok                        bool
	}{
		{"乌兹别克斯坦总统米尔济约耶夫。", "米尔济约耶夫", "总统", "UZ", "", true},
		{"国家主席习近平在北京", "习近平", "国家主席", "CN", "", true},
		{"蒙古国总统呼日勒苏赫", "呼日勒苏赫", "总统", "MN", "", true},
		{"联合国秘书长古特雷斯", "古特雷斯", "秘书长", "", "联合国", true},
		{"美国当选总统特朗普", "特朗普", "当选总统", "US", "", true},
		{"普京并举行会谈", "普京", "", "RU", "", true},
		{"刚果（金）总统齐塞克迪", "齐塞克迪", "总统", "CD", "", true},
		{"北马其顿总理米茨科斯基", "米茨科斯基", "总理", "MK", "", true},
		{"文莱苏丹哈桑纳尔", "哈桑纳尔", "苏丹", "BN", "", true},
		{"记者", "", "", "", "", false},
	}
	for _, c := range cases {
		p, _, ok := e.personAt([]rune(c.in), 0, false, false)
		if ok != c.ok {
			t.Errorf("%s: ok=%v, want %v (%+v)", c.in, ok, c.ok, p)
			continue
		}
		if ok && (p.name != c.name || p.title != c.title || p.country != c.country || p.org != c.org) {
			t.Errorf("%s: got %+v", c.in, p)
		}
	}
}

func TestFindEventKinds(t *testing.T) {
	e := newT(t)
	cases := []struct {
		in                      string
		kind                    Kind
		host, guest, tod, place string
	}{
		{"9月2日上午，国家主席习近平在北京人民大会堂会见来华出席2025年上海合作组织峰会的乌兹别克斯坦总统米尔济约耶夫。", KindMeeting, "习近平", "米尔济约耶夫", Morning, "北京人民大会堂"},
		{"国务院总理李强15日下午在人民大会堂同新加坡总理黄循财举行会谈。", KindTalks, "李强", "黄循财", Afternoon, "人民大会堂"},
		{"国家主席习近平9日晚应约同法国总统马克龙通电话。", KindPhoneCall, "习近平", "马克龙", Evening, ""},
		{"国家主席习近平17日致电托卡耶夫，祝贺他当选哈萨克斯坦总统。", KindMessage, "习近平", "托卡耶夫", "", ""},
		{"国家主席习近平21日在北京同欧盟委员会主席冯德莱恩举行视频会晤。", KindVideoCall, "习近平", "冯德莱恩", "", "北京"},
		{"当天中午，习近平同普京小范围茶叙并宴请。", KindOther, "习近平", "普京", Noon, ""},
		{"国家主席习近平18日上午在北京以视频方式会见德国总理朔尔茨。", KindVideoCall, "习近平", "朔尔茨", Morning, "北京"},
		{"国家主席习近平日前给美国友人库林回信。", KindMessage, "习近平", "库林", "", ""},
		{"当地时间11月16日上午，国家主席习近平在旧金山会见墨西哥总统洛佩斯。", KindMeeting, "习近平", "洛佩斯", Morning, "旧金山"},
		{"国务院总理李强4日下午在杭州同俄罗斯总理米舒斯京共同主持中俄总理第二十九次定期会晤。", KindMeeting, "李强", "米舒斯京", Afternoon, "杭州"},
		{"5月9日，赴韩国出席韩新任总统尹锡悦就职仪式的习近平主席特别代表、国家副主席王岐山在首尔会见韩国总统文在寅。", KindMeeting, "王岐山", "文在寅", "", "首尔"},
		{"北京市长、亚运会组委会主席陈希同今天在人民大会堂会见了日本东京都知事铃木俊一夫妇。", KindMeeting, "陈希同", "铃木俊一", "", "人民大会堂"},
	}
	for _, c := range cases {
		ev, ok := e.findEvent(sentence{text: c.in, rs: []rune(c.in)})
		if !ok {
			t.Errorf("%s: no event", c.in)
			continue
		}
		if ev.kind != c.kind || ev.host.name != c.host || len(ev.guests) == 0 || ev.guests[0].name != c.guest || ev.tod != c.tod || ev.place != c.place {
			t.Errorf("%s: got kind %s host %s guests %+v tod %q place %q", c.in, ev.kind, ev.host.name, ev.guests, ev.tod, ev.place)
		}
	}
	for _, no := range []string{
		"去年我们在喀山会晤后，两国各部门积极落实双方达成的重要共识。",
		"会见后，两国元首共同见证交换多份双边合作文件。",
		"外交部发言人郭嘉昆2日在例行记者会上表示，习近平主席提出全球治理倡议。",
		"今年4月，我对马来西亚进行国事访问。",
		"韩正表示，今年以来，习近平主席同特朗普总统三次通话，达成一系列重要共识。",
		"习近平主席同特朗普总统3次通电话，为中美关系把舵定向。",
		"文在寅表示，此场会见是其总统任内最后一场重要外事活动。",
	} {
		if ev, ok := e.findEvent(sentence{text: no, rs: []rune(no)}); ok {
			t.Errorf("%s: unexpected event %+v", no, ev)
		}
	}
}

func TestOccasions(t *testing.T) {
	cases := map[string][]string{
		"来华出席2025年上海合作组织峰会和纪念中国人民抗日战争暨世界反法西斯战争胜利80周年活动的乌兹别克斯坦总统": {"2025年上海合作组织峰会", "纪念中国人民抗日战争暨世界反法西斯战争胜利80周年活动"},
		"来华进行国事访问的法国总统": nil,
		"法国总统": nil,
	}
	for in, want := range cases {
		if got := occasionsIn([]rune(in)); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %q, want %q", in, got, want)
		}
	}
}

func TestCityOf(t *testing.T) {
	cases := []struct{ place, dateline, want string }{
		{"北京人民大会堂", "北京", "北京"},
		{"人民大会堂", "北京", "北京"},
		{"旧金山", "旧金山", "旧金山"},
		{"天津梅江会展中心", "北京", "天津"},
		{"", "北京", "北京"},
		{"阿斯塔纳", "北京", "阿斯塔纳"},
		{"万象总理府", "", "万象"},
		// A known city before a venue is the city, whatever the dateline
		// (as "天津梅江会展中心" above); an unknown prefix is not.
		{"万象总理府", "北京", "万象"},
		{"首尔青瓦台", "平昌", "首尔"},
		{"西湖国宾馆", "杭州", "杭州"},
	}
	for _, c := range cases {
		if got := cityOf(c.place, c.dateline); got != c.want {
			t.Errorf("cityOf(%q,%q)=%q, want %q", c.place, c.dateline, got, c.want)
		}
	}
}

func TestParseReporters(t *testing.T) {
	cases := map[string][]string{
		"记者曹嘉玥 白鑫雨":  {"曹嘉玥", "白鑫雨"},
		"记者 朱超、董雪":   {"朱超", "董雪"},
		"记者王远 通讯员李明": {"王远", "李明"},
	}
	for in, want := range cases {
		if got := parseReporters(in); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %q, want %q", in, got, want)
		}
	}
}

func TestInferYear(t *testing.T) {
	cases := map[string]int{
		"来华出席2025年上海合作组织峰会": 2025,
		// A year merely mentioned names no present time (it may be a past
		// event's): only an occasion attended does (dates_test.go).
		"到2035年基本实现现代化，2024年成果": 0,
		"没有年份": 0,
	}
	for in, want := range cases {
		if got := inferYear(in); got != want {
			t.Errorf("inferYear(%q)=%d, want %d", in, got, want)
		}
	}
}

func TestSplitSentencesOffsets(t *testing.T) {
	text := "新华社北京9月2日电 第一句。“第二句！”\n标题行\n第三句"
	rs := []rune(text)
	ss := splitSentences(text)
	want := []string{"新华社北京9月2日电 第一句。", "“第二句！”", "标题行", "第三句"}
	if len(ss) != len(want) {
		t.Fatalf("got %d sentences: %+v", len(ss), ss)
	}
	for i, s := range ss {
		if s.text != want[i] || string(rs[s.start:s.end]) != s.text {
			t.Errorf("sentence %d: %q [%d:%d]", i, s.text, s.start, s.end)
		}
	}
}

func TestSupportsRules(t *testing.T) {
	e := newT(t)
	cases := []struct {
		text string
		want []Support
	}{
		{"米尔济约耶夫表示，乌方完全支持习近平主席提出的全球治理倡议。这一倡议契合全球治理需要，乌方愿同中方共同落实这一倡议。", []Support{{"UZ", "全球治理倡议"}}},
		{"习近平强调，中方提出全球治理倡议，愿同蒙方共同落实这一倡议。", nil},
		{"习近平主席提出全球治理倡议对世界和平具有重大意义，巴方将全力支持并积极落实。", []Support{{"PK", "全球治理倡议"}}},
		{"习近平指出，双方要落实好全球发展倡议。", nil},
		{"土方愿积极参与有关合作。", nil},
	}
	for _, c := range cases {
		art := e.Extract("新华社北京9月2日电 国家主席习近平2日在北京会见乌兹别克斯坦总统米尔济约耶夫和巴基斯坦总理夏巴兹。\n"+c.text, Options{Date: "2025-09-02"})
		var got []Support
		for _, a := range art.Articles {
			for _, m := range a.Meetings {
				got = append(got, m.Supports...)
			}
		}
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.text, got, c.want)
		}
	}
}

func TestAttendeesRule(t *testing.T) {
	e := newT(t)
	cases := map[string][]string{
		"王毅参加会见。":                {"王毅:"},
		"蔡奇、王毅等参加上述活动。":          {"蔡奇:", "王毅:"},
		"中共中央政治局常委、国务院副总理汪洋出席。":  {"汪洋:国务院副总理"},
		"北京市长、亚运会组委会主席陈希同会见时在座。": {"陈希同:北京市长"},
		"国务委员兼外长王毅参加上述活动。":       {"王毅:国务委员兼外长"},
		"两国元首共同出席签字仪式并见证签署合作文件。": nil,
	}
	for in, want := range cases {
		var got []string
		for _, p := range e.attendees(sentence{text: in, rs: []rune(in)}) {
			got = append(got, p.name+":"+p.title)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %q, want %q", in, got, want)
		}
	}
}

func TestTriggerFirstFastPath(t *testing.T) {
	for _, tr := range triggers {
		if r := []rune(tr.word)[0]; !isTriggerFirst(r) {
			t.Errorf("trigger %s: first rune %c not in the fast path", tr.word, r)
		}
	}
}

func TestResolveAbbrByContext(t *testing.T) {
	e := newT(t)
	cases := []struct {
		r    rune
		ctx  []string
		want string
	}{
		{'巴', []string{"PK"}, "PK"},
		{'巴', []string{"BR"}, "BR"},
		{'土', []string{"TM"}, "TM"},
		{'土', []string{"TR"}, "TR"},
		{'乌', []string{"UA"}, "UA"},
		{'乌', nil, "UZ"},
		{'马', []string{"MG", "MY"}, "MG"},
	}
	for _, c := range cases {
		if got := e.resolveAbbr(c.r, &factCtx{countries: c.ctx}); got != c.want {
			t.Errorf("%c in %v: %s, want %s", c.r, c.ctx, got, c.want)
		}
	}
	// End to end: 巴方 is Brazil beside 卢拉, Pakistan beside 夏巴兹.
	for guest, want := range map[string]string{"巴西总统卢拉": "BR", "巴基斯坦总理夏巴兹": "PK"} {
		r := e.Extract("新华社北京4月14日电 国家主席习近平14日在北京会见"+guest+"。\n巴方支持全球发展倡议。", Options{Date: "2023-04-14"})
		got := r.Articles[0].Meetings[0].Supports
		if len(got) != 1 || got[0].Country != want {
			t.Errorf("%s: supports %v, want %s", guest, got, want)
		}
	}
}

func TestMeetingDateBeforeDateline(t *testing.T) {
	e := newT(t)
	cases := map[string]string{
		"新华社北京10月1日电 国家主席习近平30日在北京会见法国总统马克龙。":    "2024-09-30",
		"新华社北京1月1日电 国家主席习近平31日在北京会见法国总统马克龙。":     "2023-12-31",
		"新华社北京10月1日电 国家主席习近平1日在北京会见法国总统马克龙。":     "2024-10-01",
		"新华社北京10月1日电 国家主席习近平今天在北京会见法国总统马克龙。":     "2024-10-01",
		"新华社北京10月1日电 9月28日，国家主席习近平在北京会见法国总统马克龙。": "2024-09-28",
	}
	for in, want := range cases {
		opts := Options{Date: "2024-10-01"}
		if strings.Contains(in, "1月1日电") {
			opts.Date = "2024-01-01"
		}
		r := e.Extract(in, opts)
		if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
			t.Fatalf("%s: %+v", in, r)
		}
		if got := r.Articles[0].Meetings[0].Date; got != want {
			t.Errorf("%s: date %s, want %s", in, got, want)
		}
	}
}

func TestTrimZone(t *testing.T) {
	cases := map[string]string{
		"续建设好磨憨-磨丁经济合作区": "磨憨-磨丁经济合作区",
		"和万象赛色塔综合开发区":    "万象赛色塔综合开发区",
		"中白工业园":          "中白工业园",
		"和工业园":           "",
	}
	for in, want := range cases {
		if got := trimZone(in); got != want {
			t.Errorf("trimZone(%q)=%q, want %q", in, got, want)
		}
	}
}

func TestPastDatedEventIsNoMeeting(t *testing.T) {
	e := newT(t)
	r := e.Extract("新华社北京9月2日电 国家主席习近平2日在北京会见俄罗斯总统普京。\n今年5月8日，国家主席习近平同法国总统马克龙在巴黎举行会谈，推动两国关系发展。", Options{Date: "2025-09-02"})
	if n := len(r.Articles[0].Meetings); n != 1 {
		t.Fatalf("%d meetings, want 1 (the May talks are referred to): %+v", n, r.Articles[0].Meetings)
	}
	if d := r.Articles[0].Meetings[0].Date; d != "2025-09-02" {
		t.Errorf("date %s", d)
	}
}

func TestReleaseWithoutDateline(t *testing.T) {
	e := newT(t)
	r := e.Extract("2024年3月5日，外交部长王毅应约同法国外长塞茹尔内通电话。\n王毅表示，中方愿同法方加强沟通。", Options{})
	if len(r.Articles) != 1 || r.Articles[0].Date != "2024-03-05" || len(r.Articles[0].Meetings) != 1 {
		t.Fatalf("%+v", r)
	}
	m := r.Articles[0].Meetings[0]
	if m.Kind != KindPhoneCall || m.Date != "2024-03-05" || m.Participants[0].Name != "王毅" || m.Participants[1].Name != "塞茹尔内" || *m.Participants[1].Country != "FR" {
		t.Errorf("%+v", m)
	}
}
