package mem

import (
	"slices"
	"sort"

	"github.com/dipgraph/dipgraph/graph"
)

type set = map[string]struct{}

// state is the graph in memory with its indexes. Counting maps
// (map[key]int) let a meeting be unindexed when a new report changes it.
type state struct {
	articles map[string]*graph.Article
	reports  map[string][]graph.Meeting // meeting id → one report per article, once there are two
	meetings map[string]*graph.Meeting  // merged

	byLeader     map[string]set
	byCountry    map[string]set
	byInitiative map[string]set
	byDomain     map[string]set
	byKind       map[graph.MeetingKind]set

	leaders             map[string]*leaderRec
	names               map[string]graph.LeaderName // canonical name → other names (Document.Leaders)
	nameKeys            map[string]set              // graph.NameKey of any name → canonical names
	keysOf              map[string][]string         // canonical name → its keys in nameKeys
	countryRefs         map[string]int              // participations and supports naming the country
	countryNames        map[string][2]string        // code → {Chinese, English}
	initiativeEn        map[string]string           // initiative → English name (Document.InitiativeNames)
	domainEn            map[string]string           // domain → English name (Document.DomainNames)
	countryLeaders      map[string]map[string]int
	countrySupports     map[string]map[string]int // code → initiative → supports
	countryDomains      map[string]map[string]int // code → domain → meetings
	domainCountries     map[string]map[string]int // domain → code → meetings
	initiativeSupports  map[string]map[[2]string]graph.Support
	initiativeProposers map[string]map[string]int
}

func newState() *state {
	return &state{
		articles:            map[string]*graph.Article{},
		reports:             map[string][]graph.Meeting{},
		meetings:            map[string]*graph.Meeting{},
		byLeader:            map[string]set{},
		byCountry:           map[string]set{},
		byInitiative:        map[string]set{},
		byDomain:            map[string]set{},
		byKind:              map[graph.MeetingKind]set{},
		leaders:             map[string]*leaderRec{},
		names:               map[string]graph.LeaderName{},
		nameKeys:            map[string]set{},
		keysOf:              map[string][]string{},
		countryRefs:         map[string]int{},
		countryNames:        map[string][2]string{},
		initiativeEn:        map[string]string{},
		domainEn:            map[string]string{},
		countryLeaders:      map[string]map[string]int{},
		countrySupports:     map[string]map[string]int{},
		countryDomains:      map[string]map[string]int{},
		domainCountries:     map[string]map[string]int{},
		initiativeSupports:  map[string]map[[2]string]graph.Support{},
		initiativeProposers: map[string]map[string]int{},
	}
}

// pick is the value of a leader attribute and the participation it came
// from; the participation in the newest meeting wins (graph.MeetingLess,
// then role rank).
type pick struct {
	value      string
	date, id   string
	rank       int
	hasMeeting bool
}

func (p *pick) offer(v string, m *graph.Meeting, rank int) {
	if v == "" {
		return
	}
	if p.hasMeeting {
		if m.ID == p.id {
			if rank >= p.rank {
				return
			}
		} else if !graph.MeetingLess(m.Date, m.ID, p.date, p.id) {
			return
		}
	}
	*p = pick{value: v, date: m.Date, id: m.ID, rank: rank, hasMeeting: true}
}

type leaderRec struct {
	name                  string
	meetings              int
	proposals             int
	served                map[string]int
	title, country, organ pick
}

func (l *leaderRec) live() bool { return l.meetings > 0 || l.proposals > 0 }

// leaderOf is the leader l as served, with his other names.
func (st *state) leaderOf(l *leaderRec) *graph.Leader {
	n := st.names[l.name]
	return &graph.Leader{
		ID: graph.LeaderID(l.name), Name: l.name, NameEn: n.NameEn, Pinyin: n.Pinyin,
		Title: l.title.value, Country: l.country.value, Organisation: l.organ.value,
		MeetingCount: l.meetings,
	}
}

