package storetest

import (
	"slices"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
)

// WithoutYear is a document as its text alone gives it, without the
// metadata that gave its year: the article has no publication date nor
// address, and every dated meeting keeps only its month and day (a new
// meeting id, as the extractor's ids hold the date).
func WithoutYear(d graph.Document) graph.Document {
	partial := func(date string) string {
		if len(date) != 10 {
			return ""
		}
		return "--" + date[5:]
	}
	ids := map[string]string{}
	out := d
	out.Article.URL, out.Article.Published, out.Article.Site, out.Article.YearSource = "", "", "", ""
	if out.Article.Date != "" {
		out.Article.PartialDate, out.Article.Date = partial(out.Article.Date), ""
	}
	out.Meetings = nil
	for _, m := range d.Meetings {
		m = *m.Clone()
		if m.Date != "" {
			ids[m.ID] = m.ID + "-y"
			m.ID, m.PartialDate, m.Date, m.YearSource = m.ID+"-y", partial(m.Date), "", ""
		}
		for i := range m.Supports {
			m.Supports[i].MeetingID = m.ID
		}
		for i := range m.Proposals {
			m.Proposals[i].MeetingID = m.ID
		}
		out.Meetings = append(out.Meetings, m)
	}
	out.Article.MeetingIDs = nil
	for _, id := range d.Article.MeetingIDs {
		if n, ok := ids[id]; ok {
			id = n
		}
		out.Article.MeetingIDs = append(out.Article.MeetingIDs, id)
	}
	return out
}

// testReingestBetterMetadata: the same articles ingested again with the
// metadata that gives their year replace their earlier version (counted
// as updated): their meetings are re-derived, a meeting left with no
// report is deleted, one that other articles still report keeps only
// theirs, and the graph is then the one the better documents alone
// give. Worse metadata (the year lost again) changes nothing.
func testReingestBetterMetadata(t *testing.T, open Opener) {
	full := Fixture()
	for i := range full {
		if full[i].Article.Date != "" {
			full[i].Article.YearSource = "DATELINE"
		}
	}
	var bare []graph.Document
	for _, d := range full {
		bare = append(bare, WithoutYear(d))
	}
	// The earlier extraction of A1 also named facts the better one does
	// not: their nodes must go when nothing else links them.
	extra := &bare[0].Meetings[len(bare[0].Meetings)-1]
	extra.Participants = append(extra.Participants, graph.Participant{Role: graph.RoleAttendee, Name: "误识者", Title: "顾问", Country: "NZ"})
	extra.Initiatives = append(extra.Initiatives, "误识倡议")
	extra.AgreementDomains = append(extra.AgreementDomains, "误识领域")
	extra.CooperationAreas = append(extra.CooperationAreas, "误识合作")
	extra.Supports = append(extra.Supports, graph.Support{Country: "NZ", Initiative: "误识倡议", MeetingID: extra.ID})
	extra.Proposals = append(extra.Proposals, graph.Proposal{Leader: "误识者", Initiative: "误识倡议", MeetingID: extra.ID})
	bare[0].Countries = append(bare[0].Countries, graph.Country{Code: "NZ", Name: "新西兰", NameEn: "New Zealand"})
	ref := open(t)
	mustIngest(t, ref, full)
	want := mustDump(t, ref)

	s := open(t)
	mustIngest(t, s, bare)
	// A1 alone: M1 is also reported by A2 (still without year), M2 only by A1.
	if r := mustIngest(t, s, full[:1]); r.Updated != 1 || r.Created != 0 || r.Unchanged != 0 || r.MeetingsCreated != 2 {
		t.Errorf("re-ingest of A1 with its year = %+v, want 1 updated, 2 meetings created", r)
	}
	ms, err := s.MeetingsByID(t.Context(), []string{MeetingM1 + "-y", MeetingM2 + "-y", MeetingM1, MeetingM2})
	if err != nil {
		t.Fatal(err)
	}
	if ms[0] == nil || !slices.Equal(ms[0].ArticleIDs, []string{ArticleA2}) {
		t.Errorf("meeting reported by A2 without year = %+v, want kept with A2's report only", ms[0])
	}
	if ms[1] != nil {
		t.Errorf("meeting only A1 reported without year = %+v, want deleted", ms[1])
	}
	if ms[2] == nil || ms[2].Date != "2025-09-02" || !slices.Equal(ms[2].ArticleIDs, []string{ArticleA1}) {
		t.Errorf("re-derived meeting = %+v, want dated 2025-09-02 from A1", ms[2])
	}
	if ms[3] == nil {
		t.Errorf("re-derived meeting %s missing", MeetingM2)
	}
	arts, err := s.ArticlesByID(t.Context(), []string{ArticleA1})
	if err != nil {
		t.Fatal(err)
	}
	if arts[0] == nil || arts[0].Date != full[0].Article.Date || !slices.Equal(arts[0].MeetingIDs, []string{MeetingM1, MeetingM2}) {
		t.Errorf("updated article = %+v, want the new version", arts[0])
	}

	r := mustIngest(t, s, full)
	if r.Updated != 2 || r.Unchanged != 2 || r.Created != 0 {
		t.Errorf("re-ingest of all with their year = %+v, want 2 updated (A2, A4), 2 unchanged", r)
	}
	if got := mustDump(t, s); got != want {
		t.Errorf("graph after re-ingest differs from the better documents' graph:\n%s", diff(want, got))
	}
	// Worse metadata again: nothing changes.
	if r := mustIngest(t, s, bare); r.Unchanged != len(bare) || r.Updated != 0 {
		t.Errorf("re-ingest without year = %+v, want all unchanged", r)
	}
	if got := mustDump(t, s); got != want {
		t.Errorf("re-ingest without year changed the graph:\n%s", diff(want, got))
	}

	// Both versions in one call: the better one is stored, once.
	s2 := open(t)
	if r := mustIngest(t, s2, []graph.Document{bare[1], full[1]}); r.Created != 1 || r.Updated != 1 {
		t.Errorf("bare then dated in one call = %+v, want 1 created, 1 updated", r)
	}
	ref2 := open(t)
	mustIngest(t, ref2, full[1:2])
	if got, want := mustDump(t, s2), mustDump(t, ref2); got != want {
		t.Errorf("bare then dated in one call:\n%s", diff(want, got))
	}
}
