package extract

import (
	"unicode"
	"unicode/utf8"
)

// counterBefore reports whether the text of s before byte offset i, back to
// the start of its line, is a page counter or stamp a mirror glued to the
// dateline ("浏览次数:647新华社北京12月1日电…", "点击量：303"): a label of one
// to six Han characters, a colon, then digits (and spaces) up to i.
func counterBefore(s string, i int) bool {
	j := i
	digits := 0
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if r >= '0' && r <= '9' {
			digits++
		} else if r != ' ' {
			break
		}
		j -= n
	}
	if digits == 0 || j == 0 {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(s[:j])
	if r != ':' && r != '：' {
		return false
	}
	j -= n
	han := 0
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if r == '\n' {
			break
		}
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		han++
		j -= n
	}
	return han >= 1 && han <= 6
}
