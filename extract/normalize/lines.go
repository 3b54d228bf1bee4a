package normalize

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// line is one non-blank input line after in-line normalisation.
type line struct {
	text       string
	width      int  // display width: 2 per wide character, 1 otherwise
	blankAfter bool // a blank line follows before the next line
	hardAfter  bool // a hard paragraph break follows
}

// paragraphs normalises every line of s and joins the lines that a page
// layout wrapped, returning one paragraph per line.
func paragraphs(s string) string { return joinLines(s, false) }

// stableParagraphs joins every line break except those that any pass keeps
// whatever the widths: after sentence-final punctuation or a continuation
// marker, and before a dateline or a metadata line. Text falls back on it
// when the width rules do not settle; its output is stable by construction.
func stableParagraphs(s string) string { return joinLines(s, true) }

func joinLines(s string, stableOnly bool) string {
	var lines []line
	// The positions of the next "\n" and the next hard break are kept
	// between lines, so that splitting stays linear however the two mix.
	nl, hb := -2, -2
	for pos := 0; pos < len(s); {
		if nl != -1 && nl < pos {
			nl = indexFrom(s, pos, "\n")
		}
		if hb != -1 && hb < pos {
			hb = indexFrom(s, pos, "\u2029")
		}
		end, next, sep := len(s), len(s), rune(0)
		switch {
		case nl >= 0 && (hb < 0 || nl < hb):
			end, next, sep = nl, nl+1, '\n'
		case hb >= 0:
			end, next, sep = hb, hb+len("\u2029"), hardBreak
		}
		raw := s[pos:end]
		pos = next
		t, w := processLineWidth(raw)
		if t == "" {
			if len(lines) > 0 {
				lines[len(lines)-1].blankAfter = true
				if sep == hardBreak {
					lines[len(lines)-1].hardAfter = true
				}
			}
			continue
		}
		lines = append(lines, line{text: t, width: w, hardAfter: sep == hardBreak})
	}
	var out strings.Builder
	out.Grow(len(s))
	// A paragraph of one line is that line; longer ones are built in buf,
	// which is reused.
	var buf []byte
	single, n := "", 0
	start := 0 // index of the paragraph's first line
	flush := func() {
		if n == 0 {
			return
		}
		// A paragraph of one line was processed when it was read.
		p := single
		if n > 1 {
			p = processLine(string(buf))
		}
		buf, n = buf[:0], 0
		if out.Len() > 0 {
			out.WriteByte('\n')
		}
		out.WriteString(p)
	}
	for i := range lines {
		cur := lines[i].text
		switch n {
		case 0:
			single = cur
		case 1:
			buf = append(buf[:0], single...)
			fallthrough
		default:
			buf = append(buf, joinSep(tail(buf), cur)...)
			buf = append(buf, cur...)
		}
		n++
		if breakAfter(lines, i, start, stableOnly) {
			flush()
			start = i + 1
		}
	}
	flush()
	return out.String()
}

// tail returns the end of a paragraph being built: enough for joinSep.
func tail(b []byte) string {
	if len(b) > 120 {
		b = b[len(b)-120:]
	}
	return string(b)
}

// indexFrom returns the index of sep in s at or after from, or -1.
func indexFrom(s string, from int, sep string) int {
	if k := strings.Index(s[from:], sep); k >= 0 {
		return from + k
	}
	return -1
}

// outlets whose datelines open a news item ("新华社北京9月2日电").
var outlets = []string{
	"新华社", "中新社", "中国新闻社", "本报", "人民日报", "人民网", "新华网", "央视网", "央广网",
	"国际在线", "光明日报", "经济日报", "中国日报", "央视新闻", "据新华社", "中评社", "中央社",
	"央视国际", // CCTV.com's name until 2006: "央视国际 (2002年10月23日 11:41)"
}

// maxWrapWidth is the widest line (in display width: 50 Chinese
// characters) taken for a line wrapped at a page's column width.
const maxWrapWidth = 100