func (st *state) leader(name string) *leaderRec {
	l := st.leaders[name]
	if l == nil {
		l = &leaderRec{name: name, served: map[string]int{}}
		st.leaders[name] = l
	}
	return l
}

// apply adds a prepared document (graph.PrepareDocument); a stored
// version of its article is withdrawn first (retract). It returns the
// meetings created and merged.
func (st *state) apply(d graph.Document) (created, merged int) {
	a := d.Article
	st.retract(a.ID)
	st.articles[a.ID] = &a
	for _, c := range d.Countries {
		if c.Code == "" {
			continue
		}
		n := st.countryNames[c.Code]
		if c.Name != "" {
			n[0] = c.Name
		}
		if c.NameEn != "" {
			n[1] = c.NameEn
		}
		st.countryNames[c.Code] = n
	}
	for _, n := range d.Leaders {
		st.addNames(n)
	}
	// English names: a later non-empty name wins, and they are kept
	// when the article is withdrawn, as country names are.
	for _, g := range d.InitiativeNames {
		st.initiativeEn[g.Name] = g.NameEn
	}
	for _, g := range d.DomainNames {
		st.domainEn[g.Name] = g.NameEn
	}
	for _, rep := range d.Meetings {
		old := st.meetings[rep.ID]
		m := rep
		if old != nil {
			// The reports of a meeting are kept only once it has two: a
			// single report is its merged meeting (merging is a union, so
			// merging the merged form gives the same meeting).
			reps := st.reports[rep.ID]
			if reps == nil {
				reps = []graph.Meeting{*old}
			}
			reps = append(reps, rep)
			st.reports[rep.ID] = reps
			m = graph.MergeMeetings(reps)
		}
		if old == nil {
			created++
		} else {
			merged++
			st.unindex(old)
		}
		st.meetings[m.ID] = &m
		st.index(&m)
		if old != nil {
			// A new report may change titles or dates. index offered the
			// merged meeting's values; a leader whose attribute came from
			// the old version of this meeting must be recomputed from all
			// his meetings, as the new version may be worse.
			for _, p := range m.Participants {
				l := st.leaders[p.Name]
				if l != nil && (l.title.id == m.ID || l.country.id == m.ID || l.organ.id == m.ID) {
					st.recomputeLeader(p.Name)
				}
			}
		}
	}
	return created, merged
}

// addNames merges a report of a leader's other names and indexes their
// keys: keys are unioned over reports (never dropped), as in graph/neo4j.
func (st *state) addNames(n graph.LeaderName) {
	st.names[n.Name] = graph.MergeLeaderName(st.names[n.Name], n)
	for _, k := range n.Keys() {
		if _, ok := st.nameKeys[k][n.Name]; !ok {
			add(st.nameKeys, k, n.Name)
			st.keysOf[n.Name] = append(st.keysOf[n.Name], k)
		}
	}
}

func add(idx map[string]set, k, id string) {
	s := idx[k]
	if s == nil {
		s = set{}
		idx[k] = s
	}
	s[id] = struct{}{}
}

func remove(idx map[string]set, k, id string) {
	if s := idx[k]; s != nil {
		delete(s, id)
		if len(s) == 0 {
			delete(idx, k)
		}
	}
}

func bump[K comparable](m map[string]map[K]int, k string, k2 K, d int) {
	inner := m[k]
	if inner == nil {
		inner = map[K]int{}
		m[k] = inner
	}
	inner[k2] += d
	if inner[k2] <= 0 {
		delete(inner, k2)
		if len(inner) == 0 {
			delete(m, k)
		}
	}
}

// meetingCountries is the distinct participant countries of m.
func meetingCountries(m *graph.Meeting) []string {
	var cs []string
	for _, p := range m.Participants {
		cs = append(cs, p.Country)
	}
	return graph.SortedSet(cs)
}

func (st *state) index(m *graph.Meeting) { st.reindex(m, 1) }

func (st *state) unindex(m *graph.Meeting) { st.reindex(m, -1) }

