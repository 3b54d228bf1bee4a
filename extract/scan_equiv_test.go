package extract

import (
	"math/rand"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// randomText strings together pieces that the date and time-of-day
// patterns are made of, with other text between them.
func randomText(rng *rand.Rand, pieces []string) string {
	var b strings.Builder
	for n := rng.Intn(30); n > 0; n-- {
		b.WriteString(pieces[rng.Intn(len(pieces))])
	}
	return b.String()
}

var datePieces = []string{
	"1", "2", "9", "0", "2025", "年", "月", "日", "十", "三", "一", "九", "二十", "当天", "同日", "当地时间",
	"上午", "下午", "中午", "晚", "晚上", "傍晚", "早上", "凌晨", "当晚", "当天晚些时候", "午", "早", "凌",
	"习近平", "在", "，", "会见", "今", "至", "a", " ", "·",
}

// lastDateIn and firstTodIn give what the regexps give over the whole text.
func TestDateScannersMatchRegexps(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for range 50000 {
		s := randomText(rng, datePieces)
		var want []int
		if all := dateInRe.FindAllStringSubmatchIndex(s, -1); len(all) > 0 {
			want = all[len(all)-1]
		}
		if got := lastDateIn(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("lastDateIn(%q) = %v, want %v", s, got, want)
		}
		if got, want := firstTodIn(s), todRe.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("firstTodIn(%q) = %q, want %q", s, got, want)
		}
	}
}

