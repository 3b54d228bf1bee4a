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

	meetings      *dataloadgen.Loader[string, *graph.Meeting]
	leaders       *dataloadgen.Loader[string, *graph.Leader]
	countries     *dataloadgen.Loader[string, *graph.Country]
	articles      *dataloadgen.Loader[string, *graph.Article]
	meetingSearch *dataloadgen.Loader[graph.MeetingQuery, graph.MeetingPage]
	leaderSearch  *dataloadgen.Loader[graph.LeaderQuery, graph.LeaderPage]
	counterparts  *dataloadgen.Loader[string, []graph.Counterpart]
	timelines     *dataloadgen.Loader[graph.TimelineQuery, []graph.TimelineBucket]

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
	l.meetings = dataloadgen.NewLoader(batchFetch("load meetings", s.MeetingsByID), opts...)
	l.leaders = dataloadgen.NewLoader(batchFetch("load leaders", s.LeadersByName), opts...)
	l.countries = dataloadgen.NewLoader(batchFetch("load countries", s.CountriesByCode), opts...)
	l.articles = dataloadgen.NewLoader(batchFetch("load articles", s.ArticlesByID), opts...)
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
