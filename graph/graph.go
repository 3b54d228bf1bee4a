// Package graph is dipgraph's domain model: meetings, leaders, countries,
// initiatives, agreement domains and the articles and evidence sentences
// that prove them, plus the small Store interface that the GraphQL layer
// calls. It imports only the standard library; stores (graph/mem,
// graph/neo4j) and the API (graph/gql) depend on it, never the reverse.
package graph

import "slices"

// MeetingKind is the kind of a diplomatic event.
type MeetingKind string

// Meeting kinds (the contract's enum MeetingKind).
const (
	KindMeeting   MeetingKind = "MEETING"    // 会见, 集体会见
	KindTalks     MeetingKind = "TALKS"      // 会谈
	KindPhoneCall MeetingKind = "PHONE_CALL" // 通电话
	KindVideoCall MeetingKind = "VIDEO_CALL" // 视频会晤, 视频通话
	KindMessage   MeetingKind = "MESSAGE"    // 致电, 致信, 复信, 贺电
	KindOther     MeetingKind = "OTHER"
)

// Role is the part a leader plays in a meeting.
type Role string

// Roles (the contract's enum Role).
const (
	RoleHost     Role = "HOST"
	RoleGuest    Role = "GUEST"
	RoleAttendee Role = "ATTENDEE"
)

// TimeOfDay is the part of the day a meeting took place.
type TimeOfDay string

// Times of day (the contract's enum TimeOfDay).
const (
	Morning   TimeOfDay = "MORNING"
	Noon      TimeOfDay = "NOON"
	Afternoon TimeOfDay = "AFTERNOON"
	Evening   TimeOfDay = "EVENING"
)

// Country is a state, keyed by its ISO 3166-1 alpha-2 code.
type Country struct {
	Code   string // "UZ"
	Name   string // Simplified Chinese name, "乌兹别克斯坦"
	NameEn string // English name, "Uzbekistan"

	// Aggregates filled by the store when a country is read.
	Supports         []string // initiatives the country supports, sorted
	AgreementDomains []string // domains of agreements signed in its meetings, sorted
}

// Leader is a person who takes part in meetings. Name is the canonical
// Simplified form; one leader is one node, whatever variant named him.
type Leader struct {
	ID           string // stable id derived from the canonical name (see LeaderID)
	Name         string
	NameEn       string // English name, "" when unknown (see LeaderName)
	Pinyin       string // Hanyu Pinyin of a Chinese name ("Xi Jinping"), "" for others
	Title        string // the latest title seen, "" when unknown
	Country      string // ISO code of the state served, "" for none/unknown
	Organisation string // international organisation served, if any
	MeetingCount int    // filled by the store when read
}

// Participant is a leader's part in one meeting.
type Participant struct {
	Role    Role
	Name    string // canonical leader name
	Title   string // as written in the report, "" when none
	Country string // ISO code, "" when none (officials of organisations)
	// Organisation is the international organisation served, if any.
	Organisation string
}

// Support records that a country supports an initiative, with the
// sentence that says so.
type Support struct {
	Country    string // ISO code
	Initiative string // canonical initiative name
	MeetingID  string
	Evidence   *Evidence
}

// Proposal records that a leader proposed an initiative.
type Proposal struct {
	Leader     string
	Initiative string
	MeetingID  string
	Evidence   *Evidence
}

// Evidence is the sentence that proves a fact, with rune offsets into the
// normalised text of the article it comes from.
type Evidence struct {
	Field     string // the Meeting field it proves: "participants", "agreementDomains", …
	Value     string // the fact within the field ("海关"), "" for the whole field
	Text      string
	Start     int
	End       int
	ArticleID string
	// Rule and Confidence say which extraction rule found the fact and how
	// certain it is, in (0, 1]; 0 means not scored.
	Rule       string
	Confidence float64
}

// Meeting is one reported diplomatic event. Two reports of the same
// meeting (same date, kind and principal participants) share one ID and
// are merged into one Meeting that lists both articles.
type Meeting struct {
	ID   string
	Kind MeetingKind
	Date string // ISO date, "" when unknown
	// PartialDate is what is known of a date without year, in ISO 8601's
	// partial form "--MM-DD"; "" when Date is set or nothing is known
	// (see DatePrecision).
	PartialDate string
	// YearSource says where Date's year came from (extract.YearFrom…:
	// TEXT, DATELINE, TEXT_DATE, METADATA, PAGE_STAMP, TEXT_YEAR).
	YearSource       string
	TimeOfDay        TimeOfDay // "" when unknown
	Place            string
	City             string
	Occasions        []string
	Participants     []Participant
	AgreementDomains []string
	AgreementCount   string // as written: "20余份", "多份"; "" when none
	CooperationAreas []string
	Initiatives      []string
	Projects         []string
	Supports         []Support
	Proposals        []Proposal
	Relationship     string
	ArticleIDs       []string // sorted; the first is the primary report
	Evidence         []Evidence
}

