package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestBylinesOutsideTheDateline: reporters named outside the dateline — a
// repost's stamp line, a byline line of its own, a Taiwanese byline, a
// sign-off with a colon or with the city reported from, names run together
// in the dateline's bracket or on a line under the headline.
func TestBylinesOutsideTheDateline(t *testing.T) {
	cases := []struct {
		name, in  string
		reporters []string
		city      string
	}{
		// real: 175_jiangzemin_ivanov_2002 (shortened)
		{"stamp line of a repost", "江主席会见俄罗斯国防部长\n\n2002-06-01 来源:光明日报 记者 李诗佳 我有话说\n\n新华社北京5月31日电国家主席江泽民今天在中南海会见了俄罗斯国防部长伊万诺夫。",
			[]string{"李诗佳"}, "北京"},
		// synthetic, after 193's "中新社記者 黃少華"
		{"byline line of its own", "中新社北京十二月十一日电 题:胡锦涛笑迎港澳特首\n中新社记者 黄少华\n今天下午，大会堂福建厅内，灯火通明。三时，国家副主席胡锦涛在这里会见了香港特别行政区行政长官董建华和澳门特别行政区行政长官何厚铧。\n会见前，记者有短暂的采访时间。在密集的摄像机、照相机和录音话筒面前，胡锦涛微笑地与董建华、何厚铧握手。",
			[]string{"黄少华"}, "北京"},
		// real: 220_wanghuning_tranquocvuong_2018 (shortened)
		{"Taiwanese byline 综合报导", "消失月余 王沪宁首会越共\n\n记者蔡浩祥综合报导\n\n大陆官媒新华社昨夜报导，王沪宁在北京会见越共中央书记处常务书记陈国旺。",
			[]string{"蔡浩祥"}, ""},
		// real: 209_yangjiechi_mackay_2007 (shortened)
		{"sign-off with a colon", "中国新任外交部长杨洁篪4月30日在北京会见了到访的加拿大外长麦凯。\n杨洁篪说，中加关系进入重要时刻。(记者:秦继泽)",
			[]string{"秦继泽"}, ""},
		// real: 212_wangyang_pacific_guangzhou_2013 (shortened)
		{"sign-off with the city reported from", "中国国务院副总理汪洋7日在广州会见了萨摩亚总理图伊拉埃帕。\n(方俊豪 广州报道)",
			[]string{"方俊豪"}, "广州"},
		// real: 192_wubangguo_arrival_phoenix_forum_2009 (shortened)
		{"three names run together in the bracket", "新华网美国菲尼克斯9月6日电(记者李拯宇徐松于大波)中国全国人大常委会委员长吴邦国抵达菲尼克斯。",
			[]string{"李拯宇", "徐松", "于大波"}, "菲尼克斯"},
		// real: 168_liuhaixing_ambassadors_2025_trad (shortened; the copy glues headline, byline and text)
		{"Taiwanese byline glued between headline and text", "中共中联部长刘海星 上任后首先会晤俄罗斯、北韩大使联合报／记者廖士锋／即时报导新任中共中联部长刘海星公开会见的首位外国大使是俄国大使莫尔古洛夫。",
			[]string{"廖士锋"}, ""},
		// synthetic: the byline glued to the headline only
		{"byline glued to the headline line", "王毅会见俄罗斯驻华大使联合报／记者王明／即时报导\n中国外交部长王毅16日在北京会见了俄罗斯驻华大使莫尔古洛夫，双方就两国关系交换了意见。\n王毅表示，中俄关系保持高水平发展。",
			[]string{"王明"}, ""},
		// synthetic: a photographer's credit is no byline
		{"photo credit is no byline", "国家主席习近平在人民大会堂会见了法国总统马克龙。\n新华社记者 庞兴雷 摄",
			nil, ""},
		// synthetic, after 2012's "新华社记者李学仁摄" closing a caption
		{"photo credit run into a caption", "新华社北京11月7日电 国家主席胡锦涛7日致电奥巴马，祝贺他当选连任美国总统。\n这是胡锦涛在人民大会堂。新华社记者李学仁摄",
			nil, "北京"},
		// synthetic: a short headline of two names' length is no byline
		{"headline with a verb is no byline", "王毅会见李强\n外交部长王毅在北京会见了老挝外长沙伦赛。",
			nil, ""},
	}
	e := newT(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(c.in, Options{Date: "2009-09-07"})
			for _, a := range r.Articles {
				if a.Title != nil && strings.Contains(*a.Title, "记者") {
					t.Errorf("the byline stays in the headline %q", *a.Title)
				}
			}
			var reps []string
			city := ""
			for _, a := range r.Articles {
				reps = append(reps, a.Reporters...)
				if a.City != "" {
					city = a.City
				}
			}
			if !reflect.DeepEqual(reps, c.reporters) || city != c.city {
				t.Errorf("got %q %q, want %q %q", reps, city, c.reporters, c.city)
			}
		})
	}
}

// TestNamesRunTogether: a run of Chinese names is cut by the surname table
// and name lengths only where exactly one cut exists; a line of names only
// (189's "吴绮敏罗观星") gives two names or more.
func TestNamesRunTogether(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"three names, real: 192", "李拯宇徐松于大波", []string{"李拯宇", "徐松", "于大波"}},
		{"two names, real: 189", "吴绮敏罗观星", []string{"吴绮敏", "罗观星"}},
		{"one name", "黄少华", []string{"黄少华"}},
		{"no surname: page chrome", "我有话说", nil},
		{"a headline is no names", "王毅会见李强", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := runNames(c.in); !reflect.DeepEqual(got, c.want) {
				t.Errorf("runNames(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
	if got, _ := bylineNames("吴绮敏罗观星", true); !reflect.DeepEqual(got, []string{"吴绮敏", "罗观星"}) {
		t.Errorf("a line of names under the headline: got %q", got)
	}
	if got, _ := bylineNames("黄少华", true); got != nil {
		t.Errorf("one name alone on a line is no byline: got %q", got)
	}
}
