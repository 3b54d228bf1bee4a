package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var coopPieces = []string{
	"在", "加强", "深化", "推进", "推动", "密切", "经贸", "投资", "人文", "、", "等", "各", "广泛", "重点", "新兴",
	"领域", "领", "域", "的", "对话、", "沟通、", "交流", "与", "和", "及", "合作", "合", "作", "，", "。", "；",
	"双方", "同意", "进一步", "务实", "a", " ", "\xff", "基础设施建设和互联互通方面的",
}

// coopMatches gives what findAllFrom(coopRe, s, coopLeads...) gives.
func TestCoopMatchesMatchesRegexp(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	check := func(s string) {
		if got, want := coopMatches(s), findAllFrom(coopRe, s, coopLeads...); !reflect.DeepEqual(got, want) {
			t.Fatalf("coopMatches(%q) = %q, want %q", s, got, want)
		}
	}
	for range 200000 {
		check(randomText(rng, coopPieces))
	}
	long := strings.Repeat("经贸", 45)
	for _, s := range []string{"加强" + long + "等领域合作", "加强在" + long[:240] + "领域合作", "加强在" + long[:237] + "领域合作"} {
		check(s)
	}
	files, _ := filepath.Glob("../testdata/reports/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, clause := range strings.FieldsFunc(string(b), func(r rune) bool { return r == '，' || r == '；' || r == '。' }) {
			check(clause)
		}
		check(string(b))
	}
}
