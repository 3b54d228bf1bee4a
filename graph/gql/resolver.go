package gql

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql/internal/exec"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// ExtractFunc turns one report into documents ready for the store. The
// command wires it to extract + graph/build; graph/gql does not import
// the extractor.
type ExtractFunc func(ctx context.Context, text, date, source, url string) ([]graph.Document, error)

// Config configures the GraphQL endpoint (NewHandler). The zero value is
// usable: ingest is refused and every limit takes its default. The HTTP
// server's own settings (CORS, body size, timeout, result cache) are
// graph/httpapi's Config.
type Config struct {
	// IngestToken is the bearer token the ingest mutation needs; empty
	// refuses every ingest.
	IngestToken string
	// Extract turns ingested text into documents; nil refuses ingest.
	Extract ExtractFunc
	// ReviewThreshold is the confidence under which facts are listed by
	// reviewQueue when the query gives none; 0 means graph.DefaultReviewThreshold.
	ReviewThreshold float64
	// Logger receives structured logs; nil uses slog.Default().
	Logger *slog.Logger

	MaxComplexity int // query complexity limit; default 10000
	MaxDepth      int // selection depth limit; default 15
	MaxTokens     int // query tokens the parser accepts; default 10000
	// MaxAuthFailures is the number of wrong bearer tokens one client
	// address may send in a minute; past it the address is refused
	// (RATE_LIMITED) until the minute ends. Default 10.
	MaxAuthFailures int
	// MaxFields bounds the fields of an operation once its fragments
	// are expanded (a fragment spread twice per level doubles them at
	// each level); default 10000.
	MaxFields    int
	APQCacheSize int // automatic persisted queries kept; default 1000
	// LoaderWait is how long dataloaders gather keys before a batch;
	// default 1ms (each level of a nested query waits once; lookups made
	// outside lists, and the levels under a page, do not wait).
	LoaderWait time.Duration
}

func (c Config) withDefaults() Config {
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.MaxComplexity <= 0 {
		c.MaxComplexity = 10000
	}
	if c.MaxDepth <= 0 {
		c.MaxDepth = 15
	}
	if c.MaxAuthFailures <= 0 {
		c.MaxAuthFailures = 10
	}
	if c.MaxFields <= 0 {
		c.MaxFields = 10000
	}
	if c.MaxTokens <= 0 {
		c.MaxTokens = 10000
	}
	if c.APQCacheSize <= 0 {
		c.APQCacheSize = 1000
	}
	if c.LoaderWait <= 0 {
		c.LoaderWait = time.Millisecond
	}
	return c
}

// Resolver holds the resolvers' dependencies: the store and the config.
type Resolver struct {
	store    graph.Store
	cfg      Config
	throttle *authThrottle // wrong tokens per client address
}

// NewResolver returns the root resolver over a store.
func NewResolver(store graph.Store, cfg Config) *Resolver {
	cfg = cfg.withDefaults()
	return &Resolver{store: store, cfg: cfg, throttle: newAuthThrottle(cfg.MaxAuthFailures, time.Minute)}
}

// Root resolvers.

func (r *Resolver) AgreementDomain() exec.AgreementDomainResolver { return agreementDomainResolver{r} }
func (r *Resolver) Article() exec.ArticleResolver                 { return articleResolver{r} }
func (r *Resolver) Counterpart() exec.CounterpartResolver         { return counterpartResolver{r} }
func (r *Resolver) Country() exec.CountryResolver                 { return countryResolver{r} }
func (r *Resolver) CountryCount() exec.CountryCountResolver       { return countryCountResolver{r} }
func (r *Resolver) Evidence() exec.EvidenceResolver               { return evidenceResolver{r} }
func (r *Resolver) Initiative() exec.InitiativeResolver           { return initiativeResolver{r} }
func (r *Resolver) Leader() exec.LeaderResolver                   { return leaderResolver{r} }
func (r *Resolver) Meeting() exec.MeetingResolver                 { return meetingResolver{r} }
func (r *Resolver) Mutation() exec.MutationResolver               { return mutationResolver{r} }
func (r *Resolver) Participant() exec.ParticipantResolver         { return participantResolver{r} }
func (r *Resolver) Proposal() exec.ProposalResolver               { return proposalResolver{r} }
func (r *Resolver) Query() exec.QueryResolver                     { return queryResolver{r} }
func (r *Resolver) Support() exec.SupportResolver                 { return supportResolver{r} }

type (
	agreementDomainResolver struct{ *Resolver }
	articleResolver         struct{ *Resolver }
	counterpartResolver     struct{ *Resolver }
	countryResolver         struct{ *Resolver }
	countryCountResolver    struct{ *Resolver }
	evidenceResolver        struct{ *Resolver }
	initiativeResolver      struct{ *Resolver }
	leaderResolver          struct{ *Resolver }
	meetingResolver         struct{ *Resolver }
	mutationResolver        struct{ *Resolver }
	participantResolver     struct{ *Resolver }
	proposalResolver        struct{ *Resolver }
	queryResolver           struct{ *Resolver }
	supportResolver         struct{ *Resolver }
)

// Helpers.

