package normalize

import (
	"strings"
	"testing"
)

// BenchmarkTextPathological runs inputs built to provoke quadratic work
// (one line per tag, no line breaks at all, a line per character…); each
// should run at a rate of the same order as BenchmarkText.
func BenchmarkTextPathological(b *testing.B) {
	const n = 1 << 18
	growing := func() string {
		var sb strings.Builder
		for i := 0; sb.Len() < n; i++ {
			sb.WriteString(strings.Repeat("字", i%50+1))
			sb.WriteByte('\n')
		}
		return sb.String()
	}
	cases := []struct{ name, s string }{
		{"one-line", strings.Repeat("中华人民共和国", n/21)},
		{"short-lines", strings.Repeat("a\n", n/2)},
		{"cjk-lines", strings.Repeat("中华人民\n", n/13)},
		{"traditional", strings.Repeat("習近平會見總統。", n/24)},
		{"tags", strings.Repeat("<p>", n/3)},
		{"open-tags", strings.Repeat("<p", n/2)},
		{"unclosed-quotes", strings.Repeat("<p class=\"x ", n/12) + ">"},
		{"script", "<p>x</p>" + strings.Repeat("<script>", n/8)},
		{"entities", strings.Repeat("&amp;", n/5)},
		{"reporter-brackets", strings.Repeat("（记者", n/9)},
		{"letter-spaced", strings.Repeat("中 文 ", n/8)},
		{"spaced-punctuation", strings.Repeat("， ", n/4)},
		{"ascii-punctuation", "中" + strings.Repeat("!", n)},
		{"growing-lines", growing()},
		{"doubled", strings.Repeat("玥", n/3)},
		{"blank-lines", strings.Repeat("字字字字字字字字\n\n", n/26)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			for i := 0; i < b.N; i++ {
				Text(c.s)
			}
		})
	}
}
