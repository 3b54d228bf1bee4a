package graph

import (
	"reflect"
	"testing"
)

func TestMergeMeetingsOrderIndependent(t *testing.T) {
	a := Meeting{ID: "m", Kind: KindMeeting, ArticleIDs: []string{"b"}, Place: "B", AgreementDomains: []string{"海关", "海关"},
		Participants: []Participant{{Role: RoleGuest, Name: "g"}, {Role: RoleHost, Name: "h", Title: "t-b"}},
		Supports:     []Support{{Country: "UZ", Initiative: "i", Evidence: &Evidence{Text: "b"}}},
		Evidence:     []Evidence{{Field: "f", Text: "b", Start: 1}}}
	b := Meeting{ID: "m", Kind: KindMeeting, ArticleIDs: []string{"a"}, Date: "2025-01-01", AgreementDomains: []string{"农业"},
		Participants: []Participant{{Role: RoleHost, Name: "h"}, {Role: RoleAttendee, Name: "x", Country: "CN"}},
		Supports:     []Support{{Country: "UZ", Initiative: "i", Evidence: &Evidence{Text: "a"}}},
		Evidence:     []Evidence{{Field: "f", Text: "a", Start: 5}}}
	m1, m2 := MergeMeetings([]Meeting{a, b}), MergeMeetings([]Meeting{b, a})
	if !reflect.DeepEqual(m1, m2) {
		t.Fatalf("merge depends on order:\n%+v\n%+v", m1, m2)
	}
	want := Meeting{ID: "m", Kind: KindMeeting, Date: "2025-01-01", Place: "B", AgreementDomains: []string{"农业", "海关"},
		Participants: []Participant{{Role: RoleHost, Name: "h", Title: "t-b"}, {Role: RoleGuest, Name: "g"}, {Role: RoleAttendee, Name: "x", Country: "CN"}},
		Supports:     []Support{{Country: "UZ", Initiative: "i", MeetingID: "m", Evidence: &Evidence{Text: "a", ArticleID: "a"}}},
		ArticleIDs:   []string{"a", "b"},
		Evidence:     []Evidence{{Field: "f", Text: "a", Start: 5, ArticleID: "a"}, {Field: "f", Text: "b", Start: 1, ArticleID: "b"}}}
	if !reflect.DeepEqual(m1, want) {
		t.Errorf("merged =\n%+v\nwant\n%+v", m1, want)
	}
}

func TestPrepareDocument(t *testing.T) {
	d := Document{Article: Article{ID: "a"}, Meetings: []Meeting{
		{ID: "m", AgreementDomains: []string{"x"}}, {ID: "n"}, {ID: "m", AgreementDomains: []string{"y"}}}}
	p, err := PrepareDocument(d)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p.Article.MeetingIDs, []string{"m", "n"}) || len(p.Meetings) != 2 ||
		!reflect.DeepEqual(p.Meetings[0].AgreementDomains, []string{"x", "y"}) || !reflect.DeepEqual(p.Meetings[1].ArticleIDs, []string{"a"}) {
		t.Errorf("prepared = %+v", p)
	}
	if _, err := PrepareDocument(Document{}); KindOf(err) != Invalid {
		t.Errorf("no article id: %v", err)
	}
}

// TestMergeMeetingsSupportsAndProposals: supports are unioned by
// (country, initiative) and proposals by (leader, initiative), sorted by
// that key; each takes the meeting's id and the evidence of the first
// report (in article order) that has one, naming that report's article
// unless the evidence names its own.
func TestMergeMeetingsSupportsAndProposals(t *testing.T) {
	a := Meeting{ID: "m", ArticleIDs: []string{"a"},
		Supports: []Support{{Country: "UZ", Initiative: "i2"}, {Country: "KZ", Initiative: "i1", Evidence: &Evidence{Text: "a-kz"}}},
		Proposals: []Proposal{{Leader: "习近平", Initiative: "i1", MeetingID: "other"},
			{Leader: "普京", Initiative: "i1", Evidence: &Evidence{Text: "a-p", ArticleID: "x"}}}}
	b := Meeting{ID: "m", ArticleIDs: []string{"b"},
		Supports: []Support{{Country: "UZ", Initiative: "i2", Evidence: &Evidence{Text: "b-uz"}}, {Country: "KZ", Initiative: "i1", Evidence: &Evidence{Text: "b-kz"}},
			{Country: "KZ", Initiative: "i0"}},
		Proposals: []Proposal{{Leader: "习近平", Initiative: "i1", Evidence: &Evidence{Text: "b-x"}}}}
	for _, order := range [][]Meeting{{a, b}, {b, a}} {
		m := MergeMeetings(order)
		wantS := []Support{
			{Country: "KZ", Initiative: "i0", MeetingID: "m"},
			{Country: "KZ", Initiative: "i1", MeetingID: "m", Evidence: &Evidence{Text: "a-kz", ArticleID: "a"}},
			{Country: "UZ", Initiative: "i2", MeetingID: "m", Evidence: &Evidence{Text: "b-uz", ArticleID: "b"}},
		}
		wantP := []Proposal{
			{Leader: "习近平", Initiative: "i1", MeetingID: "m", Evidence: &Evidence{Text: "b-x", ArticleID: "b"}},
			{Leader: "普京", Initiative: "i1", MeetingID: "m", Evidence: &Evidence{Text: "a-p", ArticleID: "x"}},
		}
		if !reflect.DeepEqual(m.Supports, wantS) {
			t.Errorf("supports =\n%+v\nwant\n%+v", m.Supports, wantS)
		}
		if !reflect.DeepEqual(m.Proposals, wantP) {
			t.Errorf("proposals =\n%+v\nwant\n%+v", m.Proposals, wantP)
		}
	}
	if m := MergeMeetings([]Meeting{{ID: "m", ArticleIDs: []string{"a"}}}); m.Supports != nil || m.Proposals != nil {
		t.Errorf("no supports or proposals gave %v %v", m.Supports, m.Proposals)
	}
}