// opt turns "" (unknown) into null.
func opt[T ~string](s T) *T {
	if s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// page validates first/after against the page size limits.
// first: 0 asks for no items, only totalCount and hasNextPage: the store
// is asked for one item, which is dropped.
func page(first *int, after *string) (p graph.Page, countOnly bool, err error) {
	p = graph.Page{After: deref(after)}
	if first != nil {
		p.First = *first
		if *first == 0 {
			p.First, countOnly = 1, true
		}
	}
	p, err = p.Normalize()
	return p, countOnly, err
}

// meetingPage validates the page of a meeting search, cursor included, so
// that a bad cursor is bad input whatever the store.
func meetingPage(first *int, after *string, o graph.MeetingOrder) (graph.Page, bool, error) {
	p, countOnly, err := page(first, after)
	if err != nil {
		return p, false, err
	}
	if err := o.Validate(); err != nil {
		return p, false, err
	}
	if p.After != "" {
		if _, _, _, err := o.DecodeCursor(p.After); err != nil {
			return p, false, err
		}
	}
	return p, countOnly, nil
}

func (r *Resolver) searchMeetings(ctx context.Context, f graph.MeetingFilter, first *int, after *string) (*exec.MeetingConnection, error) {
	return r.searchMeetingsOrdered(ctx, f, graph.MeetingOrder{}, first, after)
}

// searchMeetingsOrdered is searchMeetings in order o.
func (r *Resolver) searchMeetingsOrdered(ctx context.Context, f graph.MeetingFilter, o graph.MeetingOrder, first *int, after *string) (*exec.MeetingConnection, error) {
	p, countOnly, err := meetingPage(first, after, o)
	if err != nil {
		return nil, err
	}
	res, err := r.loadersFor(ctx).searchMeetings(ctx, graph.MeetingQuery{Filter: f, Page: p, Order: o})
	if err != nil {
		return nil, err
	}
	if countOnly {
		res.HasNextPage, res.Meetings = len(res.Meetings) > 0, nil
	}
	if err := r.prefetchMeetings(ctx, res.Meetings, current(ctx).path(ctx, "MeetingConnection", "edges", "MeetingEdge", "node")); err != nil {
		return nil, err
	}
	c := &exec.MeetingConnection{TotalCount: res.TotalCount, Edges: make([]*exec.MeetingEdge, 0, len(res.Meetings)), PageInfo: &exec.PageInfo{HasNextPage: res.HasNextPage, HasPreviousPage: p.After != ""}}
	for i, m := range res.Meetings {
		cur := cursorAt(res.Cursors, i)
		if m == nil {
			continue
		}
		if cur == "" {
			cur = graph.MeetingCursor(m)
		}
		c.Edges = append(c.Edges, &exec.MeetingEdge{Cursor: cur, Node: m})
		c.PageInfo.EndCursor = &cur
		if c.PageInfo.StartCursor == nil {
			c.PageInfo.StartCursor = &cur
		}
	}
	return c, nil
}

func cursorAt(cs []string, i int) string {
	if i < len(cs) {
		return cs[i]
	}
	return ""
}

func (r *Resolver) meetingByID(ctx context.Context, id string) (*graph.Meeting, error) {
	if id == "" {
		return nil, nil
	}
	return r.loadersFor(ctx).meetings.get(ctx, id)
}

func (r *Resolver) articleByID(ctx context.Context, id string) (*graph.Article, error) {
	if id == "" {
		return nil, nil
	}
	return r.loadersFor(ctx).articles.get(ctx, id)
}

// leaderByName returns the leader node; a name the store does not know as
// a leader node still resolves (to a leader with that name only), since a
// participant is always a leader.
func (r *Resolver) leaderByName(ctx context.Context, name string) (*graph.Leader, error) {
	l, err := r.loadersFor(ctx).leaders.get(ctx, name)
	if err != nil {
		return nil, err
	}
	if l == nil {
		l = nameOnlyLeader(name)
	}
	return l, nil
}

// canonicalLeader is the canonical name of the leader a filter names by
// any of his names (leader(name:) explains which); a name that is no
// leader's stays as it is (and matches nothing).
func (r *Resolver) canonicalLeader(ctx context.Context, name string) (string, error) {
	if name == "" {
		return "", nil
	}
	l, err := r.loadersFor(ctx).leaders.get(ctx, name)
	if err != nil || l == nil {
		return name, err
	}
	return l.Name, nil
}

func nameOnlyLeader(name string) *graph.Leader {
	return &graph.Leader{ID: graph.LeaderID(name), Name: name}
}

// leaderRef resolves a field of type Leader: as leaderByName, without a
// lookup when the field selects only the name.
func (r *Resolver) leaderRef(ctx context.Context, name string) (*graph.Leader, error) {
	if !r.currentLeaderNeedsLookup(ctx) {
		return nameOnlyLeader(name), nil
	}
	return r.leaderByName(ctx, name)
}

// leaderRefs resolves a field of type [Leader] (see leaderRef).
func (r *Resolver) leaderRefs(ctx context.Context, names []string) ([]*graph.Leader, error) {
	var ls []*graph.Leader
	if r.currentLeaderNeedsLookup(ctx) {
		var err error
		if ls, err = r.loadersFor(ctx).leaders.LoadAll(ctx, names); err != nil {
			return nil, err
		}
	} else {
		ls = make([]*graph.Leader, len(names))
	}
	for i, l := range ls {
		if l == nil {
			ls[i] = nameOnlyLeader(names[i])
		}
	}
	return ls, nil
}

// countryByCode returns a country; "" is null, and a code the store has
// no node for resolves to a country named by its code.
func (r *Resolver) countryByCode(ctx context.Context, code string) (*graph.Country, error) {
	return r.countryAs(ctx, code, countryFull)
}

func (r *Resolver) countryAs(ctx context.Context, code string, need countryNeed) (*graph.Country, error) {
	if code == "" {
		return nil, nil
	}
	var c *graph.Country
	var err error
	switch need {
	case countryNames:
		c, err = r.loadersFor(ctx).countryNames.get(ctx, code)
	case countryFull:
		c, err = r.loadersFor(ctx).countries.get(ctx, code)
	}
	if err != nil {
		return nil, err
	}
	if c == nil {
		c = codeOnlyCountry(code)
	}
	return c, nil
}

func codeOnlyCountry(code string) *graph.Country {
	return &graph.Country{Code: code, Name: code, NameEn: code}
}

// countryRef resolves a field of type Country: as countryByCode, reading
// only as much of the country as the field selects.
func (r *Resolver) countryRef(ctx context.Context, code string) (*graph.Country, error) {
	return r.countryAs(ctx, code, r.currentCountryNeed(ctx))
}

// countryRefs resolves a field of type [Country] (see countryRef).
func (r *Resolver) countryRefs(ctx context.Context, codes []string) ([]*graph.Country, error) {
	if len(codes) == 0 {
		return []*graph.Country{}, nil
	}
	var cs []*graph.Country
	var err error
	switch r.currentCountryNeed(ctx) {
	case countryCode:
		cs = make([]*graph.Country, len(codes))
	case countryNames:
		cs, err = r.loadersFor(ctx).countryNames.LoadAll(ctx, codes)
	default:
		cs, err = r.loadersFor(ctx).countries.LoadAll(ctx, codes)
	}
	if err != nil {
		return nil, err
	}
	for i, c := range cs {
		if c == nil {
			cs[i] = codeOnlyCountry(codes[i])
		}
	}
	return cs, nil
}

// initiativesByName returns initiatives by name. Only the name is filled:
// the aggregates (proposers, supporters, counts) resolve from the full
// list only when asked for (see fullInitiative), since most queries ask a
// meeting's initiatives for their names only.
func (r *Resolver) initiativesByName(ctx context.Context, names []string) ([]*graph.Initiative, error) {
	out := make([]*graph.Initiative, len(names))
	for i, n := range names {
		out[i] = &graph.Initiative{Name: n}
	}
	return out, nil
}

// fullInitiative returns the stored initiative with its aggregates; an
// initiative the store does not list has none.
func (r *Resolver) fullInitiative(ctx context.Context, i *graph.Initiative) (*graph.Initiative, error) {
	byName, _, err := r.loadersFor(ctx).initiatives(ctx)
	if err != nil {
		return nil, fmt.Errorf("load initiatives: %w", err)
	}
	if full := byName[i.Name]; full != nil {
		return full, nil
	}
	return &graph.Initiative{Name: i.Name}, nil
}

// domainsByName returns agreement domains by name, name only (see
// fullDomain).
func (r *Resolver) domainsByName(ctx context.Context, names []string) ([]*graph.AgreementDomain, error) {
	out := make([]*graph.AgreementDomain, len(names))
	for i, n := range names {
		out[i] = &graph.AgreementDomain{Name: n}
	}
	return out, nil
}

func (r *Resolver) fullDomain(ctx context.Context, d *graph.AgreementDomain) (*graph.AgreementDomain, error) {
	byName, _, err := r.loadersFor(ctx).domains(ctx)
	if err != nil {
		return nil, fmt.Errorf("load agreement domains: %w", err)
	}
	if full := byName[d.Name]; full != nil {
		return full, nil
	}
	return &graph.AgreementDomain{Name: d.Name}, nil
}

func (r *Resolver) timeline(ctx context.Context, q graph.TimelineQuery) ([]*graph.TimelineBucket, error) {
	ts, err := r.loadersFor(ctx).timelines.Load(ctx, q)
	if err != nil {
		return nil, err
	}
	return monthBuckets(ts), nil
}

func nonNil[T any](xs []*T) []*T {
	out := xs[:0:0]
	for _, x := range xs {
		if x != nil {
			out = append(out, x)
		}
	}
	if out == nil {
		out = []*T{}
	}
	return out
}

// Query.

func (r queryResolver) Meetings(ctx context.Context, filter *exec.MeetingFilter, first *int, after *string, orderBy *exec.MeetingOrder) (*exec.MeetingConnection, error) {
	var f graph.MeetingFilter
	if filter != nil {
		f = graph.MeetingFilter{
			Country: strings.ToUpper(deref(filter.Country)), Leader: deref(filter.Leader),
			From: deref(filter.From), To: deref(filter.To),
			Initiative: deref(filter.Initiative), AgreementDomain: deref(filter.AgreementDomain),
		}
		if filter.Kind != nil {
			f.Kind = *filter.Kind
		}
		if filter.DatePrecision != nil {
			f.DatePrecision = string(*filter.DatePrecision)
		}
		f.Title = deref(filter.Title)
		codes := make([]string, len(filter.Countries))
		for i, c := range filter.Countries {
			codes[i] = strings.ToUpper(c)
		}
		f.Countries = graph.ListOf(codes...)
		kinds := make([]string, len(filter.Kinds))
		for i, k := range filter.Kinds {
			kinds[i] = string(k)
		}
		f.Kinds = graph.ListOf(kinds...)
		var err error
		if f.Leader, err = r.canonicalLeader(ctx, f.Leader); err != nil {
			return nil, err
		}
		if f.From != "" && f.To != "" && f.From > f.To {
			return nil, graph.E("meetings", graph.Invalid, fmt.Errorf("filter.from %s is after filter.to %s", f.From, f.To))
		}
	}
	return r.searchMeetingsOrdered(ctx, f, meetingOrder(orderBy), first, after)
}

// meetingOrder is the store's order of an orderBy argument: DESC for
// dates and ASC for kinds and countries unless a direction is given.
func meetingOrder(o *exec.MeetingOrder) graph.MeetingOrder {
	if o == nil {
		return graph.MeetingOrder{}
	}
	out := graph.MeetingOrder{By: string(o.Field), Asc: o.Field != exec.MeetingOrderFieldDate}
	if o.Direction != nil {
		out.Asc = *o.Direction == exec.OrderDirectionAsc
	}
	return out
}

// leaderOrder is the store's order of an orderBy argument: ASC for names
// and DESC for meeting counts unless a direction is given.
func leaderOrder(o *exec.LeaderOrder) graph.LeaderOrder {
	if o == nil {
		return graph.LeaderOrder{}
	}
	out := graph.LeaderOrder{By: string(o.Field), Desc: o.Field == exec.LeaderOrderFieldMeetingCount}
	if o.Direction != nil {
		out.Desc = *o.Direction == exec.OrderDirectionDesc
	}
	return out
}

// Root fields ask the store at once (a single key needs no batching)
// and prime the request's loaders with the answer.

func (r queryResolver) Meeting(ctx context.Context, id string) (*graph.Meeting, error) {
	ms, err := r.store.MeetingsByID(ctx, []string{id})
	if err != nil {
		return nil, fmt.Errorf("meeting: %w", err)
	}
	if len(ms) != 1 || ms[0] == nil {
		return nil, nil
	}
	r.loadersFor(ctx).meetings.Prime(id, ms[0])
	return ms[0], nil
}

func (r queryResolver) Leaders(ctx context.Context, filter *exec.LeaderFilter, first *int, after *string, orderBy *exec.LeaderOrder) (*exec.LeaderConnection, error) {
	p, countOnly, err := page(first, after)
	if err != nil {
		return nil, err
	}
	var f graph.LeaderFilter
	if filter != nil {
		f = graph.LeaderFilter{Country: strings.ToUpper(deref(filter.Country)), Name: deref(filter.Name)}
	}
	res, err := r.loadersFor(ctx).leaderSearch.Load(ctx, graph.LeaderQuery{Filter: f, Page: p, Order: leaderOrder(orderBy)})
	if err != nil {
		return nil, err
	}
	if countOnly {
		res.HasNextPage, res.Leaders = len(res.Leaders) > 0, nil
	}
	c := &exec.LeaderConnection{TotalCount: res.TotalCount, Edges: make([]*exec.LeaderEdge, 0, len(res.Leaders)), PageInfo: &exec.PageInfo{HasNextPage: res.HasNextPage, HasPreviousPage: p.After != ""}}
	for i, l := range res.Leaders {
		if l == nil {
			continue
		}
		cur := cursorAt(res.Cursors, i)
		c.Edges = append(c.Edges, &exec.LeaderEdge{Cursor: cur, Node: l})
		c.PageInfo.EndCursor = &cur
		if c.PageInfo.StartCursor == nil {
			c.PageInfo.StartCursor = &cur
		}
	}
	return c, nil
}

func (r queryResolver) Leader(ctx context.Context, name string) (*graph.Leader, error) {
	ls, err := r.store.LeadersByName(ctx, []string{name})
	if err != nil {
		return nil, fmt.Errorf("leader: %w", err)
	}
	if len(ls) != 1 || ls[0] == nil {
		return nil, nil
	}
	r.loadersFor(ctx).leaders.Prime(name, ls[0])
	return ls[0], nil
}

func (r queryResolver) Countries(ctx context.Context) ([]*graph.Country, error) {
	cs, err := r.store.Countries(ctx)
	if err != nil {
		return nil, fmt.Errorf("countries: %w", err)
	}
	l := r.loadersFor(ctx)
	out := make([]*graph.Country, len(cs))
	for i := range cs {
		out[i] = &cs[i]
		l.countries.Prime(cs[i].Code, out[i])
	}
	return out, nil
}

func (r queryResolver) Country(ctx context.Context, code string) (*graph.Country, error) {
	code = strings.ToUpper(code)
	cs, err := r.store.CountriesByCode(ctx, []string{code})
	if err != nil {
		return nil, fmt.Errorf("country: %w", err)
	}
	if len(cs) != 1 || cs[0] == nil {
		return nil, nil
	}
	r.loadersFor(ctx).countries.Prime(code, cs[0])
	return cs[0], nil
}

func (r queryResolver) Initiatives(ctx context.Context) ([]*graph.Initiative, error) {
	_, all, err := r.loadersFor(ctx).initiatives(ctx)
	if err != nil {
		return nil, fmt.Errorf("initiatives: %w", err)
	}
	return all, nil
}

func (r queryResolver) Initiative(ctx context.Context, name string) (*graph.Initiative, error) {
	byName, all, err := r.loadersFor(ctx).initiatives(ctx)
	if err != nil {
		return nil, fmt.Errorf("initiative: %w", err)
	}
	if in := byName[name]; in != nil {
		return in, nil
	}
	return initiativeByEnglish(all, name), nil
}

// initiativeByEnglish finds an initiative by its English name, ignoring
// case, spaces and punctuation (graph.NameKey); nil when none matches.
func initiativeByEnglish(all []*graph.Initiative, name string) *graph.Initiative {
	key := graph.NameKey(name)
	if key == "" {
		return nil
	}
	for _, in := range all {
		if in.NameEn != "" && graph.NameKey(in.NameEn) == key {
			return in
		}
	}
	return nil
}

func (r queryResolver) AgreementDomains(ctx context.Context) ([]*graph.AgreementDomain, error) {
	_, all, err := r.loadersFor(ctx).domains(ctx)
	if err != nil {
		return nil, fmt.Errorf("agreement domains: %w", err)
	}
	return all, nil
}

func (r queryResolver) Articles(ctx context.Context, first *int, after *string) (*exec.ArticleConnection, error) {
	p, countOnly, err := page(first, after)
	if err != nil {
		return nil, err
	}
	res, err := r.store.Articles(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	if countOnly {
		res.HasNextPage, res.Articles = len(res.Articles) > 0, nil
	}
	l := r.loadersFor(ctx)
	c := &exec.ArticleConnection{TotalCount: res.TotalCount, Edges: make([]*exec.ArticleEdge, 0, len(res.Articles)), PageInfo: &exec.PageInfo{HasNextPage: res.HasNextPage, HasPreviousPage: p.After != ""}}
	for i, a := range res.Articles {
		if a == nil {
			continue
		}
		l.articles.Prime(a.ID, a)
		cur := cursorAt(res.Cursors, i)
		c.Edges = append(c.Edges, &exec.ArticleEdge{Cursor: cur, Node: a})
		c.PageInfo.EndCursor = &cur
		if c.PageInfo.StartCursor == nil {
			c.PageInfo.StartCursor = &cur
		}
	}
	return c, nil
}

func (r queryResolver) Article(ctx context.Context, id string) (*graph.Article, error) {
	as, err := r.store.ArticlesByID(ctx, []string{id})
	if err != nil {
		return nil, fmt.Errorf("article: %w", err)
	}
	if len(as) != 1 || as[0] == nil {
		return nil, nil
	}
	r.loadersFor(ctx).articles.Prime(id, as[0])
	return as[0], nil
}

func (r queryResolver) Timeline(ctx context.Context, country *string, leader *string, from *string, to *string) ([]*graph.TimelineBucket, error) {
	name, err := r.canonicalLeader(ctx, deref(leader))
	if err != nil {
		return nil, err
	}
	return r.timeline(ctx, graph.TimelineQuery{Country: strings.ToUpper(deref(country)), Leader: name, From: deref(from), To: deref(to)})
}

var nodeKinds = map[exec.NodeKind]string{
	exec.NodeKindLeader:     graph.NodeLeader,
	exec.NodeKindCountry:    graph.NodeCountry,
	exec.NodeKindMeeting:    graph.NodeMeeting,
	exec.NodeKindInitiative: graph.NodeInitiative,
}

func (r queryResolver) Path(ctx context.Context, from exec.NodeInput, to exec.NodeInput) (*exec.Path, error) {
	ref := func(n exec.NodeInput) (graph.NodeRef, error) {
		k, ok := nodeKinds[n.Kind]
		if !ok || n.Key == "" {
			return graph.NodeRef{}, graph.E("path", graph.Invalid, fmt.Errorf("a node needs a kind and a key"))
		}
		return graph.NodeRef{Kind: k, Key: n.Key}, nil
	}
	f, err := ref(from)
	if err != nil {
		return nil, err
	}
	t, err := ref(to)
	if err != nil {
		return nil, err
	}
	p, err := r.store.ShortestPath(ctx, f, t)
	if err != nil {
		return nil, fmt.Errorf("shortest path: %w", err)
	}
	if p == nil {
		return nil, nil
	}
	out := &exec.Path{Length: max(len(p.Nodes)-1, 0), Nodes: make([]*exec.PathNode, len(p.Nodes))}
	for i, n := range p.Nodes {
		pn := &exec.PathNode{Key: n.Key}
		var err error
		switch n.Kind {
		case graph.NodeLeader:
			pn.Kind = exec.NodeKindLeader
			pn.Leader, err = r.leaderByName(ctx, n.Key)
		case graph.NodeCountry:
			pn.Kind = exec.NodeKindCountry
			pn.Country, err = r.countryByCode(ctx, n.Key)
		case graph.NodeMeeting:
			pn.Kind = exec.NodeKindMeeting
			pn.Meeting, err = r.meetingByID(ctx, n.Key)
		case graph.NodeInitiative:
			pn.Kind = exec.NodeKindInitiative
			var is []*graph.Initiative
			is, err = r.initiativesByName(ctx, []string{n.Key})
			if err == nil {
				pn.Initiative = is[0]
			}
		default:
			err = graph.E("path", graph.Internal, fmt.Errorf("store returned node kind %q", n.Kind))
		}
		if err != nil {
			return nil, err
		}
		out.Nodes[i] = pn
	}
	return out, nil
}

// Mutation.

// MsgWritesDisabled is the message of a write (ingest, reviewFact) sent
// to a server that accepts none: no credentials can lift the refusal,
// only restarting the server with a token.
const MsgWritesDisabled = "this server does not accept writes (ingest, reviewFact): start it with --ingest-token or $DIPGRAPH_INGEST_TOKEN, then send the header \"Authorization: Bearer TOKEN\""

// ReasonWritesDisabled is extensions.reason of that refusal, beside
// extensions.code FORBIDDEN.
const ReasonWritesDisabled = "WRITES_DISABLED"

// errForbidden marks a refusal that no credentials can lift (the server
// accepts no writes).
var errForbidden = errors.New(MsgWritesDisabled)

// writesDisabled is the refusal of a write on a server without ingest
// token: code FORBIDDEN, reason WRITES_DISABLED, the field's path, and one
// message whichever mutation was refused.
func writesDisabled(ctx context.Context) error {
	return &gqlerror.Error{
		Err: errForbidden, Message: MsgWritesDisabled, Path: graphql.GetPath(ctx),
		Extensions: map[string]any{"code": CodeForbidden, "reason": ReasonWritesDisabled},
	}
}

func (r mutationResolver) Ingest(ctx context.Context, text string, date *string, source *string, url *string) (*exec.IngestResult, error) {
	if r.cfg.IngestToken == "" || r.cfg.Extract == nil {
		return nil, writesDisabled(ctx)
	}
	if err := r.checkThrottle(ctx); err != nil {
		return nil, err
	}
	got, ok := bearerFrom(ctx)
	if !ok {
		return nil, graph.E("ingest", graph.Unauthorized, errors.New("ingest needs Authorization: Bearer <token>"))
	}
	// Compare digests so that the time taken says nothing of the token,
	// not even its length.
	gotSum, wantSum := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(r.cfg.IngestToken))
	if subtle.ConstantTimeCompare(gotSum[:], wantSum[:]) != 1 {
		r.tokenFailed(ctx)
		return nil, graph.E("ingest", graph.Unauthorized, errors.New("invalid ingest token"))
	}
	if strings.TrimSpace(text) == "" {
		return nil, graph.E("ingest", graph.Invalid, errors.New("text is empty"))
	}
	docs, err := r.cfg.Extract(ctx, text, deref(date), deref(source), deref(url))
	if err != nil {
		if graph.KindOf(err) == graph.Other {
			err = graph.E("extract", graph.Invalid, err)
		}
		return nil, fmt.Errorf("ingest: %w", err)
	}
	res, err := r.store.Ingest(ctx, docs)
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	arts, err := r.store.ArticlesByID(ctx, res.ArticleIDs)
	if err != nil {
		return nil, fmt.Errorf("ingest: read back articles: %w", err)
	}
	r.cfg.Logger.InfoContext(ctx, "ingest", "articles", len(res.ArticleIDs), "created", res.Created, "unchanged", res.Unchanged, "updated", res.Updated,
		"meetingsCreated", res.MeetingsCreated, "meetingsMerged", res.MeetingsMerged)
	return &exec.IngestResult{Articles: nonNil(arts), Created: res.Created, Unchanged: res.Unchanged, Updated: res.Updated,
		MeetingsCreated: res.MeetingsCreated, MeetingsMerged: res.MeetingsMerged}, nil
}

// Meeting.

func (r meetingResolver) TimeOfDay(ctx context.Context, m *graph.Meeting) (*graph.TimeOfDay, error) {
	return opt(m.TimeOfDay), nil
}
func (r meetingResolver) Place(ctx context.Context, m *graph.Meeting) (*string, error) {
	return opt(m.Place), nil
}
func (r meetingResolver) City(ctx context.Context, m *graph.Meeting) (*string, error) {
	return opt(m.City), nil
}
func (r meetingResolver) AgreementCount(ctx context.Context, m *graph.Meeting) (*string, error) {
	return opt(m.AgreementCount), nil
}
func (r meetingResolver) Relationship(ctx context.Context, m *graph.Meeting) (*string, error) {
	return opt(m.Relationship), nil
}

// RelationshipEn glosses the designation in English (graph.RelationshipEn).
func (r meetingResolver) RelationshipEn(ctx context.Context, m *graph.Meeting) (*string, error) {
	return opt(graph.RelationshipEn(m.Relationship)), nil
}
func (r meetingResolver) AgreementDomains(ctx context.Context, m *graph.Meeting) ([]*graph.AgreementDomain, error) {
	return r.domainsByName(ctx, m.AgreementDomains)
}
func (r meetingResolver) Initiatives(ctx context.Context, m *graph.Meeting) ([]*graph.Initiative, error) {
	return r.initiativesByName(ctx, m.Initiatives)
}
func (r meetingResolver) Article(ctx context.Context, m *graph.Meeting) (*graph.Article, error) {
	if len(m.ArticleIDs) == 0 {
		return nil, graph.E("meeting article", graph.Internal, fmt.Errorf("meeting %q has no article", m.ID))
	}
	a, err := r.articleByID(ctx, m.ArticleIDs[0])
	if err != nil {
		return nil, err
	}
	if a == nil {
		return nil, graph.E("meeting article", graph.Internal, fmt.Errorf("article %q of meeting %q not found", m.ArticleIDs[0], m.ID))
	}
	return a, nil
}
func (r meetingResolver) Articles(ctx context.Context, m *graph.Meeting) ([]*graph.Article, error) {
	if len(m.ArticleIDs) == 0 {
		return []*graph.Article{}, nil
	}
	as, err := r.loadersFor(ctx).articles.LoadAll(ctx, m.ArticleIDs)
	if err != nil {
		return nil, err
	}
	return nonNil(as), nil
}

// Participant.

func (r participantResolver) Title(ctx context.Context, p *graph.Participant) (*string, error) {
	return opt(p.Title), nil
}
func (r participantResolver) Organisation(ctx context.Context, p *graph.Participant) (*string, error) {
	return opt(p.Organisation), nil
}
func (r participantResolver) Leader(ctx context.Context, p *graph.Participant) (*graph.Leader, error) {
	return r.leaderRef(ctx, p.Name)
}
func (r participantResolver) Country(ctx context.Context, p *graph.Participant) (*graph.Country, error) {
	return r.countryRef(ctx, p.Country)
}

// Leader.

func (r leaderResolver) NameEn(ctx context.Context, l *graph.Leader) (*string, error) {
	return opt(l.NameEn), nil
}
func (r leaderResolver) Pinyin(ctx context.Context, l *graph.Leader) (*string, error) {
	return opt(l.Pinyin), nil
}
func (r leaderResolver) Title(ctx context.Context, l *graph.Leader) (*string, error) {
	return opt(l.Title), nil
}
func (r leaderResolver) Organisation(ctx context.Context, l *graph.Leader) (*string, error) {
	return opt(l.Organisation), nil
}
func (r leaderResolver) Country(ctx context.Context, l *graph.Leader) (*graph.Country, error) {
	return r.countryRef(ctx, l.Country)
}
func (r leaderResolver) Meetings(ctx context.Context, l *graph.Leader, first *int, after *string) (*exec.MeetingConnection, error) {
	return r.searchMeetings(ctx, graph.MeetingFilter{Leader: l.Name}, first, after)
}
func (r leaderResolver) Counterparts(ctx context.Context, l *graph.Leader, first *int) ([]*graph.Counterpart, error) {
	return r.peers(ctx, l, first, r.loadersFor(ctx).loadCounterparts)
}
func (r leaderResolver) Colleagues(ctx context.Context, l *graph.Leader, first *int) ([]*graph.Counterpart, error) {
	return r.peers(ctx, l, first, r.loadersFor(ctx).loadColleagues)
}

// peers answers Leader.counterparts and Leader.colleagues: the first
// entries of the list load gives, their leaders prefetched.
func (r leaderResolver) peers(ctx context.Context, l *graph.Leader, first *int,
	load func(context.Context, string) ([]graph.Counterpart, error)) ([]*graph.Counterpart, error) {
	p, countOnly, err := page(first, nil)
	if err != nil {
		return nil, err
	}
	if countOnly {
		return []*graph.Counterpart{}, nil
	}
	cs, err := load(ctx, l.Name)
	if err != nil {
		return nil, err
	}
	cs = cs[:min(len(cs), p.First)]
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.Leader
	}
	if err := r.prefetchLeaders(ctx, names, current(ctx).child(ctx, "Counterpart", "leader")); err != nil {
		return nil, err
	}
	out := make([]*graph.Counterpart, len(cs))
	for i := range cs {
		out[i] = &cs[i]
	}
	return out, nil
}
func (r leaderResolver) Timeline(ctx context.Context, l *graph.Leader, from *string, to *string) ([]*graph.TimelineBucket, error) {
	return r.timeline(ctx, graph.TimelineQuery{Leader: l.Name, From: deref(from), To: deref(to)})
}

