package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

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
	spokespersonSet   = newWordSet(spokespersonWords)
	headMarkSet       = newWordSet(append(append([]string{}, commentaryWords...), pressWords...))
	plannedFirst      = runes.FirstRunes(plannedWords...)
)

// plannedEvent reports an event told as to come: a planned word in the
// clause of its host, before the counterpart's 同/与 or the verb ("访问期间，
// 习近平主席将同马克龙总统举行会谈", "李强拟于4月10日在北京会见…", "也将分别
// 与他会见"). A planned word in the counterpart's phrase ("同将出任…的X举行
// 会谈") or in an earlier clause is not the event's; a general's rank is no
// future ("董军上将同…").
func plannedEvent(rs []rune, ev event) bool {
	end := min(ev.verbEnd, len(rs))
	from := end
	if h := lastRuneIdx(rs[:end], ev.host.name); ev.host.name != "" && h >= 0 {
		from = h
	}
	for from > 0 && !strings.ContainsRune("，。；：", rs[from-1]) {
		from--
	}
	for i := from; i < end; i++ {
		if (rs[i] == '同' || rs[i] == '与') && i > from && (rs[i] == '与' || !notWithAt(rs, i)) {
			return false // the counterpart's phrase begins
		}
		if rs[i] == '将' && i > 0 && strings.ContainsRune("上中少大", rs[i-1]) {
			continue
		}
		if plannedFirst.Has(rs[i]) && hasAnyAt(rs, i, plannedWords...) != "" {
			return true
		}
	}
	return false
}

// lastRuneIdx is the rune index of the last occurrence of sub in rs, or -1.
func lastRuneIdx(rs []rune, sub string) int {
	last := -1
	for i := runeIdx(rs, sub, 0); i >= 0; i = runeIdx(rs, sub, i+1) {
		last = i
	}
	return last
}

// untoldSentences marks the sentences whose events are not meetings: the
// whole article when its headline or opening marks a commentary ("人民日报
// 评论员", "社论", "署名文章", or signed "（作者系…）") or a press conference ("外交部发言人毛宁主持
// 例行记者会"); from a spokesperson's or a briefing's sentence
// ("外交部发言人毛宁3日在例行记者会上回答提问时表示", see spokenBy) to the
// end of its paragraph; from a paragraph or sentence opening with a question or an
// answer ("记者问：", "答：") to the end; and every question ("…你能否介绍有关情况？").
func untoldSentences(title *string, text string, sents []sentence) []bool {
	untold := make([]bool, len(sents))
	if headMarks(title, text) || signedBy(text, commentaryWords) {
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
		if spoken < 0 && spokenBy(s.rs) {
			spoken = s.para
		}
		untold[i] = transcript || spoken == s.para || question(s.text)
	}
	return untold
}

// spokenBy reports a sentence that gives a spokesperson's or a briefing's
// words: a spokesperson word before its first event verb, if any (a guest
// "反对党外交事务发言人皮考克" named after the verb is met, not heard), and
// not after 同/与 introducing the counterparts ("分别同…外交事务发言人帕克等
// 深入交流": a guest named before the verb).
func spokenBy(rs []rune) bool {
	at := spokespersonSet.index(rs, 0, len(rs))
	if at < 0 {
		return false
	}
	for p := 0; p < at; p++ {
		if triggerAt(rs, p) != nil || counterpartWith(rs, p) {
			return false
		}
	}
	return true
}

// counterpartWith reports 同 or 与 at rs[p] introducing a counterpart, not
// a word such as 同日, 同时, 同样, 同意, 与会.
func counterpartWith(rs []rune, p int) bool {
	if rs[p] != '同' && rs[p] != '与' {
		return false
	}
	return p+1 < len(rs) && !strings.ContainsRune("日时样意一期会等", rs[p+1])
}

// question reports a sentence that asks: it ends with a question mark and
// holds a question word ("你能否介绍有关情况？"); a mis-decoded full stop
// that shows as "?" asks nothing.
func question(t string) bool {
	if !mayEndAsking(t) {
		return false
	}
	q := strings.TrimRight(t, "”’\"」 ")
	return (strings.HasSuffix(q, "？") || strings.HasSuffix(q, "?")) && containsAnyWord(t, questionWords...)
}

// mayEndAsking reports whether t's last byte may end a question mark or a
// closing quote or space after one: the last byte of "？", '?', "”", "’",
// '"', "」" or ' '. Most sentences end with "。" and are passed over here.
func mayEndAsking(t string) bool {
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case 0x9F, '?', 0x9D, 0x99, '"', 0x8D, ' ': // ？ ? ” ’ " 」 and a space
		return true
	}
	return false
}

// headMarks reports an article whose headline, or the first line of its
// text before any event verb (a dateline's "题：" and its author: "新华社
// 评论员"), holds a commentary word or a press word (headMarkSet): a
// commentary, an editorial or a signed article, or a press conference. The
// line is cut at its verb only when it holds one.
func headMarks(title *string, text string) bool {
	if title != nil && headMarkSet.inText(*title) {
		return true
	}
	// The first line that is not a page's navigation ("首页 > 时评 > 正文").
	rest := strings.TrimSpace(text)
	for n := 0; n < 3 && rest != ""; n++ {
		head, more, _ := strings.Cut(rest, "\n")
		if !navigationLine(head) {
			head = clip(head, 240)
			return headMarkSet.inText(head) && headMarkSet.inText(beforeVerb(head))
		}
		rest = strings.TrimSpace(more)
	}
	return false
}

// navigationLine reports a line holding a separator of a page's
// navigation: '|', '>' or their full-width forms ("｜", "＞"), each looked
// for with a byte search.
func navigationLine(s string) bool {
	return strings.IndexByte(s, '|') >= 0 || strings.IndexByte(s, '>') >= 0 ||
		runes.ContainsWord(s, "｜") || runes.ContainsWord(s, "＞")
}

// signedBy reports an article whose last line is a bracketed signature
// holding one of words ("（本报评论员）", "（作者系…研究员）"); a list of
// related links at the foot of a page is no signature.
func signedBy(text string, words []string) bool {
	tail := strings.TrimSpace(text)
	if i := strings.LastIndexByte(tail, '\n'); i >= 0 {
		tail = tail[i+1:]
	}
	return len(tail) <= 150 && (strings.HasPrefix(tail, "（") || strings.HasPrefix(tail, "(")) && containsAnyWord(tail, words...)
}

// beforeVerb is s up to its first event verb ("会谈后，两国元首共同会见
// 记者并回答提问" in a lead marks no press conference).
func beforeVerb(s string) string {
	rs := []rune(s)
	for p := range rs {
		if triggerAt(rs, p) != nil {
			return string(rs[:p])
		}
	}
	return s
}

// clip cuts s to at most n bytes, at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// opensWithAny reports whether s opens with one of words, after blanks.
func opensWithAny(s string, words []string) bool {
	s = trimLeadingBlanks(s)
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// trimLeadingBlanks is strings.TrimLeft(s, " \t　") without its general
// cutset path (the ideographic space is not ASCII).
func trimLeadingBlanks(s string) string {
	for {
		switch {
		case strings.HasPrefix(s, " "), strings.HasPrefix(s, "\t"):
			s = s[1:]
		case strings.HasPrefix(s, "　"):
			s = s[len("　"):]
		default:
			return s
		}
	}
}
