package normalize

import "testing"

// TestRomanisationGlosses: pinyin printed after characters by mirror sites
// goes, whatever its form; Text of the glossed copy equals Text of the clean
// text.
func TestRomanisationGlosses(t *testing.T) {
	cases := []struct{ name, in, want string }{
		// Real: the stored copy of 071 (casic-gx.com mirror of xinhuanet).
		{"per character, real", "新華社北京9月5日電 國務(wù)院總理李克強(qiáng)9月4日晚應(yīng)約同德國總理默克爾通電話。",
			"新华社北京9月5日电 国务院总理李克强9月4日晚应约同德国总理默克尔通电话。"},
		// Real: the stored copy of 055 (nakedoat.com mirror of gov.cn).
		{"per character in a place name, real", "在倫敦唐寧街10號(hào)首相府舉行會(huì)談。",
			"在伦敦唐宁街10号首相府举行会谈。"},
		// Real: lsckj.com/756.html (a mirror of xinhuanet, 2013).
		{"dateline and country, real", "新華網美國加利福尼亞州6月6日電(diàn) 中(zhōng)國國家主席習近平6日抵達美國加利福尼亞州。",
			"新华网美国加利福尼亚州6月6日电 中国国家主席习近平6日抵达美国加利福尼亚州。"},
		{"one syllable glossed twice in a line, real", "構建中(zhōng)美新型大(dà)國關系提出指導性意見。",
			"构建中美新型大国关系提出指导性意见。"},
		// Real: ischool.net.cn/xwzx/PoliticsNews/201607/t20160727_11521016.htm.
		{"title and verb, real", "國家主席習(xí)近平在北京人民大會(huì)堂會(huì)見美國總統(tǒng)國家安全事務(wù)助理賴斯。",
			"国家主席习近平在北京人民大会堂会见美国总统国家安全事务助理赖斯。"},
		// synthetic variants of the class
		{"name glossed whole", "習近平(xí jìn píng)會見美國總統。", "习近平会见美国总统。"},
		{"verb glossed", "習近平會見(huì jiàn)美國總統。", "习近平会见美国总统。"},
		{"per character, several", "習(xí)近(jìn)平(píng)同拜登會(huì)談(tán)。", "习近平同拜登会谈。"},
		{"full-width parentheses", "習（xí）近（jìn）平（píng）會見客人。", "习近平会见客人。"},
		{"tone digits", "习近平(xi2 jin4 ping2)会见客人。", "习近平会见客人。"},
		{"syllables written together", "习近平(xíjìnpíng)会见客人。", "习近平会见客人。"},
		{"toneless in a glossed text", "关(guān)系的(de)发展。", "关系的发展。"},
		{"replacement character", "中英關(gu\uFFFDn)系(xì)和。", "中英关系和。"},
		{"missing closing parenthesis", "中英關(guān系(xì)和。", "中英关系和。"},
		{"opening parenthesis lost", "来源：人民網(wǎng)-人民日？qǐng)", "来源：人民网-人民日？"},
		{"space before the gloss", "會見 (huì jiàn)美國客人。", "会见美国客人。"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Text(c.in); got != c.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
			if got := Text(Text(c.in)); got != Text(c.in) {
				t.Errorf("not idempotent: %q", got)
			}
		})
	}
}

// TestRealParenthesesKept: parentheses that are no romanisation stay, in a
// glossed text too.
func TestRealParenthesesKept(t *testing.T) {
	cases := []struct{ name, in string }{
		{"position", "习近平（右）同拜登握手。"},
		{"reporters", "新华社北京9月5日电（记者 张三）习近平会见客人。"},
		{"agency", "习近平会见客人(AP)。"},
		{"foreign name in Latin", "习近平会见乌兹别克斯坦总统米尔济约耶夫（Mirziyoyev）。"},
		{"capitalised name", "王毅（Wang Yi）会见客人。"},
		{"date", "习近平（2019年9月5日）会见客人。"},
		{"abbreviation", "二十国集团（G20）峰会在杭州举行。"},
		{"English word", "世界卫生组织（WHO）总干事谭德塞。"},
		{"toneless without any toned gloss", "中方(an)会见客人。"},
		{"glossed text, foreign name", "習(xí)近平會見米爾濟約耶夫（Mirziyoyev）。"},
		{"glossed text, abbreviation", "習(xí)近平出席二十國集團（G20）峰會。"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Text(c.in)
			for _, keep := range []string{"（右）", "记者 张三", "AP", "Mirziyoyev", "Wang Yi", "2019年", "G20", "WHO", "an"} {
				if containsStr(c.in, keep) && !containsStr(got, keep) {
					t.Errorf("Text(%q) = %q lost %q", c.in, got, keep)
				}
			}
		})
	}
}

