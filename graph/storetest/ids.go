package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
)

// testLeadersByID: a leader is found by his id (graph.LeaderID of the
// canonical name) as by his name; an unknown id gives nil in its place.
func testLeadersByID(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	mustIngest(t, s, NameDocs())
	names := []string{"习近平", "米尔济约耶夫", "汪毅"}
	byName, err := s.LeadersByName(ctx, names)
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{graph.LeaderID(names[0]), "L0000000000000000", graph.LeaderID(names[1]), graph.LeaderID(names[2]), ""}
	got, err := s.LeadersByID(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	want := []*graph.Leader{byName[0], nil, byName[1], byName[2], nil}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("LeadersByID(%q) = %+v, want %+v", ids, got, want)
	}
	if got, err := s.LeadersByID(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("LeadersByID(nil) = %v, %v", got, err)
	}
}
