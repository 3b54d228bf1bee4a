package storetest

import (
	"context"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
)

// GlossDocs returns three documents whose initiatives and domains carry
// English names (graph.Document.InitiativeNames, DomainNames, as
// graph/build fills them): the first names 一带一路 (mentioned),
// 全球发展倡议 (supported), 全球文明倡议 (proposed, no English name) and
// the domains 海关 and 计量 (计量 without English name); the second
// repeats 一带一路 without a name (which must not erase it) and gives 计量
// its name; the third gives 海关 a hostile English name. The first two
// meetings state a relationship designation, the second's with a
// qualifier the glossary does not know.
func GlossDocs() []graph.Document {
	d1 := graph.Document{
		Article: graph.Article{ID: "g1", Date: "2025-09-02"},
		InitiativeNames: []graph.Gloss{
			{Name: "一带一路", NameEn: "Belt and Road Initiative"},
			{Name: "全球发展倡议", NameEn: "Global Development Initiative"},
		},
		DomainNames: []graph.Gloss{{Name: "海关", NameEn: "customs"}},
		Meetings: []graph.Meeting{{
			ID: "gm1", Kind: graph.KindTalks, Date: "2025-09-02",
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "习近平", Country: "CN"},
				{Role: graph.RoleGuest, Name: "米尔济约耶夫", Country: "UZ"},
			},
			Initiatives:      []string{"一带一路"},
			AgreementDomains: []string{"海关", "计量"},
			Relationship:     "新时代全面战略伙伴关系",
			Supports:         []graph.Support{{Country: "UZ", Initiative: "全球发展倡议", MeetingID: "gm1"}},
			Proposals:        []graph.Proposal{{Leader: "习近平", Initiative: "全球文明倡议", MeetingID: "gm1"}},
		}},
	}
	d2 := graph.Document{
		Article:     graph.Article{ID: "g2", Date: "2025-09-03"},
		DomainNames: []graph.Gloss{{Name: "计量", NameEn: "metrology"}},
		Meetings: []graph.Meeting{{
			ID: "gm2", Kind: graph.KindMeeting, Date: "2025-09-03",
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "李强", Country: "CN"},
				{Role: graph.RoleGuest, Name: "托卡耶夫", Country: "KZ"},
			},
			Initiatives:      []string{"一带一路"},
			AgreementDomains: []string{"计量"},
			Relationship:     "互利共赢的全面战略伙伴关系", // synthetic: an unknown qualifier
		}},
	}
	d3 := graph.Document{
		Article:     graph.Article{ID: "g3", Date: "2025-09-04"},
		DomainNames: []graph.Gloss{{Name: "海关", NameEn: "customs' \"}) MATCH (n) DETACH DELETE n //"}},
		Meetings: []graph.Meeting{{
			ID: "gm3", Kind: graph.KindMeeting, Date: "2025-09-04",
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "李强", Country: "CN"},
				{Role: graph.RoleGuest, Name: "托卡耶夫", Country: "KZ"},
			},
			AgreementDomains: []string{"海关"},
		}},
	}
	return []graph.Document{d1, d2, d3}
}

// testGlosses: Initiatives and AgreementDomains return the English names
// the documents gave, "" for a name never given; a later document without
// a name keeps it, a later name replaces it, in one batch or several.
func testGlosses(t *testing.T, open Opener) {
	docs := GlossDocs()
	for _, c := range []struct {
		name    string
		batches [][]graph.Document
	}{
		{"one batch", [][]graph.Document{docs}},
		{"one document per batch", [][]graph.Document{docs[:1], docs[1:2], docs[2:]}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t)
			for _, b := range c.batches {
				mustIngest(t, s, b)
			}
			ins, err := s.Initiatives(ctx)
			if err != nil {
				t.Fatal(err)
			}
			gotIni := map[string]string{}
			for _, in := range ins {
				gotIni[in.Name] = in.NameEn
			}
			for name, want := range map[string]string{"一带一路": "Belt and Road Initiative", "全球发展倡议": "Global Development Initiative", "全球文明倡议": ""} {
				if en, ok := gotIni[name]; !ok || en != want {
					t.Errorf("initiative %s: nameEn %q (listed %v), want %q", name, en, ok, want)
				}
			}
			ds, err := s.AgreementDomains(ctx)
			if err != nil {
				t.Fatal(err)
			}
			gotDom := map[string]string{}
			for _, d := range ds {
				gotDom[d.Name] = d.NameEn
			}
			for name, want := range map[string]string{"海关": "customs' \"}) MATCH (n) DETACH DELETE n //", "计量": "metrology"} {
				if en, ok := gotDom[name]; !ok || en != want {
					t.Errorf("domain %s: nameEn %q (listed %v), want %q", name, en, ok, want)
				}
			}
			// Ingesting the first article again (the same text) changes
			// nothing: ingest is idempotent per article.
			mustIngest(t, s, docs[:1])
			ds, err = s.AgreementDomains(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range ds {
				if d.NameEn != gotDom[d.Name] {
					t.Errorf("%s after re-ingest of g1: %q, want %q", d.Name, d.NameEn, gotDom[d.Name])
				}
			}
		})
	}
}
