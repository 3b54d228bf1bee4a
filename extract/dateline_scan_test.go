package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// datelinesByRegexp is the reference for datelines: every match of the
// unanchored expression that starts in the first 40 bytes of a line head.
func datelinesByRegexp(s string) [][]int {
	var out [][]int
	off := 0
	for _, line := range strings.SplitAfter(s, "\n") {
		head := strings.TrimSuffix(line, "\n")
		n := min(len(head), 160)
		for n > 0 && n < len(head) && !utf8.RuneStart(head[n]) {
			n--
		}
		head = head[:n]
		if strings.Contains(head, "日电") || strings.Contains(head, "日讯") || strings.Contains(head, "日消息") || strings.Contains(head, "日電") {
			for _, m := range datelineRe.FindAllStringSubmatchIndex(head, -1) {
				if m[0] > 40 {
					break
				}
				for k := range m {
					if m[k] >= 0 {
						m[k] += off
					}
				}
				out = append(out, m)
			}
		}
		off += len(line)
	}
	return out
}

// TestDatelinesScanMatchesRegexp: the anchored scan finds exactly what the
// regular expression finds, on every labelled text and on made-up lines.
func TestDatelinesScanMatchesRegexp(t *testing.T) {
	texts := []string{
		"新华社北京9月2日电（记者白鑫雨）国家主席习近平2日上午会见…\n本报北京3月5日电 李强会见…",
		"据新华社北京9月2日电 新华社记者北京九月二日电",
		"【图】新华社北京10月17日电 新华社北京10月18日电 再一个",
		"中新社北京十一月三日电 本报记者北京十二月三十一日电 x",
		"                                            新华社北京9月2日电 starts too late",
	}
	files, _ := filepath.Glob("../testdata/reports/*.txt")
	files = append(files, "../testdata/corpus/000_seed_xinhua_2025-09-02.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err == nil && utf8.Valid(b) {
			texts = append(texts, string(b))
		}
	}
	for i, s := range texts {
		if got, want := datelines(s), datelinesByRegexp(s); !reflect.DeepEqual(got, want) {
			t.Errorf("text %d: datelines = %v, the regular expression finds %v", i, got, want)
		}
	}
}
