package normalize

import (
	"strings"
	"testing"
)

// A forum's thread view and a newspaper archive print furniture around a
// reposted report: counters, presence marks, page sections, empty labels.
func TestThreadViewAndArchiveLinesAreChrome(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"• 46阅读", true},
		{"0回复", true},
		{"离线admin", true},
		{"上一主题 下一主题", true},
		{"只看楼主 倒序阅读 0 发表于: 1997-09-25", true},
		{"第4版(要闻)", true},
		{"第3版（国际）", true},
		{"专栏:", true},
		{"46名代表阅读了报告", false},       // synthetic: a sentence with a number and 阅读
		{"离线办公系统上线", false},         // synthetic: 离线 opening text, no ASCII name
		{"第4版刊登了习近平会见外宾的消息", false}, // synthetic: not a section alone
		{"专栏：傅全有同乌克兰总长会谈", false},   // a label with its text is no empty label
		{"傅全有同乌克兰总长会谈", false},
	} {
		t.Run(c.line, func(t *testing.T) {
			if got := isChrome(c.line); got != c.want {
				t.Errorf("isChrome(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}

// A thread's buttons after its title go wherever they stand.
func TestThreadButtonsAreRemoved(t *testing.T) {
	for _, in := range []string{"傅全有同乌克兰总长会谈 [复制链接]", "傅全有同烏克蘭總長會談 [複製鏈接]"} {
		if got := stripForum(in); got != "傅全有同乌克兰总长会谈 " && got != "傅全有同烏克蘭總長會談 " {
			t.Errorf("stripForum(%q) = %q", in, got)
		}
	}
}

// A portal's stamp line and a caption credited by the photographer's name
// end their paragraph: the lead after them is not joined to them.
func TestStampAndNameCreditEndTheirLine(t *testing.T) {
	in := "周强在湖南省长沙市会见来华访问的菲律宾客人\n中央政府门户网站 www.gov.cn 2007年09月25日 来源：湖南日报\n\n周强在长沙会见来访的菲律宾客人。刘尚文 摄\n\n9月24日下午，湖南省省长周强在长沙会见了来访的菲律宾客人一行。\n"
	got := Text(in)
	for _, want := range []string{"\n中央政府门户网站 www.gov.cn 2007年09月25日 来源：湖南日报\n", "刘尚文 摄\n9月24日下午"} {
		if !strings.Contains(got, want) {
			t.Errorf("Text(...) = %q\nwant it to hold %q", got, want)
		}
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"中央政府门户网站 www.gov.cn 2007年09月25日 来源：湖南日报", true},
		{"湖南日报记者 2007年09月25日 报道，来源：湖南日报", false}, // synthetic: a comma, a sentence
		{"来源：湖南日报", false}, // no date
	} {
		if got := isStamp(c.line); got != c.want {
			t.Errorf("isStamp(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