// startsDateline reports whether t opens with a dateline ("新华社北京9月2日电",
// "本报北京11月16日电", "（新华社北京9月2日电）", "本报讯") or a continuation
// marker ("（上接1版）"). It looks at a bounded prefix only.
func startsDateline(t string) bool {
	if isMarkerPrefix(t) || strings.HasPrefix(t, "本报讯") {
		return true
	}
	t = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t, "（"), "("), "【")
	for _, o := range outlets {
		if !strings.HasPrefix(t, o) {
			continue
		}
		if strings.HasPrefix(t[len(o):], "消息") {
			return true // "央视网消息（新闻联播）："
		}
		n := 0
		for _, r := range t[len(o):] {
			switch r {
			case '电':
				return true
			case '，', '。', '；', '！', '？', '“', '（':
				return false
			}
			if n++; n > 30 {
				return false
			}
		}
		return false
	}
	return false
}

// metaPrefixes open the metadata lines of a web page ("编辑：…", "来源：…").
var metaPrefixes = []string{"编辑：", "来源：", "作者：", "时间：", "发布时间：", "责任编辑：", "原标题：", "编辑:", "来源:", "作者:", "时间:", "发布时间:", "责任编辑:", "原标题:"}

// startsMeta reports a page metadata line.
func startsMeta(t string) bool {
	for _, p := range metaPrefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// isMarkerPrefix reports t opening with "（上接1版）", "（下转2版）" and the like.
func isMarkerPrefix(t string) bool {
	if !strings.HasPrefix(t, "（上") && !strings.HasPrefix(t, "（下") {
		return false
	}
	rest := t[len("（上"):]
	if !strings.HasPrefix(rest, "接") && !strings.HasPrefix(rest, "转") {
		return false
	}
	rest = rest[len("接"):]
	for n, r := range rest {
		if r == '）' {
			return n > 0
		}
		if n > 30 {
			return false
		}
	}
	return false
}

// isMarker reports a line that is a continuation marker ("（上接1版）").
func isMarker(t string) bool {
	return isMarkerPrefix(t) && strings.HasSuffix(t, "）") && strings.Count(t, "）") == 1
}

// isDateline reports whether t is exactly a dateline ("新华社北京9月2日电").
func isDateline(t string) bool {
	if !strings.HasSuffix(t, "电") || strings.ContainsAny(t, "，。；！？“（") || len(t) > 120 {
		return false
	}
	return startsDateline(t) && strings.Index(t, "电") == len(t)-len("电")
}

// breakAfter decides whether the paragraph ends after lines[i].
func breakAfter(lines []line, i, start int, stableOnly bool) bool {
	l := lines[i]
	if l.hardAfter || i == len(lines)-1 {
		return true
	}
	cur, next := l.text, lines[i+1].text
	switch {
	case endsSentence(cur), endsCredit(cur), isMarker(cur), startsDateline(next), startsMeta(next), isStamp(cur), isStamp(next), isChrome(cur), isChrome(next):
		return true
	case stableOnly:
		return false
	case endsMidSentence(cur), openBracket(cur):
		return false
	case i == start && l.blankAfter && headlineLike(cur):
		return true
	case i == start && headlineLike(cur) && creditLine(next):
		// A headline above a photo's credit ("新华社 饶爱民 摄").
		return true
	case i == 0 && headlineLike(cur) && colonInside(cur):
		// The first line with a colon subtitle and no comma is a headline
		// ("习近平会见挪威首相：进一步发展中挪友好合作…").
		return true
	case i == 0 && subtitleBreak(lines, i):
		return true
	case l.width > maxWrapWidth || lines[i+1].width > maxWrapWidth:
		// Too wide to be a line wrapped at a column width: the text is
		// not wrapped here, so the line break is a paragraph break.
		return true
	case i == start && overWide(lines, i):
		return true
	}
	return isShort(lines, i, start)
}

// endsSentence: the line ends with sentence-final punctuation, possibly
// followed by closing quotes or brackets, or is a whole parenthesis
// ("（新华社北京9月2日电）").
func endsSentence(t string) bool {
	r, n := utf8.DecodeLastRuneInString(t)
	switch r {
	case '。', '！', '？', '!', '?', '…', '|':
		return true
	case '”', '’', '」', '』', '）', ')', '》':
		if (r == '）' || r == ')') && (strings.HasPrefix(t, "（") || strings.HasPrefix(t, "(")) {
			return true
		}
		p, _ := utf8.DecodeLastRuneInString(t[:len(t)-n])
		switch p {
		case '。', '！', '？', '!', '?', '…':
			return true
		}
	}
	return false
}

// creditRe is a photo credit closing a caption: "新华社记者 庞兴雷 摄", "新华社发".
var creditRe = regexp.MustCompile(`(?:新华社|中新社|人民日报|新华网|中新网|光明日报)(?:记者)?[\p{Han}· ]{0,12}?(?:发|摄)$`)

// endsCredit: the line is a photo caption ending with its credit.
func endsCredit(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return (r == '摄' || r == '发') && creditRe.MatchString(t)
}

// creditLine: the line is a photo credit alone ("新华社 饶爱民 摄").
func creditLine(t string) bool {
	return utf8.RuneCountInString(t) <= 20 && endsCredit(t) && creditRe.FindStringIndex(t)[0] == 0
}

// colonInside: the line holds a colon that neither opens nor closes it.
func colonInside(t string) bool {
	i := strings.IndexAny(t, ":：")
	return i > 0 && i < len(t)-len("：") && !strings.Contains(t[:i], "消息")
}

// endsMidSentence: the line ends with punctuation that a sentence goes on
// after.
func endsMidSentence(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '，', '、', '；', '（', '(', '“', '‘', '《', '〈', '【', '—', '－', '-', ',', ';', '·':
		return true
	}
	return false
}

