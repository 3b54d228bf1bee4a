package graph

import (
	"maps"
	"testing"
)

// TestParticipantSides: hosts and guests by role; attendees by the side
// serving their country or organisation; none when both sides or neither
// serve it, or when a person is listed on both sides.
func TestParticipantSides(t *testing.T) {
	p := func(role Role, name, country, org string) Participant {
		return Participant{Role: role, Name: name, Country: country, Organisation: org}
	}
	h, g, a := RoleHost, RoleGuest, RoleAttendee
	for _, c := range []struct {
		name string
		ps   []Participant
		want map[string]Side
	}{
		{"Chinese host, foreign guest, attendees of both",
			[]Participant{p(h, "习近平", "CN", ""), p(g, "普京", "RU", ""), p(a, "王毅", "CN", ""), p(a, "拉夫罗夫", "RU", "")},
			map[string]Side{"习近平": SideHost, "普京": SideGuest, "王毅": SideHost, "拉夫罗夫": SideGuest}},
		{"foreign host, Chinese guest",
			[]Participant{p(h, "普京", "RU", ""), p(g, "王毅", "CN", ""), p(a, "张汉晖", "CN", "")},
			map[string]Side{"普京": SideHost, "王毅": SideGuest, "张汉晖": SideGuest}},
		{"both sides Chinese: an attendee is on neither",
			[]Participant{p(h, "习近平", "CN", ""), p(g, "李家超", "CN", ""), p(a, "王毅", "CN", "")},
			map[string]Side{"习近平": SideHost, "李家超": SideGuest, "王毅": SideUnknown}},
		{"a third country's envoy, an attendee without affiliation",
			[]Participant{p(h, "习近平", "CN", ""), p(g, "马克龙", "FR", ""), p(a, "金大使", "JP", ""), p(a, "某人", "", "")},
			map[string]Side{"习近平": SideHost, "马克龙": SideGuest, "金大使": SideUnknown, "某人": SideUnknown}},
		{"an organisation's official with its head as guest",
			[]Participant{p(h, "王毅", "CN", ""), p(g, "古特雷斯", "", "联合国"), p(a, "副秘书长", "", "联合国")},
			map[string]Side{"王毅": SideHost, "古特雷斯": SideGuest, "副秘书长": SideGuest}},
		{"listed as host and as guest: no side",
			[]Participant{p(h, "甲", "CN", ""), p(g, "乙", "RU", ""), p(g, "甲", "CN", "")},
			map[string]Side{"甲": SideUnknown, "乙": SideGuest}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ParticipantSides(c.ps); !maps.Equal(got, c.want) {
				t.Errorf("ParticipantSides = %v, want %v", got, c.want)
			}
		})
	}
}
