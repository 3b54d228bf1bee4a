package eval

import (
	"testing"

	"github.com/dipgraph/dipgraph/extract"
)

func TestLenientForgivesNameAndOfficeForms(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"安倍", "安倍晋三", true},
		{"卡梅伦", "戴维·卡梅伦", true},
		{"戴维", "戴维·卡梅伦", true},
		{"王毅", "王毅", true},
		{"王", "王毅", false},
		{"习近", "习近平", false}, // a Chinese name one rune longer is another name
		{"卡梅伦", "卡梅伦斯基", false},
	} {
		if got := sameForeignName(c.a, c.b); got != c.want {
			t.Errorf("sameForeignName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"总理", "国务院总理", true},
		{"国务院总理", "总理", true},
		{"副总理", "总理", true},
		{"外长", "外交部长", false},
	} {
		if got := sameOffice(c.a, c.b); got != c.want {
			t.Errorf("sameOffice(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	s := func(v string) *string { return &v }
	gold := extract.Result{Articles: []extract.Article{{Meetings: []extract.Meeting{{Kind: "TALKS", Date: "2007-04-11", Participants: []extract.Participant{
		{Name: "温家宝", Role: extract.RoleHost, Title: s("国务院总理")}, {Name: "安倍", Role: extract.RoleGuest}}}}}}}
	got := extract.Result{Articles: []extract.Article{{Meetings: []extract.Meeting{{Kind: "TALKS", Date: "2007-04-11", Participants: []extract.Participant{
		{Name: "温家宝", Role: extract.RoleHost, Title: s("总理")}, {Name: "安倍晋三", Role: extract.RoleGuest}}}}}}}
	strict, _ := Score(gold, got).Kind("meetings")
	lenient, _ := Score(gold, Lenient(gold, got)).Kind("meetings")
	if strict.TP != 0 || lenient.TP != 1 {
		t.Errorf("meetings TP strict %d lenient %d, want 0 and 1", strict.TP, lenient.TP)
	}
	titles, _ := Score(gold, Lenient(gold, got)).Kind("titles")
	if titles.TP != 1 {
		t.Errorf("titles TP lenient %d, want 1", titles.TP)
	}
	if got.Articles[0].Meetings[0].Participants[1].Name != "安倍晋三" {
		t.Error("Lenient changed its argument")
	}
}
