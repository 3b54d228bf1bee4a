// Package mem is dipgraph's embedded graph store: graph.Store in process,
// with no server. It keeps the graph in memory, indexed by leader,
// country, initiative, agreement domain, kind and date, and, when opened
// on a data folder, makes every acknowledged Ingest durable in an
// append-only, checksummed, fsynced journal that is replayed at start.
//
// It is safe for concurrent use: readers share a read lock; writers are
// serialised and hold the write lock only to apply a batch to memory,
// never while writing the journal.
package mem

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dipgraph/dipgraph/graph"
)

// Store is the embedded graph.Store.
type Store struct {
	ingestMu sync.Mutex // serialises writers (journal, then memory)
	journal  *journal   // nil for a purely in-memory store
	reviews  *reviews   // review decisions, by fact id

	mu sync.RWMutex
	*state
	views *views // derived answers, replaced under mu when a batch is applied

	version atomic.Uint64 // graph.Versioned: bumped under mu by every change
}

var (
	_ graph.Store     = (*Store)(nil)
	_ graph.Versioned = (*Store)(nil)
)

// New returns an empty, purely in-memory store (nothing survives Close).
func New() *Store {
	r, _ := openReviews("")
	return &Store{state: newState(), views: &views{}, reviews: r}
}

// Open opens the store kept in dir, creating dir if needed, and replays
// its journal. A torn last record (a crash in the middle of a write) is
// dropped. With dir "" it is New(). Only one process may open a folder at
// a time. Warnings (a dropped tail) go to slog.Default().
func Open(dir string) (*Store, error) { return OpenLogged(dir, slog.Default()) }