func containsStr(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// TestForumMarkup: BBCode, edit notices and anti-scraping junk of forum
// copies go; the text stays.
func TestForumMarkup(t *testing.T) {
	cases := []struct{ name, in, want string }{
		// synthetic, on the forms Discuz! and phpBB print
		{"bold and colour", "[b]习近平会见[/b][color=#ff0000]美国总统[/color]。", "习近平会见美国总统。"},
		{"size and font", "[size=4][font=宋体]习近平会见美国总统。[/font][/size]", "习近平会见美国总统。"},
		{"image dropped", "习近平会见美国总统。[img]http://bbs.example.com/a.jpg[/img]", "习近平会见美国总统。"},
		{"attachment dropped", "习近平会见美国总统。[attach]12345[/attach]", "习近平会见美国总统。"},
		{"url keeps its text", "据[url=http://www.xinhuanet.com/]新华社[/url]报道，习近平会见美国总统。", "据新华社报道，习近平会见美国总统。"},
		{"block tags", "[p=30, 2, left]习近平会见美国总统。[/p][p=30, 2, left]两国元首同意加强合作。[/p]", "习近平会见美国总统。\n两国元首同意加强合作。"},
		{"edit notice", "本帖最后由 admin 于 2012-3-5 10:11 编辑\n习近平会见美国总统。", "习近平会见美国总统。"},
		{"edit notice in Traditional", "本帖最後由 admin 於 2012-3-5 10:11 編輯\n習近平會見美國總統。", "习近平会见美国总统。"},
		{"edit notice in bbcode", "[i=s] 本帖最后由 老张 于 2012-3-5 10:11 编辑 [/i]\n习近平会见美国总统。", "习近平会见美国总统。"},
		{"jammer between characters", "习近平会见9 q( _4 w8 ]美国总统。", "习近平会见美国总统。"},
		{"jammer at a line end", "习近平会见美国总统。% U. f- f3 p# j\n两国元首同意加强合作。", "习近平会见美国总统。\n两国元首同意加强合作。"},
		{"hidden jammer in html", `<p>习近平会见<font class="jammer">9 q( _4 w8 ]</font>美国总统。</p>`, "习近平会见美国总统。"},
		{"hidden span in html", `<p>习近平会见<span style="display: none">hiddenjunk</span>美国总统。</p>`, "习近平会见美国总统。"},
		{"visible span kept", `<p>习近平会见<span style="color:red">美国</span>总统。</p>`, "习近平会见美国总统。"},
		{"unknown bracket kept", "[新华社]习近平会见美国总统。", "[新华社]习近平会见美国总统。"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Text(c.in); got != c.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// TestASCIIRunsNotJammer: figures, dates, times and abbreviations between
// Chinese characters are no junk.
func TestASCIIRunsNotJammer(t *testing.T) {
	for _, in := range []string{
		"习近平于2012-3-5 10:11会见客人。",
		"双方在G20、APEC和BRICS框架内合作。",
		"增长3.5%，达到1,234.5亿美元。",
		"新冠肺炎（COVID-19）疫情。",
		"网址是http://www.gov.cn/ldhd/2007-08/23/content_725767.htm。",
		"他说：“We are friends.”习近平表示赞同。",
	} {
		if got := stripJammer(in); got != in {
			t.Errorf("stripJammer(%q) = %q", in, got)
		}
	}
}

// TestSQLDumpEscapes: a report copied from an SQL dump (one line, "\n" for
// its breaks, "\'" and "\"" for quotes) reads as its text.
func TestSQLDumpEscapes(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"line breaks", `新华社北京9月5日电\n习近平会见美国总统。\n两国元首同意加强合作。`,
			"新华社北京9月5日电习近平会见美国总统。\n两国元首同意加强合作。"},
		{"windows breaks and quotes", `新华社北京9月5日电\r\n习近平说：\"中美合作\"。`,
			"新华社北京9月5日电习近平说：\"中美合作\"。"},
		{"html inside", `<p class=\"t\">习近平会见美国总统。</p><p>两国元首同意加强合作。</p>`,
			"习近平会见美国总统。\n两国元首同意加强合作。"},
		// A backslash in ordinary text stays.
		{"not a dump", "路径C:\\new\\data。\n第二段。\n第三段。", "路径C:\\new\\data。\n第二段。\n第三段。"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Text(c.in); got != c.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
			if got := Text(Text(c.in)); got != Text(c.in) {
				t.Errorf("not idempotent: %q", got)
			}
		})
	}
}

// TestPageChromeWords: share, print, copyright and footer lines are chrome;
// report sentences that mention such words are not.
func TestPageChromeWords(t *testing.T) {
	cases := []struct {
		line   string
		chrome bool
	}{
		// synthetic, on the forms of news pages' footers
		{"分享到：微信 微博 QQ空间", true},
		{"打印本页 关闭窗口", true},
		{"版权所有 © 新华网 Copyright © 2000-2019 XINHUANET.com All Rights Reserved.", true},
		{"关于我们 | 联系我们 | 网站地图 | 法律声明", true},
		// Real: the footers of the stored mirror pages ischool.net.cn and
		// ftlxj.com (after normalisation).
		{"[责任编辑：郭碧娟]", true},
		{"主办单位：中共湖南省委组织部", true},
		{"ICP备案号：湘ICP备17016663号-1", true},
		// Real: the spam list a stored mirror (ftlxj.com) appends.
		{"荣成市| 寻乌县| 瑞丽市| 西充县| 桐乡市| 北川| 云南省| 贞丰县| 剑阁县| 英吉沙县| 花莲市| 大英县| 静海县| 拜泉县| 永州市| 锦州市| 宜春市| 胶南市| 巫山县| 米易县", true},
		{"编辑：母曼晔|2019-09-29 10:29:31|来源：新华网", false},
		{"习近平会见美国总统。", false},
		{"分享到各国的发展经验，双方表示赞赏。", false},
	}
	for _, c := range cases {
		t.Run(c.line, func(t *testing.T) {
			if got := isChrome(c.line); got != c.chrome {
				t.Errorf("isChrome(%q) = %v, want %v", c.line, got, c.chrome)
			}
		})
	}
}

// TestRelatedNewsListDropped: the headlines listed under a related-news
// heading belong to other reports and leave the text; a dateline ends the
// list.
func TestRelatedNewsListDropped(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"after the report", "习近平会见美国总统。\n\n相关新闻\n· 习近平会见法国总统马克龙\n· 外交部发言人答记者问\n", "习近平会见美国总统。"},
		{"bracketed heading", "习近平会见美国总统。\n【相关阅读】\n王毅会见英国外交大臣\n", "习近平会见美国总统。"},
		{"a dateline ends the list", "相关新闻\n王毅会见英国外交大臣\n新华社北京9月5日电 习近平会见美国总统。", "新华社北京9月5日电 习近平会见美国总统。"},
		{"heading word inside a sentence", "他说，相关新闻报道不实。", "他说，相关新闻报道不实。"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Text(c.in); got != c.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// FuzzTextNoisyCopies: Text stays idempotent on noisy copies (glosses,
// forum markup and junk, SQL escapes, related-news lists).
func FuzzTextNoisyCopies(f *testing.F) {
	for _, s := range []string{
		"習(xí)近(jìn)平(píng)會見(huì jiàn)美國總統。",
		"中英關(gu\uFFFDn)系(xì)和。人民日？qǐng)?bào)",
		"關(guān系的(de)發展",
		"[b]习近平[/b][img]a.jpg[/img]会见9 q( _4 w8 ]客人。",
		"本帖最后由 admin 于 2012-3-5 10:11 编辑\n正文。",
		`INSERT INTO t VALUES (1,'新华社\n习近平说：\"好\"。\\n');`,
		"习近平会见客人。\n相关新闻\n王毅会见外长\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		if again := Text(out); again != out {
			t.Fatalf("not idempotent:\n in  %q\n out %q\n out2 %q", s, out, again)
		}
	})
}

