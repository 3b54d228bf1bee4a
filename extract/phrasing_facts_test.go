package extract

// Facts of a meeting: cooperation areas, projects, designations, occasions, signed domains.
// The sentences are made up after real phrasings (synthetic) unless a
// case says where it was found.

import (
	"reflect"
	"strings"
	"testing"
)

func TestRelationshipDesignation(t *testing.T) {
	e := newT(t)
	for in, want := range map[string]string{
		"新华社北京9月1日电 国家主席习近平1日同萨摩亚总理图伊拉埃帕举行会谈。习近平指出，中国同太平洋岛国建立相互尊重、共同发展的战略伙伴关系。": "相互尊重、共同发展的战略伙伴",
		"新华社北京9月1日电 国家主席习近平1日同肯尼亚总统肯雅塔举行会谈。双方将中肯关系提升为平等互信、互利共赢的全面合作伙伴关系。":       "平等互信、互利共赢的全面合作伙伴",
		"新华社北京9月1日电 国家主席习近平1日同塔吉克斯坦总统拉赫蒙举行会谈。作为全面战略合作伙伴，中方愿同塔方携手同心。":            "全面战略合作伙伴",
		"新华社北京9月1日电 全国人大常委会委员长吴邦国1日会见美国前国务卿奥尔布赖特。奥尔布赖特表示，两国有理由也应该成为战略伙伴。":       "",
	} {
		r := e.Extract(in, Options{})
		if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
			t.Errorf("%s: no meeting", in)
			continue
		}
		got := ""
		if p := r.Articles[0].Meetings[0].Relationship; p != nil {
			got = *p
		}
		if got != want {
			t.Errorf("%s: relationship %q, want %q", in, got, want)
		}
	}
}

func TestProjectsAndStrategies(t *testing.T) {
	e := newT(t)
	for in, want := range map[string][]string{
		"新华社北京9月1日电 国家主席习近平1日同埃及总统塞西举行会谈。中方愿同埃及“2030愿景”“苏伊士运河走廊开发”等发展战略紧密对接。": {"2030愿景", "苏伊士运河走廊开发"},
		"新华社北京9月1日电 国家主席习近平1日同埃及总理马德布利举行会谈。要以苏伊士经贸合作区等园区合作为牵引。":               {"苏伊士经贸合作区"},
		"中新社内罗毕5月10日电 国务院总理李克强10日同肯尼亚总统肯雅塔举行会谈。双方要共同实施好中非联合研究中心项目。":           {"中非联合研究中心"},
		"新华社北京5月14日电 外交部长王毅14日会见洪都拉斯外长雷纳。雷纳表示，拉方为习近平主席提出的“五大工程”深感振奋。":         {"五大工程"},
	} {
		r := e.Extract(in, Options{})
		if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
			t.Errorf("%s: no meeting", in)
			continue
		}
		if got := r.Articles[0].Meetings[0].Projects; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: projects %q, want %q", in, got, want)
		}
	}
}

func TestAreaListsAndProjects(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, sent      string
		areas, projects []string
	}{
		{"和 joining two areas at the end of a list",
			"温家宝说，中方愿扩大同斯方在农业、基础设施、能源和资源开发等领域的合作。",
			[]string{"农业", "基础设施", "能源", "资源开发"}, nil},
		{"和平 is no conjunction",
			"温家宝说，中方愿加强在和平利用核能、航天等领域的合作。",
			[]string{"和平利用核能", "航天"}, nil},
		{"a short list opening its clause",
			"吴邦国说，两国政治互信不断加强，经贸等各领域的合作不断扩大。",
			[]string{"经贸"}, nil},
		{"领域的对话、交流与合作",
			"温家宝说，中方愿同小岛屿国家加强在气候变化、环境保护等领域的对话、交流与合作。",
			[]string{"气候变化", "环境保护"}, nil},
		{"the addressee before an area is dropped",
			"温家宝说，中方将加强对非传染病防控、医疗等领域合作。",
			[]string{"传染病防控", "医疗"}, nil},
		{"a list without 等 is no list of cooperation areas",
			"温家宝说，双方同意加强在能源安全、气候变化领域的合作。",
			nil, nil},
		{"strategies docked with each other",
			"温家宝说，双方要推动“中国制造2025”同德国“工业4.0”对接取得扎实成果。",
			nil, []string{"中国制造2025", "工业4.0"}},
		{"an initiative docked with a strategy: only the strategy is a project",
			"温家宝说，双方要推进“一带一路”倡议同“光明之路”新经济政策对接。",
			nil, []string{"光明之路"}},
	} {
		in := "新华社北京8月31日电 国务院总理温家宝31日在人民大会堂会见斯里兰卡总统库马拉通加。\n" + c.sent
		r := e.Extract(in, Options{Date: "2005-08-31"})
		if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
			t.Errorf("%s: no single meeting", c.name)
			continue
		}
		m := r.Articles[0].Meetings[0]
		if !reflect.DeepEqual(m.CooperationAreas, c.areas) && len(m.CooperationAreas)+len(c.areas) > 0 {
			t.Errorf("%s: areas %q, want %q", c.name, m.CooperationAreas, c.areas)
		}
		if !reflect.DeepEqual(m.Projects, c.projects) && len(m.Projects)+len(c.projects) > 0 {
			t.Errorf("%s: projects %q, want %q", c.name, m.Projects, c.projects)
		}
	}
}