// OpenLogged is Open with warnings sent to log.
func OpenLogged(dir string, log *slog.Logger) (*Store, error) {
	s := New()
	if dir == "" {
		return s, nil
	}
	j, err := openJournal(dir, log, func(docs []graph.Document) error {
		for _, d := range docs {
			s.state.apply(d)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.journal = j
	if s.reviews, err = openReviews(dir); err != nil {
		j.close()
		return nil, err
	}
	return s, nil
}

// Ingest implements graph.Store.
func (s *Store) Ingest(ctx context.Context, docs []graph.Document) (graph.IngestResult, error) {
	var res graph.IngestResult
	prepared := make([]graph.Document, 0, len(docs))
	for _, d := range docs {
		p, err := graph.PrepareDocument(d)
		if err != nil {
			return res, err
		}
		prepared = append(prepared, p)
	}
	if err := ctx.Err(); err != nil {
		return res, graph.E("mem.ingest", graph.Unavailable, err)
	}

	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	if s.state == nil {
		return res, graph.E("mem.ingest", graph.Unavailable, fmt.Errorf("store is closed"))
	}

	// Only this goroutine writes, so what is stored cannot change until
	// we apply. Articles stored again with better metadata are replaced
	// (apply retracts the stored version first).
	s.mu.RLock()
	fresh, _, res := graph.PlanIngest(prepared, s.storedMeta(prepared))
	s.mu.RUnlock()
	if len(fresh) == 0 {
		return res, nil
	}
	if s.journal != nil {
		if err := s.journal.append(fresh); err != nil {
			// The folder is in the caller's message; the cause is what
			// the write gave (file too large, no space left on device).
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return graph.IngestResult{}, graph.E("mem.ingest", graph.Unavailable, fmt.Errorf("write journal: %w", err))
		}
	}
	s.mu.Lock()
	for _, d := range fresh {
		c, m := s.apply(d)
		res.MeetingsCreated += c
		res.MeetingsMerged += m
	}
	s.views = &views{}
	s.version.Add(1)
	s.mu.Unlock()
	return res, nil
}

// Version implements graph.Versioned.
func (s *Store) Version() uint64 { return s.version.Load() }

// Ping implements graph.Store.
func (s *Store) Ping(ctx context.Context) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.state == nil {
		return graph.E("mem.ping", graph.Unavailable, fmt.Errorf("store is closed"))
	}
	return nil
}

// Close implements graph.Store: it closes the journal. Later calls fail
// with an Unavailable error.
func (s *Store) Close(ctx context.Context) error {
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state == nil {
		return nil
	}
	s.state = nil
	s.version.Add(1)
	rerr := s.reviews.close()
	if s.journal != nil {
		err := s.journal.close()
		s.journal = nil
		if err != nil {
			return fmt.Errorf("mem: close journal: %w", err)
		}
	}
	if rerr != nil {
		return fmt.Errorf("mem: close reviews: %w", rerr)
	}
	return nil
}

// read runs f under the read lock, failing when the store is closed.
func (s *Store) read(op string, f func() error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.state == nil {
		return graph.E(op, graph.Unavailable, fmt.Errorf("store is closed"))
	}
	return f()
}

func sortMeetings(ms []*graph.Meeting) {
	slices.SortFunc(ms, func(a, b *graph.Meeting) int {
		if graph.MeetingLess(a.Date, a.ID, b.Date, b.ID) {
			return -1
		}
		if a.ID == b.ID {
			return 0
		}
		return 1
	})
}

// SearchMeetings implements graph.Store.
func (s *Store) SearchMeetings(ctx context.Context, qs []graph.MeetingQuery) ([]graph.MeetingPage, error) {
	out := make([]graph.MeetingPage, len(qs))
	err := s.read("mem.meetings", func() error {
		for i, q := range qs {
			p, err := s.searchMeetings(q)
			if err != nil {
				return err
			}
			out[i] = p
		}
		return nil
	})
	return out, err
}

func (s *Store) searchMeetings(q graph.MeetingQuery) (graph.MeetingPage, error) {
	var page graph.MeetingPage
	pg, err := q.Page.Normalize()
	if err != nil {
		return page, err
	}
	o := q.Order
	if err := o.Validate(); err != nil {
		return page, err
	}
	var aKey, aDate, aID string
	if pg.After != "" {
		if aKey, aDate, aID, err = o.DecodeCursor(pg.After); err != nil {
			return page, err
		}
	}
	ms := s.matching(q.Filter)
	if !o.IsDefault() {
		// Views keep the default order; another sorts a copy, each
		// meeting's key computed once.
		type keyed struct {
			key string
			m   *graph.Meeting
		}
		ks := make([]keyed, len(ms))
		for i, m := range ms {
			ks[i] = keyed{o.OrderKey(m), m}
		}
		slices.SortFunc(ks, func(a, b keyed) int {
			return o.Compare(a.key, a.m.Date, a.m.ID, b.key, b.m.Date, b.m.ID)
		})
		ms = make([]*graph.Meeting, len(ks))
		for i, k := range ks {
			ms[i] = k.m
		}
	}
	page.TotalCount = len(ms)
	start := 0
	if pg.After != "" {
		start = sort.Search(len(ms), func(i int) bool {
			return o.Compare(aKey, aDate, aID, o.OrderKey(ms[i]), ms[i].Date, ms[i].ID) < 0
		})
	}
	end := min(start+pg.First, len(ms))
	page.Meetings = make([]*graph.Meeting, 0, end-start)
	page.Cursors = make([]string, 0, end-start)
	for _, m := range ms[start:end] {
		page.Meetings = append(page.Meetings, m.Clone())
		page.Cursors = append(page.Cursors, o.Cursor(m))
	}
	page.HasNextPage = end < len(ms)
	return page, nil
}

// matching returns the meetings that pass f, in page order. It starts
// from the smallest index entry that applies (or every meeting), kept
// sorted in page order until the next Ingest, narrows it to the date
// range by binary search, and checks the remaining filters one by one.
// The result may be a view's own slice: callers must not change it.
func (s *Store) matching(f graph.MeetingFilter) []*graph.Meeting {
	k, size := viewKey{kind: viewAll}, -1
	consider := func(kind, key string, n int) {
		if key != "" && (size < 0 || n < size) {
			k, size = viewKey{kind: kind, key: key}, n
		}
	}
	consider(viewLeader, f.Leader, len(s.byLeader[f.Leader]))
	consider(viewCountry, f.Country, len(s.byCountry[f.Country]))
	consider(viewInitiative, f.Initiative, len(s.byInitiative[f.Initiative]))
	consider(viewDomain, f.AgreementDomain, len(s.byDomain[f.AgreementDomain]))
	consider(viewKind, string(f.Kind), len(s.byKind[f.Kind]))
	if size == 0 {
		return nil
	}
	ms := dateRange(s.sortedMeetings(k), f.From, f.To)
	// Filters other than the starting entry and the dates.
	rest := f
	rest.From, rest.To = "", ""
	switch k.kind {
	case viewLeader:
		rest.Leader = ""
	case viewCountry:
		rest.Country = ""
	case viewInitiative:
		rest.Initiative = ""
	case viewDomain:
		rest.AgreementDomain = ""
	case viewKind:
		rest.Kind = ""
	}
	if rest.Title != "" {
		rest.Leader = f.Leader // the title is the one this leader held
	}
	if rest == (graph.MeetingFilter{}) {
		return ms
	}
	var out []*graph.Meeting
	for _, m := range ms {
		if s.passes(m, rest) {
			out = append(out, m)
		}
	}
	return out
}

func (s *Store) passes(m *graph.Meeting, f graph.MeetingFilter) bool {
	if f.Kind != "" && m.Kind != f.Kind {
		return false
	}
	if f.Kinds != "" && !f.Kinds.Has(string(m.Kind)) {
		return false
	}
	if f.Countries != "" && !slices.ContainsFunc(m.Participants, func(p graph.Participant) bool {
		return p.Country != "" && f.Countries.Has(p.Country)
	}) {
		return false
	}
	if f.From != "" && (m.Date == "" || m.Date < f.From) {
		return false
	}
	if f.To != "" && (m.Date == "" || m.Date > f.To) {
		return false
	}
	if f.DatePrecision != "" && m.DatePrecision() != f.DatePrecision {
		return false
	}
	if f.Title != "" && !heldTitle(m, f.Title, f.Leader) {
		return false
	}
	if f.Initiative != "" && !slices.Contains(m.Initiatives, f.Initiative) {
		return false
	}
	if f.AgreementDomain != "" && !slices.Contains(m.AgreementDomains, f.AgreementDomain) {
		return false
	}
	if f.Leader != "" || f.Country != "" {
		leader, country := f.Leader == "", f.Country == ""
		for _, p := range m.Participants {
			leader = leader || p.Name == f.Leader
			country = country || p.Country == f.Country
		}
		if !leader || !country {
			return false
		}
	}
	return true
}

// MeetingsByID implements graph.Store.
func (s *Store) MeetingsByID(ctx context.Context, ids []string) ([]*graph.Meeting, error) {
	out := make([]*graph.Meeting, len(ids))
	err := s.read("mem.meetingsByID", func() error {
		for i, id := range ids {
			if m := s.meetings[id]; m != nil {
				out[i] = m.Clone()
			}
		}
		return nil
	})
	return out, err
}

// SearchLeaders implements graph.Store.
func (s *Store) SearchLeaders(ctx context.Context, qs []graph.LeaderQuery) ([]graph.LeaderPage, error) {
	out := make([]graph.LeaderPage, len(qs))
	err := s.read("mem.leaders", func() error {
		var names []string
		for n, l := range s.leaders {
			if l.live() {
				names = append(names, n)
			}
		}
		slices.Sort(names)
		for i, q := range qs {
			pg, err := q.Page.Normalize()
			if err != nil {
				return err
			}
			o := q.Order
			if err := o.Validate(); err != nil {
				return err
			}
			var aName string
			var aCount int
			if pg.After != "" {
				if aName, aCount, err = o.DecodeCursor(pg.After); err != nil {
					return err
				}
			}
			order := names
			if !o.IsDefault() {
				order = slices.Clone(names)
				slices.SortFunc(order, func(a, b string) int {
					return o.Compare(a, s.leaders[a].meetings, b, s.leaders[b].meetings)
				})
			}
			var page graph.LeaderPage
			key := graph.NameKey(q.Filter.Name)
			for _, n := range order {
				l := s.leaders[n]
				if q.Filter.Name != "" && !s.nameContains(n, q.Filter.Name, key) {
					continue
				}
				if q.Filter.Country != "" && l.country.value != q.Filter.Country {
					continue
				}
				page.TotalCount++
				if pg.After != "" && o.Compare(n, l.meetings, aName, aCount) <= 0 {
					continue
				}
				if len(page.Leaders) == pg.First {
					page.HasNextPage = true
					continue
				}
				gl := s.leaderOf(l)
				page.Leaders = append(page.Leaders, gl)
				page.Cursors = append(page.Cursors, o.Cursor(gl))
			}
			out[i] = page
		}
		return nil
	})
	return out, err
}

// LeadersByName implements graph.Store.
func (s *Store) LeadersByName(ctx context.Context, names []string) ([]*graph.Leader, error) {
	out := make([]*graph.Leader, len(names))
	err := s.read("mem.leadersByName", func() error {
		for i, n := range names {
			if l := s.leaders[n]; l != nil && l.live() {
				out[i] = s.leaderOf(l)
			} else if l := s.leaderByKey(graph.NameKey(n)); l != nil {
				out[i] = s.leaderOf(l)
			}
		}
		return nil
	})
	return out, err
}

// nameContains reports whether the leader of canonical name n matches a
// name filter: n contains q, or one of his names' keys contains key
// (graph.NameKey(q)).
func (s *Store) nameContains(n, q, key string) bool {
	if strings.Contains(n, q) {
		return true
	}
	if key == "" {
		return false
	}
	for _, k := range s.keysOf[n] {
		if strings.Contains(k, key) {
			return true
		}
	}
	return false
}

// leaderByKey is the live leader one of whose names has the key: the one
// with the most meetings, then the least name, when several have it.
func (s *Store) leaderByKey(key string) *leaderRec {
	if key == "" {
		return nil
	}
	var best *leaderRec
	for n := range s.nameKeys[key] {
		l := s.leaders[n]
		if l == nil || !l.live() {
			continue
		}
		if best == nil || l.meetings > best.meetings || (l.meetings == best.meetings && l.name < best.name) {
			best = l
		}
	}
	return best
}

// Countries implements graph.Store.
func (s *Store) Countries(ctx context.Context) ([]graph.Country, error) {
	var out []graph.Country
	err := s.read("mem.countries", func() error {
		var codes []string
		for c, n := range s.countryRefs {
			if n > 0 {
				codes = append(codes, c)
			}
		}
		slices.Sort(codes)
		for _, c := range codes {
			out = append(out, s.country(c))
		}
		return nil
	})
	return out, err
}

// CountriesByCode implements graph.Store.
func (s *Store) CountriesByCode(ctx context.Context, codes []string) ([]*graph.Country, error) {
	out := make([]*graph.Country, len(codes))
	err := s.read("mem.countriesByCode", func() error {
		for i, c := range codes {
			if s.countryRefs[c] > 0 {
				c := *s.cachedCountry(c)
				c.Supports = slices.Clone(c.Supports)
				c.AgreementDomains = slices.Clone(c.AgreementDomains)
				out[i] = &c
			}
		}
		return nil
	})
	return out, err
}

// CountryNames implements graph.Store.
func (s *Store) CountryNames(ctx context.Context, codes []string) ([]*graph.Country, error) {
	out := make([]*graph.Country, len(codes))
	err := s.read("mem.countryNames", func() error {
		for i, c := range codes {
			if s.countryRefs[c] > 0 {
				n := s.countryNames[c]
				out[i] = &graph.Country{Code: c, Name: n[0], NameEn: n[1]}
			}
		}
		return nil
	})
	return out, err
}

// cachedCountry is country(code), computed once per Ingest; the caller
// holds the read lock and must copy what it hands out.
func (s *Store) cachedCountry(code string) *graph.Country {
	if v, ok := s.views.countries.Load(code); ok {
		return v.(*graph.Country)
	}
	c := s.country(code)
	v, _ := s.views.countries.LoadOrStore(code, &c)
	return v.(*graph.Country)
}

func (s *Store) country(code string) graph.Country {
	n := s.countryNames[code]
	c := graph.Country{Code: code, Name: n[0], NameEn: n[1]}
	c.Supports = keys(s.countrySupports[code])
	c.AgreementDomains = keys(s.countryDomains[code])
	return c
}

// Initiatives implements graph.Store.
func (s *Store) Initiatives(ctx context.Context) ([]graph.Initiative, error) {
	var out []graph.Initiative
	err := s.read("mem.initiatives", func() error {
		set := map[string]bool{}
		for n, ms := range s.byInitiative {
			set[n] = set[n] || len(ms) > 0
		}
		for n, ss := range s.initiativeSupports {
			set[n] = set[n] || len(ss) > 0
		}
		for n, ps := range s.initiativeProposers {
			set[n] = set[n] || len(ps) > 0
		}
		for _, n := range sortedTrue(set) {
			in := graph.Initiative{Name: n, NameEn: s.initiativeEn[n], MeetingCount: len(s.byInitiative[n]), Proposers: keys(s.initiativeProposers[n])}
			for _, sp := range s.initiativeSupports[n] {
				in.Supports = append(in.Supports, cloneSupport(sp))
			}
			slices.SortFunc(in.Supports, func(a, b graph.Support) int {
				return cmp.Or(cmp.Compare(a.Country, b.Country), cmp.Compare(a.MeetingID, b.MeetingID))
			})
			out = append(out, in)
		}
		return nil
	})
	return out, err
}

// AgreementDomains implements graph.Store.
func (s *Store) AgreementDomains(ctx context.Context) ([]graph.AgreementDomain, error) {
	var out []graph.AgreementDomain
	err := s.read("mem.agreementDomains", func() error {
		for d, ms := range s.byDomain {
			if len(ms) == 0 {
				continue
			}
			ad := graph.AgreementDomain{Name: d, NameEn: s.domainEn[d], MeetingCount: len(ms)}
			for c, n := range s.domainCountries[d] {
				if n > 0 {
					ad.Countries = append(ad.Countries, graph.DomainCountry{Country: c, Count: n})
				}
			}
			slices.SortFunc(ad.Countries, func(a, b graph.DomainCountry) int {
				return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Country, b.Country))
			})
			out = append(out, ad)
		}
		slices.SortFunc(out, func(a, b graph.AgreementDomain) int {
			return cmp.Or(cmp.Compare(b.MeetingCount, a.MeetingCount), cmp.Compare(a.Name, b.Name))
		})
		return nil
	})
	return out, err
}

