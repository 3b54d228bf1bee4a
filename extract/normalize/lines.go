package normalize

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

// line is one non-blank input line after in-line normalisation.
type line struct {
	text       string
	width      int  // display width: 2 per wide character, 1 otherwise
	same       bool // processLineKnown(text) is (text, width, true): it needs no work
	blankAfter bool // a blank line follows before the next line
	hardAfter  bool // a hard paragraph break follows
	// furniture caches isStamp(text) || isChrome(text): breakAfter asks it
	// of every line twice (as the next line, then as the current one).
	furniture tristate
}

// tristate is a cached boolean: unknown, no or yes.
type tristate uint8

const (
	unknown tristate = iota
	no
	yes
)

// isFurniture reports isStamp(l.text) || isChrome(l.text), computed once.
func (l *line) isFurniture() bool {
	if l.furniture == unknown {
		l.furniture = no
		if isStamp(l.text) || isChrome(l.text) {
			l.furniture = yes
		}
	}
	return l.furniture == yes
}

// stableParagraphs joins every line break except those that any pass keeps
// whatever the widths: after sentence-final punctuation or a continuation
// marker, and before a dateline or a metadata line. Text falls back on it
// when the width rules do not settle; its output is stable by construction.
func stableParagraphs(s string) string {
	out, _ := joinLines(s, true, nil)
	return out
}

// known is a line whose in-line normalisation is known to change nothing:
// processLineKnown(text) is (text, width, true). A pass of the line joiner
// returns one per paragraph it writes (width -1 when not known), and the
// next pass, which reads those paragraphs as its lines, takes the widths
// from them instead of scanning the lines again.
type known struct {
	text  string
	width int
}

// joinLines is paragraphs (or stableParagraphs); hints are what the
// previous pass returned for the lines of s, in order (or nil), and it
// returns the same for its own output.
func joinLines(s string, stableOnly bool, hints []known) (string, []known) {
	lines := rawLines(s, hints)
	// The output is written to out only from where it first differs from
	// s: until then it is s[:pos] (a pass that changes nothing, as the
	// last pass of Text, copies nothing).
	var out strings.Builder
	ident, pos := true, 0
	emit := func(p string) {
		if ident {
			switch {
			case pos == 0 && strings.HasPrefix(s, p):
				pos = len(p)
				return
			case pos > 0 && pos < len(s) && s[pos] == '\n' && strings.HasPrefix(s[pos+1:], p):
				pos += 1 + len(p)
				return
			}
			ident = false
			out.Grow(len(s))
			out.WriteString(s[:pos])
		}
		if out.Len() > 0 {
			out.WriteByte('\n')
		}
		out.WriteString(p)
	}
	outHints := make([]known, 0, len(lines))
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
		p, h := single, known{single, -1}
		if n == 1 && lines[start].same {
			h.width = lines[start].width
		}
		if n > 1 {
			var w int
			var same bool
			p, w, same = processLineKnown(string(buf))
			h = known{p, -1}
			if same {
				h.width = w
			}
		}
		outHints = append(outHints, h)
		buf, n = buf[:0], 0
		emit(p)
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
			buf = append(buf, joinSepBytes(buf, cur)...)
			buf = append(buf, cur...)
		}
		n++
		if breakAfter(lines, i, start, stableOnly) {
			flush()
			start = i + 1
		}
	}
	flush()
	if ident {
		return s[:pos], outHints
	}
	return out.String(), outHints
}

// rawLines splits s at its line ends and hard breaks into processed
// lines (processLineKnown, or the hint's width when a line is unchanged
// from the last pass); a blank line marks the line before it.
func rawLines(s string, hints []known) []line {
	lines := make([]line, 0, strings.Count(s, "\n")+1)
	k := 0 // index of the raw line, for hints
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
		var t string
		var w int
		var same bool
		if k < len(hints) && hints[k].width >= 0 && hints[k].text == raw {
			t, w, same = raw, hints[k].width, true
		} else {
			t, w, same = processLineKnown(raw)
			if !same {
				w = displayWidth(t)
			}
		}
		k++
		if t == "" {
			if len(lines) > 0 {
				lines[len(lines)-1].blankAfter = true
				if sep == hardBreak {
					lines[len(lines)-1].hardAfter = true
				}
			}
			continue
		}
		lines = append(lines, line{text: t, width: w, same: same, hardAfter: sep == hardBreak})
	}
	return lines
}

