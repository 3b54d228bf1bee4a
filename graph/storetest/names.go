package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
)

// NameDocs returns two documents whose leaders carry their other names
// (graph.Document.Leaders, as graph/build fills them): 习近平 and 王毅 with
// English and pinyin, 米尔济约耶夫 with English and an alias, 汪毅
// (synthetic) sharing 王毅's pinyin with fewer meetings, and a leader with
// a hostile English name. The second document repeats 习近平 without an
// English name (which must not erase it) and adds a variant.
func NameDocs() []graph.Document {
	xi := graph.LeaderName{Name: "习近平", NameEn: "Xi Jinping", Pinyin: "Xi Jinping", Variants: []string{"習近平"}}
	wang := graph.LeaderName{Name: "王毅", NameEn: "Wang Yi", Pinyin: "Wang Yi"}
	wang2 := graph.LeaderName{Name: "汪毅", NameEn: "Wang Yi", Pinyin: "Wang Yi"}
	mirz := graph.LeaderName{Name: "米尔济约耶夫", NameEn: "Shavkat Mirziyoyev", Variants: []string{"米尔齐约耶夫", "米爾濟約耶夫"}}
	hostile := graph.LeaderName{Name: "奥布赖恩", NameEn: "O'Brien \"`}) MATCH (n) DETACH DELETE n //"}
	d1 := graph.Document{
		Article: graph.Article{ID: "n1", Date: "2025-09-02"},
		Leaders: []graph.LeaderName{xi, wang, mirz, hostile},
		Meetings: []graph.Meeting{{
			ID: "nm1", Kind: graph.KindMeeting, Date: "2025-09-02",
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "习近平", Country: "CN"},
				{Role: graph.RoleGuest, Name: "米尔济约耶夫", Country: "UZ"},
				{Role: graph.RoleAttendee, Name: "王毅", Country: "CN"},
			},
		}, {
			ID: "nm2", Kind: graph.KindTalks, Date: "2025-09-01",
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "王毅", Country: "CN"},
				{Role: graph.RoleGuest, Name: "奥布赖恩", Country: "IE"},
			},
		}},
	}
	d2 := graph.Document{
		Article: graph.Article{ID: "n2", Date: "2025-09-03"},
		Leaders: []graph.LeaderName{{Name: "习近平", Variants: []string{"习主席"}}, wang2},
		Meetings: []graph.Meeting{{
			ID: "nm3", Kind: graph.KindMeeting, Date: "2025-09-03",
			Participants: []graph.Participant{
				{Role: graph.RoleHost, Name: "习近平", Country: "CN"},
				{Role: graph.RoleAttendee, Name: "汪毅", Country: "CN"},
			},
		}},
	}
	return []graph.Document{d1, d2}
}

// testLeaderNames: leader(name:) and leaders(filter:{name:}) find a leader
// by his canonical name, Traditional form, alias, pinyin (with or without
// tones and spaces, any case) and English name; a key two leaders share
// answers with the one with more meetings.
func testLeaderNames(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	mustIngest(t, s, NameDocs())

	xi := &graph.Leader{ID: graph.LeaderID("习近平"), Name: "习近平", NameEn: "Xi Jinping", Pinyin: "Xi Jinping", Country: "CN", MeetingCount: 2}
	mirz := &graph.Leader{ID: graph.LeaderID("米尔济约耶夫"), Name: "米尔济约耶夫", NameEn: "Shavkat Mirziyoyev", Country: "UZ", MeetingCount: 1}
	wang := &graph.Leader{ID: graph.LeaderID("王毅"), Name: "王毅", NameEn: "Wang Yi", Pinyin: "Wang Yi", Country: "CN", MeetingCount: 2}
	obrien := &graph.Leader{ID: graph.LeaderID("奥布赖恩"), Name: "奥布赖恩", NameEn: "O'Brien \"`}) MATCH (n) DETACH DELETE n //", Country: "IE", MeetingCount: 1}
	for _, c := range []struct {
		script, name string
		want         *graph.Leader
	}{
		{"simplified", "习近平", xi},
		{"traditional", "習近平", xi},
		{"variant of a later report", "习主席", xi},
		{"pinyin", "Xi Jinping", xi},
		{"pinyin without spaces", "xijinping", xi},
		{"pinyin in capitals", "XI JINPING", xi},
		{"pinyin with tone marks", "Xí Jìnpíng", xi},
		{"pinyin with tone numbers", "xi2 jin4 ping2", xi},
		{"alias", "米尔齐约耶夫", mirz},
		{"traditional of the canonical name", "米爾濟約耶夫", mirz},
		{"english", "Shavkat Mirziyoyev", mirz},
		{"english in lower case", "shavkat mirziyoyev", mirz},
		{"shared pinyin: more meetings win", "wang yi", wang},
		{"hostile english", "O'Brien \"`}) MATCH (n) DETACH DELETE n //", obrien},
		{"part of a name is no exact match", "Mirziyoyev", nil},
		{"unknown", "Nobody", nil},
		{"punctuation only", " - ", nil},
	} {
		t.Run("LeadersByName/"+c.script, func(t *testing.T) {
			ls, err := s.LeadersByName(ctx, []string{c.name, "习近平"})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(ls[0], c.want) {
				t.Errorf("LeadersByName(%q) = %+v, want %+v", c.name, ls[0], c.want)
			}
			if !reflect.DeepEqual(ls[1], xi) {
				t.Errorf("LeadersByName(习近平) next to %q = %+v", c.name, ls[1])
			}
		})
	}
	for _, c := range []struct {
		script, name string
		want         []string
	}{
		{"simplified part", "近平", []string{"习近平"}},
		{"traditional", "習近平", []string{"习近平"}},
		{"alias part", "米尔齐", []string{"米尔济约耶夫"}},
		{"pinyin part", "jinping", []string{"习近平"}},
		{"pinyin with tones", "Jìnpíng", []string{"习近平"}},
		{"english surname", "Mirziyoyev", []string{"米尔济约耶夫"}},
		{"english in capitals", "MIRZIYOYEV", []string{"米尔济约耶夫"}},
		{"shared pinyin", "Wang Yi", []string{"汪毅", "王毅"}},
		{"hostile", "o'brien", []string{"奥布赖恩"}},
		{"unknown", "Nobody", []string{}},
	} {
		t.Run("SearchLeaders/"+c.script, func(t *testing.T) {
			ps, err := s.SearchLeaders(ctx, []graph.LeaderQuery{{Filter: graph.LeaderFilter{Name: c.name}}})
			if err != nil {
				t.Fatal(err)
			}
			if got := leaderNames(ps[0].Leaders); !reflect.DeepEqual(got, c.want) || ps[0].TotalCount != len(c.want) {
				t.Errorf("SearchLeaders(name %q) = %q (total %d), want %q", c.name, got, ps[0].TotalCount, c.want)
			}
		})
	}
	// Leaders are served with their English and pinyin names.
	ps, err := s.SearchLeaders(ctx, []graph.LeaderQuery{{Filter: graph.LeaderFilter{Country: "UZ"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps[0].Leaders) != 1 || !reflect.DeepEqual(ps[0].Leaders[0], mirz) {
		t.Errorf("SearchLeaders(UZ) = %+v, want %+v", ps[0].Leaders, mirz)
	}
}
