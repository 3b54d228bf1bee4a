package storetest

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
)

// SearchDocs returns NameDocs with evidence sentences, a venue and
// initiatives on its meetings, and a third document whose sentence is in
// Traditional characters and holds Latin words: what testSearch finds.
func SearchDocs() []graph.Document {
	docs := NameDocs()
	ev := func(aid, field, text string, start int) graph.Evidence {
		return graph.Evidence{Field: field, Text: text, Start: start, End: start + len([]rune(text)), ArticleID: aid, Rule: "test", Confidence: 0.9}
	}
	m1 := &docs[0].Meetings[0]
	m1.Place = "人民大会堂"
	m1.City = "北京"
	m1.Initiatives = []string{"全球发展倡议"}
	m1.AgreementDomains = []string{"海关"}
	s1 := "国家主席习近平在人民大会堂会见乌兹别克斯坦总统米尔济约耶夫。"
	s2 := "双方签署了海关、数字经济等领域合作文件。"
	s3 := "米尔济约耶夫表示，乌方支持全球发展倡议。"
	m1.Evidence = []graph.Evidence{
		ev("n1", "participants", s1, 0), ev("n1", "place", s1, 0), // one sentence, two facts: one hit
		ev("n1", "agreementDomains", s2, 40),
		ev("n1", "initiatives", s3, 80),
	}
	m2 := &docs[0].Meetings[1]
	m2.Evidence = []graph.Evidence{ev("n1", "participants", "外交部长王毅同爱尔兰外长奥布赖恩举行会谈。", 120)}
	m3 := &docs[1].Meetings[0]
	m3.Evidence = []graph.Evidence{ev("n2", "participants", "习近平主席会见出席APEC会议的代表，汪毅陪同。", 0)}
	d3 := graph.Document{
		Article: graph.Article{ID: "n3", Date: "2025-09-04"},
		Meetings: []graph.Meeting{{
			ID: "nm4", Kind: graph.KindTalks, Date: "2025-09-04",
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "王毅", Country: "CN"},
				{Role: graph.RoleGuest, Name: "米尔济约耶夫", Country: "UZ"},
			},
			Occasions: []string{"Digital Silk Road Forum"},
			Evidence:  []graph.Evidence{ev("n3", "participants", "王毅與米爾濟約耶夫在Digital Silk Road論壇期間會談。", 0)},
		}},
	}
	return append(docs, d3)
}

// hitKey names a hit in the tests: kind and key.
func hitKey(h graph.SearchHit) string { return string(h.Kind) + ":" + h.Key }

