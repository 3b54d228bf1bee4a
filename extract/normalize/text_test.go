package normalize

import (
	"flag"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files")

type textCase struct {
	name, in, want string
}

func runTextCases(t *testing.T, cases []textCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := Text(tt.in)
			if got != tt.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if again := Text(got); again != got {
				t.Errorf("not idempotent: Text(%q) = %q", got, again)
			}
		})
	}
}

func TestTextHTML(t *testing.T) {
	runTextCases(t, []textCase{
		{"tags stripped, block tags break", "<p>习近平会见米尔济约耶夫。</p><p>王毅参加会见。</p>", "习近平会见米尔济约耶夫。\n王毅参加会见。"},
		{"br and div", "外交部：<br>习近平主席提出全球治理倡议<div>9月1日，习近平主席在天津主持“上海合作组织+”会议时提出全球治理倡议，引发国际社会强烈反响与广泛共鸣。</div>", "外交部：\n习近平主席提出全球治理倡议\n9月1日，习近平主席在天津主持“上海合作组织+”会议时提出全球治理倡议，引发国际社会强烈反响与广泛共鸣。"},
		{"inline tags vanish", "会见<b>乌兹别克斯坦</b>总统<a href=\"x\">米尔济约耶夫</a>。", "会见乌兹别克斯坦总统米尔济约耶夫。"},
		{"entities", "<p>&ldquo;一带一路&rdquo;&#12290;A&amp;B &#x4E2D;</p>", "“一带一路”。A&B 中"},
		{"escaped tag stays text", "<p>&lt;p&gt;不是标签</p>", "＜p>不是标签"},
		{"script, style, comments dropped", "<p>正文。</p><script>var a = '<p>x</p>';</script><style>p{}</style><!-- c -->", "正文。"},
		{"no tags: ampersand text kept", "A&amp;B", "A&amp;B"},
		{"a lone less-than sign is not a tag", "x<y 而 y>z", "x<y 而 y>z"},
		{"quoted > in an attribute", "<p><a title=\"a>b\" href='x>y'>会见</a>外宾。</p>", "会见外宾。"},
		{"upper-case tags and indentation", "<P style=\"text-indent:2em\">&nbsp;&nbsp;　　新华社北京9月2日电 会见。<BR/>王毅参加会见。</P>", "新华社北京9月2日电 会见。\n王毅参加会见。"},
		{"html source newlines joined", "<p>国家主席习近平在北京\n人民大会堂会见外宾。</p>", "国家主席习近平在北京人民大会堂会见外宾。"},
	})
}

func TestTextWidthAndLineEnds(t *testing.T) {
	runTextCases(t, []textCase{
		{"full-width digits and letters", "２０２５年９月２日ＡＰＥＣ", "2025年9月2日APEC"},
		{"full-width space", "新华社北京９月２日电　国家主席", "新华社北京9月2日电 国家主席"},
		{"decimal point and percent", "增长１２．５％", "增长12.5%"},
		{"decimal point with spaces", "00 ．00", "00 .00"},
		{"chinese punctuation kept", "（记者）：“会见”、合作，推动。", "（记者）：“会见”、合作，推动。"},
		{"CRLF", "第一段。\r\n第二段。\r\n", "第一段。\n第二段。"},
		{"lone CR", "第一段。\r第二段。", "第一段。\n第二段。"},
		{"NFC", "Cafe\u0301", "Café"},
		{"CJK compatibility ideograph to unified (then simplified)", "\uF900", "岂"},
		{"invisible characters dropped", "习\u200b近\ufeff平", "习近平"},
		{"invalid UTF-8 replaced", "会\xff见", "会\uFFFD见"},
	})
}

func TestTextTraditional(t *testing.T) {
	runTextCases(t, []textCase{
		{"names and verbs", "習近平會見塔吉克斯坦總統拉赫蒙。", "习近平会见塔吉克斯坦总统拉赫蒙。"},
		{"domains", "雙方簽署了經濟技術合作、數字經濟、海關等領域合作文件。", "双方签署了经济技术合作、数字经济、海关等领域合作文件。"},
		{"simplified untouched", "塔吉克斯坦总统拉赫蒙", "塔吉克斯坦总统拉赫蒙"},
		{"ambiguous character alone does not trigger", "乾隆", "乾隆"},
		{"chained mapping converted to the end", "薴麻", "苎麻"},
	})
}

