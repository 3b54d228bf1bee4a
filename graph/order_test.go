package graph

import (
	"reflect"
	"testing"
)

// TestListIsASortedSet: ListOf sorts, drops repeats and empty items; the
// empty list is the zero List.
func TestListIsASortedSet(t *testing.T) {
	l := ListOf("UZ", "", "FR", "UZ")
	if !reflect.DeepEqual(l.Items(), []string{"FR", "UZ"}) || !l.Has("FR") || l.Has("CN") || l.Has("") {
		t.Errorf("ListOf = %q", l)
	}
	if ListOf() != "" || ListOf("") != "" || ListOf().Items() != nil {
		t.Error("empty list is not the zero List")
	}
}

// TestMeetingCountryIsTheCounterpart: the least country other than China,
// China when only Chinese leaders took part, "" when no country is known.
func TestMeetingCountryIsTheCounterpart(t *testing.T) {
	p := func(cs ...string) *Meeting {
		m := &Meeting{}
		for _, c := range cs {
			m.Participants = append(m.Participants, Participant{Country: c})
		}
		return m
	}
	for _, c := range []struct {
		m    *Meeting
		want string
	}{
		{p("CN", "UZ", "KZ"), "KZ"},
		{p("UZ", "CN"), "UZ"},
		{p("CN", "", "CN"), "CN"},
		{p("", ""), ""},
		{p("AF", "CN"), "AF"},
	} {
		if got := MeetingCountry(c.m); got != c.want {
			t.Errorf("MeetingCountry(%+v) = %q, want %q", c.m.Participants, got, c.want)
		}
	}
}

// TestOrderCursorsCarryTheirOrder: a cursor decodes only in the order it
// was made in.
func TestOrderCursorsCarryTheirOrder(t *testing.T) {
	m := &Meeting{ID: "m1", Kind: KindTalks, Date: "2025-09-01"}
	kind := MeetingOrder{By: OrderKind, Asc: true}
	c := kind.Cursor(m)
	if k, d, id, err := kind.DecodeCursor(c); err != nil || k != "TALKS" || d != "2025-09-01" || id != "m1" {
		t.Errorf("DecodeCursor = %q %q %q %v", k, d, id, err)
	}
	for _, o := range []MeetingOrder{{}, {By: OrderKind}, {By: OrderCountry, Asc: true}} {
		if _, _, _, err := o.DecodeCursor(c); KindOf(err) != Invalid {
			t.Errorf("%+v decoded a cursor of %+v: %v", o, kind, err)
		}
	}
	if (MeetingOrder{}).Cursor(m) != MeetingCursor(m) || (LeaderOrder{}).Cursor(&Leader{Name: "x"}) != LeaderCursor(&Leader{Name: "x"}) {
		t.Error("default orders do not keep the old cursors")
	}
	byCount := LeaderOrder{By: OrderMeetingCount, Desc: true}
	if n, cnt, err := byCount.DecodeCursor(byCount.Cursor(&Leader{Name: "王毅", MeetingCount: 7})); err != nil || n != "王毅" || cnt != 7 {
		t.Errorf("leader cursor: %q %d %v", n, cnt, err)
	}
	if _, _, err := (LeaderOrder{}).DecodeCursor(byCount.Cursor(&Leader{Name: "x"})); KindOf(err) != Invalid {
		t.Errorf("name order decoded a meeting-count cursor: %v", err)
	}
}
