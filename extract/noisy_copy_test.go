package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
)

// glossPinyin is a small pinyin table for the characters the noisy copies
// below gloss (Simplified and Traditional forms).
var glossPinyin = map[rune]string{
	'会': "huì", '會': "huì", '见': "jiàn", '見': "jiàn", '谈': "tán", '談': "tán",
	'国': "guó", '國': "guó", '家': "jiā", '主': "zhǔ", '席': "xí", '习': "xí", '習': "xí",
	'近': "jìn", '平': "píng", '总': "zǒng", '總': "zǒng", '统': "tǒng", '統': "tǒng",
	'理': "lǐ", '关': "guān", '關': "guān", '系': "xì", '美': "měi", '同': "tóng",
	'表': "biǎo", '示': "shì", '发': "fā", '發': "fā", '展': "zhǎn", '合': "hé", '作': "zuò",
	'两': "liǎng", '兩': "liǎng", '方': "fāng", '电': "diàn", '電': "diàn", '话': "huà",
	'話': "huà", '务': "wù", '務': "wù", '强': "qiáng", '強': "qiáng", '应': "yīng",
	'應': "yīng", '约': "yuē", '約': "yuē", '德': "dé", '评': "píng", '評': "píng",
	'价': "jià", '價': "jià", '的': "de", '进': "jìn", '進': "jìn", '行': "xíng",
}