// Articles implements graph.Store.
func (s *Store) Articles(ctx context.Context, p graph.Page) (graph.ArticlePage, error) {
	var page graph.ArticlePage
	err := s.read("mem.articles", func() error {
		pg, err := p.Normalize()
		if err != nil {
			return err
		}
		all := s.sortedArticles()
		start := 0
		if pg.After != "" {
			after, err := graph.DecodeKindCursor(pg.After, "a")
			if err != nil {
				return err
			}
			start = sort.Search(len(all), func(i int) bool {
				return graph.MeetingLess(after[0], after[1], all[i].Date, all[i].ID)
			})
		}
		end := min(start+pg.First, len(all))
		page.TotalCount = len(all)
		page.Articles = make([]*graph.Article, 0, end-start)
		page.Cursors = make([]string, 0, end-start)
		for _, a := range all[start:end] {
			page.Articles = append(page.Articles, cloneArticle(a))
			page.Cursors = append(page.Cursors, graph.ArticleCursor(a))
		}
		page.HasNextPage = end < len(all)
		return nil
	})
	return page, err
}

// ArticlesByID implements graph.Store.
func (s *Store) ArticlesByID(ctx context.Context, ids []string) ([]*graph.Article, error) {
	out := make([]*graph.Article, len(ids))
	err := s.read("mem.articlesByID", func() error {
		for i, id := range ids {
			if a := s.articles[id]; a != nil {
				out[i] = cloneArticle(a)
			}
		}
		return nil
	})
	return out, err
}