func (r counterpartResolver) Leader(ctx context.Context, c *graph.Counterpart) (*graph.Leader, error) {
	return r.leaderRef(ctx, c.Leader)
}

// Country.

func (r countryResolver) Leaders(ctx context.Context, c *graph.Country) ([]*graph.Leader, error) {
	l := r.loadersFor(ctx)
	var out []*graph.Leader
	after := ""
	for {
		res, err := l.searchLeaders(ctx, graph.LeaderQuery{Filter: graph.LeaderFilter{Country: c.Code}, Page: graph.Page{First: graph.MaxPageSize, After: after}})
		if err != nil {
			return nil, err
		}
		out = append(out, nonNil(res.Leaders)...)
		if !res.HasNextPage || len(res.Cursors) == 0 {
			break
		}
		after = res.Cursors[len(res.Cursors)-1]
	}
	return nonNil(out), nil
}
func (r countryResolver) Meetings(ctx context.Context, c *graph.Country, first *int, after *string) (*exec.MeetingConnection, error) {
	return r.searchMeetings(ctx, graph.MeetingFilter{Country: c.Code}, first, after)
}
func (r countryResolver) Supports(ctx context.Context, c *graph.Country) ([]*graph.Initiative, error) {
	return r.initiativesByName(ctx, c.Supports)
}
func (r countryResolver) SupportFacts(ctx context.Context, c *graph.Country) ([]*graph.Support, error) {
	_, all, err := r.loadersFor(ctx).initiatives(ctx)
	if err != nil {
		return nil, fmt.Errorf("load initiatives: %w", err)
	}
	out := []*graph.Support{}
	for _, i := range all {
		for j := range i.Supports {
			if i.Supports[j].Country == c.Code {
				out = append(out, &i.Supports[j])
			}
		}
	}
	return out, nil
}
func (r countryResolver) AgreementDomains(ctx context.Context, c *graph.Country) ([]*graph.AgreementDomain, error) {
	return r.domainsByName(ctx, c.AgreementDomains)
}
func (r countryResolver) Timeline(ctx context.Context, c *graph.Country, from *string, to *string) ([]*graph.TimelineBucket, error) {
	return r.timeline(ctx, graph.TimelineQuery{Country: c.Code, From: deref(from), To: deref(to)})
}

