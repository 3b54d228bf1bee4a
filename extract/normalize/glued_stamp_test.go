package normalize

import (
	"strings"
	"testing"
)

// A headline, a stamp and a text glued on one line are split at the stamp;
// a date inside a sentence is not a stamp.
func TestGluedStampSplitsHeadlineFromText(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string // the lines expected, "" when the line stays whole
	}{
		{"headline, date and clock, text (found: 中新社 2001)",
			"钱其琛美国之行取得积极和建设性成果2001年3月28日08:07中新社北京三月二十七日电 中国外交部发言人孙玉玺今天在此间说，钱其琛副总理美国之行取得了积极和建设性的成果。",
			[]string{"钱其琛美国之行取得积极和建设性成果", "2001年3月28日08:07", "中新社北京三月二十七日电 中国外交部发言人孙玉玺今天在此间说，钱其琛副总理美国之行取得了积极和建设性的成果。"}},
		{"a space before the date and after it (found: Now新闻台 2025)",
			"国防部长董军与日本防卫相小泉进次郎会谈 2025年11月2日 07:25 【Now新闻台】出席东盟防长扩大会的国防部长董军与日本防卫相小泉进次郎会谈。",
			[]string{"国防部长董军与日本防卫相小泉进次郎会谈", "2025年11月2日 07:25", "【Now新闻台】出席东盟防长扩大会的国防部长董军与日本防卫相小泉进次郎会谈。"}},
		{"a date inside a sentence goes on with a verb (synthetic)",
			"中方欢迎美方代表团于2021年5月27日访华并同中方就双边关系和共同关心的问题深入交换意见。",
			nil},
		{"a date after a comma is no stamp (synthetic)",
			"外交部发言人表示，2021年5月27日 中美双方举行了视频通话并就双边经贸关系交换了意见。",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := splitGluedStamps(c.in)
			if c.want == nil {
				if got != c.in {
					t.Errorf("split %q\ninto %q", c.in, got)
				}
				return
			}
			if want := strings.Join(c.want, "\n"); got != want {
				t.Errorf("got  %q\nwant %q", got, want)
			}
			if once := Text(c.in); Text(once) != once {
				t.Errorf("Text is not idempotent on %q", c.in)
			}
		})
	}
}