// openBracket: the line opened a bracket it did not close (a dateline's
// "（记者…" broken before the reporters' names end).
func openBracket(t string) bool {
	if len(t) > 160 {
		t = t[len(t)-160:] // an open bracket further back is too far anyway
	}
	o := max(strings.LastIndex(t, "（"), strings.LastIndex(t, "("))
	if o < 0 {
		return false
	}
	c := max(strings.LastIndex(t, "）"), strings.LastIndex(t, ")"))
	return c < o && utf8.RuneCountInString(t[o:]) <= 40
}

// headlineLike: a short line with no sentence punctuation, not a dateline.
func headlineLike(t string) bool {
	return utf8.RuneCountInString(t) <= 40 && !strings.ContainsAny(t, "，。；！？,;") &&
		!startsDateline(t)
}

// isShort: the line is clearly narrower than the lines of its paragraph, so
// the paragraph ended there. A paragraph's first line is measured against the
// lines that follow it; a later line against the lines before it in the same
// paragraph (a narrow column may be followed by a wide one, and a headline
// by anything).
func isShort(lines []line, i, start int) bool {
	w := lines[i].width
	typical := w
	if i == start {
		if i+1 < len(lines) {
			typical = max(typical, lines[i+1].width)
		}
	} else {
		for j := max(start, i-3); j < i; j++ {
			typical = max(typical, lines[j].width)
		}
	}
	return w*10 < typical*7
}

// overWide: a paragraph's first line is clearly wider than the lines around
// it (up to three before and one after; two after at the top of the text;
// at least two), so it is no line of their column: a headline set across
// columns, or a paragraph joined before.
func overWide(lines []line, i int) bool {
	widest, n := 0, 0
	for j := max(0, i-3); j < i; j++ {
		widest, n = max(widest, lines[j].width), n+1
	}
	after := 1
	if i == 0 {
		after = 2
	}
	for j := i + 1; j <= i+after && j < len(lines); j++ {
		widest, n = max(widest, lines[j].width), n+1
	}
	return n >= 2 && lines[i].width*5 > widest*6
}

