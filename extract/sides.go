package extract

import "strings"

// multiSide resolves a side form of several characters ending at c[i] and
// followed by 方 ("埃塞方" Ethiopia, "巴新方" Papua New Guinea), preferring
// the longest form. It returns the country and the index where the form
// starts; "" when none.
func (e *Extractor) multiSide(c []rune, i int, ctx *factCtx) (string, int) {
	for n := 3; n >= 2; n-- {
		at := i - n + 1
		if at < 0 {
			continue
		}
		if cands := e.lex.AbbrMulti[string(c[at:i+1])]; len(cands) > 0 {
			return pickCountry(cands, ctx), at
		}
	}
	return "", 0
}

// pickCountry chooses among the countries a short form may stand for: the
// first that the article is about (its guests, then the countries it
// names: "尼方" is Nepal beside 奥利 and Nigeria beside 提努布), else the
// most common one, listed first in the lexicon.
func pickCountry(cands []string, ctx *factCtx) string {
	for _, c := range ctx.countries {
		for _, k := range cands {
			if c == k {
				return k
			}
		}
	}
	if len(cands) > 0 {
		return cands[0]
	}
	return ""
}

// domainList is the list part of "签署…以及经贸、科技等领域…文件": what
// follows the last 以及/及 when a named document precedes it ("共建“一带一路”
// 合作框架以及经贸、科技、媒体").
func domainList(s string) string {
	for _, w := range []string{"以及", "及"} {
		if i := strings.LastIndex(s, w); i >= 0 {
			head := s[:i]
			for _, d := range []string{"框架", "协议", "协定", "备忘录", "规划", "计划", "声明", "纲要", "文件"} {
				if strings.HasSuffix(head, d) {
					return s[i+len(w):]
				}
			}
		}
	}
	return s
}
