package extract

// Layout: datelines, stamps, headlines, bylines, page chrome and dates.
// The sentences are made up after real phrasings (synthetic) unless a
// case says where it was found.

import (
	"reflect"
	"strings"
	"testing"
)

func TestRepostLeadsAndPhotoCaptions(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		in            string
		source, title string
	}{
		{"原标题：习近平会见太平洋岛国领导人\n国际在线消息：据新华社电，国家主席习近平22日在楠迪会见萨摩亚总理图伊拉埃帕。", "新华社", ""},
		{"央视网消息：据中新社报道，国务院总理李克强10日在内罗毕同肯尼亚总统肯雅塔举行会谈。", "中新社", ""},
		{"央视网消息（新闻联播）：国家主席习近平1日在人民大会堂同埃及总统塞西举行会谈。", "央视网", ""},
		{"9月1日，国家主席习近平在北京人民大会堂同埃及总统塞西举行会谈。新华社记者 庞兴雷 摄\n习近平同埃及总统塞西举行会谈\n新华社北京9月1日电 国家主席习近平1日在人民大会堂同埃及总统塞西举行会谈。", "新华社", "习近平同埃及总统塞西举行会谈"},
	} {
		r := e.Extract(c.in, Options{Date: "2014-11-22"})
		if len(r.Articles) != 1 {
			t.Errorf("%s: %d articles", c.in, len(r.Articles))
			continue
		}
		a := r.Articles[0]
		title := ""
		if a.Title != nil {
			title = *a.Title
		}
		if a.Source != c.source || title != c.title {
			t.Errorf("%s: source %q title %q, want %q %q", c.in, a.Source, title, c.source, c.title)
		}
	}
}

func TestForeignAndHongKongDatelines(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in                       string
		source, city, title, reporters string
	}{
		{"a foreign outlet's dateline",
			"俄罗斯卫星通讯社北京12月19日电 中国国家主席习近平12月19日致电塞西，祝贺他当选连任埃及总统。",
			"俄罗斯卫星通讯社", "北京", "", ""},
		{"another form of the same outlet takes its canonical name",
			"俄新社莫斯科3月5日电 俄罗斯总统普京5日在克里姆林宫会见中国外交部长王毅。",
			"俄罗斯卫星通讯社", "莫斯科", "", ""},
		{"a Hong Kong paper's dateline",
			"大公报北京3月5日讯 国家主席习近平5日在人民大会堂会见新加坡总理黄循财。",
			"大公报", "北京", "", ""},
		{"a sign-off with 记者 and a space, in an article without dateline",
			"国务院总理温家宝8月31日会见了来访的斯里兰卡总统库马拉通加。\n温家宝说，中斯友好源远流长。（记者 李诗佳）",
			"", "", "", "李诗佳"},
		{"a time stamp with its source above the dateline is no headline",
			"2024年07月08日08:55 来源：人民网-人民日报\n新华社北京7月7日电 国务院总理李强致电斯塔默，祝贺他就任英国首相。",
			"新华社", "北京", "", ""},
		{"a headline above a stamp with its source, not glued to it",
			"南非总统祖马会见刘延东\n\n2017-04-26 21:06 来源: 新华社\n\n新华社比勒陀利亚4月26日电 南非总统祖马在总统官邸会见国务院副总理刘延东。",
			"新华社", "比勒陀利亚", "南非总统祖马会见刘延东", ""},
		{"a breadcrumb above the headline",
			"首页>要闻 要闻\n李克强应约同德国总理默克尔通电话\n央视网消息(新闻联播)：国务院总理李克强今天下午应约同德国总理默克尔通电话。",
			"央视网", "", "李克强应约同德国总理默克尔通电话", ""},
		{"a headline above a photo's credit line",
			"李克强会见国际奥委会主席巴赫\n\n新华社 饶爱民 摄\n\n国务院总理李克强21日在中南海紫光阁会见国际奥委会主席巴赫。",
			"", "", "李克强会见国际奥委会主席巴赫", ""},
		{"a headline with a colon subtitle is not joined to the lead",
			"习近平会见挪威首相:进一步发展中挪友好合作符合两国人民意愿\n\n9月9日下午，国家主席习近平在北京钓鱼台国宾馆会见来华进行正式访问的挪威首相斯特勒。",
			"", "", "习近平会见挪威首相：进一步发展中挪友好合作符合两国人民意愿", ""},
	} {
		r := e.Extract(c.in, Options{Date: "2024-09-09"})
		if len(r.Articles) != 1 {
			t.Errorf("%s: %d articles", c.name, len(r.Articles))
			continue
		}
		a := r.Articles[0]
		title := ""
		if a.Title != nil {
			title = *a.Title
		}
		if a.Source != c.source || a.City != c.city || title != c.title || strings.Join(a.Reporters, ",") != c.reporters {
			t.Errorf("%s: got %q %q %q %q, want %q %q %q %q", c.name, a.Source, a.City, title, a.Reporters, c.source, c.city, c.title, c.reporters)
		}
	}
}