// joinSep is what goes between a paragraph so far (its last 120 bytes or
// more) and its next line: nothing
// in Chinese text, a space between Latin words, and a space between two
// reporters' names that the line break separated ("（记者朱超\n董雪）").
func joinSep(para, next string) string {
	a, _ := utf8.DecodeLastRuneInString(para)
	b, _ := utf8.DecodeRuneInString(next)
	if isHan(a) && isHan(b) && reporterBreak(para, next) {
		return " "
	}
	if isCJK(a) || isCJK(b) || isASCIIDigit(a) && isASCIIDigit(b) || a == '-' {
		return ""
	}
	return " "
}

// reporterBreak: para ends inside "（记者…" with a name of at least two
// characters, and next starts with another name of at least two characters.
func reporterBreak(para, next string) bool {
	k := strings.LastIndex(para, "（记者")
	if k < 0 {
		return false
	}
	tail := para[k+len("（记者"):]
	if strings.ContainsAny(tail, "）)") {
		return false
	}
	if sp := strings.LastIndexAny(tail, " 、"); sp >= 0 {
		_, n := utf8.DecodeRuneInString(tail[sp:])
		tail = tail[sp+n:]
	}
	head := next
	if e := strings.IndexAny(head, " 、）)"); e >= 0 {
		head = head[:e]
	}
	tn, hn := utf8.RuneCountInString(tail), utf8.RuneCountInString(head)
	return tn >= 2 && tn <= 4 && hn >= 2 && hn <= 4
}

