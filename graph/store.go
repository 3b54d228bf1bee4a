package graph

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"
)

// Store is what the API needs from a graph store. graph/mem and
// graph/neo4j implement it and answer every call alike (the conformance
// suite in graph/storetest checks that).
//
// Batch methods take many keys and return one answer per key in the same
// order (nil or empty where nothing matches), so that per-request
// dataloaders can turn N nested lookups into one round trip.
type Store interface {
	// Ingest stores documents. It is idempotent: documents already stored
	// change nothing and count as unchanged, unless their metadata is
	// better (DocumentMeta.Supersedes): then the article's meetings are
	// re-derived, replacing its earlier reports, and it counts as updated
	// (see reingest.go). A meeting ID seen before is
	// merged (its article added, facts unioned). Each document is stored
	// whole or not at all.
	Ingest(ctx context.Context, docs []Document) (IngestResult, error)

	// SearchMeetings answers many meeting searches at once.
	SearchMeetings(ctx context.Context, qs []MeetingQuery) ([]MeetingPage, error)
	// MeetingsByID returns the meetings with the given ids (nil if unknown).
	MeetingsByID(ctx context.Context, ids []string) ([]*Meeting, error)

	// SearchLeaders answers many leader searches at once.
	SearchLeaders(ctx context.Context, qs []LeaderQuery) ([]LeaderPage, error)
	// LeadersByName returns leaders by name (nil if unknown): the leader
	// of that canonical name, else the leader one of whose other names
	// (English, pinyin, Traditional, alias: Document.Leaders) has the
	// same NameKey; when several share it, the one with the most
	// meetings, then the least canonical name.
	LeadersByName(ctx context.Context, names []string) ([]*Leader, error)
	// LeadersByID returns leaders by id (Leader.ID: LeaderID of the
	// canonical name); nil if unknown.
	LeadersByID(ctx context.Context, ids []string) ([]*Leader, error)

	// Countries returns every country that appears in the graph, by code.
	Countries(ctx context.Context) ([]Country, error)
	// CountriesByCode returns countries by ISO code (nil if not in the graph).
	CountriesByCode(ctx context.Context, codes []string) ([]*Country, error)
	// CountryNames is CountriesByCode without the aggregates: code and
	// names only, Supports and AgreementDomains nil. It is what a
	// reference to a country needs, and much cheaper where the aggregates
	// are computed per call (Neo4j).
	CountryNames(ctx context.Context, codes []string) ([]*Country, error)

	// Initiatives returns every initiative in the graph, by name.
	Initiatives(ctx context.Context) ([]Initiative, error)
	// AgreementDomains returns every agreement domain, by meeting count
	// (descending) then name.
	AgreementDomains(ctx context.Context) ([]AgreementDomain, error)

	// Articles pages through articles, by date (newest first) then id.
	Articles(ctx context.Context, p Page) (ArticlePage, error)
	// ArticlesByID returns articles by id (nil if unknown).
	ArticlesByID(ctx context.Context, ids []string) ([]*Article, error)

	// Counterparts returns, for each leader, the leaders met across sides
	// in meetings with him (the other side of the meeting: see
	// ParticipantSides), by count (descending), then last date (newest
	// first), then name.
	Counterparts(ctx context.Context, leaders []string) ([][]Counterpart, error)
	// Colleagues returns, for each leader, the leaders on his side of his
	// meetings who serve the same country or organisation (his own
	// foreign minister at his talks), ordered as Counterparts.
	Colleagues(ctx context.Context, leaders []string) ([][]Counterpart, error)
	// Timeline counts meetings per month, oldest month first.
	Timeline(ctx context.Context, q TimelineQuery) ([]TimelineBucket, error)
	// ShortestPath finds a shortest path between two nodes through
	// meetings; nil when there is none.
	ShortestPath(ctx context.Context, from, to NodeRef) (*Path, error)

	// ReviewQueue lists the facts whose confidence is under the query's
	// threshold, with the decisions taken on them (see review.go).
	ReviewQueue(ctx context.Context, q ReviewQuery) (ReviewPage, error)
	// Review records a decision on a fact (the last decision wins) and
	// returns the fact as reviewed; NotFound when no stored evidence is
	// that fact. Decisions are kept apart from the facts, by fact id, so
	// they survive re-ingest.
	Review(ctx context.Context, d Decision) (ReviewItem, error)

	// Search finds leaders (by any of their names), meetings (by the
	// facts they state) and evidence sentences holding every word of the
	// query, best first (see search.go: matching, scoring and order are
	// graph.SearchRank's, so both stores answer alike).
	Search(ctx context.Context, q SearchQuery) (SearchPage, error)

	// Ping says whether the store answers.
	Ping(ctx context.Context) error
	// Close releases the store.
	Close(ctx context.Context) error
}

