package graph

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

// MergeMeetings merges the reports of one meeting (one Meeting per
// article, all with the same ID) into the stored meeting. The result does
// not depend on the order of reports, so that every store and every
// ingest order give the same meeting:
//
//   - scalars (kind, date, place, …) come from the first report, in
//     article-id order, that has a non-empty value;
//   - lists are unioned and sorted;
//   - participants are unioned by (name, role), ordered host, guests,
//     attendees, each in order of first mention; title, country and
//     organisation come from the first report that has them;
//   - supports are unioned by (country, initiative), proposals by
//     (leader, initiative), both sorted; evidence from the first report;
//   - ArticleIDs is the sorted set of articles; evidence is unioned and
//     sorted by article, offsets, field, value, text.
//
// Each report's ArticleIDs must name its article (its first entry is
// used); evidence without ArticleID takes it from the report.
func MergeMeetings(reports []Meeting) Meeting {
	rs := slices.Clone(reports)
	sort.SliceStable(rs, func(i, j int) bool { return reportArticle(rs[i]) < reportArticle(rs[j]) })
	var m Meeting
	if len(rs) == 0 {
		return m
	}
	m.ID = rs[0].ID
	first := func(get func(*Meeting) string) string {
		for i := range rs {
			if v := get(&rs[i]); v != "" {
				return v
			}
		}
		return ""
	}
	m.Kind = MeetingKind(first(func(r *Meeting) string { return string(r.Kind) }))
	m.Date = first(func(r *Meeting) string { return r.Date })
	if m.Date == "" {
		m.PartialDate = first(func(r *Meeting) string { return r.PartialDate })
	} else {
		m.YearSource = first(func(r *Meeting) string {
			if r.Date == "" {
				return ""
			}
			return r.YearSource
		})
	}
	m.TimeOfDay = TimeOfDay(first(func(r *Meeting) string { return string(r.TimeOfDay) }))
	m.Place = first(func(r *Meeting) string { return r.Place })
	m.City = first(func(r *Meeting) string { return r.City })
	m.AgreementCount = first(func(r *Meeting) string { return r.AgreementCount })
	m.Relationship = first(func(r *Meeting) string { return r.Relationship })

	union := func(get func(*Meeting) []string) []string {
		var out []string
		for i := range rs {
			out = append(out, get(&rs[i])...)
		}
		return SortedSet(out)
	}
	m.Occasions = union(func(r *Meeting) []string { return r.Occasions })
	m.AgreementDomains = union(func(r *Meeting) []string { return r.AgreementDomains })
	m.CooperationAreas = union(func(r *Meeting) []string { return r.CooperationAreas })
	m.Initiatives = union(func(r *Meeting) []string { return r.Initiatives })
	m.Projects = union(func(r *Meeting) []string { return r.Projects })
	m.ArticleIDs = union(func(r *Meeting) []string {
		if a := reportArticle(*r); a != "" {
			return []string{a}
		}
		return nil
	})

	// Participants.
	type pkey struct {
		name string
		role Role
	}
	pidx := map[pkey]int{}
	for i := range rs {
		for _, p := range rs[i].Participants {
			k := pkey{p.Name, p.Role}
			j, ok := pidx[k]
			if !ok {
				pidx[k] = len(m.Participants)
				m.Participants = append(m.Participants, Participant{Role: p.Role, Name: p.Name})
				j = pidx[k]
			}
			q := &m.Participants[j]
			if q.Title == "" {
				q.Title = p.Title
			}
			if q.Country == "" {
				q.Country = p.Country
			}
			if q.Organisation == "" {
				q.Organisation = p.Organisation
			}
		}
	}
	sort.SliceStable(m.Participants, func(i, j int) bool {
		return RoleRank(m.Participants[i].Role) < RoleRank(m.Participants[j].Role)
	})

	// Supports and proposals.
	m.Supports = mergeKeyed(rs, func(r *Meeting) []Support { return r.Supports },
		func(s *Support) [2]string { return [2]string{s.Country, s.Initiative} },
		func(s *Support) Support {
			return Support{Country: s.Country, Initiative: s.Initiative, MeetingID: m.ID}
		},
		func(s *Support) **Evidence { return &s.Evidence })
	m.Proposals = mergeKeyed(rs, func(r *Meeting) []Proposal { return r.Proposals },
		func(p *Proposal) [2]string { return [2]string{p.Leader, p.Initiative} },
		func(p *Proposal) Proposal {
			return Proposal{Leader: p.Leader, Initiative: p.Initiative, MeetingID: m.ID}
		},
		func(p *Proposal) **Evidence { return &p.Evidence })

	// Evidence.
	seen := map[Evidence]bool{}
	for i := range rs {
		aid := reportArticle(rs[i])
		for _, e := range rs[i].Evidence {
			if e.ArticleID == "" {
				e.ArticleID = aid
			}
			if !seen[e] {
				seen[e] = true
				m.Evidence = append(m.Evidence, e)
			}
		}
	}
	slices.SortFunc(m.Evidence, func(a, b Evidence) int {
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
			cmp.Compare(a.Field, b.Field), cmp.Compare(a.Value, b.Value), cmp.Compare(a.Text, b.Text))
	})
	return m
}