// TestEnglishTranslationAppended: an English translation after the Chinese
// text stays in paragraphs of its own; the Chinese last paragraph, even
// without its full stop, is not joined to it (synthetic).
func TestEnglishTranslationAppended(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"after a full stop",
			"两国总理还就共同关心的问题交换了意见。\n\nBEIJING, Sept. 5 (Xinhua) -- Chinese Premier Li Keqiang held a phone call with German Chancellor Angela Merkel on Wednesday.\n",
			"两国总理还就共同关心的问题交换了意见。\nBEIJING, Sept. 5 (Xinhua) -- Chinese Premier Li Keqiang held a phone call with German Chancellor Angela Merkel on Wednesday."},
		{"last paragraph cut before its full stop",
			"新华社北京9月5日电 国务院总理李克强4日晚应约同德国总理默克尔通电话。\n两国总理还就共同关心的问题交换了意见\nBEIJING, Sept. 5 (Xinhua) -- Chinese Premier Li Keqiang held a phone call with German Chancellor Angela Merkel on Wednesday.\n",
			"新华社北京9月5日电 国务院总理李克强4日晚应约同德国总理默克尔通电话。\n两国总理还就共同关心的问题交换了意见\nBEIJING, Sept. 5 (Xinhua) -- Chinese Premier Li Keqiang held a phone call with German Chancellor Angela Merkel on Wednesday."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Text(c.in); got != c.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}