func TestQuotedOccasion(t *testing.T) {
	e := newT(t)
	r := e.Extract("新华社北京6月22日电 全国人大常委会委员长李鹏今天在人民大会堂会见了出席“中俄面向21世纪地区合作研讨会”的俄罗斯国家杜马副主席科罗廖夫一行。", Options{Date: "1999-06-22"})
	if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
		t.Fatalf("no single meeting: %q", briefs(r))
	}
	if got := r.Articles[0].Meetings[0].Occasions; !reflect.DeepEqual(got, []string{"中俄面向21世纪地区合作研讨会"}) {
		t.Errorf("occasions %q", got)
	}
}

func TestOwnDesignationOnly(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in, want string
	}{
		{"the meeting's own designation",
			"新华社北京3月5日电 国家主席习近平5日在人民大会堂会见巴基斯坦总理谢里夫。习近平表示，中方愿推动中巴全天候战略合作伙伴关系不断发展。",
			"全天候战略合作伙伴"},
		{"a region's designation is not the meeting's",
			"新华社北京3月5日电 国务院总理李克强5日在人民大会堂会见肯尼亚总统鲁托。李克强表示，中方愿推进中非全面战略合作伙伴关系。",
			""},
		{"another country's designation is not the meeting's",
			"新华社北京3月5日电 国务院总理李强5日在人民大会堂会见牙买加总理霍尔尼斯。双方表示要深化中加全面合作伙伴关系。",
			""},
		{"an important partner is a description, not the designation",
			"新华社北京3月5日电 国家主席习近平5日在人民大会堂会见意大利总统马塔雷拉。马塔雷拉表示，中国一直是意大利的重要战略合作伙伴。",
			""},
	} {
		r := e.Extract(c.in, Options{Date: "2024-03-05"})
		got := ""
		if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
			t.Errorf("%s: want one meeting, got %q", c.name, briefs(r))
			continue
		}
		if rel := r.Articles[0].Meetings[0].Relationship; rel != nil {
			got = *rel
		}
		if got != c.want {
			t.Errorf("%s: relationship %q, want %q", c.name, got, c.want)
		}
	}
}

func TestTalksThenSignedDomains(t *testing.T) {
	e := newT(t)
	in := "新华社莫斯科6月5日电 国家主席习近平5日在莫斯科同俄罗斯总统普京举行会谈。\n会谈后，两国元首共同见证签署了经贸、能源、科技等领域多项合作文件。"
	r := e.Extract(in, Options{Date: "2019-06-05"})
	if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
		t.Fatalf("want one meeting, got %q", kbriefs(r))
	}
	if got, want := r.Articles[0].Meetings[0].AgreementDomains, []string{"经贸", "能源", "科技"}; !reflect.DeepEqual(got, want) {
		t.Errorf("domains %q, want %q", got, want)
	}
}

func TestOccasionReferredBack(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"会议期间 refers back to the event named before",
			"新华社日内瓦8月1日电 第六次世界议长大会7月29日至31日在日内瓦万国宫举行。全国人大常委会委员长赵乐际出席大会并发言。\n会议期间，赵乐际会见了议联主席帕切科。",
			[]string{"第六次世界议长大会"}},
		{"峰会期间 takes a summit, not a forum named before it",
			"新华社金边11月12日电 第三届澜湄合作部长会议上月举行。第二十七届东盟峰会12日在金边开幕。\n峰会期间，国务院总理李强会见了柬埔寨首相洪玛奈。",
			[]string{"第二十七届东盟峰会"}},
		{"no 期间 at the head of the sentence: no occasion",
			"新华社日内瓦8月1日电 第六次世界议长大会7月29日至31日在日内瓦举行。\n全国人大常委会委员长赵乐际1日会见了议联主席帕切科。",
			nil},
	} {
		r := e.Extract(c.in, Options{Date: "2025-08-01"})
		if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
			t.Errorf("%s: want one meeting, got %q", c.name, obriefs(r))
			continue
		}
		if got := r.Articles[0].Meetings[0].Occasions; strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: occasions %q, want %q", c.name, got, c.want)
		}
	}
}