// mergeKeyed unions the facts (supports, proposals) of the reports rs,
// in order, by key: the first fact of a key makes the merged one with
// fresh, and the first with evidence gives it its evidence, naming the
// report's article when the evidence names none. The result is sorted by
// key; nil when there are no facts.
func mergeKeyed[T any](rs []Meeting, facts func(*Meeting) []T, key func(*T) [2]string,
	fresh func(*T) T, evidence func(*T) **Evidence) []T {
	var out []T
	idx := map[[2]string]int{}
	for i := range rs {
		aid := reportArticle(rs[i])
		for _, f := range facts(&rs[i]) {
			k := key(&f)
			j, ok := idx[k]
			if !ok {
				j = len(out)
				idx[k] = j
				out = append(out, fresh(&f))
			}
			if dst, src := evidence(&out[j]), *evidence(&f); *dst == nil && src != nil {
				e := *src
				if e.ArticleID == "" {
					e.ArticleID = aid
				}
				*dst = &e
			}
		}
	}
	slices.SortFunc(out, func(a, b T) int {
		ka, kb := key(&a), key(&b)
		return cmp.Or(cmp.Compare(ka[0], kb[0]), cmp.Compare(ka[1], kb[1]))
	})
	return out
}

func reportArticle(m Meeting) string {
	if len(m.ArticleIDs) == 0 {
		return ""
	}
	return m.ArticleIDs[0]
}

// RoleRank orders roles as meetings list participants: host, guest,
// attendee, then anything else.
func RoleRank(r Role) int {
	switch r {
	case RoleHost:
		return 0
	case RoleGuest:
		return 1
	case RoleAttendee:
		return 2
	}
	return 3
}

// SortedSet returns the sorted distinct non-empty strings of s (nil when
// there are none). s is not modified.
func SortedSet(s []string) []string {
	var out []string
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	if len(out) == 0 {
		return nil
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// PrepareDocument validates a document for ingest and returns a copy in
// the shape stores keep: each meeting's ArticleIDs is the document's
// article, evidence names the article, Article.MeetingIDs lists the
// meetings (in order, without repeats). A missing article or meeting id
// is an Invalid error.
func PrepareDocument(d Document) (Document, error) {
	aid := d.Article.ID
	if aid == "" {
		return d, E("ingest", Invalid, fmt.Errorf("document without article id"))
	}
	out := Document{Article: d.Article, Countries: slices.Clone(d.Countries)}
	out.InitiativeNames = glosses(d.InitiativeNames)
	out.DomainNames = glosses(d.DomainNames)
	for _, n := range d.Leaders {
		if n.Name != "" {
			n.Variants = slices.Clone(n.Variants)
			out.Leaders = append(out.Leaders, n)
		}
	}
	out.Article.Reporters = slices.Clone(d.Article.Reporters)
	out.Article.MeetingIDs = nil
	seen := map[string]bool{}
	for _, m := range d.Meetings {
		if m.ID == "" {
			return d, E("ingest", Invalid, fmt.Errorf("article %s: meeting without id", aid))
		}
		if seen[m.ID] {
			// The same meeting twice in one article: merge the two.
			for i := range out.Meetings {
				if out.Meetings[i].ID == m.ID {
					mm := m
					mm.ArticleIDs = []string{aid}
					out.Meetings[i] = MergeMeetings([]Meeting{out.Meetings[i], mm})
				}
			}
			continue
		}
		seen[m.ID] = true
		m.ArticleIDs = []string{aid}
		out.Meetings = append(out.Meetings, MergeMeetings([]Meeting{m}))
		out.Article.MeetingIDs = append(out.Article.MeetingIDs, m.ID)
	}
	return out, nil
}

// glosses copies the glosses that name something and give an English
// name.
func glosses(gs []Gloss) []Gloss {
	var out []Gloss
	for _, g := range gs {
		if g.Name != "" && g.NameEn != "" {
			out = append(out, g)
		}
	}
	return out
}

// MaxPathHops bounds ShortestPath: paths longer than this many edges are
// not searched, in every store.
const MaxPathHops = 12

// NodeLess orders node references by kind, then key; among shortest
// paths, stores return the one whose node sequence is least in this order.
func NodeLess(a, b NodeRef) bool {
	if a.Kind != b.Kind {
		return a.Kind < b.Kind
	}
	return a.Key < b.Key
}

// ArticleCursor is the cursor of an article in an ArticlePage.
func ArticleCursor(a *Article) string { return EncodeCursor("a", a.Date, a.ID) }

// LeaderCursor is the cursor of a leader in a LeaderPage.
func LeaderCursor(l *Leader) string { return EncodeCursor("l", l.Name) }

// DecodeKindCursor decodes a cursor made by ArticleCursor ("a"),
// LeaderCursor ("l") or MeetingCursor ("m") and returns its sort key.
func DecodeKindCursor(c, kind string) ([]string, error) {
	n := 3
	if kind == "l" {
		n = 2
	}
	p, err := DecodeCursor(c, n)
	if err != nil {
		return nil, err
	}
	if p[0] != kind {
		return nil, E("cursor", Invalid, fmt.Errorf("cursor of another list"))
	}
	return p[1:], nil
}