// toneDigits rewrites a toned syllable with a tone digit ("huì" → "hui4").
func toneDigits(syl string) string {
	marks := map[rune][2]rune{
		'ā': {'a', '1'}, 'á': {'a', '2'}, 'ǎ': {'a', '3'}, 'à': {'a', '4'},
		'ē': {'e', '1'}, 'é': {'e', '2'}, 'ě': {'e', '3'}, 'è': {'e', '4'},
		'ī': {'i', '1'}, 'í': {'i', '2'}, 'ǐ': {'i', '3'}, 'ì': {'i', '4'},
		'ō': {'o', '1'}, 'ó': {'o', '2'}, 'ǒ': {'o', '3'}, 'ò': {'o', '4'},
		'ū': {'u', '1'}, 'ú': {'u', '2'}, 'ǔ': {'u', '3'}, 'ù': {'u', '4'},
	}
	var b strings.Builder
	digit := ""
	for _, r := range syl {
		if m, ok := marks[r]; ok {
			b.WriteRune(m[0])
			digit = string(m[1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String() + digit
}

// glossed inserts the pinyin of every character of the table after it, in
// the parentheses open/close; form rewrites each syllable, and every
// damage-th gloss (0: none) loses a byte to U+FFFD.
func glossed(text, open, close string, form func(string) string, damage int) string {
	var b strings.Builder
	n := 0
	for _, r := range text {
		b.WriteRune(r)
		syl, ok := glossPinyin[r]
		if !ok {
			continue
		}
		n++
		syl = form(syl)
		if damage > 0 && n%damage == 0 {
			rs := []rune(syl)
			rs[len(rs)/2] = '\uFFFD'
			syl = string(rs)
		}
		b.WriteString(open + syl + close)
	}
	return b.String()
}

// jammed inserts Discuz-style junk after every sentence end and every
// seventh character run of a line.
func jammed(text string) string {
	junk := []string{"9 q( _4 w8 ]", "% U. f- f3 p# j", "; K* D& y+ R) s", "6 r% U. f- f"}
	var b strings.Builder
	n := 0
	for _, r := range text {
		b.WriteRune(r)
		if r == '。' || r == '，' && n%3 == 0 {
			b.WriteString(junk[n%len(junk)])
			n++
		} else if r == '，' {
			n++
		}
	}
	return b.String()
}

// jammedHTML is the HTML of a forum post: paragraphs in <p>, junk after
// every sentence end in hidden elements (Discuz's <font class="jammer">,
// <span style="display:none">).
func jammedHTML(text string) string {
	var b strings.Builder
	n := 0
	for _, p := range strings.Split(text, "\n") {
		b.WriteString("<p>")
		for _, r := range p {
			b.WriteRune(r)
			if r == '。' {
				if n%2 == 0 {
					b.WriteString(`<font class="jammer">9 q( _4 w8 ]</font>`)
				} else {
					b.WriteString(`<span style="display: none">copyright bbs.example.com</span>`)
				}
				n++
			}
		}
		b.WriteString("</p>\n")
	}
	return b.String()
}

// bbcoded wraps a post in BBCode: each paragraph in [p]/[size], the first
// in [b], an image and an edit notice.
func bbcoded(text string) string {
	var b strings.Builder
	b.WriteString("[i=s] 本帖最后由 newsfan 于 2019-9-5 10:11 编辑 [/i]\n\n")
	for k, p := range strings.Split(text, "\n") {
		if strings.TrimSpace(p) == "" {
			b.WriteString("\n")
			continue
		}
		if k == 0 {
			p = "[b]" + p + "[/b]"
		}
		fmt.Fprintf(&b, "[p=30, 2, left][size=4][color=#000000]%s[/color][/size][/p]\n", p)
	}
	b.WriteString("[img]http://bbs.example.com/data/attachment/forum/201909/05/a.jpg[/img]\n")
	return b.String()
}

// sqlDumped writes the text as one string of an SQL dump's row.
func sqlDumped(text string) string {
	r := strings.NewReplacer(`\`, `\\`, "'", `\'`, `"`, `\"`, "\r\n", `\r\n`, "\n", `\r\n`)
	return "INSERT INTO `news` VALUES (1024,'" + r.Replace(text) + "','2019-09-05');"
}

// withEnglish appends an English translation after the Chinese text.
func withEnglish(text string) string {
	return strings.TrimRight(text, "\n") + "\n\n" +
		"BEIJING, Sept. 5 (Xinhua) -- The Chinese leader held talks with the visiting president in Beijing on Wednesday. " +
		"The two sides agreed to deepen cooperation in trade, investment and people-to-people exchanges.\n" +
		"President Xi Jinping met with Prime Minister Li in the Great Hall of the People, and the two leaders exchanged views on international issues.\n"
}

// withChrome sets the text in a news page's chrome: navigation above it;
// share buttons, editor, related news, copyright and print links below.
func withChrome(text string) string {
	return "首页 > 新闻中心 > 时政要闻\n" +
		"【字号 大 中 小】【打印本页】【关闭窗口】\n\n" +
		strings.TrimRight(text, "\n") + "\n\n" +
		"分享到：微信 微博 QQ空间\n" +
		"责任编辑：张三\n" +
		"相关新闻\n" +
		"· 外交部发言人就中欧关系答记者问\n" +
		"· 习近平会见法国总统马克龙\n" +
		"· 商务部举行例行新闻发布会\n" +
		"打印本页 关闭窗口\n" +
		"版权所有 © 新华网 Copyright © 2000-2019 XINHUANET.com All Rights Reserved.\n" +
		"关于我们 | 联系我们 | 网站地图 | 法律声明\n"
}

// meetingKeys reduces a result to its meetings' kind, date, hosts and
// guests, sorted.
func meetingKeys(r extract.Result) []string {
	var keys []string
	for _, a := range r.Articles {
		for _, m := range a.Meetings {
			var ps []string
			for _, p := range m.Participants {
				ps = append(ps, string(p.Role)+":"+p.Name)
			}
			sort.Strings(ps)
			keys = append(keys, string(m.Kind)+"|"+m.Date+"|"+strings.Join(ps, ","))
		}
	}
	sort.Strings(keys)
	return keys
}

// TestNoisyCopiesKeepMeetings: a report copied with romanisation glosses,
// forum junk and markup, SQL-dump escapes or an English translation gives
// the same meetings as its clean text.
func TestNoisyCopiesKeepMeetings(t *testing.T) {
	reports := []struct{ file, date string }{
		{"071_likeqiang_merkel_phone_2019_trad.txt", "2019-09-05"},
		{"014_xi_trump_talks_2017.txt", "2017-11-09"},
		{"046_wubangguo_albright_2007_trad.txt", "2007-08-23"},
	}
	id := func(s string) string { return s }
	variants := []struct {
		name string
		make func(string) string
	}{
		{"gloss per character", func(s string) string { return glossed(s, "(", ")", id, 0) }},
		{"gloss full-width parentheses", func(s string) string { return glossed(s, "（", "）", id, 0) }},
		{"gloss tone digits", func(s string) string { return glossed(s, "(", ")", toneDigits, 0) }},
		{"gloss damaged bytes", func(s string) string { return glossed(s, "(", ")", id, 4) }},
		{"gloss missing closing parenthesis", func(s string) string { return glossed(s, "(", "", id, 0) }},
		{"forum jammer", jammed},
		{"forum jammer hidden in html", jammedHTML},
		{"forum bbcode", bbcoded},
		{"sql dump", sqlDumped},
		{"english appended", withEnglish},
		{"page chrome", withChrome},
		{"all at once", func(s string) string { return withChrome(withEnglish(bbcoded(jammed(glossed(s, "(", ")", id, 5))))) }},
	}
	for _, rep := range reports {
		b, err := os.ReadFile(filepath.Join("../testdata/reports", rep.file))
		if err != nil {
			t.Fatal(err)
		}
		clean := string(b)
		opts := extract.Options{Date: rep.date}
		res := extractor(t).Extract(clean, opts)
		want := meetingKeys(res)
		if len(want) == 0 {
			t.Fatalf("%s: no meetings on the clean text", rep.file)
		}
		for _, v := range variants {
			t.Run(rep.file[:3]+"/"+v.name, func(t *testing.T) {
				noisy := extractor(t).Extract(v.make(clean), opts)
				got := meetingKeys(noisy)
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("meetings differ\n got %q\nwant %q", got, want)
				}
				if len(noisy.Articles) != len(res.Articles) {
					t.Fatalf("%d articles, want %d", len(noisy.Articles), len(res.Articles))
				}
				// The last paragraph of the clean article is whole in the
				// copy's: nothing of the copy's noise is joined to it.
				last := lastParagraph(res)
				if !hasLine(noisy.Articles[len(noisy.Articles)-1].Text, last) {
					t.Errorf("last paragraph %q not whole in\n%s", last, noisy.Articles[len(noisy.Articles)-1].Text)
				}
			})
		}
	}
}

// lastParagraph returns the last line of the last article's text.
func lastParagraph(r extract.Result) string {
	if len(r.Articles) == 0 {
		return ""
	}
	t := strings.TrimSpace(r.Articles[len(r.Articles)-1].Text)
	return t[strings.LastIndexByte(t, '\n')+1:]
}

// hasLine reports whether text holds line as one of its lines.
func hasLine(text, line string) bool {
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == line {
			return true
		}
	}
	return false
}

// TestRealGlossedSnippetsKeepMeetings: leads as mirror sites printed them,
// pinyin after characters, give the meetings of the same lead without it.
func TestRealGlossedSnippetsKeepMeetings(t *testing.T) {
	cases := []struct{ name, glossed, clean, date string }{
		// Real: ischool.net.cn/xwzx/PoliticsNews/201607/t20160727_11521016.htm
		// (stored page); the clean form has the glosses taken out by hand.
		{"meeting in the great hall",
			"新華社北京7月26日電 7月25日,國家主席習(xí)近平在北京人民大會(huì)堂會(huì)見美國總統(tǒng)國家安全事務(wù)助理賴斯。",
			"新華社北京7月26日電 7月25日,國家主席習近平在北京人民大會堂會見美國總統國家安全事務助理賴斯。",
			"2016-07-26"},
		// Real: casic-gx.com/world/2019-09/05/c_1124965641.htm (stored copy of 071).
		{"phone call",
			"新華社北京9月5日電 國務(wù)院總理李克強(qiáng)9月4日晚應(yīng)約同德國總理默克爾通電話。\n兩國總理積極評(píng)價(jià)中德關(guān)系與合作取得的進(jìn)展。",
			"新華社北京9月5日電 國務院總理李克強9月4日晚應約同德國總理默克爾通電話。\n兩國總理積極評價中德關系與合作取得的進展。",
			"2019-09-05"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opts := extract.Options{Date: c.date}
			want := meetingKeys(extractor(t).Extract(c.clean, opts))
			got := meetingKeys(extractor(t).Extract(c.glossed, opts))
			if len(want) == 0 {
				t.Fatal("no meeting on the clean lead")
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("meetings differ\n got %q\nwant %q", got, want)
			}
		})
	}
}
