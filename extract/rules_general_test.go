package extract

import (
	"strings"
	"testing"
)

// Rules added for reports of other years, leaders and layouts.

func TestNameThroughLexiconWord(t *testing.T) {
	e := newT(t)
	for _, c := range []struct{ in, name, country string }{
		{"埃塞俄比亚总理海尔马里亚姆举行会谈", "海尔马里亚姆", "ET"}, // 马里 (Mali) inside the name
		{"塔吉克斯坦总统拉赫蒙。", "拉赫蒙", "TJ"},
		{"土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫举行会谈", "谢尔达尔·别尔德穆哈梅多夫", "TM"},
	} {
		p, _, ok := e.personAt([]rune(c.in), 0, false, false)
		if !ok || p.name != c.name || p.country != c.country {
			t.Errorf("%s: got %+v ok=%v, want %s (%s)", c.in, p, ok, c.name, c.country)
		}
	}
}

func TestIsGroup(t *testing.T) {
	for _, c := range []struct {
		p    person
		want bool
	}{
		{person{name: "建交太平洋岛国领导人"}, true},
		{person{name: "外方嘉宾"}, true},
		{person{name: "图伊拉埃帕", title: "总理"}, false},
		{person{name: "王毅", known: true}, false},
	} {
		if got := isGroup(c.p); got != c.want {
			t.Errorf("isGroup(%q) = %v, want %v", c.p.name, got, c.want)
		}
	}
}

// A meeting with a group of leaders takes its guests from the next
// sentence's list; the Chinese officials of "…参加会见" stay attendees.
func TestCollectiveMeetingGuestsNamedAfter(t *testing.T) {
	e := newT(t)
	text := "新华社莫尔斯比港11月16日电 当地时间11月16日下午，国家主席习近平在莫尔斯比港同建交太平洋岛国领导人举行集体会见。萨摩亚总理图伊拉埃帕、斐济总理姆拜尼马拉马和汤加首相波希瓦出席。\n丁薛祥、王毅等参加会见。"
	r := e.Extract(text, Options{Date: "2018-11-16"})
	if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
		t.Fatalf("want one meeting, got %+v", r)
	}
	roles := map[string]string{}
	for _, p := range r.Articles[0].Meetings[0].Participants {
		roles[p.Name] = p.Role + "/" + *p.Country
	}
	want := map[string]string{"习近平": "HOST/CN", "图伊拉埃帕": "GUEST/WS", "姆拜尼马拉马": "GUEST/FJ", "波希瓦": "GUEST/TO",
		"丁薛祥": "ATTENDEE/CN", "王毅": "ATTENDEE/CN"}
	for n, w := range want {
		if roles[n] != w {
			t.Errorf("%s: %q, want %q", n, roles[n], w)
		}
	}
	if len(roles) != len(want) {
		t.Errorf("participants %v", roles)
	}
}

// A masthead above the headline and a time stamp below it are not the
// headline; a subtitle is not part of it.
func TestHeadlineBesideStampsAndSubtitles(t *testing.T) {
	e := newT(t)
	for _, c := range []struct{ in, title string }{
		{"人民日报 2022年12月10日 第1版\n习近平会见卡塔尔埃米尔塔米姆\n\n本报利雅得12月9日电 当地时间12月9日，国家主席习近平在利雅得会见卡塔尔埃米尔塔米姆。", "习近平会见卡塔尔埃米尔塔米姆"},
		{"王毅应约同俄罗斯外长拉夫罗夫通电话\n2022-02-24 23:00\n2022年2月24日，国务委员兼外长王毅应约同俄罗斯外长拉夫罗夫通电话。", "王毅应约同俄罗斯外长拉夫罗夫通电话"},
		{"江泽民与普京举行会谈\n两国元首签署《中俄北京宣言》\n\n新华社北京7月18日电 国家主席江泽民今天上午在人民大会堂同俄罗斯联邦总统普京举行会谈。", "江泽民与普京举行会谈"},
	} {
		r := e.Extract(c.in, Options{Date: "2022-12-10"})
		if len(r.Articles) != 1 || r.Articles[0].Title == nil || *r.Articles[0].Title != c.title {
			var got []string
			for _, a := range r.Articles {
				if a.Title != nil {
					got = append(got, *a.Title)
				}
			}
			t.Errorf("%s: %d articles, titles %q, want %q", strings.SplitN(c.in, "\n", 2)[0], len(r.Articles), got, c.title)
		}
	}
}