func TestPageChromeAroundHeadline(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in                       string
		source, city, title, reporters string
	}{
		{"a menu word, a breadcrumb and a source line around the headline",
			"新闻\n新闻中心 首页 > 新闻中心\n\n王岐山会见法国总理\n\n来源:中国新闻网     发布日期:2015/3/2 10:00:01    浏览数:12\n\n中新社北京3月2日电(记者 王牧) 国家副主席王岐山2日在北京会见了法国总理瓦尔斯。",
			"中新社", "北京", "王岐山会见法国总理", "王牧"},
		{"a breadcrumb of a Hong Kong paper, a menu row and an address line",
			"文汇首页 > 即时新闻 > 即时中国 > 正文\n【打印】   【评论】   【推荐】  【关闭】\n\n王毅会见德国外长\n\nhttp://news.wenweipo.com   [2015-03-02]    我要评论\n\n【文汇网讯】据新华网报道，外交部长王毅2日在北京会见德国外长施泰因迈尔。",
			"新华网", "", "王毅会见德国外长", ""},
		{"a paper's own bracketed dateline",
			"王毅晤德国外长\n文章日期:2015年3月3日\n\n【明报专讯】外交部长王毅周一(2日)在北京与德国外长施泰因迈尔会晤。",
			"明报", "", "王毅晤德国外长", ""},
		{"separators between doubled captions",
			"3月2日,国家主席习近平在北京人民大会堂会见法国总理瓦尔斯。 中新社发 廖文静 摄\n|\n3月2日,国家主席习近平在北京人民大会堂会见法国总理瓦尔斯。 中新社发 廖文静 摄\n|\n中新网北京3月2日电 (记者 孙宇挺)国家主席习近平2日上午在人民大会堂会见了法国总理瓦尔斯。",
			"中新网", "北京", "", "孙宇挺"},
	} {
		r := e.Extract(c.in, Options{Date: "2015-03-02"})
		if len(r.Articles) != 1 {
			t.Errorf("%s: %d articles", c.name, len(r.Articles))
			continue
		}
		a := r.Articles[0]
		title := ""
		if a.Title != nil {
			title = *a.Title
		}
		if a.Source != c.source || a.City != c.city || title != c.title || strings.Join(a.Reporters, ",") != c.reporters {
			t.Errorf("%s: got %q %q %q %q, want %q %q %q %q", c.name, a.Source, a.City, title, a.Reporters, c.source, c.city, c.title, c.reporters)
		}
	}
}

func TestVisitRangeIsNoMeetingDay(t *testing.T) {
	e := newT(t)
	in := "新华社莫斯科9月29日电 全国人大常委会委员长栗战书25日至28日对俄罗斯进行正式友好访问，在莫斯科会见总统普京。"
	r := e.Extract(in, Options{Date: "2019-09-29"})
	if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
		t.Fatalf("want one meeting, got %q", briefs(r))
	}
	// The end of a visit's range is not the day of the meeting: the
	// dateline's date stands in for the day not told.
	if d := r.Articles[0].Meetings[0].Date; d != "2019-09-29" {
		t.Errorf("date %q, want the dateline's 2019-09-29", d)
	}
	in = "新华社北京12月31日电 在新年来临之际，外交部长王毅与巴基斯坦外长达尔互致新年贺电。"
	r = e.Extract(in, Options{Date: "2019-12-31"})
	if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 || r.Articles[0].Meetings[0].Kind != KindMessage {
		t.Errorf("互致新年贺电: want one MESSAGE, got %q", briefs(r))
	}
}

