package extract

import (
	"strings"
	"testing"
)

// Outlets outside the mainland tag their reports in other ways: a relay of
// wire reports in the dateline, a bracketed tag with a clock, the outlet's
// name alone in brackets, a byline opened by the outlet.
func TestOutletsAbroadTagTheirReports(t *testing.T) {
	e := newT(t)
	for _, c := range []struct {
		name, in, date          string
		source, city, reporters string
	}{
		{"中央社's relay of wire reports (found: 中央社 2023)",
			"（中央社北京18日综合外电报导）美国国务卿布林肯今天抵达北京，中国外交部长秦刚在钓鱼台国宾馆迎接布林肯，两人展开5个半小时会谈。",
			"2023-06-18", "中央社", "北京", ""},
		{"a bracketed tag with Beijing time is no city (found: 新唐人 2021)",
			"【新唐人北京时间2021年10月26日讯】周二（26日），美国财长耶伦和中共国务院副总理刘鹤，举行视频通话。\n新唐人记者毕心慈综合报导",
			"2021-10-26", "新唐人", "", "毕心慈"},
		{"an outlet's name alone in brackets (found: Now新闻台 2025)",
			"国防部长董军与日本防卫相小泉进次郎会谈\n\n【Now新闻台】出席东盟防长扩大会的国防部长董军与日本防卫相小泉进次郎会谈。",
			"2025-11-02", "Now新闻台", "", ""},
		{"a byline opened by the outlet and a space (found: 联合报 2023)",
			"香山论坛各国防长陆续抵达\n\n联合报 记者廖士锋/即时报导\n\n北京香山论坛29日开幕，中央军委副主席张又侠28日在北京的八一大楼与越南防长潘文将会谈。",
			"2023-10-28", "联合报", "", "廖士锋"},
		{"a bracketed word that is no outlet stays text (synthetic)",
			"【图集】国家主席习近平28日在北京会见越南国家主席武文赏。",
			"2023-10-28", "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := e.Extract(c.in, Options{Date: c.date})
			if len(r.Articles) != 1 {
				t.Fatalf("%d articles", len(r.Articles))
			}
			a := r.Articles[0]
			if a.Source != c.source || a.City != c.city || strings.Join(a.Reporters, ",") != c.reporters {
				t.Errorf("source %q city %q reporters %q, want %q %q %q", a.Source, a.City, a.Reporters, c.source, c.city, c.reporters)
			}
			if len(a.Meetings) != 1 {
				t.Errorf("%d meetings, want 1", len(a.Meetings))
			}
		})
	}
}
