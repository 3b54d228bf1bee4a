package gqltest

import (
	"net/http"
	"reflect"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
)

// testLeaderTitles: Leader.titles lists every title a leader was reported
// with, and when; meetings filter by the title held at the time.
func testLeaderTitles(t *testing.T, _ graph.Store, h http.Handler) {
	type title struct {
		Title        string
		Country      *struct{ Code string }
		First, Last  *string
		MeetingCount int
	}
	var out struct {
		Leader struct{ Titles []title }
		Held   struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	Query(t, h, `{ leader(name: "习近平") { titles { title country { code } first last meetingCount } }
		held: meetings(filter: {leader: "习近平", title: "中华人民共和国主席"}) { edges { node { id } } } }`, &out)
	var got []string
	for _, x := range out.Leader.Titles {
		s := x.Title + " " + deref(x.First) + " " + deref(x.Last)
		if x.Country == nil || x.Country.Code != "CN" || x.MeetingCount != 1 {
			t.Errorf("title %+v", x)
		}
		got = append(got, s)
	}
	want := []string{"中华人民共和国主席 2025-08-15 2025-08-15", "国家主席 2025-09-02 2025-09-02", "中共中央总书记  "}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("titles %q, want %q", got, want)
	}
	if len(out.Held.Edges) != 1 || out.Held.Edges[0].Node.ID != "m3" {
		t.Errorf("meetings with the title held: %+v", out.Held)
	}
}
