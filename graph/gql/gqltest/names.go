package gqltest

import (
	"context"
	"reflect"
	"testing"

	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// testLeaderNames: over a store holding storetest.NameDocs, the API serves
// leaders' English and pinyin names (null when unknown), and finds a
// leader by English, pinyin, Traditional and alias in leader(name:),
// leaders(filter:{name:}), meetings(filter:{leader:}), timeline(leader:)
// and dateCounts(leader:).
func testLeaderNames(t *testing.T, open Opener) {
	s := open(t)
	if _, err := s.Ingest(context.Background(), storetest.NameDocs()); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	h := gql.NewHandler(s, gql.Config{Logger: quiet})
	type leader struct {
		Name   string
		NameEn *string
		Pinyin *string
	}
	var out struct {
		En, Py, Trad, Alias *leader
		Search              struct{ Edges []struct{ Node leader } }
		Meetings            struct{ TotalCount int }
		Timeline            []struct{ Count int }
		Counts              struct{ Dated int }
		Participants        *struct {
			Participants []struct{ Leader leader }
		}
	}
	Query(t, h, `{
		en: leader(name: "Shavkat Mirziyoyev") { name nameEn pinyin }
		py: leader(name: "xi jinping") { name nameEn pinyin }
		trad: leader(name: "習近平") { name nameEn pinyin }
		alias: leader(name: "米尔齐约耶夫") { name }
		search: leaders(filter: {name: "Mirziyoyev"}) { edges { node { name nameEn pinyin } } }
		meetings(filter: {leader: "Xi Jinping"}) { totalCount }
		timeline(leader: "XI JINPING") { count }
		counts: dateCounts(leader: "習近平") { dated }
		participants: meeting(id: "nm1") { participants { leader { name nameEn pinyin } } }
	}`, &out)
	str := func(s string) *string { return &s }
	mirz := leader{Name: "米尔济约耶夫", NameEn: str("Shavkat Mirziyoyev")}
	xi := leader{Name: "习近平", NameEn: str("Xi Jinping"), Pinyin: str("Xi Jinping")}
	if out.En == nil || !reflect.DeepEqual(*out.En, mirz) {
		t.Errorf("leader(Shavkat Mirziyoyev) = %+v", out.En)
	}
	if out.Py == nil || !reflect.DeepEqual(*out.Py, xi) {
		t.Errorf("leader(xi jinping) = %+v", out.Py)
	}
	if out.Trad == nil || !reflect.DeepEqual(*out.Trad, xi) {
		t.Errorf("leader(習近平) = %+v", out.Trad)
	}
	if out.Alias == nil || out.Alias.Name != "米尔济约耶夫" {
		t.Errorf("leader(米尔齐约耶夫) = %+v", out.Alias)
	}
	if len(out.Search.Edges) != 1 || !reflect.DeepEqual(out.Search.Edges[0].Node, mirz) {
		t.Errorf("leaders(name: Mirziyoyev) = %+v", out.Search.Edges)
	}
	if out.Meetings.TotalCount != 2 {
		t.Errorf("meetings(leader: Xi Jinping) total %d, want 2", out.Meetings.TotalCount)
	}
	if n := len(out.Timeline); n != 1 || out.Timeline[0].Count != 2 {
		t.Errorf("timeline(leader: XI JINPING) = %+v", out.Timeline)
	}
	if out.Counts.Dated != 2 {
		t.Errorf("dateCounts(leader: 習近平) dated %d, want 2", out.Counts.Dated)
	}
	if out.Participants == nil || len(out.Participants.Participants) != 3 || !reflect.DeepEqual(out.Participants.Participants[0].Leader, xi) ||
		!reflect.DeepEqual(out.Participants.Participants[1].Leader, mirz) {
		t.Errorf("participants of nm1 = %+v", out.Participants)
	}
}
