package gql

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/dipgraph/dipgraph/graph"
)

// loaders are the per-request dataloaders: every nested lookup of one
// kind made while resolving a request is batched into one call of the
// store's batch method, and repeated keys are answered from the cache.
type loaders struct {
	store graph.Store

	meetings      *loader[string, *graph.Meeting]
	leaders       *loader[string, *graph.Leader]
	countries     *loader[string, *graph.Country] // with aggregates
	countryNames  *loader[string, *graph.Country] // code and names only
	articles      *loader[string, *graph.Article]
	meetingSearch *dataloadgen.Loader[graph.MeetingQuery, graph.MeetingPage]
	leaderSearch  *dataloadgen.Loader[graph.LeaderQuery, graph.LeaderPage]
	counterparts  *dataloadgen.Loader[string, []graph.Counterpart]
	colleagues    *dataloadgen.Loader[string, []graph.Counterpart]
	timelines     *dataloadgen.Loader[graph.TimelineQuery, []graph.TimelineBucket]

	needs sync.Map // needKey → memoised selection check (prefetch.go)

	initiatives func(context.Context) (map[string]*graph.Initiative, []*graph.Initiative, error)
	domains     func(context.Context) (map[string]*graph.AgreementDomain, []*graph.AgreementDomain, error)
}

type loadersKey struct{}

// batchFetch adapts a store batch method (one answer per key, in order)
// to a dataloader fetch function.
func batchFetch[K comparable, V any](op string, f func(ctx context.Context, keys []K) ([]V, error)) func(ctx context.Context, keys []K) ([]V, []error) {
	return func(ctx context.Context, keys []K) ([]V, []error) {
		vs, err := f(ctx, keys)
		if err != nil {
			return nil, []error{fmt.Errorf("%s: %w", op, err)}
		}
		if len(vs) != len(keys) {
			return nil, []error{graph.E(op, graph.Internal, fmt.Errorf("store returned %d answers for %d keys", len(vs), len(keys)))}
		}
		return vs, nil
	}
}

func newLoaders(s graph.Store, wait time.Duration) *loaders {
	opts := []dataloadgen.Option{dataloadgen.WithWait(wait), dataloadgen.WithBatchCapacity(1000)}
	l := &loaders{store: s}
	l.meetings = newLoader(batchFetch("load meetings", s.MeetingsByID), opts...)
	l.leaders = newLoader(batchFetch("load leaders", s.LeadersByName), opts...)
	l.countries = newLoader(batchFetch("load countries", s.CountriesByCode), opts...)
	l.countryNames = newLoader(batchFetch("load country names", s.CountryNames), opts...)
	l.articles = newLoader(batchFetch("load articles", s.ArticlesByID), opts...)
	l.meetingSearch = dataloadgen.NewLoader(batchFetch("search meetings", func(ctx context.Context, qs []graph.MeetingQuery) ([]graph.MeetingPage, error) {
		ps, err := s.SearchMeetings(ctx, qs)
		if err == nil {
			for _, p := range ps {
				for _, m := range p.Meetings {
					if m != nil {
						l.meetings.Prime(m.ID, m)
					}
				}
			}
		}
		return ps, err
	}), opts...)
	l.leaderSearch = dataloadgen.NewLoader(batchFetch("search leaders", func(ctx context.Context, qs []graph.LeaderQuery) ([]graph.LeaderPage, error) {
		ps, err := s.SearchLeaders(ctx, qs)
		if err == nil {
			for _, p := range ps {
				for _, x := range p.Leaders {
					if x != nil {
						l.leaders.Prime(x.Name, x)
					}
				}
			}
		}
		return ps, err
	}), opts...)
	l.counterparts = dataloadgen.NewLoader(batchFetch("load counterparts", s.Counterparts), opts...)
	l.colleagues = dataloadgen.NewLoader(batchFetch("load colleagues", s.Colleagues), opts...)
	// The store has no batch timeline; the loader still answers repeated
	// questions once.
	l.timelines = dataloadgen.NewLoader(batchFetch("load timelines", func(ctx context.Context, qs []graph.TimelineQuery) ([][]graph.TimelineBucket, error) {
		out := make([][]graph.TimelineBucket, len(qs))
		for i, q := range qs {
			t, err := s.Timeline(ctx, q)
			if err != nil {
				return nil, err
			}
			out[i] = t
		}
		return out, nil
	}), opts...)

	l.initiatives = memo(func(ctx context.Context) ([]graph.Initiative, error) { return s.Initiatives(ctx) },
		func(i *graph.Initiative) string { return i.Name })
	l.domains = memo(func(ctx context.Context) ([]graph.AgreementDomain, error) { return s.AgreementDomains(ctx) },
		func(d *graph.AgreementDomain) string { return d.Name })
	return l
}

// loader is a dataloader that remembers which keys were primed, so that
// a prefetch asks the store only for keys not primed yet.
type loader[K comparable, V any] struct {
	*dataloadgen.Loader[K, V]
	fetch  func(context.Context, []K) ([]V, []error)
	mu     sync.Mutex
	primed map[K]struct{}
}

func newLoader[K comparable, V any](fetch func(context.Context, []K) ([]V, []error), opts ...dataloadgen.Option) *loader[K, V] {
	return &loader[K, V]{Loader: dataloadgen.NewLoader(fetch, opts...), fetch: fetch, primed: map[K]struct{}{}}
}

