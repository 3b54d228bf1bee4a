package graph

import (
	"errors"
	"fmt"
	"sort"
	"testing"
)

func TestPageNormalize(t *testing.T) {
	tests := []struct {
		in      Page
		want    int
		invalid bool
	}{
		{Page{}, DefaultPageSize, false},
		{Page{First: 5}, 5, false},
		{Page{First: MaxPageSize}, MaxPageSize, false},
		{Page{First: MaxPageSize + 1}, 0, true},
		{Page{First: -1}, 0, true},
	}
	for _, tt := range tests {
		got, err := tt.in.Normalize()
		if tt.invalid {
			if KindOf(err) != Invalid {
				t.Errorf("Normalize(%+v) error kind = %v, want invalid", tt.in, KindOf(err))
			}
			continue
		}
		if err != nil || got.First != tt.want {
			t.Errorf("Normalize(%+v) = %+v, %v; want First=%d", tt.in, got, err, tt.want)
		}
	}
}

func TestCursorRoundTrip(t *testing.T) {
	c := EncodeCursor("m", "2025-09-02", "abc\x00def")
	parts, err := DecodeCursor(c, 3)
	if err != nil {
		t.Fatal(err)
	}
	if parts[1] != "2025-09-02" || parts[2] != "abc\x00def" {
		t.Errorf("decoded %q", parts)
	}
	for _, bad := range []string{"!!!", EncodeCursor("m", "x"), ""} {
		if _, err := DecodeCursor(bad, 3); KindOf(err) != Invalid {
			t.Errorf("DecodeCursor(%q) kind = %v, want invalid", bad, KindOf(err))
		}
	}
}

func TestMeetingOrder(t *testing.T) {
	ms := []Meeting{{ID: "b", Date: "2025-01-01"}, {ID: "a", Date: ""}, {ID: "c", Date: "2025-09-02"}, {ID: "a", Date: "2025-01-01"}}
	sort.Slice(ms, func(i, j int) bool { return MeetingLess(ms[i].Date, ms[i].ID, ms[j].Date, ms[j].ID) })
	var got string
	for _, m := range ms {
		got += m.Date + "/" + m.ID + " "
	}
	if want := "2025-09-02/c 2025-01-01/a 2025-01-01/b /a "; got != want {
		t.Errorf("order = %q, want %q", got, want)
	}
	after, err := AfterMeetingCursor(MeetingCursor(&ms[1]), ms[2].Date, ms[2].ID)
	if err != nil || !after {
		t.Errorf("meeting after cursor: %v, %v", after, err)
	}
	after, _ = AfterMeetingCursor(MeetingCursor(&ms[1]), ms[0].Date, ms[0].ID)
	if after {
		t.Errorf("earlier meeting reported after cursor")
	}
}

func TestKindOf(t *testing.T) {
	base := E("neo4j.connect", Unavailable, errors.New("refused"))
	wrapped := fmt.Errorf("load meetings: %w", E("store", Other, base))
	if KindOf(wrapped) != Unavailable {
		t.Errorf("KindOf(wrapped) = %v", KindOf(wrapped))
	}
	if KindOf(errors.New("plain")) != Other || KindOf(nil) != Other {
		t.Error("plain errors must be Other")
	}
}

func TestLeaderIDStable(t *testing.T) {
	if LeaderID("习近平") != LeaderID("习近平") || LeaderID("习近平") == LeaderID("王毅") {
		t.Error("LeaderID must be stable and distinct")
	}
}

func TestSupporters(t *testing.T) {
	i := Initiative{Supports: []Support{{Country: "PK"}, {Country: "UZ"}, {Country: "PK"}}}
	if got := i.Supporters(); len(got) != 2 || got[0] != "PK" || got[1] != "UZ" {
		t.Errorf("Supporters = %v", got)
	}
}