// Initiative.

// NameEn is the initiative's English name from the store, null when
// unknown.
func (r initiativeResolver) NameEn(ctx context.Context, i *graph.Initiative) (*string, error) {
	full, err := r.fullInitiative(ctx, i)
	if err != nil {
		return nil, err
	}
	return opt(full.NameEn), nil
}

func (r initiativeResolver) Proposers(ctx context.Context, i *graph.Initiative) ([]*graph.Leader, error) {
	full, err := r.fullInitiative(ctx, i)
	if err != nil {
		return nil, err
	}
	if len(full.Proposers) == 0 {
		return []*graph.Leader{}, nil
	}
	return r.leaderRefs(ctx, full.Proposers)
}
func (r initiativeResolver) Supporters(ctx context.Context, i *graph.Initiative) ([]*graph.Country, error) {
	full, err := r.fullInitiative(ctx, i)
	if err != nil {
		return nil, err
	}
	return r.countryRefs(ctx, full.Supporters())
}
func (r initiativeResolver) Supports(ctx context.Context, i *graph.Initiative) ([]*graph.Support, error) {
	full, err := r.fullInitiative(ctx, i)
	if err != nil {
		return nil, err
	}
	out := make([]*graph.Support, len(full.Supports))
	for j := range full.Supports {
		out[j] = &full.Supports[j]
	}
	return out, nil
}
func (r initiativeResolver) MeetingCount(ctx context.Context, i *graph.Initiative) (int, error) {
	full, err := r.fullInitiative(ctx, i)
	if err != nil {
		return 0, err
	}
	return full.MeetingCount, nil
}
func (r initiativeResolver) Meetings(ctx context.Context, i *graph.Initiative, first *int, after *string) (*exec.MeetingConnection, error) {
	return r.searchMeetings(ctx, graph.MeetingFilter{Initiative: i.Name}, first, after)
}

