package normalize

import (
	"html"
	"strings"
	"unicode/utf8"
)

// blockTags become paragraph breaks; skipTags lose their content too.
var (
	blockTags = map[string]bool{
		"p": true, "br": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true,
		"h5": true, "h6": true, "li": true, "ul": true, "ol": true, "tr": true, "table": true,
		"section": true, "article": true, "header": true, "footer": true, "blockquote": true,
		"pre": true, "hr": true, "title": true, "dd": true, "dt": true, "dl": true, "main": true,
		"aside": true, "nav": true, "figure": true, "figcaption": true, "body": true, "html": true,
		"head": true, "center": true, "form": true, "address": true,
	}
	inlineTags = map[string]bool{
		"a": true, "b": true, "i": true, "u": true, "s": true, "em": true, "strong": true,
		"span": true, "font": true, "img": true, "sup": true, "sub": true, "small": true,
		"big": true, "td": true, "th": true, "tbody": true, "thead": true, "meta": true,
		"link": true, "abbr": true, "cite": true, "code": true, "label": true, "ins": true, "del": true,
	}
	skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true}
)

// tagName reads the (lower-cased) element name at s[i:], where s[i] follows
// "<" or "</".
func tagName(s string, i int) string {
	j := i
	for j < len(s) && j-i < 12 && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
		j++
	}
	return strings.ToLower(s[i:j])
}

// looksHTML reports whether s holds a known HTML tag or a comment.
func looksHTML(s string) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '<')
		if k < 0 {
			return false
		}
		i += k + 1
		if strings.HasPrefix(s[i:], "!--") {
			return true
		}
		j := i
		if j < len(s) && s[j] == '/' {
			j++
		}
		name := tagName(s, j)
		if name == "" {
			continue
		}
		end := j + len(name)
		if end < len(s) && !strings.ContainsRune(" \t\n/>", rune(s[end])) {
			continue
		}
		if end == len(s) {
			continue
		}
		if blockTags[name] || inlineTags[name] || skipTags[name] {
			return true
		}
	}
}

// stripHTML removes tags (block tags become hard paragraph breaks), comments,
// script/style content and the content of hidden inline elements (see
// hiddenTag), and decodes character references. No ASCII "<"
// is left in the output (literal and decoded ones become "＜"), so that the
// output never reads as HTML again.
func stripHTML(s string) string {
	var hidden hiddenSkipper
	var b strings.Builder
	b.Grow(len(s))
	text := func(t string) {
		if strings.IndexByte(t, '&') >= 0 {
			t = unescape(t)
		}
		b.WriteString(strings.ReplaceAll(t, "<", "＜"))
	}
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '<')
		if k < 0 {
			text(s[i:])
			break
		}
		text(s[i : i+k])
		i += k
		if strings.HasPrefix(s[i:], "<!--") {
			e := strings.Index(s[i+4:], "-->")
			if e < 0 {
				break
			}
			i += 4 + e + 3
			continue
		}
		j := i + 1
		closing := false
		if j < len(s) && s[j] == '/' {
			closing = true
			j++
		}
		if j < len(s) && (s[j] == '!' || s[j] == '?') {
			j++ // <!DOCTYPE …>, <?xml …?>
		} else if tagName(s, j) == "" {
			b.WriteString("＜")
			i++
			continue
		}
		name := tagName(s, j)
		e := tagEnd(s, i)
		if e < 0 {
			break // an unterminated tag swallows the rest
		}
		tag := s[i:e]
		i = e + 1
		switch {
		case !closing && inlineTags[name] && hiddenTag(tag):
			i = hidden.skip(s, i, name)
		case skipTags[name] && !closing:
			end := indexFold(s[i:], "</"+name)
			if end < 0 {
				i = len(s)
				continue
			}
			i += end
		case blockTags[name]:
			b.WriteRune(hardBreak)
		case name == "td" || name == "th":
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// tagEnd returns the index of the ">" that closes the tag opening at s[i],
// skipping quoted attribute values (title="a>b"), or -1 when there is none.
func tagEnd(s string, i int) int {
	var quote byte
	// Tags are short; the bound keeps a run of unclosed quotes linear.
	for j := i + 1; j < len(s) && j < i+4096; j++ {
		c := s[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j
		}
	}
	// An unclosed quote: fall back to the first ">".
	if e := strings.IndexByte(s[i:], '>'); e >= 0 {
		return i + e
	}
	return -1
}

// indexFold is strings.Index ignoring ASCII case of s.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// unescape decodes character references ("&amp;", "&#12290;", "&#x3002;")
// that end with a semicolon; other ampersands stay as they are.
func unescape(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	for {
		k := strings.IndexByte(t, '&')
		if k < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:k])
		t = t[k:]
		semi := strings.IndexByte(t, ';')
		if semi > 1 && semi <= 32 {
			ref := t[:semi+1]
			dec := html.UnescapeString(ref)
			if dec != ref && utf8.ValidString(dec) {
				b.WriteString(dec)
				t = t[semi+1:]
				continue
			}
		}
		b.WriteByte('&')
		t = t[1:]
	}
}