// testSearch: search finds leaders by any of their names, meetings by
// their facts and evidence sentences by their words, in Chinese and
// Latin script; the best hit of an unambiguous query comes first; kinds
// filter; pages follow each other without gap or repeat; empty and
// over-long queries are Invalid, Lucene syntax in a query is text.
func testSearch(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	mustIngest(t, s, SearchDocs())

	const (
		xi    = "LEADER:习近平"
		mirz  = "LEADER:米尔济约耶夫"
		wang  = "LEADER:王毅"
		wang2 = "LEADER:汪毅"
	)
	ev := func(mid, aid, start string) string { return "EVIDENCE:" + mid + "/" + aid + "/" + start }
	for _, c := range []struct {
		name, q string
		kinds   []graph.SearchKind
		first   string   // the best hit ("" when none is expected)
		want    []string // every hit, in any order
	}{
		{"english surname", "Mirziyoyev", nil, mirz, []string{mirz}},
		{"english name, any case", "shavkat MIRZIYOYEV", nil, mirz, []string{mirz}},
		{"english prefix", "mirzi", nil, mirz, []string{mirz}},
		{"pinyin", "Xi Jinping", nil, xi, []string{xi}},
		{"pinyin without spaces", "xijinping", nil, xi, []string{xi}},
		{"pinyin with tone marks", "Xí Jìnpíng", nil, xi, []string{xi}},
		{"shared pinyin", "wang yi", nil, "", []string{wang, wang2}},
		{"simplified name: leader, meetings, sentences", "习近平", nil, xi,
			[]string{xi, "MEETING:nm1", "MEETING:nm3", ev("nm1", "n1", "00000000"), ev("nm3", "n2", "00000000")}},
		{"traditional name", "習近平", nil, xi, []string{xi}},
		{"alias", "米尔齐约耶夫", nil, mirz, []string{mirz}},
		{"traditional alias finds the leader and the traditional sentence", "米爾濟約耶夫", nil, mirz,
			[]string{mirz, ev("nm4", "n3", "00000000")}},
		{"initiative", "全球发展倡议", nil, "MEETING:nm1", []string{"MEETING:nm1", ev("nm1", "n1", "00000080")}},
		{"two words in one sentence", "海关 数字经济", nil, ev("nm1", "n1", "00000040"), []string{ev("nm1", "n1", "00000040")}},
		{"words of two sentences match none", "海关 全球发展倡议", []graph.SearchKind{graph.SearchEvidence}, "", nil},
		{"latin words in a sentence and an occasion", "silk road", nil, "", []string{"MEETING:nm4", ev("nm4", "n3", "00000000")}},
		{"latin word in a Chinese sentence", "apec", nil, ev("nm3", "n2", "00000000"), []string{ev("nm3", "n2", "00000000")}},
		{"venue", "人民大会堂", []graph.SearchKind{graph.SearchMeeting}, "MEETING:nm1", []string{"MEETING:nm1"}},
		{"kinds: evidence only", "习近平", []graph.SearchKind{graph.SearchEvidence}, "",
			[]string{ev("nm1", "n1", "00000000"), ev("nm3", "n2", "00000000")}},
		{"kinds: leaders only", "王毅", []graph.SearchKind{graph.SearchLeader}, wang, []string{wang}},
		{"one character", "汪", nil, "", []string{wang2, "MEETING:nm3", ev("nm3", "n2", "00000000")}},
		{"lucene syntax is text", `Mirziyoyev" OR *:* -(x)`, nil, "", nil},
		{"lucene operators are words", "AND OR NOT", nil, "", nil},
		{"unknown", "Nobody", nil, "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := s.Search(ctx, graph.SearchQuery{Text: c.q, Kinds: c.kinds, Page: graph.Page{First: 100}})
			if err != nil {
				t.Fatalf("Search(%q): %v", c.q, err)
			}
			var got []string
			for _, h := range p.Hits {
				got = append(got, hitKey(h))
				if h.Score <= 0 || h.Score > 1 {
					t.Errorf("hit %s: score %v outside (0, 1]", hitKey(h), h.Score)
				}
				switch h.Kind {
				case graph.SearchLeader:
					if h.Leader == nil || h.Leader.Name != h.Key {
						t.Errorf("hit %s: leader %+v", hitKey(h), h.Leader)
					}
				case graph.SearchMeeting:
					if h.Meeting == nil || h.Meeting.ID != h.Key {
						t.Errorf("hit %s: meeting %+v", hitKey(h), h.Meeting)
					}
				case graph.SearchEvidence:
					if h.Meeting == nil || h.Evidence == nil || h.Snippet == "" {
						t.Errorf("hit %s: meeting %v, evidence %v, snippet %q", hitKey(h), h.Meeting, h.Evidence, h.Snippet)
					}
				}
			}
			if c.first != "" && (len(got) == 0 || got[0] != c.first) {
				t.Errorf("Search(%q) best hit: got %q, want %s", c.q, got, c.first)
			}
			sorted := slices.Clone(got)
			want := slices.Clone(c.want)
			slices.Sort(sorted)
			slices.Sort(want)
			if !reflect.DeepEqual(sorted, want) || p.TotalCount != len(c.want) {
				t.Errorf("Search(%q) = %q (total %d), want %q", c.q, got, p.TotalCount, c.want)
			}
		})
	}

	t.Run("paging", func(t *testing.T) {
		all, err := s.Search(ctx, graph.SearchQuery{Text: "习近平", Page: graph.Page{First: 100}})
		if err != nil {
			t.Fatal(err)
		}
		var paged []string
		after := ""
		for range 10 {
			p, err := s.Search(ctx, graph.SearchQuery{Text: "习近平", Page: graph.Page{First: 2, After: after}})
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range p.Hits {
				paged = append(paged, hitKey(h))
			}
			if !p.HasNextPage {
				break
			}
			after = p.Cursors[len(p.Cursors)-1]
		}
		var want []string
		for _, h := range all.Hits {
			want = append(want, hitKey(h))
		}
		if !reflect.DeepEqual(paged, want) {
			t.Errorf("pages of 2 = %q, one page = %q", paged, want)
		}
	})

	t.Run("paging backward", func(t *testing.T) {
		all, err := s.Search(ctx, graph.SearchQuery{Text: "习近平", Page: graph.Page{First: 100}})
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, h := range all.Hits {
			want = append(want, hitKey(h))
		}
		var paged []string
		before := ""
		for range 10 {
			p, err := s.Search(ctx, graph.SearchQuery{Text: "习近平", Last: 2, Before: before})
			if err != nil {
				t.Fatal(err)
			}
			var keys []string
			for _, h := range p.Hits {
				keys = append(keys, hitKey(h))
			}
			paged = append(keys, paged...)
			if p.HasNextPage != (before != "") || p.TotalCount != len(want) {
				t.Errorf("last 2 before %q: hasNextPage %v, total %d", before, p.HasNextPage, p.TotalCount)
			}
			if !p.HasPreviousPage {
				break
			}
			before = p.Cursors[0]
		}
		if !reflect.DeepEqual(paged, want) {
			t.Errorf("pages of 2 backward = %q, one page = %q", paged, want)
		}
		// Between two cursors.
		p, err := s.Search(ctx, graph.SearchQuery{Text: "习近平", Page: graph.Page{After: all.Cursors[0]}, Before: all.Cursors[3], Last: 5})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Hits) != 2 || hitKey(p.Hits[0]) != want[1] || hitKey(p.Hits[1]) != want[2] || !p.HasPreviousPage || !p.HasNextPage {
			t.Errorf("between hits 0 and 3: %+v", p)
		}
		if _, err := s.Search(ctx, graph.SearchQuery{Text: "习近平", Last: graph.MaxPageSize + 1}); graph.KindOf(err) != graph.Invalid {
			t.Errorf("last %d: error %v, want Invalid", graph.MaxPageSize+1, err)
		}
	})

	for _, c := range []struct{ name, q, after string }{
		{"empty", "", ""},
		{"punctuation only", " -!? ", ""},
		{"too long", string(make([]rune, graph.MaxSearchRunes+1)), ""},
		{"malformed cursor", "习近平", "%%%"},
	} {
		t.Run("invalid/"+c.name, func(t *testing.T) {
			_, err := s.Search(ctx, graph.SearchQuery{Text: c.q, Page: graph.Page{First: 5, After: c.after}})
			if graph.KindOf(err) != graph.Invalid {
				t.Errorf("Search(%q, after %q): error %v, want Invalid", c.q, c.after, err)
			}
		})
	}
}