func TestDoubledCaptions(t *testing.T) {
	e := newT(t)
	in := "图：5日，国务院总理温家宝在阿斯塔纳会见哈萨克斯坦总理马西莫夫 新华社\n" +
		"【星岛讯】据新华社报道：国务院总理温家宝当地时间5日上午在阿斯塔纳会见哈萨克斯坦总理马西莫夫，塔吉克斯坦总理阿基洛夫以及乌兹别克斯坦总理米尔济约耶夫。\n" +
		"温家宝在会见塔吉克斯坦总理阿基洛夫时表示，中方愿同塔方深化合作。\n" +
		"在会见乌兹别克斯坦总理米尔济约耶夫时，温家宝指出，中乌合作潜力巨大。"
	r := e.Extract(in, Options{Date: "2010-11-06"})
	want := []string{"温家宝/国务院总理/CN,>马西莫夫/总理/KZ|阿斯塔纳", "温家宝/国务院总理/CN,>阿基洛夫/总理/TJ|阿斯塔纳", "温家宝/国务院总理/CN,>米尔济约耶夫/总理/UZ|阿斯塔纳"}
	if got := briefs(r); !reflect.DeepEqual(got, want) {
		t.Errorf("caption with an outlet credit, bracketed source dateline, comma list:\n got  %q\n want %q", got, want)
	}
	if len(r.Articles) != 1 || r.Articles[0].Source != "新华社" {
		t.Errorf("want one article relayed from 新华社, got %d", len(r.Articles))
	}
	for _, a := range r.Articles {
		for _, m := range a.Meetings {
			if m.Date != "2010-11-05" || m.TimeOfDay == nil || *m.TimeOfDay != Morning {
				t.Errorf("%s: date %s, want 2010-11-05 in the morning", brief(m), m.Date)
			}
		}
	}
}

func TestRepostStampsAndSourceDatelines(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in            string
		source, city, title string
	}{
		{"a dateline with a space after the outlet, under a labelled repost stamp",
			"发布时间:2023-05-02 08:10:00 来源: abc123\n中新社 北京5月1日电 (记者 张三 李四)国务院总理李强1日在北京会见新加坡总理黄循财。",
			"中新社", "北京", ""},
		{"the CCTV app's source-only dateline",
			"央视新闻客户端消息(新闻联播):全国人大常委会委员长赵乐际5月1日在北京会见越南国会主席王廷惠。",
			"央视新闻", "", ""},
		{"a labelled stamp with a time zone under the headline is no part of it",
			"王毅同埃及外长通电话\n更新时间：08:35 2026-03-05 HKT\n外交部长王毅4日同埃及外长阿卜杜勒阿蒂通电话。",
			"", "", "王毅同埃及外长通电话"},
	} {
		r := e.Extract(c.in, Options{Date: "2023-05-02"})
		if len(r.Articles) != 1 {
			t.Errorf("%s: %d articles", c.name, len(r.Articles))
			continue
		}
		a := r.Articles[0]
		title := ""
		if a.Title != nil {
			title = *a.Title
		}
		if a.Source != c.source || a.City != c.city || title != c.title {
			t.Errorf("%s: source %q city %q title %q, want %q %q %q", c.name, a.Source, a.City, title, c.source, c.city, c.title)
		}
	}
}

