package normalize

import (
	_ "embed"
	"strings"
)

// bbcodeData lists BBCode tags and what becomes of them (see its header).
//
//go:embed data/bbcode_tags.txt
var bbcodeData string

// forumFurnitureData lists the openers and closers of forum edit notices.
//
//go:embed data/forum_furniture.txt
var forumFurnitureData string

// bbcodeAction is what stripBBCode does with a tag.
type bbcodeAction uint8

const (
	bbInline bbcodeAction = iota + 1
	bbBlock
	bbDrop
)

var (
	bbcodeTags                       = parseBBCodeTags(bbcodeData)
	forumEditOpens, forumEditClosers = parseEditNotices(forumFurnitureData)
	forumButtons                     = kindWords(forumFurnitureData, "button")
)

// parseBBCodeTags reads bbcode_tags.txt.
func parseBBCodeTags(data string) map[string]bbcodeAction {
	m := map[string]bbcodeAction{}
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) != 2 || strings.HasPrefix(line, "#") {
			continue
		}
		switch f[1] {
		case "inline":
			m[f[0]] = bbInline
		case "block":
			m[f[0]] = bbBlock
		case "drop":
			m[f[0]] = bbDrop
		}
	}
	return m
}

// parseEditNotices reads forum_furniture.txt: the openers and closers of
// edit notices.
func parseEditNotices(data string) (opens, closers []string) {
	return kindWords(data, "open"), kindWords(data, "close")
}

// parseWordList reads a data file of one word a line, "#" lines comments.
func parseWordList(data string) []string {
	var out []string
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// stripForum removes the markup of a forum post copied as text: BBCode
// tags ("[b]…[/b]", "[color=red]", "[img]…[/img]": the tag goes, its text
// stays, except for images and attachments, which go whole; block tags
// become paragraph breaks), a thread's buttons ("[复制链接]") and the edit notice ("本帖最后由 admin 于
// 2012-3-5 10:11 编辑").
func stripForum(s string) string {
	if strings.IndexByte(s, '[') >= 0 {
		s = stripBBCode(s)
		for _, b := range forumButtons {
			s = strings.ReplaceAll(s, b, "")
		}
	}
	// A notice holds a clock time ("10:11"): ASCII colons are rare in
	// Chinese text and found by byte search, where a search for the
	// notice's Chinese words would stop at almost every character.
	return stripEditNotices(s)
}

// bbTagAt reads a BBCode tag at s[i:] (s[i] is '['): its name, whether it
// closes, and its end; ok is false when it is no known tag.
func bbTagAt(s string, i int) (name string, closing bool, end int, ok bool) {
	j := i + 1
	if j < len(s) && s[j] == '/' {
		closing = true
		j++
	}
	k := j
	for k < len(s) && k-j < 10 && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || s[k] == '*') {
		k++
	}
	name = strings.ToLower(s[j:k])
	if _, known := bbcodeTags[name]; !known || k >= len(s) {
		return "", false, 0, false
	}
	switch s[k] {
	case ']':
		return name, closing, k + 1, true
	case '=':
		if closing {
			return "", false, 0, false
		}
		e := strings.IndexAny(s[k:min(len(s), k+300)], "]\n")
		if e < 0 || s[k+e] != ']' {
			return "", false, 0, false
		}
		return name, false, k + e + 1, true
	}
	return "", false, 0, false
}

// maxDropBytes bounds what a dropped tag ([img]…[/img]) may enclose.
const maxDropBytes = 2000

// stripBBCode removes the BBCode tags of s (see stripForum).
func stripBBCode(s string) string {
	closers := map[string]int{} // the end of the next "[/name]" (-1: none)
	var b strings.Builder
	from := 0
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '[')
		if k < 0 {
			break
		}
		at := i + k
		name, closing, end, ok := bbTagAt(s, at)
		if !ok {
			i = at + 1
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[from:at])
		switch bbcodeTags[name] {
		case bbBlock:
			b.WriteRune(hardBreak)
		case bbDrop:
			if !closing {
				// (Searched within a bound, so that many unclosed
				// tags cost linear time.)
				// The next closing tag of each name is found once
				// and kept, so that the search stays linear.
				c, seen := closers[name]
				if !seen || c >= 0 && c < end {
					c = -1
					if k := closingTag(s[end:], name); k >= 0 {
						c = end + k
					}
					closers[name] = c
				}
				if c >= 0 && c-end <= maxDropBytes {
					end = c
				}
			}
		}
		from, i = end, end
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}

