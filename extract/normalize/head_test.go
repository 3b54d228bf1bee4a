package normalize

import (
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Head reads the start of a line in either encoding Decode reads.
func TestHeadReadsUTF8AndGB18030(t *testing.T) {
	const line = "新华社北京12月7日电 国家主席习近平7日在人民大会堂会见来访的客人。"
	gb, err := simplifiedchinese.GB18030.NewEncoder().String(line)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		in   []byte
		n    int
		want string
	}{
		{"utf-8 whole", []byte(line), 1000, line},
		{"utf-8 cut at a character", []byte(line), 9, "新华社"},
		{"gb18030 whole", []byte(gb), 1000, line},
		{"gb18030 cut at a character", []byte(gb), 6, "新华社"},
		{"ascii", []byte("Beijing, Dec. 7"), 7, "Beijing"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := Head(c.in, c.n)
			if !ok || got != c.want {
				t.Errorf("Head(%q, %d) = %q, %v; want %q", c.in, c.n, got, ok, c.want)
			}
		})
	}
}