// Date precisions (Meeting.DatePrecision, Article.DatePrecision).
const (
	PrecisionDay      = "DAY"       // Date is a full ISO date
	PrecisionMonthDay = "MONTH_DAY" // only month and day are known: PartialDate "--MM-DD"
	PrecisionNone     = "NONE"      // nothing of the date is known
)

// DatePrecision says how much of a date is known from its full and
// partial forms.
func DatePrecision(date, partial string) string {
	switch {
	case date != "":
		return PrecisionDay
	case partial != "":
		return PrecisionMonthDay
	}
	return PrecisionNone
}

// DatePrecision says how much of m's date is known.
func (m *Meeting) DatePrecision() string { return DatePrecision(m.Date, m.PartialDate) }

// Clone returns a deep copy of m: nothing of the copy is shared with m
// (nil and empty slices are kept as they are).
func (m *Meeting) Clone() *Meeting {
	c := *m
	c.Occasions = slices.Clone(m.Occasions)
	c.Participants = slices.Clone(m.Participants)
	c.AgreementDomains = slices.Clone(m.AgreementDomains)
	c.CooperationAreas = slices.Clone(m.CooperationAreas)
	c.Initiatives = slices.Clone(m.Initiatives)
	c.Projects = slices.Clone(m.Projects)
	c.ArticleIDs = slices.Clone(m.ArticleIDs)
	c.Evidence = slices.Clone(m.Evidence)
	c.Supports = slices.Clone(m.Supports)
	for i, s := range c.Supports {
		if s.Evidence != nil {
			e := *s.Evidence
			c.Supports[i].Evidence = &e
		}
	}
	c.Proposals = slices.Clone(m.Proposals)
	for i, p := range c.Proposals {
		if p.Evidence != nil {
			e := *p.Evidence
			c.Proposals[i].Evidence = &e
		}
	}
	return &c
}

// Article is one news item.
type Article struct {
	ID          string
	Source      string
	City        string
	Date        string
	PartialDate string // "--MM-DD" of a dateline without year (Date "")
	// YearSource says where Date's year came from (as Meeting.YearSource).
	YearSource string
	// Provenance: the document's address (or file name), its publication
	// date (ISO) and the outlet or site its metadata names.
	URL          string
	File         string
	Published    string
	Site         string
	Reporters    []string
	Title        string
	Text         string // normalised text that evidence offsets point into
	Continuation bool
	MeetingIDs   []string
}

// Initiative is a named initiative with its proposers and supporters.
type Initiative struct {
	Name         string
	NameEn       string    // official English name ("Global Development Initiative"), "" when unknown
	Proposers    []string  // leader names, sorted
	Supports     []Support // one per (country, meeting), sorted by country then meeting
	MeetingCount int
}

// Supporters returns the distinct supporting country codes, sorted.
func (i Initiative) Supporters() []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range i.Supports {
		if !seen[s.Country] {
			seen[s.Country] = true
			out = append(out, s.Country)
		}
	}
	return out
}

// AgreementDomain is a domain of signed agreements ("海关") with the
// number of meetings where such agreements were signed, per country.
type AgreementDomain struct {
	Name         string
	NameEn       string // English gloss ("customs"), "" when unknown
	MeetingCount int
	Countries    []DomainCountry // sorted by count desc, then code
}

// DomainCountry counts the meetings with one country that signed
// agreements in a domain.
type DomainCountry struct {
	Country string
	Count   int
}

// Document is the unit of ingest: one article and the meetings it reports.
type Document struct {
	Article  Article
	Meetings []Meeting
	// Countries gives the names of the country codes the document uses
	// (reference data from the lexicon, filled by graph/build); stores
	// keep the names of the countries that appear in the graph.
	Countries []Country
	// Leaders gives the other names (English, pinyin, Traditional,
	// aliases) of the leaders the document names (reference data from
	// the lexicon, filled by graph/build); stores keep them on the
	// leaders and match lookups by them.
	Leaders []LeaderName
	// InitiativeNames and DomainNames give the English names of the
	// initiatives and agreement domains the document names (reference
	// data from the lexicon, filled by graph/build); stores keep them on
	// the initiatives and domains, a later non-empty name winning.
	InitiativeNames []Gloss
	DomainNames     []Gloss
}

// Gloss is the English name of an initiative or an agreement domain.
type Gloss struct {
	Name   string // the name as stored ("一带一路", "海关")
	NameEn string // "Belt and Road Initiative", "customs"
}
