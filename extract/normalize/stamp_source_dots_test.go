package normalize

import "testing"

func TestStampWithSource(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"2024年07月08日08:55 来源：人民网-人民日报", true},
		{"2017-04-26 21:06 来源: 新华社", true},
		{"2017-04-26 21:06来源：新华社", true},
		{"2017-04-26 21:06 来源：新华社，记者王毅报道。", false},
		{"2017年4月26日来源", false},
	} {
		if got := isStamp(c.in); got != c.want {
			t.Errorf("isStamp(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestNameDots(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"新西兰前总理约翰‧基", "新西兰前总理约翰·基"},
		{"约翰・基", "约翰·基"},
		{"约翰･基", "约翰·基"},
		{"约翰•基", "约翰·基"},
		{"约翰∙基", "约翰·基"},
		{"• 一项要点", "•一项要点"}, // a bullet opening a line stays a bullet
		{"a•b", "a•b"},
	} {
		if got := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