// AgreementDomain.

// NameEn is the domain's English name from the store, null when unknown.
func (r agreementDomainResolver) NameEn(ctx context.Context, d *graph.AgreementDomain) (*string, error) {
	full, err := r.fullDomain(ctx, d)
	if err != nil {
		return nil, err
	}
	return opt(full.NameEn), nil
}

func (r agreementDomainResolver) MeetingCount(ctx context.Context, d *graph.AgreementDomain) (int, error) {
	full, err := r.fullDomain(ctx, d)
	if err != nil {
		return 0, err
	}
	return full.MeetingCount, nil
}
func (r agreementDomainResolver) Countries(ctx context.Context, d *graph.AgreementDomain) ([]*graph.Country, error) {
	full, err := r.fullDomain(ctx, d)
	if err != nil {
		return nil, err
	}
	codes := make([]string, len(full.Countries))
	for i, c := range full.Countries {
		codes[i] = c.Country
	}
	return r.countryRefs(ctx, codes)
}
func (r agreementDomainResolver) CountryCounts(ctx context.Context, d *graph.AgreementDomain) ([]*graph.DomainCountry, error) {
	full, err := r.fullDomain(ctx, d)
	if err != nil {
		return nil, err
	}
	out := make([]*graph.DomainCountry, len(full.Countries))
	for i := range full.Countries {
		out[i] = &full.Countries[i]
	}
	return out, nil
}