// get is Load, except that outside any list (where no sibling can join
// the batch) a key not primed is fetched at once rather than after the
// loader's wait.
func (l *loader[K, V]) get(ctx context.Context, key K) (V, error) {
	if inList(ctx) || len(l.missing([]K{key})) == 0 {
		return l.Load(ctx, key)
	}
	vs, errs := l.fetch(ctx, []K{key})
	if len(errs) > 0 && errs[0] != nil {
		var zero V
		return zero, errs[0]
	}
	l.Prime(key, vs[0])
	return vs[0], nil
}

// Prime caches the value of a key (a key already cached keeps its value).
func (l *loader[K, V]) Prime(key K, value V) bool {
	l.mu.Lock()
	l.primed[key] = struct{}{}
	l.mu.Unlock()
	return l.Loader.Prime(key, value)
}

// missing returns the distinct keys that were not primed, in order.
func (l *loader[K, V]) missing(keys []K) []K {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []K
	seen := make(map[K]struct{}, len(keys))
	for _, k := range keys {
		if _, ok := l.primed[k]; ok {
			continue
		}
		if _, ok := seen[k]; ok {
			continue
		}
		seen[k] = struct{}{}
		out = append(out, k)
	}
	return out
}

// memo loads a whole small collection (initiatives, agreement domains)
// at most once per request, with the first caller's context, and indexes
// it by name.
func memo[T any](load func(context.Context) ([]T, error), key func(*T) string) func(context.Context) (map[string]*T, []*T, error) {
	var (
		once  sync.Once
		byKey map[string]*T
		all   []*T
		err   error
	)
	return func(ctx context.Context) (map[string]*T, []*T, error) {
		once.Do(func() {
			var vs []T
			vs, err = load(ctx)
			if err != nil {
				return
			}
			byKey = make(map[string]*T, len(vs))
			all = make([]*T, len(vs))
			for i := range vs {
				all[i] = &vs[i]
				byKey[key(&vs[i])] = &vs[i]
			}
		})
		return byKey, all, err
	}
}

// searchMeetings answers a meeting search through the loader when the
// search may batch with others (inside a list), else at once.
func (l *loaders) searchMeetings(ctx context.Context, q graph.MeetingQuery) (graph.MeetingPage, error) {
	if inList(ctx) {
		return l.meetingSearch.Load(ctx, q)
	}
	ps, err := l.store.SearchMeetings(ctx, []graph.MeetingQuery{q})
	if err != nil {
		return graph.MeetingPage{}, fmt.Errorf("search meetings: %w", err)
	}
	if len(ps) != 1 {
		return graph.MeetingPage{}, graph.E("search meetings", graph.Internal, fmt.Errorf("store returned %d answers for 1 query", len(ps)))
	}
	for _, m := range ps[0].Meetings {
		if m != nil {
			l.meetings.Prime(m.ID, m)
		}
	}
	return ps[0], nil
}

// searchLeaders is searchMeetings for leader searches.
func (l *loaders) searchLeaders(ctx context.Context, q graph.LeaderQuery) (graph.LeaderPage, error) {
	if inList(ctx) {
		return l.leaderSearch.Load(ctx, q)
	}
	ps, err := l.store.SearchLeaders(ctx, []graph.LeaderQuery{q})
	if err != nil {
		return graph.LeaderPage{}, fmt.Errorf("search leaders: %w", err)
	}
	if len(ps) != 1 {
		return graph.LeaderPage{}, graph.E("search leaders", graph.Internal, fmt.Errorf("store returned %d answers for 1 query", len(ps)))
	}
	for _, x := range ps[0].Leaders {
		if x != nil {
			l.leaders.Prime(x.Name, x)
		}
	}
	return ps[0], nil
}

// loadCounterparts is searchMeetings for a leader's counterparts.
func (l *loaders) loadCounterparts(ctx context.Context, leader string) ([]graph.Counterpart, error) {
	return loadPeers(ctx, "load counterparts", l.counterparts, l.store.Counterparts, leader)
}

// loadColleagues is loadCounterparts for a leader's colleagues.
func (l *loaders) loadColleagues(ctx context.Context, leader string) ([]graph.Counterpart, error) {
	return loadPeers(ctx, "load colleagues", l.colleagues, l.store.Colleagues, leader)
}

// loadPeers batches through the loader inside a list, and asks the store
// at once outside any (see prefetch.go).
func loadPeers(ctx context.Context, op string, ld *dataloadgen.Loader[string, []graph.Counterpart],
	fetch func(context.Context, []string) ([][]graph.Counterpart, error), leader string) ([]graph.Counterpart, error) {
	if inList(ctx) {
		return ld.Load(ctx, leader)
	}
	cs, err := fetch(ctx, []string{leader})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if len(cs) != 1 {
		return nil, graph.E(op, graph.Internal, fmt.Errorf("store returned %d answers for 1 leader", len(cs)))
	}
	return cs[0], nil
}

func withLoaders(ctx context.Context, l *loaders) context.Context {
	return context.WithValue(ctx, loadersKey{}, l)
}

// loadersFor returns the request's loaders. Outside a request (a resolver
// called directly) it makes fresh ones so that resolvers never fail for
// lack of them.
func (r *Resolver) loadersFor(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(r.store, r.cfg.LoaderWait)
}
