package graph

import (
	"reflect"
	"testing"
)

func TestMeetingClone(t *testing.T) {
	e := Evidence{Field: "supports", Value: "一带一路", Text: "支持", ArticleID: "a1", Rule: "r", Confidence: 0.5}
	m := &Meeting{
		ID: "m1", Kind: KindTalks, Date: "2025-09-01", Occasions: []string{"峰会"},
		Participants:     []Participant{{Role: RoleHost, Name: "习近平", Country: "CN"}},
		AgreementDomains: []string{"海关"}, CooperationAreas: []string{}, Initiatives: []string{"一带一路"},
		Supports:   []Support{{Country: "UZ", Initiative: "一带一路", MeetingID: "m1", Evidence: &e}},
		Proposals:  []Proposal{{Leader: "习近平", Initiative: "一带一路", MeetingID: "m1", Evidence: &e}},
		ArticleIDs: []string{"a1"}, Evidence: []Evidence{e},
	}
	c := m.Clone()
	if !reflect.DeepEqual(c, m) {
		t.Fatalf("clone differs:\n%+v\n%+v", c, m)
	}
	if c.Projects != nil || c.CooperationAreas == nil {
		t.Error("clone changed a nil or an empty slice")
	}
	c.Participants[0].Name = "x"
	c.Occasions[0] = "x"
	c.Supports[0].Evidence.Text = "x"
	c.Proposals[0].Evidence.Text = "x"
	c.Evidence[0].Text = "x"
	c.ArticleIDs[0] = "x"
	if m.Participants[0].Name != "习近平" || m.Occasions[0] != "峰会" || e.Text != "支持" || m.Evidence[0].Text != "支持" || m.ArticleIDs[0] != "a1" {
		t.Errorf("changing the clone changed the meeting: %+v", m)
	}
}