func TestOutletDatelines(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, date, in      string
		source, city, title string
	}{
		{"a 中新网 dateline without a city",
			"2010-06-13",
			"中新网6月13日电 据来自外交部的消息，6月13日，国务院总理温家宝应约与日本首相菅直人通电话。",
			"中新网", "", ""},
		{"a stamp 'outlet (date time)' under the headline is no part of it; 央视国际消息 a source",
			"2002-10-23",
			"江泽民主席会见美国州长\n央视国际 (2002年10月23日 11:41)\n央视国际消息(新闻30分)：国家主席江泽民22日晚在芝加哥会见了伊利诺伊州州长瑞安。",
			"央视国际", "", "江泽民主席会见美国州长"},
		{"CNA's dateline in parentheses, reporter and city run together, no month",
			"2024-01-19",
			"（中央社記者張三台北19日電）中國國家主席習近平今天在北京會見美國國務卿布林肯。",
			"中央社", "台北", ""},
		{"a closing attribution in parentheses starts no article",
			"2024-01-19",
			"新华社北京1月19日电 国家主席习近平19日在人民大会堂会见美国国务卿布林肯。（新华社北京1月19日电）",
			"新华社", "北京", ""},
		{"a bracketed source dateline with 报道",
			"2024-01-19",
			"【星島日報報道】國家主席習近平昨日在人民大會堂會見美國國務卿布林肯。",
			"星岛日报", "", ""},
		{"央广网 as an outlet",
			"2024-01-19",
			"央广网北京1月19日消息 国家主席习近平19日在人民大会堂会见美国国务卿布林肯。",
			"央广网", "北京", ""},
	} {
		r := e.Extract(c.in, Options{Date: c.date})
		if len(r.Articles) != 1 {
			t.Errorf("%s: %d articles", c.name, len(r.Articles))
			continue
		}
		a := r.Articles[0]
		title := ""
		if a.Title != nil {
			title = *a.Title
		}
		if a.Source != c.source || a.City != c.city || title != c.title {
			t.Errorf("%s: source %q city %q title %q, want %q %q %q", c.name, a.Source, a.City, title, c.source, c.city, c.title)
		}
	}
}

func TestDayOnlyDateline(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		in, date, want string
	}{
		{"（中央社記者張三台北19日電）中國國家主席習近平今天在北京會見美國國務卿布林肯。", "2024-01-19", "2024-01-19"},
		{"（中央社記者張三台北30日電）中國國家主席習近平今天在北京會見美國國務卿布林肯。", "2024-01-02", "2023-12-30"},
	} {
		r := e.Extract(c.in, Options{Date: c.date})
		if len(r.Articles) != 1 || r.Articles[0].Date != c.want || strings.Join(r.Articles[0].Reporters, ",") != "张三" {
			t.Errorf("%s: got %+v, want date %s and reporter 张三", c.in, r.Articles, c.want)
		}
	}
}

func TestYesterdayAndToday(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		in, date, want, tod string
	}{
		{"國務院總理李強昨日與澳洲總理阿爾巴尼斯在人民大會堂會談。", "2024-01-20", "2024-01-19", ""},
		{"習近平昨晚與普京通電話，兩人就烏克蘭局勢交換意見。", "2024-03-01", "2024-02-29", Evening},
		{"國家主席習近平昨日（19日）在北京會見美國國務卿布林肯。", "2024-01-20", "2024-01-19", ""},
		{"國家主席習近平今日在北京會見美國國務卿布林肯。", "2024-01-20", "2024-01-20", ""},
	} {
		r := e.Extract(c.in, Options{Date: c.date})
		if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
			t.Errorf("%s: want one meeting, got %q", c.in, obriefs(r))
			continue
		}
		m := r.Articles[0].Meetings[0]
		tod := ""
		if m.TimeOfDay != nil {
			tod = *m.TimeOfDay
		}
		if m.Date != c.want || tod != c.tod {
			t.Errorf("%s: date %s time %q, want %s %q", c.in, m.Date, tod, c.want, c.tod)
		}
	}
}

// headline, even where a garbled copy put "？" and pinyin into the
// outlet's name.
func TestStampNoHeadline(t *testing.T) {
	e := newT(t)
	for _, c := range []struct{ name, in string }{
		{"garbled outlet name", "2015年03月02日07:55 来源：人民网-人民日？qǐng)?bào)\n国家主席习近平1日在人民大会堂会见了来访的法国总理。\n"},
		{"outlet with a bracket", "2011年05月20日 08:12 来源：新华网(北京)\n国务院总理温家宝19日在中南海紫光阁会见了德国总理默克尔。\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := e.ExtractBytes([]byte(c.in), Options{Date: "2015-03-02"})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Articles) != 1 {
				t.Fatalf("got %d articles", len(r.Articles))
			}
			if ti := r.Articles[0].Title; ti != nil {
				t.Errorf("title %q, want none", *ti)
			}
		})
	}
}

