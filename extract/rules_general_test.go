package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/extract/normalize"
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
		roles[p.Name] = string(p.Role) + "/" + *p.Country
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

func TestDuringOccasion(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"在利雅得出席首届中国－阿拉伯国家峰会期间", "首届中国－阿拉伯国家峰会"},
		{"在达沃斯出席世界经济论坛2024年年会期间", "世界经济论坛2024年年会"},
		{"在约翰内斯堡出席南非前总统曼德拉追悼大会期间", "南非前总统曼德拉追悼大会"},
		{"在人民大会堂", ""},
		{"访问期间", ""},
	} {
		if got := duringOccasion([]rune(c.in)); got != c.want {
			t.Errorf("duringOccasion(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOccasionsSkipVisits(t *testing.T) {
	got := occasionsIn([]rune("来华出席2024年中非合作论坛峰会并进行国事访问的尼日利亚总统提努布"))
	if len(got) != 1 || got[0] != "2024年中非合作论坛峰会" {
		t.Errorf("got %q", got)
	}
}

func TestDomainList(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"共建“一带一路”合作框架以及经贸、科技、媒体", "经贸、科技、媒体"},
		{"经贸、农业以及数字经济", "经贸、农业以及数字经济"},
		{"经贸、科技", "经贸、科技"},
	} {
		if got := domainList(c.in); got != c.want {
			t.Errorf("domainList(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Side forms: 埃塞方 is Ethiopia (not 塞方, Serbia); 尼方 follows the guest.
func TestSideForms(t *testing.T) {
	e := newT(t)
	for _, c := range []struct{ guest, side, want string }{
		{"埃塞俄比亚总理海尔马里亚姆", "埃塞方", "ET"},
		{"尼泊尔总理奥利", "尼方", "NP"},
		{"尼日利亚总统提努布", "尼方", "NG"},
		{"巴布亚新几内亚总理马拉佩", "巴新方", "PG"},
	} {
		text := "新华社北京5月12日电 国家主席习近平12日在北京会见" + c.guest + "。\n" + c.side + "支持全球发展倡议。"
		r := e.Extract(text, Options{Date: "2017-05-12"})
		if len(r.Articles) != 1 || len(r.Articles[0].Meetings) != 1 {
			t.Fatalf("%s: %+v", c.guest, r)
		}
		got := r.Articles[0].Meetings[0].Supports
		if len(got) != 1 || got[0].Country != c.want {
			t.Errorf("%s %s: supports %+v, want %s", c.guest, c.side, got, c.want)
		}
	}
}

func TestSupportByJointBuilding(t *testing.T) {
	e := newT(t)
	text := "新华社北京12月3日电 国务院总理李强3日在人民大会堂同尼泊尔总理奥利举行会谈。\n奥利表示，尼方坚定奉行一个中国政策，愿同中方高质量共建“一带一路”，共同推动构建人类命运共同体。\n祖马表示，南非愿同中方加强在经贸、金砖国家等领域和框架内的合作。"
	r := e.Extract(text, Options{Date: "2024-12-03"})
	m := r.Articles[0].Meetings[0]
	want := map[string]bool{"NP:一带一路": true, "NP:人类命运共同体": true}
	for _, s := range m.Supports {
		if !want[s.Country+":"+s.Initiative] {
			t.Errorf("unexpected support %+v", s)
		}
		delete(want, s.Country+":"+s.Initiative)
	}
	if len(want) > 0 {
		t.Errorf("missing supports %v", want)
	}
	if len(m.CooperationAreas) != 0 {
		t.Errorf("领域和框架内的合作 is no list of cooperation areas: %q", m.CooperationAreas)
	}
}

// relMatches finds what the regular expression it replaced found, on every
// labelled text.
func TestRelMatchesAsRegexp(t *testing.T) {
	relRe := regexp.MustCompile(`((?:` + strings.Join(relWords, "|") + `)+伙伴)`) // the words of vocab/rel_words.txt
	files, _ := filepath.Glob("../testdata/reports/*.txt")
	files = append(files, "../testdata/corpus/000_seed_xinhua_2025-09-02.txt")
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := normalize.Text(string(b))
		want := relRe.FindAllStringIndex(text, -1)
		got := relMatches(text)
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%s: got %v, want %v", f, got, want)
		}
		n += len(want)
	}
	if n < 20 {
		t.Errorf("only %d designations in the labelled texts", n)
	}
	if got := relMatches("中巴是全天候战略合作伙伴，也是好伙伴"); len(got) != 1 {
		t.Errorf("got %v", got)
	}
}
