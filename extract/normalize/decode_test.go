package normalize

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		want    string // prefix of the decoded text, when no error
		wantErr error
	}{
		{"utf8", []byte("习近平会见"), "习近平会见", nil},
		{"utf8 BOM stripped", append([]byte{0xEF, 0xBB, 0xBF}, "会谈"...), "会谈", nil},
		{"utf16le BOM", []byte{0xFF, 0xFE, 0x60, 0x4F, 0x7D, 0x59}, "你好", nil},
		{"gbk", mustRead(t, "testdata/gbk.txt"), "新华社北京9月2日电 国家主席习近平", nil},
		{"gb18030 four-byte", mustRead(t, "testdata/gb18030.txt"), "新华社北京9月2日电（记者曹嘉玥）", nil},
		{"utf8 with a truncated last character", []byte("习近平会见米尔济约耶夫\xe5\x8f"), "习近平会见米尔济约耶夫\uFFFD", nil},
		{"utf8 with a stray byte", []byte("习近平\xff会见米尔济约耶夫总统"), "习近平\uFFFD会见", nil},
		{"empty", nil, "", ErrEmpty},
		{"blank", []byte(" \r\n\t \n"), "", ErrEmpty},
		{"bom only", []byte{0xEF, 0xBB, 0xBF}, "", ErrEmpty},
		{"nul byte", []byte("abc\x00def"), "", ErrBinary},
		{"png header", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", ErrBinary},
		{"control chars in utf8", []byte(strings.Repeat("a\x01\x02\x03", 20)), "", ErrBinary},
		{"latin1 not chinese", []byte("caf\xe9 cr\xe8me br\xfbl\xe9e"), "", ErrEncoding},
		{"random high bytes", []byte{0x81, 0x30, 0x81, 0x30, 0xFE, 0x39, 0xFE, 0x39, 0x84, 0x31, 0xA4, 0x39}, "", ErrEncoding},
		{"truncated gbk", []byte("\xd0\xc2\xbb"), "", ErrEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Decode error = %v, want %v", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "\n") {
					t.Errorf("error message spans lines: %q", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("Decode = %q, want prefix %q", got, tt.want)
			}
		})
	}
}

func TestPageGBKEqualsUTF8(t *testing.T) {
	gbk, err := Page(mustRead(t, "testdata/gbk.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := Text("新华社北京9月2日电 国家主席习近平在北京人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。\n")
	if gbk != want {
		t.Errorf("GBK page = %q, want %q", gbk, want)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("习近平会见"))
	f.Add([]byte{0xEF, 0xBB, 0xBF, 'a'})
	f.Add([]byte{0xFF, 0xFE, 0x60, 0x4F})
	f.Add(mustReadF(f, "testdata/gbk.txt"))
	f.Add(mustReadF(f, "testdata/gb18030.txt"))
	f.Add([]byte("\x00\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Decode(b)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrEncoding) {
				t.Fatalf("error of no known kind: %v", err)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("Decode returned invalid UTF-8 %q", s)
		}
		if strings.TrimSpace(s) == "" {
			t.Fatalf("Decode returned blank text without ErrEmpty")
		}
	})
}

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustReadF(f *testing.F, path string) []byte { return mustRead(f, path) }