// Versioned is implemented by stores that know when their answers may
// change: Version changes whenever the graph does (an Ingest that adds
// anything, a review decision, a Close), so that answers can be kept
// until it moves. It must move before a change made through the store
// returns, so that an answer computed after Version was read is never
// older than that change.
//
// Both stores implement it. The embedded store is the only writer of its
// graph. The Neo4j store counts dipgraph's writes in the database itself
// (graph/neo4j/version.go): its own writes move its version at once,
// those of other dipgraph processes are seen within its refresh interval
// (neo4j.Config.VersionRefresh), and writes made in Neo4j by other means
// (by hand in Neo4j Browser) are never seen: turn the result cache off
// in front of such a database.
type Versioned interface {
	Version() uint64
}

// IngestResult summarises an Ingest.
type IngestResult struct {
	ArticleIDs []string // in the order of the documents
	Created    int      // articles new to the store
	Unchanged  int      // articles already stored
	// Updated counts articles already stored (or met earlier in the
	// batch) whose document came with better metadata: their meetings
	// were re-derived and replaced.
	Updated         int
	MeetingsCreated int // meetings new to the store
	MeetingsMerged  int // meetings that existed and gained an article
}

// Page asks for First items after the cursor After ("" for the start).
type Page struct {
	First int
	After string
}

// Page size limits shared by every store and the API.
const (
	DefaultPageSize = 20
	MaxPageSize     = 100
)

// Normalize applies the default and maximum page size. It returns an
// Invalid error for a negative First.
func (p Page) Normalize() (Page, error) {
	switch {
	case p.First < 0:
		return p, E("page", Invalid, fmt.Errorf("first must not be negative, got %d", p.First))
	case p.First == 0:
		p.First = DefaultPageSize
	case p.First > MaxPageSize:
		return p, E("page", Invalid, fmt.Errorf("first must be at most %d, got %d", MaxPageSize, p.First))
	}
	return p, nil
}

// MeetingFilter selects meetings; zero fields select everything.
type MeetingFilter struct {
	Country         string      // a participant serves this country (ISO code)
	Leader          string      // a participant has this name (aliases resolved)
	Kind            MeetingKind // exact kind
	From, To        string      // ISO dates, inclusive
	Initiative      string      // the meeting mentions this initiative
	AgreementDomain string      // agreements in this domain were signed
	// Title keeps the meetings where a participant (the Leader, when set)
	// was reported with this title: the title held at the time.
	Title string
	// DatePrecision keeps the meetings whose date is known this far
	// (PrecisionDay, PrecisionMonthDay, PrecisionNone); "" for all.
	DatePrecision string
	// Countries keeps the meetings where a participant serves one of these
	// countries (ISO codes); Kinds those of one of these kinds. The empty
	// List selects everything; each is combined with Country and Kind
	// (both must hold).
	Countries List
	Kinds     List
}

// MeetingQuery is one meeting search: a filter and a page.
type MeetingQuery struct {
	Filter MeetingFilter
	Page   Page
	Order  MeetingOrder // the zero order: by date, newest first
}

