package normalize

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/longbridgeapp/opencc"
)

// BenchmarkTraditionalToSimplified times fastConverter, the map-based
// t2s conversion, against the library it replaces, opencc.Convert, on
// the real Traditional reports of testdata/reports and the s2t variant
// (TestFastConverterMatchesOpenCC proves they give the same text).
//
//	go test ./extract/normalize -run XXX -bench TraditionalToSimplified -benchtime 200ms -count 5
func BenchmarkTraditionalToSimplified(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/reports/*_trad.txt")
	files = append(files, "../../testdata/reports/001_xi_trump_phone_2025.s2t.txt")
	var sb strings.Builder
	for _, f := range files {
		sb.Write(mustRead(b, f))
	}
	text := sb.String()
	cc, err := opencc.New("t2s")
	if err != nil {
		b.Fatal(err)
	}
	fc, err := converter()
	if err != nil {
		b.Fatal(err)
	}
	var sink string
	b.Run("fastConverter", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for range b.N {
			sink = fc.Convert(text)
		}
	})
	b.Run("opencc", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for range b.N {
			if sink, err = cc.Convert(text); err != nil {
				b.Fatal(err)
			}
		}
	})
	_ = sink
}