// joinSepBytes is joinSep(tail(buf), next), copying the tail of buf into a
// string only when reporterBreak needs it (between two ideographs).
func joinSepBytes(buf []byte, next string) string {
	a, _ := utf8.DecodeLastRune(buf)
	b, _ := utf8.DecodeRuneInString(next)
	if isHan(a) && isHan(b) && bytes.Contains(buf[max(0, len(buf)-120):], reporterOpen) {
		return joinSep(tail(buf), next)
	}
	return joinSepRunes(a, b)
}

// reporterOpen is what reporterBreak looks for in a paragraph's tail.
var reporterOpen = []byte("（记者")

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

// outletLeads holds the first rune of every outlet.
var outletLeads = runes.FirstRunes(outlets...)

// outletLead reports whether t starts with the first rune of an outlet:
// a cheap test before trying each outlet as a prefix.
func outletLead(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return outletLeads.Has(r)
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
	if !outletLead(t) {
		return false
	}
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
	// (isStamp(cur) || isStamp(next) || isChrome(cur) || isChrome(next), each
	// line's answer cached.)
	case endsSentence(cur), endsCredit(cur), isMarker(cur), startsDateline(next), startsMeta(next), lines[i].isFurniture(), lines[i+1].isFurniture():
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
	return (r == '摄' || r == '发') && creditRe.MatchString(t) || r == '摄' && nameCreditRe.MatchString(t)
}

// nameCreditRe is a caption's credit by the photographer's name alone, after
// the caption's full stop or a space: "…萨维拉诺。刘尚文 摄".
var nameCreditRe = regexp.MustCompile(`(?:^|[。 ])\p{Han}{2,4} ?摄$`)

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
	o := max(runes.LastIndexWord(t, "（"), strings.LastIndexByte(t, '('))
	if o < 0 {
		return false
	}
	c := max(runes.LastIndexWord(t, "）"), strings.LastIndexByte(t, ')'))
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
	return joinSepRunes(a, b)
}

// joinSepRunes is joinSep between the runes a and b when no reporters'
// names are broken there.
func joinSepRunes(a, b rune) string {
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

// processLineKnown trims a line, collapses runs of spaces and removes the
// spaces a PDF puts between Chinese characters; it gives the display width of its result
// when the line needed no work or its work changed nothing (same: then
// processLineKnown of the result is the result and that width, and the
// next pass of the line joiner need not process it again); the width is
// not measured otherwise.
func processLineKnown(raw string) (t string, width int, same bool) {
	t = strings.TrimSpace(raw)
	if t == "" {
		return "", 0, true
	}
	work, w := scanLine(t)
	if !work {
		return t, w, true
	}
	// Most lines with a space keep it ("曹嘉玥 白鑫雨", "2024年7月4日 星期四").
	if work, w = scanSpaced(t); !work {
		return t, w, true
	}
	if out := rework(t); out != t {
		return out, 0, false
	}
	// The work changed nothing (the line has spaces scanSpaced cannot
	// tell are kept).
	return t, displayWidth(t), true
}

// rework does processLine's work on a trimmed line that needs it.
func rework(t string) string {
	// tokens: the non-space runes; gap[k] tells a space precedes token k.
	// All the per-token slices are cut from one allocation.
	n := utf8.RuneCountInString(t)
	sc := reworkScratch.Get().(*scratch)
	defer reworkScratch.Put(sc)
	toks := sc.runes(n)
	flags := sc.bools(3 * n)
	gap, neutral, punct := flags[:0:n], flags[n:2*n], flags[2*n:]
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
	fullWidthPunctPass(toks)
	neutral, prevPair, nextPair := spacedPairs(sc, toks, neutral, punct)
	// The output is built in the pooled byte buffer, runes of three bytes
	// encoded in line, and copied out once.
	b := sc.out[:0]
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
				keep = a == '电' && isDateline(string(b))
			case isASCIIDigit(a) && isCJK(r):
				keep = false
			}
			if keep {
				b = append(b, ' ')
				prevKept = ' '
			}
		}
		if r == prevKept && rareDoubleable(r) {
			continue
		}
		if r >= 0x800 && r < 0x10000 && (r < 0xD800 || r > 0xDFFF) {
			b = append(b, byte(0xE0|r>>12), byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F))
		} else {
			b = utf8.AppendRune(b, r)
		}
		prevKept = r
	}
	sc.out = b
	return string(b)
}

