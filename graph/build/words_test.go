package build

import (
	"testing"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
)

// TestExtractWordsAreGraphWords: extract and graph each name meeting kinds
// and participant roles with their own types (neither imports the other);
// build converts one to the other by value, so each of extraction's
// constants must be the graph constant of the same meaning.
func TestExtractWordsAreGraphWords(t *testing.T) {
	kinds := []struct {
		x extract.Kind
		g graph.MeetingKind
	}{
		{extract.KindMeeting, graph.KindMeeting},
		{extract.KindTalks, graph.KindTalks},
		{extract.KindPhoneCall, graph.KindPhoneCall},
		{extract.KindVideoCall, graph.KindVideoCall},
		{extract.KindMessage, graph.KindMessage},
		{extract.KindOther, graph.KindOther},
	}
	for _, k := range kinds {
		t.Run(string(k.x), func(t *testing.T) {
			if got := meeting(extract.Meeting{Kind: k.x}, "a").Kind; got != k.g {
				t.Errorf("kind %s built as %s, want %s", k.x, got, k.g)
			}
		})
	}
	roles := []struct {
		x extract.Role
		g graph.Role
	}{
		{extract.RoleHost, graph.RoleHost},
		{extract.RoleGuest, graph.RoleGuest},
		{extract.RoleAttendee, graph.RoleAttendee},
	}
	for _, r := range roles {
		t.Run(string(r.x), func(t *testing.T) {
			m := meeting(extract.Meeting{Participants: []extract.Participant{{Name: "习近平", Role: r.x}}}, "a")
			if got := m.Participants[0].Role; got != r.g {
				t.Errorf("role %s built as %s, want %s", r.x, got, r.g)
			}
		})
	}
}