// closes with one in brackets, as a newspaper reprinting an agency's
// report writes it, takes its outlet, city, date and reporters from it;
// two such closing datelines (a page of several items) give none.
func TestTrailerDateline(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in, want string
	}{
		{"one closing dateline with its reporter",
			"国务院副总理吴仪5日在中南海紫光阁会见了泰国副总理。\n双方表示，愿进一步加强各领域合作。（新华社北京6月5日电 记者王小明）\n",
			"新华社|北京|2005-06-05|王小明"},
		{"one closing dateline without reporter, ASCII brackets",
			"国家副主席曾庆红10日在人民大会堂会见了越南客人。\n双方就两国关系交换了意见。(新华社北京6月10日电)\n",
			"新华社|北京|2005-06-10|"},
		{"two closing datelines: a page of items, no dateline taken",
			"国务院副总理吴仪5日会见了泰国副总理。（新华社北京6月5日电）\n国家副主席曾庆红5日会见了越南客人。（新华社北京6月5日电）\n",
			"||2005-06-30|"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := e.ExtractBytes([]byte(c.in), Options{Date: "2005-06-30"})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Articles) != 1 {
				t.Fatalf("got %d articles", len(r.Articles))
			}
			a := r.Articles[0]
			got := a.Source + "|" + a.City + "|" + a.Date + "|" + strings.Join(a.Reporters, ",")
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestNumberChineseNumerals(t *testing.T) {
	for in, want := range map[string]int{"7": 7, "12": 12, "三": 3, "十": 10, "十一": 11, "二十": 20, "二十三": 23, "三十一": 31, "x": 0} {
		if got := number(in); got != want {
			t.Errorf("number(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestDatelineChineseNumerals(t *testing.T) {
	e := newT(t)
	for _, c := range []struct{ in, source, date string }{
		{"中新社北京十一月三日电 （记者 孙宇挺）中国国务院总理温家宝今天在人民大会堂会见俄罗斯总理弗拉德科夫。", "中新社", "2005-11-03"},
		{"新华社北京九月十五日电 （记者于海生）全国政协主席李瑞环今天上午在人民大会堂会见了秘鲁客人。", "新华社", "2005-09-15"},
		{"中新网北京八月七日电 （记者 孙宇挺）中国国家主席胡锦涛七日上午会见巴西总统卢拉。", "中新网", "2005-08-07"},
	} {
		r := e.Extract(c.in, Options{Date: "2005-12-01"})
		if len(r.Articles) != 1 || r.Articles[0].Source != c.source || r.Articles[0].Date != c.date || r.Articles[0].City != "北京" {
			t.Errorf("%s: got %+v, want %s 北京 %s", c.in, r.Articles, c.source, c.date)
		}
	}
}

func TestReporterBylines(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"本报圣地亚哥11月19日电 记者吴绮敏、张川杜报道：国家主席胡锦涛19日上午会见了智利参议长拉腊因。", []string{"吴绮敏", "张川杜"}},
		{"新华社北京5月30日电 全国人大常委会委员长张德江30日在人民大会堂会见了美国国会议员代表团。\n张平参加会见。（王慧慧）", []string{"王慧慧"}},
		{"新华社北京4月2日电 国家主席习近平2日晚同美国总统拜登通电话。\n（下转四版）", nil},
		{"新华社北京4月2日电 国家主席习近平2日晚同美国总统拜登通电话。（完）", nil},
	} {
		r := e.Extract(c.in, Options{Date: "2016-05-30"})
		if len(r.Articles) != 1 {
			t.Fatalf("%s: %d articles", c.in, len(r.Articles))
		}
		got := r.Articles[0].Reporters
		if len(got) == 0 && len(c.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: reporters %q, want %q", c.in, got, c.want)
		}
	}
}
