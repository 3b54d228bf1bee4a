package extract

import "testing"

// TestDatelineAndHeadlineUnderMirrorChrome: a dateline glued to a page
// counter ("浏览次数：647新华社北京12月1日电") is a dateline; the section's name
// under a breadcrumb, a bracketed time stamp, a topic line and font-size
// buttons are never the headline; a repost's stamp glued to the headline's
// line is cut off it; "中国日报网环球在线消息：" names the outlet.
func TestDatelineAndHeadlineUnderMirrorChrome(t *testing.T) {
	const body = "中共中央政治局委员、国务委员杨洁篪1日上午在钓鱼台国宾馆会见来华出席纪念活动的美国美中关系全国委员会代表团。\n杨洁篪介绍了中共十九大有关情况，并表示，中方愿同美方一道，认真落实两国元首重要共识。"
	cases := []struct {
		name, in            string
		source, city, title string
		reporters           []string
	}{
		// real: 208_yangjiechi_ncuscr_2017_trad (shortened)
		{"counter glued to the dateline, section line under the breadcrumb",
			"当前位置:首页 > 信息传达 > 政声传递\n政声传递\n杨洁篪会见美国美中关系全国委员会代表团\n浏览次数:647新华社北京12月1日电(记者 潘洁)" + body,
			"新华社", "北京", "杨洁篪会见美国美中关系全国委员会代表团", []string{"潘洁"}},
		// synthetic: another counter label
		{"click counter glued to the dateline",
			"杨洁篪会见美国美中关系全国委员会代表团\n点击：12新华社北京12月1日电(记者 潘洁)" + body,
			"新华社", "北京", "杨洁篪会见美国美中关系全国委员会代表团", []string{"潘洁"}},
		// real: 209_yangjiechi_mackay_2007 (shortened)
		{"bracketed time stamp is no headline, outlet with a column",
			"[ 2007-04-30 10:58 ]\n中国日报网环球在线消息:中国新任外交部长杨洁篪4月30日在北京会见了到访的加拿大外长麦凯。麦凯是杨洁篪上任以来会见的首位外国外交部长。\n杨洁篪在会谈中表示，麦凯部长的来访，正值中加关系进入重要时刻。(记者:秦继泽)",
			"中国日报网", "", "", []string{"秦继泽"}},
		// real: 218_medvedev_message_hujintao_2008_trad (shortened)
		{"topic line and related links are no headline",
			"专题:四川汶川7.8级地震 I级应急响应 中国减灾救灾行动\n民政部及地震局介绍汶川地震灾害进展情况\n中新社莫斯科五月十二日电 (记者 田冰) 俄罗斯总统梅德韦杰夫12日致电中国国家主席胡锦涛，对中国四川发生强烈地震造成重大人员伤亡表示慰问。",
			"中新社", "莫斯科", "", []string{"田冰"}},
		// real: 200_likeqiang_wickremesinghe_messages_2017 (shortened)
		{"stamp glued to the headline, font buttons",
			"李克强和斯里兰卡总理维克勒马辛哈互致贺电庆祝中斯建交60周年\n文章来源:环球聚焦传媒网 作者: 发布时间:2017-02-07 19:49 点击量:303 大\n中\n小\n新华社北京2月7日电 国务院总理李克强和斯里兰卡总理维克勒马辛哈7日互致贺电，庆祝两国建交60周年。\n李克强在贺电中表示，中斯自1957年建交以来，两国关系健康稳定发展。",
			"新华社", "北京", "李克强和斯里兰卡总理维克勒马辛哈互致贺电庆祝中斯建交60周年", nil},
	}
	e := newT(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(c.in, Options{Date: "2017-12-01"})
			if len(r.Articles) != 1 {
				t.Fatalf("%d articles, want 1", len(r.Articles))
			}
			a := r.Articles[0]
			title := ""
			if a.Title != nil {
				title = *a.Title
			}
			if a.Source != c.source || a.City != c.city || title != c.title || len(a.Reporters) != len(c.reporters) ||
				len(c.reporters) > 0 && a.Reporters[0] != c.reporters[0] {
				t.Errorf("got %q %q %q %q, want %q %q %q %q", a.Source, a.City, title, a.Reporters, c.source, c.city, c.title, c.reporters)
			}
		})
	}
}