// furnitureLine matches where the regexp it replaced matches.
func TestFurnitureLineMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`摄$|摄）$|摄\)$|资料图片|编辑[:：]|来源[:：]|时间[:：]|责任编辑|。这是|。图为|^图为|^这是`)
	pieces := []string{"摄", "）", ")", "资料", "图片", "编辑", "责任", ":", "：", "来源", "时间", "。", "这是", "图为", "图", "新华社", " ", "a"}
	rng := rand.New(rand.NewSource(3))
	for range 50000 {
		s := randomText(rng, pieces)
		if got, want := furnitureLine(s), re.MatchString(s); got != want {
			t.Fatalf("furnitureLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// statesDate is what the two regexps gave.
func TestStatesDateMatchesRegexps(t *testing.T) {
	pieces := []string{"1", "12", "月", "日", "电", "今天", "当天", "同日", "当", "同", "昨天", "天", "，", "新华社", " ", "a"}
	rng := rand.New(rand.NewSource(4))
	for range 50000 {
		s := randomText(rng, pieces)
		want := sentenceDateRe.MatchString(datelineDateRe.ReplaceAllString(s, ""))
		if got := statesDate(s); got != want {
			t.Fatalf("statesDate(%q) = %v, want %v", s, got, want)
		}
	}
}

// firstSupportVerb finds the verb that trying supportVerbs in order finds.
func TestFirstSupportVerb(t *testing.T) {
	pieces := append([]string{"中方", "，", "倡议", "高度", "全力", "支", "持", "a"}, supportVerbs...)
	rng := rand.New(rand.NewSource(5))
	for range 20000 {
		c := []rune(randomText(rng, pieces))
		var want []string
		for _, v := range supportVerbs {
			if runeIdx(c, v, 0) >= 0 {
				want = []string{v}
				break
			}
		}
		if got := firstSupportVerb(c); !reflect.DeepEqual(got, want) {
			t.Fatalf("firstSupportVerb(%q) = %q, want %q", string(c), got, want)
		}
	}
}

// agreeIn is what the two regexps give.
func TestAgreeInMatchesRegexps(t *testing.T) {
	pieces := []string{"签署", "签订", "交换", "见证", "了", "经贸", "、", "等", "领域", "方面", "合作", "文件", "协议", "的", "签", "，", "a"}
	rng := rand.New(rand.NewSource(6))
	for range 30000 {
		s := randomText(rng, pieces)
		if got, want := agreeIn(s), agreeRe.MatchString(s) || agreeAfterRe.MatchString(s); got != want {
			t.Fatalf("agreeIn(%q) = %v, want %v", s, got, want)
		}
	}
}

// hasDatelineMark is
// the four substring tests.
func TestHasDatelineMark(t *testing.T) {
	pieces := []string{"日", "电", "讯", "消息", "電", "中", "a", "\xe4\xb8", "\xed\xa0\x80", "\xe0\x80\x80", "𠀀", "é", "\xff", " ", "日日"}
	rng := rand.New(rand.NewSource(10))
	for range 50000 {
		s := randomText(rng, pieces)
		want := strings.Contains(s, "日电") || strings.Contains(s, "日讯") || strings.Contains(s, "日消息") || strings.Contains(s, "日電")
		if got := hasDatelineMark(s); got != want {
			t.Fatalf("hasDatelineMark(%q) = %v, want %v", s, got, want)
		}
	}
}

// anaphoric is anaphorRe.MatchString.
func TestAnaphoric(t *testing.T) {
	pieces := []string{"这一", "倡议", "该", "上述", "理念", "这些", "系列", "重要", "全球", "三大", "四大", "大", "支持", "，"}
	rng := rand.New(rand.NewSource(12))
	for range 30000 {
		s := randomText(rng, pieces)
		if got, want := anaphoric(s), anaphorRe.MatchString(s); got != want {
			t.Fatalf("anaphoric(%q) = %v, want %v", s, got, want)
		}
	}
}

// findAllFrom gives what the regexps give over the whole text.
func TestFindAllFrom(t *testing.T) {
	pieces := []string{"签署", "签订", "交换", "见证", "了", "经贸", "、", "等", "领域", "方面", "合作", "文件", "协议", "的", "签",
		"在", "加强", "深化", "推动", "交流与", "“", "”", "「", "」", "\"", "丝路", "战略", "中", "老", "铁路", "高铁", "，", "a"}
	rng := rand.New(rand.NewSource(13))
	cases := []struct {
		re    *regexp.Regexp
		leads []string
	}{{agreeRe, agreeLeads}, {agreeAfterRe, []string{"见证"}}, {coopRe, coopLeads}, {quotedRe, quoteLeads}, {railRe, railLeads}}
	for range 30000 {
		s := randomText(rng, pieces)
		for _, c := range cases {
			got, want := findAllFrom(c.re, s, c.leads...), c.re.FindAllStringSubmatch(s, -1)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("findAllFrom(%v, %q) = %q, want %q", c.re, s, got, want)
			}
		}
	}
}

// newsAt is newsRe.FindStringSubmatchIndex.
func TestNewsAt(t *testing.T) {
	pieces := []string{"央视网", "央视国际", "央视新闻", "客户端", "人民网", "中国新闻网", "国际在线", "中国日报网", "消息", "（", "北京", "）", "：", ":", " ", "新华社"}
	rng := rand.New(rand.NewSource(14))
	for range 30000 {
		s := randomText(rng, pieces)
		if got, want := newsAt(s), newsRe.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("newsAt(%q) = %v, want %v", s, got, want)
		}
	}
}

// removeDatelineDates is datelineDateRe.ReplaceAllString(s, "").
func TestRemoveDatelineDates(t *testing.T) {
	pieces := []string{"1", "12", "9", "月", "日", "电", "日电", "新华社北京", "，", "a", "月1", "0"}
	rng := rand.New(rand.NewSource(15))
	for range 50000 {
		s := randomText(rng, pieces)
		if got, want := removeDatelineDates(s), datelineDateRe.ReplaceAllString(s, ""); got != want {
			t.Fatalf("removeDatelineDates(%q) = %q, want %q", s, got, want)
		}
	}
}

// hasAt tells whether sub's runes stand at rs[i:].
func TestHasAt(t *testing.T) {
	pieces := []string{"中", "国", "a", "\xe4\xb8", "\xed\xa0\x80", "\xe0\x80\x80", "𠀀", "é", "\xff", ""}
	rng := rand.New(rand.NewSource(16))
	for range 50000 {
		rs := []rune(randomText(rng, pieces))
		sub := randomText(rng, pieces[:rng.Intn(len(pieces))+1])
		if len(sub) > 8 {
			sub = sub[:rng.Intn(8)]
		}
		i := rng.Intn(len(rs)+3) - 1
		want := true
		k := i
		for _, r := range sub {
			if k < 0 || k >= len(rs) || rs[k] != r {
				want = false
				break
			}
			k++
		}
		if got := hasAt(rs, i, sub); got != want {
			t.Fatalf("hasAt(%q, %d, %q) = %v, want %v", string(rs), i, sub, got, want)
		}
	}
}

// pastWordIn is true when some pastWords entry occurs.
func TestPastWordIn(t *testing.T) {
	pieces := append([]string{"习近平", "会见", "，", "a", "去", "年", "以", "表示"}, pastWords...)
	rng := rand.New(rand.NewSource(18))
	for range 30000 {
		rs := []rune(randomText(rng, pieces[:rng.Intn(len(pieces))+1]))
		want := false
		for _, w := range pastWords {
			if runeIdx(rs, w, 0) >= 0 {
				want = true
			}
		}
		if got := pastWordIn(rs); got != want {
			t.Fatalf("pastWordIn(%q) = %v, want %v", string(rs), got, want)
		}
	}
}

// triggerStarts is isTriggerFirst.
func TestTriggerStarts(t *testing.T) {
	for _, r := range []rune{-1, 0, 'a', '会', '集', '互', '中', 0xFFFF, 0x10000, 0x20000, 0x10FFFF} {
		if got, want := triggerStarts(r), isTriggerFirst(r); got != want {
			t.Fatalf("triggerStarts(%U) = %v, want %v", r, got, want)
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		if triggerStarts(r) != isTriggerFirst(r) {
			t.Fatalf("triggerStarts(%U) differs", r)
		}
	}
}
