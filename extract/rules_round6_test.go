package extract

import (
	"reflect"
	"testing"
)

// Rules added for the sixth round (general fixes of the failures left on
// the held-out reports 106-113 and of those found on 114 onwards). The
// sentences are made up; none is copied from a report.

func TestRound6Offices(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"a longer country form does not eat the start of an office (联邦委员会)",
			"新华社北京5月6日电 全国人大常委会委员长张德江6日在人民大会堂会见俄罗斯联邦委员会第一副主席托尔舍夫。",
			[]string{"张德江/全国人大常委会委员长/CN,>托尔舍夫/联邦委员会第一副主席/RU@人民大会堂|北京"}},
		{"a longer country form does not eat the start of an office (联邦议会)",
			"新华社北京7月2日电 全国人大常委会委员长赵乐际2日在人民大会堂会见澳大利亚联邦议会众议长史密斯。",
			[]string{"赵乐际/全国人大常委会委员长/CN,>史密斯/联邦议会众议长/AU@人民大会堂|北京"}},
		{"the longer country form stays before a lexicon office",
			"新华社北京5月6日电 国家主席胡锦涛6日在人民大会堂会见俄罗斯联邦总统梅德韦杰夫。",
			[]string{"胡锦涛/国家主席/CN,>梅德韦杰夫/总统/RU@人民大会堂|北京"}},
		{"an organisation named after the country keeps the country's name in the office",
			"新华社北京9月9日电 国家主席习近平9日在人民大会堂会见美国总统特使布朗。中国人民对外友好协会会长林松添参加会见。",
			[]string{"习近平/国家主席/CN,>布朗/总统特使/US,+林松添/中国人民对外友好协会会长/CN@人民大会堂|北京"}},
		{"the same for another society",
			"新华社北京9月9日电 国务院总理李强9日在北京会见日本前首相福田康夫。中国人民外交学会会长王超参加会见。",
			[]string{"李强/国务院总理/CN,>福田康夫/前首相/JP,+王超/中国人民外交学会会长/CN|北京"}},
	} {
		r := e.Extract(c.in, Options{Date: "2015-05-06"})
		if got := briefs(r); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got  %q\n want %q", c.name, got, c.want)
		}
	}
}

func TestRound6Relationship(t *testing.T) {
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

func TestRound6Meetings(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"a further meeting of the same host after a comma (会见A，同B举行会谈)",
			"新华社罗马3月9日电 全国人大常委会委员长张德江9日在罗马会见意大利总统马塔雷拉，同众议长菲科举行会谈。",
			[]string{"张德江/全国人大常委会委员长/CN,>菲科/众议长/IT|罗马", "张德江/全国人大常委会委员长/CN,>马塔雷拉/总统/IT|罗马"}},
		{"与A和B分别举行会谈: one talk each, the hosts are not the counterparts",
			"新华社马德里4月2日电 全国人大常委会委员长吴邦国2日在马德里会见西班牙国王胡安·卡洛斯，与参议长罗哈斯和众议长博诺分别举行会谈。",
			[]string{"吴邦国/全国人大常委会委员长/CN,>罗哈斯/参议长/ES|马德里", "吴邦国/全国人大常委会委员长/CN,>博诺/众议长/ES|马德里", "吴邦国/全国人大常委会委员长/CN,>胡安·卡洛斯/国王/ES|马德里"}},
		{"the inviter of 应…邀请 is not the host",
			"新华社雅典5月3日电 应希腊议长帕帕斯邀请，全国人大常委会委员长栗战书3日在雅典会见希腊总统帕夫洛普洛斯。",
			[]string{"栗战书/全国人大常委会委员长/CN,>帕夫洛普洛斯/总统/GR|雅典"}},
		{"分别与A，以及B通电话: one call each",
			"新华社北京6月4日电 外交部长王毅4日分别与埃及外长舒克里，以及约旦外交大臣萨法迪通电话。",
			[]string{"王毅/外交部长/CN,>舒克里/外长/EG", "王毅/外交部长/CN,>萨法迪/外交大臣/JO"}},
		{"互致新年贺电 is an exchange of messages",
			"新华社北京12月31日电 在新年来临之际，外交部长王毅与巴基斯坦外长达尔互致新年贺电。",
			[]string{"王毅/外交部长/CN,>达尔/外长/PK"}},
	} {
		r := e.Extract(c.in, Options{Date: "2019-06-04"})
		if got := briefs(r); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got  %q\n want %q", c.name, got, c.want)
		}
	}
}

func TestRound6Dates(t *testing.T) {
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

func TestRound6Layout(t *testing.T) {
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

func TestRound6Articles(t *testing.T) {
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

func TestRound6Letters(t *testing.T) {
	e := newT(t)
	in := "新华社北京3月12日电 3月5日，国家主席习近平复信美国加利福尼亚州友人约翰·史密斯。\n" +
		"习近平表示，中美关系的希望在人民。\n" +
		"此前，美国加利福尼亚州友人约翰·史密斯致信习近平主席，讲述了自己同中国的交往。"
	r := e.Extract(in, Options{Date: "2020-03-12"})
	want := []string{"习近平/国家主席/CN,>约翰·史密斯/US"}
	if got := briefs(r); !reflect.DeepEqual(got, want) {
		t.Fatalf("a reply opening the report, a week before the dateline, and the letter it answers:\n got  %q\n want %q", got, want)
	}
	if d := r.Articles[0].Meetings[0].Date; d != "2020-03-05" {
		t.Errorf("date %q, want 2020-03-05", d)
	}
	// A past meeting told later in a report is still no meeting.
	in = "新华社北京3月12日电 国家主席习近平12日在人民大会堂会见法国总统马克龙。\n3月1日，习近平还在北京会见了德国总理朔尔茨。"
	if got := briefs(e.Extract(in, Options{Date: "2020-03-12"})); len(got) != 1 {
		t.Errorf("an older meeting later in the report: got %q", got)
	}
}