func TestAreaListsOfTheMeeting(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"a clause-opening list after a clause about the two countries",
			"新华社海牙5月11日电 韩正11日在海牙会见荷兰首相吕特。韩正表示，双边贸易额逆势增长，农业、交通物流、可持续发展等领域合作稳步推进。",
			[]string{"农业", "交通物流", "可持续发展"}},
		{"the same after 中X关系",
			"新华社北京5月11日电 李强11日在人民大会堂会见荷兰首相吕特。李强表示，中荷关系发展良好，经贸、人文等领域合作成果丰硕。",
			[]string{"经贸", "人文"}},
		{"another body's list is not the meeting's",
			"新华社天津9月1日电 习近平1日在天津会见吉尔吉斯斯坦总统扎帕罗夫。习近平指出，上海合作组织潜力巨大，贸易、投资、人文等领域合作扎实推进。",
			nil},
	} {
		r := e.Extract(c.in, Options{Date: "2023-05-11"})
		if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
			t.Errorf("%s: want one meeting, got %q", c.name, obriefs(r))
			continue
		}
		if got := r.Articles[0].Meetings[0].CooperationAreas; strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: areas %q, want %q", c.name, got, c.want)
		}
	}
}

func TestSpeechBeforeMeeting(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"initiatives of a speech told before the meeting's paragraph are not the meeting's",
			"新华社日内瓦8月1日电 第六次世界议长大会在日内瓦举行。全国人大常委会委员长赵乐际出席大会并发言。\n赵乐际强调，各国应共同践行全球发展倡议、全球安全倡议。\n会议期间，赵乐际会见了议联主席帕切科。帕切科表示，愿同中方共同推动构建人类命运共同体。",
			[]string{"人类命运共同体"}},
		{"a lead that tells no speech keeps the facts before the meeting",
			"新华社北京8月1日电 中方愿同各方共同践行全球发展倡议。\n全国人大常委会委员长赵乐际1日在人民大会堂会见了议联主席帕切科。",
			[]string{"全球发展倡议"}},
	} {
		r := e.Extract(c.in, Options{Date: "2025-08-01"})
		if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
			t.Errorf("%s: want one meeting, got %q", c.name, obriefs(r))
			continue
		}
		if got := r.Articles[0].Meetings[0].Initiatives; strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s: initiatives %q, want %q", c.name, got, c.want)
		}
	}
}

func TestThirdPartyDesignationsAndQuotedPlans(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, date, in string
		rel            string
		projects       []string
	}{
		{"a third party's designation with a modifier (中非新型战略伙伴关系) is not the meeting's",
			"2006-08-21",
			"新华社北京8月21日电 吴邦国21日在人民大会堂会见了肯尼亚国民议会议长卡帕罗。吴邦国说，中方愿把中非新型战略伙伴关系提升到新水平。",
			"", nil},
		{"a designation with modifiers and 的 (开放务实的全面合作伙伴)",
			"2023-05-12",
			"新华社海牙5月11日电 韩正11日在海牙会见荷兰首相吕特。韩正表示，希望推动中荷开放务实的全面合作伙伴关系取得更大发展。",
			"开放务实的全面合作伙伴", nil},
		{"a plan quoted in corner brackets is a project",
			"2023-08-06",
			"外交部长王毅6日同欧盟外交与安全政策高级代表博雷利通电话。博雷利说，欧盟的「全球门户」计划同「一带一路」倡议并不对立。",
			"", []string{"全球门户"}},
	} {
		r := e.Extract(c.in, Options{Date: c.date})
		if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
			t.Errorf("%s: want one meeting, got %q", c.name, obriefs(r))
			continue
		}
		m := r.Articles[0].Meetings[0]
		rel := ""
		if m.Relationship != nil {
			rel = *m.Relationship
		}
		if rel != c.rel || strings.Join(m.Projects, ",") != strings.Join(c.projects, ",") {
			t.Errorf("%s: relationship %q projects %q, want %q %q", c.name, rel, m.Projects, c.rel, c.projects)
		}
	}
}