// Counterparts implements graph.Store.
func (s *Store) Counterparts(ctx context.Context, leaders []string) ([][]graph.Counterpart, error) {
	return s.peerLists("mem.counterparts", leaders, (*graph.Peers).Counterparts)
}

// Colleagues implements graph.Store.
func (s *Store) Colleagues(ctx context.Context, leaders []string) ([][]graph.Counterpart, error) {
	return s.peerLists("mem.colleagues", leaders, (*graph.Peers).Colleagues)
}

func (s *Store) peerLists(op string, leaders []string, pick func(*graph.Peers) []graph.Counterpart) ([][]graph.Counterpart, error) {
	out := make([][]graph.Counterpart, len(leaders))
	err := s.read(op, func() error {
		for i, name := range leaders {
			out[i] = slices.Clone(pick(s.peers(name)))
		}
		return nil
	})
	return out, err
}

// peers computes a leader's counterparts and colleagues once per Ingest;
// the caller holds the read lock and must copy what it hands out.
func (s *Store) peers(name string) *graph.Peers {
	if v, ok := s.views.peers.Load(name); ok {
		return v.(*graph.Peers)
	}
	p := graph.NewPeers(name)
	for id := range s.byLeader[name] {
		m := s.meetings[id]
		p.Add(m.Date, m.Participants)
	}
	p.Freeze()
	v, _ := s.views.peers.LoadOrStore(name, p)
	return v.(*graph.Peers)
}

