package gql

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/dipgraph/dipgraph/graph"
)

// Lookups shaped by what the query selects.
//
// Dataloaders batch the lookups of one level of a query, but each level
// waits (Config.LoaderWait) for its keys to gather. Where a resolver has
// the whole list in hand (a page of meetings, a leader's counterparts),
// it asks the store for the next levels at once and primes the loaders,
// so that the nested resolvers find their answers without waiting. A
// lookup whose selection needs nothing the key does not already give
// (a leader's name, a country's code) is not made at all, and a country
// whose selection needs only its names is read without its aggregates
// (graph.Store.CountryNames).

// countryNeed is how much of a country a selection needs.
type countryNeed int

const (
	countryCode  countryNeed = iota // the code alone: no lookup
	countryNames                    // code and names: CountryNames
	countryFull                     // aggregates too: CountriesByCode
)

// selections are the selection sets of one field, gathered over aliases
// and fragments; several when the same field is selected more than once.
type selections []ast.SelectionSet

// current is the selection set of the field being resolved.
func current(ctx context.Context) selections {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return nil
	}
	return selections{fc.Field.Selections}
}

// child returns the selections of the fields called name selected on an
// object of type typ.
func (ss selections) child(ctx context.Context, typ, name string) selections {
	if len(ss) == 0 || !graphql.HasOperationContext(ctx) {
		return nil
	}
	oc := graphql.GetOperationContext(ctx)
	var out selections
	for _, s := range ss {
		for _, f := range graphql.CollectFields(oc, s, []string{typ}) {
			if f.Name == name {
				out = append(out, f.Selections)
			}
		}
	}
	return out
}

// path follows child through (type, field) pairs.
func (ss selections) path(ctx context.Context, steps ...string) selections {
	for i := 0; i+1 < len(steps) && len(ss) > 0; i += 2 {
		ss = ss.child(ctx, steps[i], steps[i+1])
	}
	return ss
}

// onlyFields reports whether the selections of an object of type typ ask
// for no field outside allowed (__typename is always allowed).
func (ss selections) onlyFields(ctx context.Context, typ string, allowed ...string) bool {
	if !graphql.HasOperationContext(ctx) {
		return false
	}
	oc := graphql.GetOperationContext(ctx)
	for _, s := range ss {
	fields:
		for _, f := range graphql.CollectFields(oc, s, []string{typ}) {
			if f.Name == "__typename" {
				continue
			}
			for _, a := range allowed {
				if f.Name == a {
					continue fields
				}
			}
			return false
		}
	}
	return true
}

// leaderNeedsLookup reports whether leader selections ask for more than
// the name.
func (ss selections) leaderNeedsLookup(ctx context.Context) bool {
	return len(ss) > 0 && !ss.onlyFields(ctx, "Leader", "name")
}

// countryNeed says what country selections need.
func (ss selections) countryNeed(ctx context.Context) countryNeed {
	switch {
	case len(ss) == 0 || ss.onlyFields(ctx, "Country", "code"):
		return countryCode
	case ss.onlyFields(ctx, "Country", "code", "name", "nameEn"):
		return countryNames
	}
	return countryFull
}

// needKey names a memoised selection check of one field of the
// operation: the same field resolves once per item of its list, and its
// selections are the same every time.
type needKey struct {
	field *ast.Field
	what  byte // 'l': leaderNeedsLookup, 'c': countryNeed
}

// fieldNeed memoises a check of the current field's selections for the
// request (ast fields are the request's own; no pointer outlives it).
func (r *Resolver) fieldNeed(ctx context.Context, what byte, check func(selections) int) int {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return check(nil)
	}
	l := r.loadersFor(ctx)
	k := needKey{fc.Field.Field, what}
	if v, ok := l.needs.Load(k); ok {
		return v.(int)
	}
	n := check(selections{fc.Field.Selections})
	l.needs.Store(k, n)
	return n
}

// currentLeaderNeedsLookup is leaderNeedsLookup of the current field.
func (r *Resolver) currentLeaderNeedsLookup(ctx context.Context) bool {
	return r.fieldNeed(ctx, 'l', func(ss selections) int {
		if ss.leaderNeedsLookup(ctx) {
			return 1
		}
		return 0
	}) == 1
}

// currentCountryNeed is countryNeed of the current field.
func (r *Resolver) currentCountryNeed(ctx context.Context) countryNeed {
	return countryNeed(r.fieldNeed(ctx, 'c', func(ss selections) int { return int(ss.countryNeed(ctx)) }))
}

// inList reports whether the field being resolved is inside a list, so
// that sibling resolvers may batch with it; outside one, a loader would
// only wait.
func inList(ctx context.Context) bool {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if fc.Index != nil {
			return true
		}
	}
	return false
}

// Inside a list, a prefetch per item would be an N+1: there the loaders
// batch the level instead, and the prefetches do nothing.

// prefetchLeaders loads the leaders a list refers to, when the selections
// of those leaders need a lookup, and then their countries as the
// selections need them; the answers prime the loaders.
func (r *Resolver) prefetchLeaders(ctx context.Context, names []string, sel selections) error {
	if len(names) == 0 || inList(ctx) || !sel.leaderNeedsLookup(ctx) {
		return nil
	}
	l := r.loadersFor(ctx)
	names = l.leaders.missing(names)
	if len(names) == 0 {
		return nil
	}
	ls, err := r.store.LeadersByName(ctx, names)
	if err != nil {
		return err
	}
	var codes []string
	for i, n := range names {
		if i < len(ls) {
			l.leaders.Prime(n, ls[i])
			if ls[i] != nil {
				codes = append(codes, ls[i].Country)
			}
		}
	}
	return r.prefetchCountries(ctx, codes, sel.child(ctx, "Leader", "country"))
}

// prefetchCountries loads the countries a list refers to, as far as
// their selections need, and primes the loaders.
func (r *Resolver) prefetchCountries(ctx context.Context, codes []string, sel selections) error {
	need := sel.countryNeed(ctx)
	if need == countryCode || inList(ctx) {
		return nil
	}
	l := r.loadersFor(ctx)
	ld, fetch := l.countryNames, r.store.CountryNames
	if need == countryFull {
		ld, fetch = l.countries, r.store.CountriesByCode
	}
	codes = ld.missing(codes)
	if len(codes) == 0 {
		return nil
	}
	cs, err := fetch(ctx, codes)
	if err != nil {
		return err
	}
	for i, c := range codes {
		if i < len(cs) {
			ld.Prime(c, cs[i])
		}
	}
	return nil
}

// prefetchMeetings prepares the nested lookups of a page of meetings
// whose edges (or nodes) are selected by sel (selections of Meeting).
func (r *Resolver) prefetchMeetings(ctx context.Context, ms []*graph.Meeting, sel selections) error {
	if len(ms) == 0 || inList(ctx) {
		return nil
	}
	parts := sel.child(ctx, "Meeting", "participants")
	if len(parts) == 0 {
		return nil
	}
	var names, codes []string
	for _, m := range ms {
		if m == nil {
			continue
		}
		for _, p := range m.Participants {
			names = append(names, p.Name)
			if p.Country != "" {
				codes = append(codes, p.Country)
			}
		}
	}
	if err := r.prefetchLeaders(ctx, names, parts.child(ctx, "Participant", "leader")); err != nil {
		return err
	}
	return r.prefetchCountries(ctx, codes, parts.child(ctx, "Participant", "country"))
}
