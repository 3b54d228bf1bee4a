package extract

import "strings"

// Events told but not reported as held: a spokesperson's or a briefing's
// words, a press-conference question or answer, a commentary's mention in
// passing, and events still to come. None of them is a meeting.

var (
	plannedWords      = notMeetingWords["planned"]
	spokespersonWords = notMeetingWords["spokesperson"]
	answerWords       = notMeetingWords["answer"]
	commentaryWords   = notMeetingWords["commentary"]
	questionWords     = notMeetingWords["question"]
	pressWords        = notMeetingWords["press"]
)

// plannedEvent reports an event told as to come: a planned word in the
// clause before (and with) its verb, which ends at verbEnd ("访问期间，习近平
// 主席将同马克龙总统举行会谈", "李强拟于4月10日在北京会见…", "计划同…会晤").
// A general's rank is no future ("董军上将同…").
func plannedEvent(rs []rune, verbEnd int) bool {
	from := verbEnd
	for from > 0 && rs[from-1] != '。' && rs[from-1] != '；' && rs[from-1] != '：' {
		from--
	}
	for i := from; i < verbEnd && i < len(rs); i++ {
		if rs[i] != '将' && rs[i] != '拟' && rs[i] != '计' && rs[i] != '即' && rs[i] != '准' && rs[i] != '有' && rs[i] != '届' {
			continue
		}
		if rs[i] == '将' && i > 0 && strings.ContainsRune("上中少大", rs[i-1]) {
			continue
		}
		if hasAnyAt(rs, i, plannedWords...) != "" {
			return true
		}
	}
	return false
}

// untoldSentences marks the sentences whose events are not meetings: the
// whole article when its headline or opening marks a commentary ("人民日报
// 评论员", "社论", "署名文章") or a press conference ("外交部发言人毛宁主持
// 例行记者会"); from a spokesperson's or a briefing's sentence
// ("外交部发言人毛宁3日在例行记者会上回答提问时表示") to the end of its
// paragraph; from a paragraph or sentence opening with a question or an
// answer ("记者问：", "答：") to the end; and every question ("…你能否介绍有关情况？").
func untoldSentences(title *string, text string, sents []sentence) []bool {
	untold := make([]bool, len(sents))
	if headMarks(title, text, commentaryWords) || headMarks(title, text, pressWords) {
		for i := range untold {
			untold[i] = true
		}
		return untold
	}
	spoken, transcript := -1, false
	for i, s := range sents {
		if i == 0 || s.para != sents[i-1].para {
			spoken = -1
		}
		transcript = transcript || opensWithAny(s.text, answerWords)
		if spoken < 0 && containsAnyWord(s.text, spokespersonWords...) {
			spoken = s.para
		}
		untold[i] = transcript || spoken == s.para || question(s.text)
	}
	return untold
}

// question reports a sentence that asks: it ends with a question mark and
// holds a question word ("你能否介绍有关情况？"); a mis-decoded full stop
// that shows as "?" asks nothing.
func question(t string) bool {
	q := strings.TrimRight(t, "”’\"」 ")
	return (strings.HasSuffix(q, "？") || strings.HasSuffix(q, "?")) && containsAnyWord(t, questionWords...)
}

// headMarks reports an article whose headline, or the first line of its
// text (a dateline's "题：" and its author: "新华社评论员"), holds one of
// words: a commentary, an editorial or a signed article, or a press
// conference.
func headMarks(title *string, text string, words []string) bool {
	if title != nil && containsAnyWord(*title, words...) {
		return true
	}
	head := text
	if i := strings.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	if len(head) > 240 {
		head = head[:240]
	}
	return containsAnyWord(head, words...)
}

// opensWithAny reports whether s opens with one of words, after blanks.
func opensWithAny(s string, words []string) bool {
	s = strings.TrimLeft(s, " \t　")
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
