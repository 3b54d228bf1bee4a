package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var agreePieces = []string{
	"签署", "签", "交换", "签订", "了", "见证", "经贸", "、", "等", "领域", "方面", "的", "合作", "文件", "协议",
	"协定", "备忘录", "多个", "份", "签署", "的交换", "，", "。", "；", "《", "》", "\n", "a", " ", "\xff", "双方",
}

// agreeScan gives what agreeRe and agreeAfterRe give.
func TestAgreeScanMatchesRegexps(t *testing.T) {
	check := func(s string) {
		if got, want := agreeScan(s, agreeForm1), agreeRe.FindAllStringSubmatch(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("agreeScan(%q) = %q, want %q", s, got, want)
		}
		if got, want := agreeScan(s, agreeForm2), agreeAfterRe.FindAllStringSubmatch(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("agreeScan(%q, after) = %q, want %q", s, got, want)
		}
	}
	rng := rand.New(rand.NewSource(9))
	for range 200000 {
		check(randomText(rng, agreePieces))
	}
	witnessed := []string{"见证", "了", "经贸", "等", "领域", "方面", "文件", "协议", "的签署", "的交换", "的", "签署", "，", "\n", "多"}
	for range 200000 {
		check(randomText(rng, witnessed))
	}
	long := strings.Repeat("经贸", 101)
	for _, s := range []string{"签署" + long + "等文件", "签署" + long[:399] + "等文件", "签署" + long[:396] + "等文件", "签署经贸等领域" + strings.Repeat("多", 15) + "文件"} {
		check(s)
	}
	files, _ := filepath.Glob("../testdata/reports/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, sent := range strings.SplitAfter(string(b), "。") {
			check(sent)
		}
		check(string(b))
	}
}