// MeetingPage is one page of meetings, sorted by date (newest first, no
// date last), then by id, or as the query's Order says.
type MeetingPage struct {
	Meetings    []*Meeting
	TotalCount  int
	HasNextPage bool
	// Cursors[i] is the cursor of Meetings[i].
	Cursors []string
}

// LeaderFilter selects leaders.
type LeaderFilter struct {
	Country string // serves this country
	// Name keeps the leaders whose canonical name contains this string,
	// or one of whose other names (LeaderName.Keys) contains its NameKey:
	// "Mirziyoyev", "xi jinping", "習近平" and "米尔齐约耶夫" all match.
	Name string
}

// LeaderQuery is one leader search.
type LeaderQuery struct {
	Filter LeaderFilter
	Page   Page
	Order  LeaderOrder // the zero order: by name
}

// LeaderPage is one page of leaders, sorted by name or as the query's
// Order says.
type LeaderPage struct {
	Leaders     []*Leader
	TotalCount  int
	HasNextPage bool
	Cursors     []string
}

// ArticlePage is one page of articles.
type ArticlePage struct {
	Articles    []*Article
	TotalCount  int
	HasNextPage bool
	Cursors     []string
}

// Counterpart is a leader met by another (or a colleague: see
// Store.Colleagues), how often and when last.
type Counterpart struct {
	Leader   string
	Count    int
	LastDate string
}

// TimelineQuery selects the meetings to count per month.
type TimelineQuery struct {
	Country  string
	Leader   string
	From, To string
}

// TimelineBucket counts meetings in one month ("2025-09"). When the query
// has no date bound, meetings without year are counted too, never dropped:
// by the month they state, in a bucket "--MM" (ISO 8601's partial form),
// and meetings with no date at all in the bucket "". Buckets sort by
// Month, so these come first.
type TimelineBucket struct {
	Month string
	Count int
}

// Node kinds for paths.
const (
	NodeLeader     = "Leader"
	NodeCountry    = "Country"
	NodeMeeting    = "Meeting"
	NodeInitiative = "Initiative"
)

// NodeRef names a node: a leader by name, a country by code, a meeting by id.
type NodeRef struct {
	Kind string
	Key  string
}

// Path is a shortest path: Nodes[0] is the start, Nodes[len-1] the end.
// Paths go through meetings: Leader–Meeting–Leader, and Country–Leader
// (a leader serves a country).
type Path struct {
	Nodes []NodeRef
}

// Cursors are opaque to clients. They carry the sort key of the last item
// so that paging is stable while data is added.

// EncodeCursor makes a cursor from sort-key parts.
func EncodeCursor(parts ...string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strings.Join(parts, "\x1f")))
}

// DecodeCursor splits a cursor into n sort-key parts. A malformed cursor
// is an Invalid error.
func DecodeCursor(c string, n int) ([]string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return nil, E("cursor", Invalid, fmt.Errorf("malformed cursor"))
	}
	parts := strings.Split(string(b), "\x1f")
	if len(parts) != n {
		return nil, E("cursor", Invalid, fmt.Errorf("malformed cursor"))
	}
	return parts, nil
}

// MeetingCursor is the cursor of a meeting in a MeetingPage.
func MeetingCursor(m *Meeting) string { return EncodeCursor("m", m.Date, m.ID) }

// MeetingLess orders meetings as pages list them: by date, newest first,
// meetings without a date last, then by id.
func MeetingLess(aDate, aID, bDate, bID string) bool {
	if aDate != bDate {
		if aDate == "" {
			return false
		}
		if bDate == "" {
			return true
		}
		return aDate > bDate
	}
	return aID < bID
}

// AfterMeetingCursor reports whether a meeting sorts after the cursor.
func AfterMeetingCursor(cursor string, date, id string) (bool, error) {
	p, err := DecodeCursor(cursor, 3)
	if err != nil {
		return false, err
	}
	if p[0] != "m" {
		return false, E("cursor", Invalid, fmt.Errorf("not a meeting cursor"))
	}
	return MeetingLess(p[1], p[2], date, id), nil
}