// fullWidthPunctPass gives ASCII punctuation beside Chinese text its
// full-width form, a run of it ("!!", ") :") as a whole so that one pass
// settles it, and makes a full-width full stop between digits a decimal
// point ("12．5").
func fullWidthPunctPass(toks []rune) {
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
}

// spacedPairs marks the neutral pairs of toks (pair k is tokens k-1 and
// k; it is neutral when one of them is CJK punctuation, whose glyph
// carries its own spacing) and indexes, for each pair, the nearest
// non-neutral pair on either side, so that runs of spaced pairs are found
// across neutral ones ("合 作 ，推 动").
func spacedPairs(sc *scratch, toks []rune, neutral, punct []bool) ([]bool, []int32, []int32) {
	neutral = neutral[:len(toks)]
	for k, r := range toks {
		punct[k] = isCJK(r) && !isHan(r)
	}
	for k := 1; k < len(toks); k++ {
		neutral[k] = punct[k-1] || punct[k]
	}
	pairs := sc.int32s(2 * len(toks))
	prevPair, nextPair := pairs[:len(toks)], pairs[len(toks):]
	last := int32(-1)
	for k := 1; k < len(toks); k++ {
		prevPair[k] = last
		if !neutral[k] {
			last = int32(k)
		}
	}
	last = -1
	for k := len(toks) - 1; k >= 1; k-- {
		nextPair[k] = last
		if !neutral[k] {
			last = int32(k)
		}
	}
	return neutral, prevPair, nextPair
}

// scratch holds rework's per-token slices between calls (rework runs on
// every line that needs work, in every pass).
type scratch struct {
	r   []rune
	b   []bool
	i   []int32
	out []byte
}

var reworkScratch = sync.Pool{New: func() any { return new(scratch) }}

// runes returns an empty slice with room for n runes.
func (s *scratch) runes(n int) []rune {
	if cap(s.r) < n {
		s.r = make([]rune, 0, n)
	}
	return s.r[:0]
}

// bools returns n false values.
func (s *scratch) bools(n int) []bool {
	if cap(s.b) < n {
		s.b = make([]bool, n)
	}
	b := s.b[:n]
	clear(b)
	return b
}

