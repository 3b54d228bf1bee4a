package gqltest

import (
	"context"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// testSearch: over a store holding storetest.SearchDocs, search finds a
// leader by English name and by pinyin (best first), a sentence by two
// Chinese words and a meeting by its venue, each hit with its kind, score,
// snippet and node; first: 0 counts; cursors page; empty and over-long
// queries and a foreign cursor are BAD_USER_INPUT.
func testSearch(t *testing.T, open Opener) {
	s := open(t)
	if _, err := s.Ingest(context.Background(), storetest.SearchDocs()); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	h := gql.NewHandler(s, gql.Config{Logger: quiet})
	type hit struct {
		Kind     string
		Score    float64
		Snippet  string
		Leader   *struct{ Name, NameEn string }
		Meeting  *struct{ ID, Place string }
		Evidence *struct {
			Text    string
			Start   int
			Article struct{ ID string }
		}
	}
	type conn struct {
		TotalCount int
		Edges      []struct {
			Cursor string
			Node   hit
		}
		PageInfo struct {
			HasNextPage bool
			EndCursor   *string
		}
	}
	var out struct{ En, Py, Ev, Mt, Cnt, All conn }
	const fields = `totalCount edges { cursor node { kind score snippet
		... on LeaderHit { leader { name nameEn } }
		... on MeetingHit { meeting { id place } }
		... on EvidenceHit { evidence { text start article { id } } meeting { id place } } } }
		pageInfo { hasNextPage endCursor }`
	Query(t, h, `{
		en: search(query: "Mirziyoyev") { `+fields+` }
		py: search(query: "xi jinping", first: 1) { `+fields+` }
		ev: search(query: "海关 数字经济", kinds: [EVIDENCE]) { `+fields+` }
		mt: search(query: "人民大会堂", kinds: [MEETING]) { `+fields+` }
		cnt: search(query: "习近平", first: 0) { `+fields+` }
		all: search(query: "习近平", first: 2) { `+fields+` }
	}`, &out)
	if len(out.En.Edges) != 1 || out.En.Edges[0].Node.Kind != "LEADER" || out.En.Edges[0].Node.Leader == nil ||
		out.En.Edges[0].Node.Leader.NameEn != "Shavkat Mirziyoyev" || out.En.Edges[0].Node.Snippet != "Shavkat Mirziyoyev" {
		t.Errorf("search(Mirziyoyev) = %+v", out.En)
	}
	if len(out.Py.Edges) != 1 || out.Py.Edges[0].Node.Leader == nil || out.Py.Edges[0].Node.Leader.Name != "习近平" ||
		out.Py.Edges[0].Node.Score != 1 || out.Py.TotalCount != 1 || out.Py.PageInfo.HasNextPage {
		t.Errorf("search(xi jinping) = %+v", out.Py)
	}
	if len(out.Ev.Edges) != 1 || out.Ev.Edges[0].Node.Evidence == nil || out.Ev.Edges[0].Node.Meeting == nil ||
		out.Ev.Edges[0].Node.Meeting.ID != "nm1" || out.Ev.Edges[0].Node.Evidence.Article.ID != "n1" ||
		out.Ev.Edges[0].Node.Evidence.Start != 40 || !strings.Contains(out.Ev.Edges[0].Node.Snippet, "海关") {
		t.Errorf("search(海关 数字经济) = %+v", out.Ev)
	}
	if len(out.Mt.Edges) != 1 || out.Mt.Edges[0].Node.Meeting == nil || out.Mt.Edges[0].Node.Meeting.Place != "人民大会堂" ||
		out.Mt.Edges[0].Node.Kind != "MEETING" {
		t.Errorf("search(人民大会堂) = %+v", out.Mt)
	}
	if out.Cnt.TotalCount != 5 || len(out.Cnt.Edges) != 0 || !out.Cnt.PageInfo.HasNextPage {
		t.Errorf("search(习近平, first: 0) = %+v", out.Cnt)
	}
	if len(out.All.Edges) != 2 || out.All.Edges[0].Node.Leader == nil || !out.All.PageInfo.HasNextPage || out.All.PageInfo.EndCursor == nil {
		t.Fatalf("search(习近平, first: 2) = %+v", out.All)
	}
	var next struct{ Search conn }
	Query(t, h, `{ search(query: "习近平", first: 10, after: "`+*out.All.PageInfo.EndCursor+`") { `+fields+` } }`, &next)
	if len(next.Search.Edges) != 3 || next.Search.PageInfo.HasNextPage {
		t.Errorf("search(习近平) page 2 = %+v", next.Search)
	}
	var back struct{ Search conn }
	Query(t, h, `{ search(query: "习近平", last: 2) { `+fields+` } }`, &back)
	if len(back.Search.Edges) != 2 || back.Search.Edges[1].Cursor != next.Search.Edges[2].Cursor ||
		back.Search.Edges[0].Cursor != next.Search.Edges[1].Cursor || back.Search.PageInfo.HasNextPage || back.Search.TotalCount != 5 {
		t.Errorf("search(习近平, last: 2) = %+v", back.Search)
	}
	for _, c := range []struct{ name, query string }{
		{"first and last", `{ search(query: "习近平", first: 2, last: 2) { totalCount } }`},
		{"empty", `{ search(query: "") { totalCount } }`},
		{"punctuation", `{ search(query: "?!") { totalCount } }`},
		{"too long", `{ search(query: "` + strings.Repeat("习", 201) + `") { totalCount } }`},
		{"foreign cursor", `{ search(query: "习近平", after: "` + graph.EncodeCursor("m", "", "nm1") + `") { totalCount } }`},
		{"first 101", `{ search(query: "习近平", first: 101) { totalCount } }`},
	} {
		t.Run(c.name, func(t *testing.T) { WantError(t, h, c.query, gql.CodeBadUserInput) })
	}
}