func TestHasTraditional(t *testing.T) {
	for s, want := range map[string]bool{
		"习近平会见": false, "習近平": true, "會見": true, "總統": true, "塔吉克斯坦": false,
		"于": false, "乾": false, "ASCII only": false,
	} {
		if got := hasTraditional(s); got != want {
			t.Errorf("hasTraditional(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTextPDFSpacing(t *testing.T) {
	runTextCases(t, []textCase{
		{"letter-spaced dateline", "新 华 社 北 京 9 月 2 日 电", "新华社北京9月2日电"},
		{"digit and ideograph", "出席 2025 年上海合作组织峰会", "出席2025年上海合作组织峰会"},
		{"anniversary", "胜利 80 周年活动", "胜利80周年活动"},
		{"around punctuation", "合 作 ，推 动", "合作，推动"},
		{"quotes", "打 击“ 三 股 势 力 ”，维 护", "打击“三股势力”，维护"},
		{"latin words keep spaces", "Xi Jinping  met   Shavkat Mirziyoyev", "Xi Jinping met Shavkat Mirziyoyev"},
		{"name separator kept", "（记者曹嘉玥 白鑫雨）9 月 2 日上午", "（记者曹嘉玥 白鑫雨）9月2日上午"},
		{"dateline separator kept", "新华社北京 9 月 2 日电 外交部发言人", "新华社北京9月2日电 外交部发言人"},
		{"two letter-spaced characters", "活 动 。", "活动。"},
		{"version number", "“2.0 升级版”", "“2.0升级版”"},
	})
}

func TestTextLineJoining(t *testing.T) {
	runTextCases(t, []textCase{
		{"word broken across lines", "习近平指出，中乌是友好近邻和新\n时代全天候全面战略伙伴。", "习近平指出，中乌是友好近邻和新时代全天候全面战略伙伴。"},
		{"project name broken", "扎实推进中吉\n乌铁路项目建设。", "扎实推进中吉乌铁路项目建设。"},
		{"stray blank line in reporters", "新华社北京 9 月 2 日电（记者朱超\n\n董雪）9 月 2 日上午，国家主席习近平在", "新华社北京9月2日电（记者朱超 董雪）9月2日上午，国家主席习近平在"},
		{"stray blank line mid-word", "夏巴兹表示，祝贺中国人民抗日战\n\n争胜利 80 周年，中国共产党在世界反法\n西斯战争中发挥关键作用，拯救了中国，\n也改变了世界。", "夏巴兹表示，祝贺中国人民抗日战争胜利80周年，中国共产党在世界反法西斯战争中发挥关键作用，拯救了中国，也改变了世界。"},
		{"name split by line break", "新华社北京9月2日电（记者曹\n嘉玥 白鑫雨）", "新华社北京9月2日电（记者曹嘉玥 白鑫雨）"},
		{"sentence end breaks", "王毅参加会见。\n新华社北京9月2日电（记者温馨", "王毅参加会见。\n新华社北京9月2日电（记者温馨"},
		{"dateline after unfinished line", "王毅参加上述活动\n新华社北京9月2日电 外交部发言人", "王毅参加上述活动\n新华社北京9月2日电 外交部发言人"},
		{"headline kept before dateline", "王毅参加会见。\n\n习近平分别会见多国领导人\n\n新华社北京 9 月 2 日电 外交部发\n言人郭嘉昆表示。", "王毅参加会见。\n习近平分别会见多国领导人\n新华社北京9月2日电 外交部发言人郭嘉昆表示。"},
		{"short colon headline", "王毅参加会见。\n\n外交部：\n\n习近平主席提出全球治理倡议是上合组织天津峰会最大亮点\n\n铭记历史、\n缅怀先烈、珍爱\n和 平 、开 创 未\n来 。 今 年 9 月\n3 日 是 中 国 人\n民抗日战争暨\n\n世界反法西斯战争胜利 80 周年纪念日，是\n中国人民和全世界一切爱好和平的国家和\n人民的盛大节日。", "王毅参加会见。\n外交部：\n习近平主席提出全球治理倡议是上合组织天津峰会最大亮点\n铭记历史、缅怀先烈、珍爱和平、开创未来。今年9月3日是中国人民抗日战争暨世界反法西斯战争胜利80周年纪念日，是中国人民和全世界一切爱好和平的国家和人民的盛大节日。"},
		{"continuation marker", "（新华社北京9月2日电）\n （上接1版）\n普京表示，在我同习近平\n\n主席引领下，俄中关系体现了\n高度的战略性。", "（新华社北京9月2日电）\n（上接1版）\n普京表示，在我同习近平主席引领下，俄中关系体现了高度的战略性。"},
		{"narrow column then wide", "和 平 、开 创 未\n来 。 今 年 9 月\n3 日 是 中 国 人\n民抗日战争暨\n\n世界反法西斯战争胜利 80 周年纪念日，是中国人民和全世界一切爱好", "和平、开创未来。今年9月3日是中国人民抗日战争暨世界反法西斯战争胜利80周年纪念日，是中国人民和全世界一切爱好"},
		{"short last line of a paragraph", "双方签署互联互通、绿色低碳、数字\n经济等领域文件\n习近平强调，中塔要加强发展战略对接，推动各领域合作。中方愿鼓励更多中国企业赴塔投资。", "双方签署互联互通、绿色低碳、数字经济等领域文件\n习近平强调，中塔要加强发展战略对接，推动各领域合作。中方愿鼓励更多中国企业赴塔投资。"},
		{"latin lines joined with a space", "Xi Jinping met\nShavkat Mirziyoyev.", "Xi Jinping met Shavkat Mirziyoyev."},
		{"number broken across lines", "巴中铁杆友谊植根于 2\n亿多巴基斯坦人民心中", "巴中铁杆友谊植根于2亿多巴基斯坦人民心中"},
		{"blank lines collapse", "\n\n第一段。\n\n\n\n第二段。\n\n", "第一段。\n第二段。"},
		{"headline before a long paragraph", "习近平接受九国新任驻华大使递交国书并会见上海合作组织新任秘书长\n\n  央视网消息(新闻联播):国家主席习近平20日在人民大会堂接受9国新任驻华大使递交国书。二月的北京,冰雪消融,春回地暖。", "习近平接受九国新任驻华大使递交国书并会见上海合作组织新任秘书长\n央视网消息（新闻联播）：国家主席习近平20日在人民大会堂接受9国新任驻华大使递交国书。二月的北京，冰雪消融，春回地暖。"},
		{"metadata line ending in a bar", "编辑: 母曼晔 | 时间: 2021-11-16 10:32:52 | 来源: 央视新闻客户端 |\n国家主席习近平16日上午在北京同美国总统拜登举行视频会晤。", "编辑：母曼晔 | 时间：2021-11-16 10:32:52 | 来源：央视新闻客户端 |\n国家主席习近平16日上午在北京同美国总统拜登举行视频会晤。"},
		{"metadata line after a headline", "独家现场!习近平主席同美国总统拜登首次视频会晤\n编辑: 母曼晔 | 时间: 2021-11-16 10:32:52 | 来源: 央视新闻客户端 |\n国家主席习近平16日上午在北京同美国总统拜登举行视频会晤。", "独家现场！习近平主席同美国总统拜登首次视频会晤\n编辑：母曼晔 | 时间：2021-11-16 10:32:52 | 来源：央视新闻客户端 |\n国家主席习近平16日上午在北京同美国总统拜登举行视频会晤。"},
		{"source-message opener is a dateline", "习近平会见外宾\n央视网消息：国家主席习近平今天会见外宾。", "习近平会见外宾\n央视网消息：国家主席习近平今天会见外宾。"},
		{"paragraph per line kept", "习近平会见米尔济约耶夫。\n王毅参加会见。", "习近平会见米尔济约耶夫。\n王毅参加会见。"},
	})
}

func TestTextASCIIPunctuation(t *testing.T) {
	runTextCases(t, []textCase{
		{"web copy dateline", "新华社北京5月19日电(记者 刘华)国家主席习近平19日在人民大会堂会见韩国总统特使李海瓒。", "新华社北京5月19日电（记者 刘华）国家主席习近平19日在人民大会堂会见韩国总统特使李海瓒。"},
		{"commas and colon", "央视网消息(新闻联播):国家主席习近平20日,在人民大会堂", "央视网消息（新闻联播）：国家主席习近平20日，在人民大会堂"},
		{"question mark", "发言人有何评论?", "发言人有何评论？"},
		{"a run of punctuation folds as a whole", "好! !!!啊", "好！！！！啊"},
		{"latin text untouched", "Hello, world (again): yes; no?", "Hello, world (again): yes; no?"},
		{"time and version untouched", "时间: 2021-11-16 10:32:52 版本2.0", "时间：2021-11-16 10:32:52版本2.0"},
	})
}

func TestTextDoubledGlyphs(t *testing.T) {
	runTextCases(t, []textCase{
		{"rare doubled", "记者曹嘉玥玥", "记者曹嘉玥"},
		{"rare tripled", "曹嘉玥玥玥", "曹嘉玥"},
		{"doubled across a line break", "（记者曹嘉\n玥玥 邵艺博）", "（记者曹嘉玥 邵艺博）"},
		{"common reduplication kept", "谢谢，常常看看，人人天天", "谢谢，常常看看，人人天天"},
		{"transliteration kept", "娜娜和卡卡", "娜娜和卡卡"},
	})
}

func TestTextEmptyAndWhitespace(t *testing.T) {
	runTextCases(t, []textCase{
		{"empty", "", ""},
		{"spaces", "  \n\t \n", ""},
		{"trims", "  会见。  ", "会见。"},
	})
}

func TestTextFixtures(t *testing.T) {
	cases := map[string]string{
		"testdata/trad.txt":      "新华社北京9月2日电 国家主席习近平在北京人民大会堂会见塔吉克斯坦总统拉赫蒙。双方签署了经济技术合作、数字经济等领域双边合作文件。",
		"testdata/fullwidth.txt": "新华社北京9月2日电 9月2日上午，国家主席习近平会见来华出席2025年上海合作组织峰会的APEC代表。双方签署20余份合作文件，增长12.5%。",
		"testdata/gbk.txt":       "新华社北京9月2日电 国家主席习近平在北京人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。",
		"testdata/fragment.html": "习近平会见乌兹别克斯坦总统\n新华社北京9月2日电（记者曹嘉玥 白鑫雨）9月2日上午，国家主席习近平在北京人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。\n双方签署“数字经济”等领域合作文件。",
	}
	for path, want := range cases {
		got, err := Page(mustRead(t, path))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if got != want {
			t.Errorf("%s:\n got %q\nwant %q", path, got, want)
		}
	}
}

// TestSeedGolden normalises the seed page (a PDF-copied newspaper page)
// and compares with testdata/seed.norm.golden; go test -update rewrites it.
func TestSeedGolden(t *testing.T) {
	got, err := Page(mustRead(t, "testdata/seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	golden := "testdata/seed.norm.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := strings.TrimSuffix(string(mustRead(t, golden)), "\n")
	if got != want {
		gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := 0; i < max(len(gl), len(wl)); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("seed page differs from %s at paragraph %d:\n got %q\nwant %q", golden, i+1, g, w)
			}
		}
	}
	if Text(got) != got {
		t.Error("seed normalisation is not idempotent")
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{
		"新 华 社 北 京 9 月 2 日 电（记 者 曹\n嘉玥玥 白鑫雨）",
		"<p>习近平&nbsp;会见</p><br>外交部：",
		"習近平會見總統。\r\n２０２５年",
		"（上接1版）\n普京表示，在我同习近平\n\n主席引领下",
		"Xi Jinping met\nShavkat Mirziyoyev.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 output %q", out)
		}
		if again := Text(out); again != out {
			t.Fatalf("not idempotent:\n in  %q\n out %q\n out2 %q", s, out, again)
		}
	})
}

func BenchmarkText(b *testing.B) {
	seed, err := Decode(mustRead(b, "testdata/seed.txt"))
	if err != nil {
		b.Fatal(err)
	}
	// About 1 MB: the seed page repeated, as one big input.
	s := strings.Repeat(seed+"\n", 1<<20/len(seed))
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Text(s)
	}
}

func BenchmarkTextTraditional(b *testing.B) {
	trad := string(mustRead(b, "testdata/trad.txt"))
	s := strings.Repeat(trad, 1<<18/len(trad))
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Text(s)
	}
}
