package extract

import (
	"strings"
	"unicode/utf8"
)

// designationCores and horizonWords: see vocab/designation_cores.txt and
// vocab/horizon_words.txt.
var (
	designationCores = words("designation_cores.txt")
	horizonWords     = words("horizon_words.txt")
)

// hasDesignationCore reports whether designation g holds one of
// designationCores (战略, 全面, 全天候, 建设性).
func hasDesignationCore(g string) bool {
	for _, w := range designationCores {
		if strings.Contains(g, w) {
			return true
		}
	}
	return false
}

// horizonBefore extends a designation starting at byte start back over a
// time horizon "面向<…世纪>的" written right before it ("面向21世纪的建设性
// 伙伴关系"): 面向, at most eight characters ending in one of horizonWords,
// then 的. It returns the new start (start itself when there is none).
func horizonBefore(text string, start int) int {
	pre, ok := strings.CutSuffix(text[:start], "的")
	if !ok {
		return start
	}
	for _, h := range horizonWords {
		if !strings.HasSuffix(pre, h) {
			continue
		}
		i := strings.LastIndex(pre, "面向")
		if i < 0 {
			return start
		}
		if mid := pre[i+len("面向"):]; utf8.RuneCountInString(mid) <= 8 && !strings.ContainsAny(mid, "，。、；的") {
			return i
		}
	}
	return start
}