// displayWidth counts wide (East Asian) characters twice.
func displayWidth(t string) int {
	w := 0
	for _, r := range t {
		if r >= 0x1100 && (isCJK(r) || r >= 0xAC00 && r <= 0xD7A3) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// processLine trims a line, collapses runs of spaces, removes the spaces a
// PDF puts between Chinese characters and between Chinese characters and
// digits, folds ASCII punctuation beside Chinese text to its full-width
// form, and collapses doubled rare glyphs. A single space between Chinese
// characters in a line that is not letter-spaced is kept: it separates names
// ("曹嘉玥 白鑫雨").
func processLine(raw string) string {
	t, _ := processLineWidth(raw)
	return t
}

// processLineWidth is processLine that also returns the display width of
// its result, measured in the same pass when the line needs no work.
func processLineWidth(raw string) (string, int) {
	t := strings.TrimSpace(raw)
	if t == "" {
		return "", 0
	}
	work, w := scanLine(t)
	if !work {
		return t, w
	}
	out := rework(t)
	return out, displayWidth(out)
}

// rework does processLine's work on a trimmed line that needs it.
func rework(t string) string {
	// tokens: the non-space runes; gap[k] tells a space precedes token k.
	toks := make([]rune, 0, len(t))
	gap := make([]bool, 0, len(t))
	sp := false
	for _, r := range t {
		if r == ' ' {
			sp = true
			continue
		}
		toks = append(toks, r)
		gap = append(gap, sp)
		sp = false
	}
	// ASCII punctuation beside Chinese text takes its full-width form; a
	// run of it ("!!", ") :") goes as a whole, so that one pass settles it.
	for k := 0; k < len(toks); {
		if _, ok := fullWidthPunct(toks[k]); !ok {
			k++
			continue
		}
		e := k
		for e < len(toks) {
			if _, ok := fullWidthPunct(toks[e]); !ok {
				break
			}
			e++
		}
		if k > 0 && isCJK(toks[k-1]) || e < len(toks) && isCJK(toks[e]) {
			for j := k; j < e; j++ {
				toks[j], _ = fullWidthPunct(toks[j])
			}
		}
		k = e
	}
	// A full-width full stop between digits is a decimal point ("12．5").
	for k := 1; k+1 < len(toks); k++ {
		if toks[k] == '．' && isASCIIDigit(toks[k-1]) && isASCIIDigit(toks[k+1]) {
			toks[k] = '.'
		}
	}
	// Pair k is tokens k-1 and k. A pair is "neutral" when one of them is
	// CJK punctuation (its glyph carries its own spacing); runs of spaced
	// pairs are looked for across neutral pairs ("合 作 ，推 动"). prevPair
	// and nextPair index the nearest non-neutral pair on either side.
	neutral := make([]bool, len(toks))
	for k := 1; k < len(toks); k++ {
		neutral[k] = isCJK(toks[k-1]) && !isHan(toks[k-1]) || isCJK(toks[k]) && !isHan(toks[k])
	}
	prevPair := make([]int, len(toks))
	nextPair := make([]int, len(toks))
	last := -1
	for k := 1; k < len(toks); k++ {
		prevPair[k] = last
		if !neutral[k] {
			last = k
		}
	}
	last = -1
	for k := len(toks) - 1; k >= 1; k-- {
		nextPair[k] = last
		if !neutral[k] {
			last = k
		}
	}
	var b strings.Builder
	b.Grow(len(t))
	prevKept := rune(0)
	for k, r := range toks {
		if k > 0 && gap[k] {
			a := toks[k-1]
			keep := true
			switch {
			case isCJK(a) && isCJK(r):
				// Next to CJK punctuation a space is never meant; between
				// ideographs it is letter-spacing when its neighbours are
				// spaced too (or it has none), and a separator when an
				// unspaced pair is beside it ("曹嘉玥 白鑫雨").
				if neutral[k] {
					keep = false
					break
				}
				p, n := prevPair[k], nextPair[k]
				keep = (p < 0 || !gap[p]) && (n < 0 || !gap[n]) && (p >= 0 || n >= 0)
			case isCJK(a) && isASCIIDigit(r):
				// "出席 2025 年", "9 月 2 日"; but the space that ends a
				// dateline stays ("新华社北京9月2日电 9月2日上午").
				keep = a == '电' && isDateline(b.String())
			case isASCIIDigit(a) && isCJK(r):
				keep = false
			}
			if keep {
				b.WriteByte(' ')
				prevKept = ' '
			}
		}
		if r == prevKept && rareDoubleable(r) {
			continue
		}
		b.WriteRune(r)
		prevKept = r
	}
	return b.String()
}

// fullWidthPunct maps ASCII punctuation that web copies of Chinese text use
// in place of the full-width forms; processLine folds it next to Chinese
// text ("新华社北京5月19日电(记者 刘华)国家主席…,…" reads as "（记者 刘华）…，").
func fullWidthPunct(r rune) (rune, bool) {
	switch r {
	case ',':
		return '，', true
	case ':':
		return '：', true
	case ';':
		return '；', true
	case '(':
		return '（', true
	case ')':
		return '）', true
	case '!':
		return '！', true
	case '?':
		return '？', true
	}
	return r, false
}

// scanLine reports whether processLine has anything to do on a trimmed
// line (a space, a doubled rare character, or ASCII punctuation beside a CJK
// character) and, when it has not, the line's display width: one pass.
func scanLine(t string) (work bool, width int) {
	prev := rune(0)
	prevFold := false
	for _, r := range t {
		if r == ' ' || r == '．' {
			return true, 0
		}
		_, fold := fullWidthPunct(r)
		if r == prev && r >= 0x3400 && rareDoubleable(r) ||
			fold && isCJK(prev) || prevFold && isCJK(r) {
			return true, 0
		}
		if r >= 0x1100 && (isCJK(r) || r >= 0xAC00 && r <= 0xD7A3) {
			width += 2
		} else {
			width++
		}
		prev, prevFold = r, fold
	}
	return false, width
}
