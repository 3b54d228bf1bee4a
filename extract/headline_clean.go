package extract

import "strings"

// A headline copied with its page's furniture: a table's trailing bars
// ("…会见泰国公主诗琳通 | ||||||||"), a forum archive's frame ("查看完整版本：
// [-- 一天九场重要活动 --]") or the post's stamp after it ("…（图）发表：
// 2010-12-09 19:18"). The headline is what the frame holds.

// cleanHeadline returns t without its page furniture (nil stays nil).
func cleanHeadline(t *string) *string {
	if t == nil {
		return nil
	}
	s := *t
	if i := strings.Index(s, "[--"); i >= 0 {
		if j := strings.Index(s[i:], "--]"); j > 0 {
			s = s[i+len("[--") : i+j]
		}
	}
	for _, l := range []string{"发表：", "发表于：", "发表于", "发布时间："} {
		if i := strings.Index(s, l); i > 0 {
			if rest := strings.TrimSpace(s[i+len(l):]); rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				s = s[:i]
			}
		}
	}
	s = strings.TrimRight(s, " |｜\t")
	s = strings.TrimSpace(s)
	if s == *t {
		return t
	}
	if s == "" {
		return nil
	}
	return &s
}