// Timeline implements graph.Store.
func (s *Store) Timeline(ctx context.Context, q graph.TimelineQuery) ([]graph.TimelineBucket, error) {
	var out []graph.TimelineBucket
	err := s.read("mem.timeline", func() error {
		ms := s.matching(graph.MeetingFilter{Country: q.Country, Leader: q.Leader, From: q.From, To: q.To})
		counts := map[string]int{}
		for _, m := range ms {
			counts[timelineMonth(m)]++
		}
		for _, month := range sortedKeys(counts) {
			out = append(out, graph.TimelineBucket{Month: month, Count: counts[month]})
		}
		return nil
	})
	return out, err
}

// ShortestPath implements graph.Store. Edges: a leader and the meetings he
// took part in, a leader and the countries he served, a meeting and the
// initiatives it mentions. Among shortest paths it returns the one whose
// node sequence is least (graph.NodeLess), as the Neo4j store does.
func (s *Store) ShortestPath(ctx context.Context, from, to graph.NodeRef) (*graph.Path, error) {
	var path *graph.Path
	err := s.read("mem.shortestPath", func() error {
		if !s.exists(from) || !s.exists(to) {
			return nil
		}
		if from == to {
			path = &graph.Path{Nodes: []graph.NodeRef{from}}
			return nil
		}
		// Distances to `to`, breadth first, up to MaxPathHops.
		dist := map[graph.NodeRef]int{to: 0}
		frontier := []graph.NodeRef{to}
		for d := 1; d <= graph.MaxPathHops && len(frontier) > 0; d++ {
			var next []graph.NodeRef
			for _, n := range frontier {
				for _, nb := range s.neighbours(n) {
					if _, ok := dist[nb]; !ok {
						dist[nb] = d
						next = append(next, nb)
					}
				}
			}
			if _, ok := dist[from]; ok {
				break
			}
			frontier = next
		}
		d, ok := dist[from]
		if !ok {
			return nil
		}
		// Walk down the distances, always to the least next node.
		p := &graph.Path{Nodes: []graph.NodeRef{from}}
		cur := from
		for ; d > 0; d-- {
			var best *graph.NodeRef
			for _, nb := range s.neighbours(cur) {
				if dd, ok := dist[nb]; ok && dd == d-1 && (best == nil || graph.NodeLess(nb, *best)) {
					nb := nb
					best = &nb
				}
			}
			cur = *best
			p.Nodes = append(p.Nodes, cur)
		}
		path = p
		return nil
	})
	return path, err
}

