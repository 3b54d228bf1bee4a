package normalize

import "testing"

func TestIsStamp(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"2022-02-24 23:00", true},
		{"2022年02月24日 23:00", true},
		{"人民日报2022年12月10日 第1版", true},
		{"《人民日报》（2017年05月13日01版）", true},
		{"2022/2/24", true},
		{"央视国际 (2002年10月23日 11:41)", true}, // CCTV.com's stamp of the 2000s
		{"央视国际消息(新闻30分)：国家主席江泽民22日抵达芝加哥。", false},
		{"2022年2月24日，国务委员兼外长王毅应约同俄罗斯外长拉夫罗夫通电话。", false},
		{"新华社北京7月18日电", false}, // a dateline, not a stamp
		{"2024", false},
		{"习近平会见卡塔尔埃米尔塔米姆", false},
		{"", false},
	} {
		if got := isStamp(tt.in); got != tt.want {
			t.Errorf("isStamp(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTextStampsAndSubtitles(t *testing.T) {
	runTextCases(t, []textCase{
		{"time stamp line stays between headline and lead",
			"王毅应约同俄罗斯外长拉夫罗夫通电话\n2022-02-24 23:00\n2022年2月24日，王毅应约同俄罗斯外长拉夫罗夫通电话。",
			"王毅应约同俄罗斯外长拉夫罗夫通电话\n2022-02-24 23:00\n2022年2月24日，王毅应约同俄罗斯外长拉夫罗夫通电话。"},
		{"masthead above the headline",
			"人民日报 2022年12月10日 第1版\n习近平会见卡塔尔埃米尔塔米姆\n\n本报利雅得12月9日电 当地时间12月9日，习近平会见塔米姆。",
			"人民日报2022年12月10日 第1版\n习近平会见卡塔尔埃米尔塔米姆\n本报利雅得12月9日电 当地时间12月9日，习近平会见塔米姆。"},
		{"wider subtitle is not the headline's wrapped end",
			"江泽民与普京举行会谈\n两国元首签署《中俄北京宣言》\n\n新华社北京7月18日电 江泽民同普京举行会谈。",
			"江泽民与普京举行会谈\n两国元首签署《中俄北京宣言》\n新华社北京7月18日电 江泽民同普京举行会谈。"},
		{"headline and subtitle too long together for one headline",
			"习近平同土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫举行会谈\n两国元首宣布将中土关系提升为全面战略伙伴关系\n\n新华社北京1月6日电 习近平举行会谈。",
			"习近平同土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫举行会谈\n两国元首宣布将中土关系提升为全面战略伙伴关系\n新华社北京1月6日电 习近平举行会谈。"},
		{"headline wrapped at a narrower end still joins",
			"李克强同德国总理默克尔通电话时强调\n推动中德关系百尺竿头更进一步\n新华社北京3月15日电 李克强同默克尔通电话。",
			"李克强同德国总理默克尔通电话时强调推动中德关系百尺竿头更进一步\n新华社北京3月15日电 李克强同默克尔通电话。"},
	})
}
