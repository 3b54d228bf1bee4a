package normalize

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Error kinds of Decode; test them with errors.Is. Their messages fit on one
// line, so a CLI can print "PATH: " + err.Error().
var (
	// ErrEmpty: the input holds no bytes, or only white space.
	ErrEmpty = errors.New("empty input")
	// ErrBinary: the input is binary data, not text (NUL bytes, control characters).
	ErrBinary = errors.New("binary data, not text")
	// ErrEncoding: the input is neither UTF-8 nor GB18030/GBK text.
	ErrEncoding = errors.New("not UTF-8 or GB18030/GBK text")
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Decode returns the text of b. UTF-8 is taken as is (a byte-order mark is
// stripped), and so is UTF-8 with a few broken bytes (they become U+FFFD);
// UTF-16 with a byte-order mark is decoded; other input is decoded as GB18030
// (a superset of GBK and GB2312) when every byte sequence is valid GB18030
// and the result reads as Chinese text.
// The result may still hold CRLF line ends and the like: Text normalises it.
func Decode(b []byte) (string, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(b, utf8BOM):
		b = b[len(utf8BOM):]
	case len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF):
		s, err := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("%w: invalid UTF-16: %w", ErrEncoding, err)
		}
		return checkText(string(s))
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	if utf8.Valid(b) {
		return checkValidText(string(b))
	}
	bad := invalidUTF8Offset(b)
	if valid, invalid := utf8Counts(b); valid >= 4 && invalid <= max(2, valid/20) {
		// UTF-8 with a few broken bytes (a truncated last character, a
		// stray byte): decoding it as GB18030 would garble all of it.
		return checkText(strings.ToValidUTF8(string(b), "\uFFFD"))
	}
	s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil || !plausibleGB(string(s)) {
		if binaryish(b) {
			return "", fmt.Errorf("%w: control bytes in input", ErrBinary)
		}
		return "", fmt.Errorf("%w: invalid byte 0x%02X at offset %d", ErrEncoding, b[bad], bad)
	}
	return checkText(string(s))
}

// checkText rejects decoded text that is empty or mostly control characters.
func checkText(s string) (string, error) {
	total, ctrl := 0, 0
	blank := true
	for _, r := range s {
		total++
		if isBadControl(r) {
			ctrl++
		}
		if blank && !unicode.IsSpace(r) && r != '\uFEFF' {
			blank = false
		}
	}
	if blank {
		return "", ErrEmpty
	}
	if ctrl > 0 && ctrl*100 > total { // more than 1% control characters
		return "", fmt.Errorf("%w: %d control characters in %d", ErrBinary, ctrl, total)
	}
	return s, nil
}

// checkValidText is checkText for valid UTF-8, counting bytes instead of
// decoding runes: a control character is one byte below 0x20 or 0x7F, or
// C2 80–C2 9F (U+0080–U+009F); every byte that does not continue a
// sequence starts a rune. The blank test stops at the first rune that is
// not white space.
func checkValidText(s string) (string, error) {
	total, ctrl := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c&0xC0 == 0x80:
			continue // a continuation byte
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v', c == 0x7F:
			ctrl++
		case c == 0xC2 && i+1 < len(s) && s[i+1] < 0xA0:
			ctrl++ // (s[i+1] is a continuation byte: 0x80–0x9F)
		}
		total++
	}
	blank := true
	for _, r := range s {
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			blank = false
			break
		}
	}
	if blank {
		return "", ErrEmpty
	}
	if ctrl > 0 && ctrl*100 > total { // more than 1% control characters
		return "", fmt.Errorf("%w: %d control characters in %d", ErrBinary, ctrl, total)
	}
	return s, nil
}

// isBadControl reports C0/C1 control characters that do not occur in text
// (tab, line feed, carriage return, form feed and vertical tab do).
func isBadControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f', '\v':
		return false
	}
	return r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0)
}

func invalidUTF8Offset(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

// utf8Counts counts the valid multi-byte UTF-8 sequences of b and the bytes
// that belong to no valid sequence.
func utf8Counts(b []byte) (valid, invalid int) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid++
			i++
			continue
		}
		valid++
		i += n
	}
	return valid, invalid
}

// binaryish reports raw bytes with many control codes.
func binaryish(b []byte) bool {
	ctrl := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B {
			ctrl++
		}
	}
	return ctrl*100 > len(b)
}

// plausibleGB reports whether s, decoded as GB18030, reads as Chinese
// text: no replacement characters or control characters, and at least 90% of
// the non-ASCII characters are common CJK ideographs or CJK/full-width
// punctuation (four-byte GB18030 sequences decode almost any bytes, mostly to
// rare characters).
func plausibleGB(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	nonASCII, good := 0, 0
	for _, r := range s {
		if r == utf8.RuneError || isBadControl(r) {
			return false
		}
		if r < 0x80 {
			continue
		}
		nonASCII++
		switch {
		case r >= 0x4E00 && r <= 0x9FFF, // CJK unified ideographs
			r >= 0x3000 && r <= 0x303F, // CJK symbols and punctuation
			r >= 0xFF00 && r <= 0xFFEF, // half- and full-width forms
			r >= 0x2010 && r <= 0x206F, // general punctuation (quotes, dashes)
			r == 0xB7 || r == 0xD7:
			good++
		}
	}
	return nonASCII > 0 && good*10 >= nonASCII*9
}

// Head decodes the start of a line whose encoding is not known, for a
// reader that looks at a stream piece by piece (extract.ExtractReader's
// chunk boundaries): at most the first n bytes of b, taken as UTF-8 when
// they are valid UTF-8, else decoded as GB18030 (the encodings Decode
// reads). ok is false when neither reads them.
func Head(b []byte, n int) (s string, ok bool) {
	if len(b) > n {
		b = b[:n]
	}
	if utf8.Valid(b) {
		return string(b), true
	}
	d, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil {
		return "", false
	}
	return string(d), true
}

// Page decodes b and normalises its text: Text(Decode(b)).
func Page(b []byte) (string, error) {
	s, err := Decode(b)
	if err != nil {
		return "", err
	}
	return Text(s), nil
}