func (r countryCountResolver) Country(ctx context.Context, c *graph.DomainCountry) (*graph.Country, error) {
	return r.countryRef(ctx, c.Country)
}

// Support and Proposal.

func (r supportResolver) Country(ctx context.Context, s *graph.Support) (*graph.Country, error) {
	return r.countryRef(ctx, s.Country)
}
func (r supportResolver) Initiative(ctx context.Context, s *graph.Support) (*graph.Initiative, error) {
	is, err := r.initiativesByName(ctx, []string{s.Initiative})
	if err != nil {
		return nil, err
	}
	return is[0], nil
}
func (r supportResolver) Meeting(ctx context.Context, s *graph.Support) (*graph.Meeting, error) {
	return r.meetingByID(ctx, s.MeetingID)
}

func (r proposalResolver) Leader(ctx context.Context, p *graph.Proposal) (*graph.Leader, error) {
	return r.leaderRef(ctx, p.Leader)
}
func (r proposalResolver) Initiative(ctx context.Context, p *graph.Proposal) (*graph.Initiative, error) {
	is, err := r.initiativesByName(ctx, []string{p.Initiative})
	if err != nil {
		return nil, err
	}
	return is[0], nil
}
func (r proposalResolver) Meeting(ctx context.Context, p *graph.Proposal) (*graph.Meeting, error) {
	return r.meetingByID(ctx, p.MeetingID)
}

// Article and Evidence.

func (r articleResolver) Source(ctx context.Context, a *graph.Article) (*string, error) {
	return opt(a.Source), nil
}
func (r articleResolver) City(ctx context.Context, a *graph.Article) (*string, error) {
	return opt(a.City), nil
}
func (r articleResolver) Title(ctx context.Context, a *graph.Article) (*string, error) {
	return opt(a.Title), nil
}
func (r articleResolver) Meetings(ctx context.Context, a *graph.Article) ([]*graph.Meeting, error) {
	if len(a.MeetingIDs) == 0 {
		return []*graph.Meeting{}, nil
	}
	ms, err := r.loadersFor(ctx).meetings.LoadAll(ctx, a.MeetingIDs)
	if err != nil {
		return nil, err
	}
	return nonNil(ms), nil
}

func (r evidenceResolver) Value(ctx context.Context, e *graph.Evidence) (*string, error) {
	return opt(e.Value), nil
}
func (r evidenceResolver) Article(ctx context.Context, e *graph.Evidence) (*graph.Article, error) {
	return r.articleByID(ctx, e.ArticleID)
}