func (s *Store) exists(n graph.NodeRef) bool {
	switch n.Kind {
	case graph.NodeLeader:
		l := s.leaders[n.Key]
		return l != nil && l.live()
	case graph.NodeCountry:
		return s.countryRefs[n.Key] > 0
	case graph.NodeMeeting:
		return s.meetings[n.Key] != nil
	case graph.NodeInitiative:
		return len(s.byInitiative[n.Key]) > 0 || len(s.initiativeSupports[n.Key]) > 0 || len(s.initiativeProposers[n.Key]) > 0
	}
	return false
}

func (s *Store) neighbours(n graph.NodeRef) []graph.NodeRef {
	var out []graph.NodeRef
	switch n.Kind {
	case graph.NodeLeader:
		for id := range s.byLeader[n.Key] {
			out = append(out, graph.NodeRef{Kind: graph.NodeMeeting, Key: id})
		}
		if l := s.leaders[n.Key]; l != nil {
			for c, k := range l.served {
				if k > 0 {
					out = append(out, graph.NodeRef{Kind: graph.NodeCountry, Key: c})
				}
			}
		}
	case graph.NodeCountry:
		for name, k := range s.countryLeaders[n.Key] {
			if k > 0 {
				out = append(out, graph.NodeRef{Kind: graph.NodeLeader, Key: name})
			}
		}
	case graph.NodeMeeting:
		if m := s.meetings[n.Key]; m != nil {
			for _, p := range m.Participants {
				out = append(out, graph.NodeRef{Kind: graph.NodeLeader, Key: p.Name})
			}
			for _, in := range m.Initiatives {
				out = append(out, graph.NodeRef{Kind: graph.NodeInitiative, Key: in})
			}
		}
	case graph.NodeInitiative:
		for id := range s.byInitiative[n.Key] {
			out = append(out, graph.NodeRef{Kind: graph.NodeMeeting, Key: id})
		}
	}
	return out
}

// timelineMonth is the bucket of m in a timeline (graph.TimelineBucket):
// "YYYY-MM", "--MM" for a date without year, "" for none.
func timelineMonth(m *graph.Meeting) string {
	switch {
	case len(m.Date) >= 7:
		return m.Date[:7]
	case len(m.PartialDate) >= 4:
		return m.PartialDate[:4]
	}
	return ""
}

// heldTitle reports a participant of m (named leader, when not "") reported
// with title.
func heldTitle(m *graph.Meeting, title, leader string) bool {
	for _, p := range m.Participants {
		if p.Title == title && (leader == "" || p.Name == leader) {
			return true
		}
	}
	return false
}