// stripEditNotices removes the edit notices of s: an opener
// ("本帖最后由"), a name, a date and a clock time, and a closer ("编辑"),
// on one line.
// They are looked for around the clock times only (ASCII colons between
// digits), so that a text without one costs a byte search.
func stripEditNotices(s string) string {
	var b strings.Builder
	from := 0
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], ':')
		if k < 0 {
			break
		}
		k += i
		i = k + 1
		if k == 0 || k+1 >= len(s) || !isASCIIDigit(rune(s[k-1])) || !isASCIIDigit(rune(s[k+1])) {
			continue
		}
		// The opener within 80 bytes before, on the same line.
		w := s[max(from, k-80):k]
		if nl := strings.LastIndexByte(w, '\n'); nl >= 0 {
			w = w[nl+1:]
		}
		at := -1
		for _, o := range forumEditOpens {
			if p := strings.LastIndex(w, o); p >= 0 {
				at = k - len(w) + p
				break
			}
		}
		if at < 0 {
			continue
		}
		// A closer ("编辑") within 24 bytes after the time.
		rest := s[k:min(len(s), k+24)]
		e, closer := -1, ""
		for _, c := range forumEditClosers {
			if p := strings.Index(rest, c); p >= 0 {
				e, closer = p, c
				break
			}
		}
		if e < 0 || strings.IndexByte(rest[:e], '\n') >= 0 {
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[from:at])
		from = k + e + len(closer)
		i = from
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}

// sqlBreaks counts the literal line breaks of a dumped SQL string in s
// ("\n", "\r"), escapes of backslashes ("\\") aside.
func sqlBreaks(s string) int {
	breaks := 0
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '\\')
		if k < 0 || i+k+1 >= len(s) {
			break
		}
		i += k
		switch s[i+1] {
		case 'n', 'r':
			breaks++
		}
		i += 2
	}
	return breaks
}

// stripSQLEscapes undoes the escapes of a row copied from an SQL dump,
// where a whole report is one line holding "\n" (or "\r\n") for its
// paragraph breaks and "\'", "\"", "\\" for quotes and backslashes. It acts
// only when a literal break touches Chinese text (white space aside), and
// only when its result holds no literal break any more (so that
// normalising twice changes nothing more).
func stripSQLEscapes(s string) string {
	if strings.IndexByte(s, '\\') < 0 || !sqlDumped(s) {
		return s
	}
	out := unescapeSQL(sqlRowStrings(s))
	if sqlBreaks(out) > 0 {
		return s
	}
	return out
}

// sqlDumped reports that s looks like a dumped SQL string: a literal "\n"
// with a non-ASCII character next to it, white space between them aside.
func sqlDumped(s string) bool {
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], `\n`)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + 2
		b := strings.TrimRight(s[:at], " \n\t")
		a := strings.TrimLeft(s[i:], " \n\t")
		if b != "" && b[len(b)-1] >= 0x80 || a != "" && a[0] >= 0x80 {
			return true
		}
	}
	return false
}

// unescapeSQL replaces the backslash escapes of an SQL string.
func unescapeSQL(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			if i+2 < len(s) && s[i+1] == '\\' && s[i+2] == 'n' {
				i += 2
			}
			b.WriteByte('\n')
		case 't':
			b.WriteByte(' ')
		case '0':
		case '\'', '"', '\\':
			b.WriteByte(s[i])
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// sqlRowStrings returns, for a row of an SQL dump ("INSERT INTO `news`
// VALUES (1024,'…','2019-09-05');"), its quoted strings that hold
// non-ASCII text, one paragraph each, still escaped; other text is
// returned as it is.
func sqlRowStrings(s string) string {
	t := strings.TrimSpace(s)
	if len(t) < 12 || !strings.EqualFold(t[:12], "INSERT INTO ") {
		return s
	}
	var parts []string
	for i := 0; i < len(t); i++ {
		if t[i] != '\'' {
			continue
		}
		// A quoted string: up to the next quote that no backslash escapes.
		j := i + 1
		for j < len(t) && t[j] != '\'' {
			if t[j] == '\\' {
				j++
			}
			j++
		}
		if j > len(t) {
			j = len(t)
		}
		if body := t[i+1 : j]; hasNonASCII(body) {
			parts = append(parts, body)
		}
		i = j
	}
	if len(parts) == 0 {
		return s
	}
	return strings.Join(parts, "\n")
}

// hasNonASCII reports a byte of s outside ASCII.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// closingTag returns the end of the first closing tag "[/name]" in w (any
// case), or -1.
func closingTag(w, name string) int {
	for i := 0; ; {
		k := strings.Index(w[i:], "[/")
		if k < 0 {
			return -1
		}
		i += k + 2
		if len(w)-i > len(name) && strings.EqualFold(w[i:i+len(name)], name) && w[i+len(name)] == ']' {
			return i + len(name) + 1
		}
	}
}
