package build

import (
	"testing"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
)

func sp(s string) *string { return &s }

func TestDocument(t *testing.T) {
	a := extract.Article{
		ID: "A1", Source: "新华社", City: "北京", Date: "2025-09-02", Reporters: []string{"白鑫雨"},
		Text: "乌方完全支持全球治理倡议。双方签署海关等领域合作文件。",
		Meetings: []extract.Meeting{{
			ID: "M1", Kind: extract.KindMeeting, Date: "2025-09-02", TimeOfDay: sp(extract.Morning),
			Place: sp("北京人民大会堂"), AgreementDomains: []string{"海关", "计量"},
			Participants: []extract.Participant{
				{Name: "习近平", Role: extract.RoleHost, Title: sp("国家主席"), Country: sp("CN")},
				{Name: "古特雷斯", Role: extract.RoleGuest, Title: sp("秘书长"), Organisation: sp("联合国")},
			},
			Supports: []extract.Support{{Country: "UZ", Initiative: "全球治理倡议"}},
			Evidence: []extract.Evidence{
				{Field: "agreementDomains", Value: "海关", Text: "双方签署海关等领域合作文件。", Start: 13, End: 27},
				{Field: "supports", Value: "UZ 全球治理倡议", Text: "乌方完全支持全球治理倡议。", Start: 0, End: 13},
			},
		}},
	}
	d := Document(a)
	if d.Article.ID != "A1" || len(d.Article.MeetingIDs) != 1 || d.Article.MeetingIDs[0] != "M1" {
		t.Fatalf("article = %+v", d.Article)
	}
	m := d.Meetings[0]
	if m.TimeOfDay != graph.Morning || m.Place != "北京人民大会堂" || m.ArticleIDs[0] != "A1" {
		t.Errorf("meeting = %+v", m)
	}
	if p := m.Participants[1]; p.Country != "" || p.Organisation != "联合国" || p.Role != graph.RoleGuest {
		t.Errorf("organisation official = %+v", p)
	}
	if len(m.Supports) != 1 || m.Supports[0].Evidence == nil || m.Supports[0].Evidence.Start != 0 {
		t.Errorf("support evidence = %+v", m.Supports)
	}
	for _, e := range m.Evidence {
		if e.ArticleID != "A1" {
			t.Errorf("evidence without article: %+v", e)
		}
	}
	if m.Kind != graph.KindMeeting {
		t.Errorf("kind = %q", m.Kind)
	}
}

func TestDocumentEmptyKind(t *testing.T) {
	d := Document(extract.Article{ID: "A", Meetings: []extract.Meeting{{ID: "M"}}})
	if d.Meetings[0].Kind != graph.KindOther {
		t.Errorf("empty kind = %q, want OTHER", d.Meetings[0].Kind)
	}
}

func TestDocumentCountries(t *testing.T) {
	a := extract.Article{ID: "A", Meetings: []extract.Meeting{{
		ID: "M",
		Participants: []extract.Participant{
			{Name: "习近平", Role: extract.RoleHost, Country: sp("CN")},
			{Name: "米尔济约耶夫", Role: extract.RoleGuest, Country: sp("UZ")},
			{Name: "古特雷斯", Role: extract.RoleGuest, Organisation: sp("联合国")},
		},
		Supports: []extract.Support{{Country: "KZ", Initiative: "一带一路"}, {Country: "UZ", Initiative: "全球治理倡议"}},
	}}}
	got := Document(a).Countries
	want := []graph.Country{
		{Code: "CN", Name: "中国", NameEn: "China"},
		{Code: "KZ", Name: "哈萨克斯坦", NameEn: "Kazakhstan"},
		{Code: "UZ", Name: "乌兹别克斯坦", NameEn: "Uzbekistan"},
	}
	if len(got) != len(want) {
		t.Fatalf("countries = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i].Code != want[i].Code || got[i].Name != want[i].Name || got[i].NameEn != want[i].NameEn {
			t.Errorf("country %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if d := Document(extract.Article{ID: "B"}); d.Countries != nil {
		t.Errorf("article without meetings names countries %+v", d.Countries)
	}
}