// int32s returns n zero values.
func (s *scratch) int32s(n int) []int32 {
	if cap(s.i) < n {
		s.i = make([]int32, n)
	}
	v := s.i[:n]
	clear(v)
	return v
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
	for i := 0; i < len(t); {
		var r rune
		if c := t[i]; c < utf8.RuneSelf {
			r = rune(c)
			i++
		} else if r3, ok := runes.Decode3(t, i); ok {
			r = r3
			i += 3
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(t[i:])
			i += n
		}
		if r >= 0x4E00 && r <= 0x9FFF {
			// An ideograph, most of the text: the tests below, for it.
			if r == prev && rareDoubleable(r) || prevFold {
				return true, 0
			}
			width += 2
			prev, prevFold = r, false
			continue
		}
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

// scanSpaced is scanLine for a line that scanLine found work in, which
// tells apart the spaces that rework keeps: it reports whether processLine
// has anything to do on the trimmed line t and, when it has not, the
// line's display width. Work is
// a doubled rare character, ASCII punctuation beside a CJK character, a
// full-width full stop, or a space that rework would take out: a run of
// spaces, a space beside CJK punctuation or between CJK text and a
// digit (but after a dateline), a space between ideographs that is letter-spacing (see
// spaceKept), or any space in a line with invalid bytes. A single space
// between words, or between names ("曹嘉玥 白鑫雨"), needs none.
func scanSpaced(t string) (work bool, width int) {
	var sc spaceScan
	for i := 0; i < len(t); {
		at := i
		r, n := scanRune(t, i)
		i += n
		if r == utf8.RuneError && n == 1 {
			if sc.spaced {
				return true, 0
			}
			sc.invalid = true
		}
		if sc.step(t, at, i, r) {
			return true, 0
		}
	}
	if sc.pending && !sc.pExists {
		return true, 0
	}
	return false, sc.width
}

// spaceScan is what scanSpaced knows of the line before a rune.
type spaceScan struct {
	prev     rune // the last rune (' ' after a space)
	prevTok  rune // the last rune that is not a space
	prevFold bool // prevTok is full-width punctuation that folds
	gap      bool // a space since prevTok
	// A kept space between ideographs waits for the next pair of tokens
	// that is not neutral (see spacedPairs): pending, with pExists telling
	// there was one before it.
	pending, pExists bool
	spaced, invalid  bool // a space, invalid bytes, seen so far
	tokAt            int  // where prevTok starts
	width            int  // display width so far
}

// scanRune decodes the rune at t[i:] and its length: ASCII and the
// three-byte runes (most of the text) without the general decoder.
func scanRune(t string, i int) (rune, int) {
	if c := t[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	if r, ok := runes.Decode3(t, i); ok {
		return r, 3
	}
	return utf8.DecodeRuneInString(t[i:])
}

// step takes the rune r at t[at:i] and reports whether it makes work.
func (sc *spaceScan) step(t string, at, i int, r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF && !sc.gap && !sc.pending {
		// An ideograph, most of the text: the tests below, for it.
		if r == sc.prev && rareDoubleable(r) || sc.prevFold {
			return true
		}
		sc.width += 2
		sc.prev, sc.prevTok, sc.prevFold, sc.tokAt = r, r, false, at
		return false
	}
	if r == ' ' {
		if sc.gap || at == 0 || i == len(t) || sc.invalid {
			return true
		}
		sc.gap, sc.spaced, sc.prev = true, true, ' '
		sc.width++
		return false
	}
	if r == '．' {
		return true
	}
	_, fold := fullWidthPunct(r)
	// (rework collapses "〇〇" too, which scanLine lets by.)
	if r == sc.prev && rareDoubleable(r) ||
		fold && isCJK(sc.prevTok) || sc.prevFold && isCJK(r) {
		return true
	}
	if at > 0 && sc.pairWork(t, at, r) {
		return true
	}
	if r >= 0x1100 && (isCJK(r) || r >= 0xAC00 && r <= 0xD7A3) {
		sc.width += 2
	} else {
		sc.width++
	}
	sc.prev, sc.prevTok, sc.prevFold, sc.gap, sc.tokAt = r, r, fold, false, at
	return false
}

// pairWork looks at the pair of tokens prevTok, r (at t[at:]), a space
// between them or not, and reports whether rework would change it: a
// space between CJK text and a digit (but after a dateline), or one
// between ideographs that is not letter-spacing (see spacedPairs).
func (sc *spaceScan) pairWork(t string, at int, r rune) bool {
	a := sc.prevTok
	neutral := cjkPunct(a) || cjkPunct(r)
	candidate := false
	if sc.gap {
		switch {
		case isCJK(a) && isCJK(r):
			exists, ok := prevPairUnspaced(t, sc.tokAt)
			if neutral || !ok {
				return true
			}
			candidate, sc.pExists = true, exists
		case isCJK(a) && isASCIIDigit(r):
			// The space that ends a dateline stays
			// ("新华社北京9月2日电 9月2日上午").
			if a != '电' || !isDateline(t[:at-1]) {
				return true
			}
		case isASCIIDigit(a) && isCJK(r):
			return true
		}
	}
	if !neutral {
		if sc.pending && sc.gap {
			return true
		}
		sc.pending = candidate
	}
	return false
}

// cjkPunct reports the CJK punctuation that makes a pair of tokens
// neutral in spacedPairs.
func cjkPunct(r rune) bool { return isCJK(r) && !isHan(r) }

// prevPairUnspaced looks, in a line with single spaces, for the nearest
// pair of tokens before the token at t[at:] that is not neutral (see
// spacedPairs): exists tells there is one, ok that it has no space.
func prevPairUnspaced(t string, at int) (exists, ok bool) {
	cur, _ := utf8.DecodeRuneInString(t[at:])
	for at > 0 {
		spaced := t[at-1] == ' '
		end := at
		if spaced {
			end--
		}
		b, n := utf8.DecodeLastRuneInString(t[:end])
		if !cjkPunct(b) && !cjkPunct(cur) {
			return true, !spaced
		}
		cur, at = b, end-n
	}
	return false, true
}