// reindex adds (d=1) or removes (d=-1) m from every index.
func (st *state) reindex(m *graph.Meeting, d int) {
	put := func(idx map[string]set, k string) {
		if d > 0 {
			add(idx, k, m.ID)
		} else {
			remove(idx, k, m.ID)
		}
	}
	if d > 0 {
		if st.byKind[m.Kind] == nil {
			st.byKind[m.Kind] = set{}
		}
		st.byKind[m.Kind][m.ID] = struct{}{}
	} else {
		delete(st.byKind[m.Kind], m.ID)
	}
	names := map[string]bool{}
	for _, p := range m.Participants {
		put(st.byLeader, p.Name)
		l := st.leader(p.Name)
		if !names[p.Name] {
			names[p.Name] = true
			l.meetings += d
		}
		if p.Country != "" {
			l.served[p.Country] += d
			if l.served[p.Country] <= 0 {
				delete(l.served, p.Country)
			}
			bump(st.countryLeaders, p.Country, p.Name, d)
			st.refCountry(p.Country, d)
		}
		if d > 0 {
			rank := graph.RoleRank(p.Role)
			l.title.offer(p.Title, m, rank)
			l.country.offer(p.Country, m, rank)
			l.organ.offer(p.Organisation, m, rank)
		}
	}
	cs := meetingCountries(m)
	for _, c := range cs {
		put(st.byCountry, c)
	}
	for _, in := range m.Initiatives {
		put(st.byInitiative, in)
	}
	for _, dom := range m.AgreementDomains {
		put(st.byDomain, dom)
		for _, c := range cs {
			bump(st.countryDomains, c, dom, d)
			bump(st.domainCountries, dom, c, d)
		}
	}
	for _, sp := range m.Supports {
		st.refCountry(sp.Country, d)
		bump(st.countrySupports, sp.Country, sp.Initiative, d)
		k := [2]string{sp.Country, m.ID}
		if d > 0 {
			if st.initiativeSupports[sp.Initiative] == nil {
				st.initiativeSupports[sp.Initiative] = map[[2]string]graph.Support{}
			}
			st.initiativeSupports[sp.Initiative][k] = sp
		} else {
			delete(st.initiativeSupports[sp.Initiative], k)
			if len(st.initiativeSupports[sp.Initiative]) == 0 {
				delete(st.initiativeSupports, sp.Initiative)
			}
		}
	}
	for _, pr := range m.Proposals {
		st.leader(pr.Leader).proposals += d
		bump(st.initiativeProposers, pr.Initiative, pr.Leader, d)
	}
}

func (st *state) refCountry(code string, d int) {
	st.countryRefs[code] += d
	if st.countryRefs[code] <= 0 {
		delete(st.countryRefs, code)
	}
}

// recomputeLeader derives a leader's title, country and organisation
// again from all his meetings.
func (st *state) recomputeLeader(name string) {
	l := st.leaders[name]
	if l == nil {
		return
	}
	l.title, l.country, l.organ = pick{}, pick{}, pick{}
	for id := range st.byLeader[name] {
		m := st.meetings[id]
		for _, p := range m.Participants {
			if p.Name == name {
				rank := graph.RoleRank(p.Role)
				l.title.offer(p.Title, m, rank)
				l.country.offer(p.Country, m, rank)
				l.organ.offer(p.Organisation, m, rank)
			}
		}
	}
}

// Copies handed to callers, so that they cannot change the store.

func cloneSupport(s graph.Support) graph.Support {
	if s.Evidence != nil {
		e := *s.Evidence
		s.Evidence = &e
	}
	return s
}

func cloneArticle(a *graph.Article) *graph.Article {
	c := *a
	c.Reporters = slices.Clone(a.Reporters)
	c.MeetingIDs = slices.Clone(a.MeetingIDs)
	return &c
}

func keys[V any](m map[string]V) []string {
	if len(m) == 0 {
		return nil
	}
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedKeys(m map[string]int) []string { return keys(m) }

func sortedTrue(m map[string]bool) []string {
	var out []string
	for k, v := range m {
		if v {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}
