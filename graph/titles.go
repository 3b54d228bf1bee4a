package graph

import (
	"cmp"
	"slices"
)

// LeaderTitle is one title a leader was reported with, and when: the first
// and last dated meeting seen with it (ISO dates, "" when none of its
// meetings is dated), the country or organisation served with it, and how
// many meetings report it (dated or not).
type LeaderTitle struct {
	Title        string
	Country      string
	Organisation string
	First, Last  string
	MeetingCount int
}

// LeaderTitles lists every title the leader name holds in meetings (each
// meeting's participants as reported), by first date (titles seen only in
// undated meetings last), then title. A title served for two countries or
// organisations is listed once for each.
func LeaderTitles(name string, meetings []*Meeting) []LeaderTitle {
	type key struct{ title, country, org string }
	idx := map[key]int{}
	var out []LeaderTitle
	for _, m := range meetings {
		for _, p := range m.Participants {
			if p.Name != name || p.Title == "" {
				continue
			}
			k := key{p.Title, p.Country, p.Organisation}
			i, ok := idx[k]
			if !ok {
				i = len(out)
				idx[k] = i
				out = append(out, LeaderTitle{Title: p.Title, Country: p.Country, Organisation: p.Organisation})
			}
			t := &out[i]
			t.MeetingCount++
			if m.Date != "" {
				if t.First == "" || m.Date < t.First {
					t.First = m.Date
				}
				if m.Date > t.Last {
					t.Last = m.Date
				}
			}
			break // one count per meeting
		}
	}
	slices.SortFunc(out, func(a, b LeaderTitle) int {
		if (a.First == "") != (b.First == "") {
			if a.First == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.First, b.First), cmp.Compare(a.Title, b.Title), cmp.Compare(a.Country, b.Country), cmp.Compare(a.Organisation, b.Organisation))
	})
	return out
}
