package extract

// The types below are the extraction JSON of the public contract
// (docs/contract.md, "Extraction JSON"). Field names and meanings are
// fixed; fields may be added.

// Result is what one extraction run yields: every article found in the input.
type Result struct {
	Articles []Article `json:"articles"`
}

// Article is one news item found in the input (a page may hold several).
type Article struct {
	ID     string `json:"id"`     // stable: the same text always gives the same id
	Source string `json:"source"` // outlet, e.g. 新华社; "" when unknown
	City   string `json:"city"`   // dateline city
	Date   string `json:"date"`   // ISO date of the dateline, "" when unknown
	// DatePrecision says how much of the dateline date is known: DAY (Date
	// is set), MONTH_DAY (Date is ""; Month and Day are set: no year was
	// found) or NONE.
	DatePrecision string `json:"datePrecision"`
	// Month and Day of a date without year (DatePrecision MONTH_DAY).
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
	// YearSource says where Date's year came from (DATELINE, TEXT_DATE,
	// METADATA, PAGE_STAMP, TEXT_YEAR); "" when Date is "".
	YearSource string `json:"yearSource,omitempty"`
	// Published is the publication date (ISO) of the document: its
	// metadata (Options.Date) or the page's time stamp; "" when unknown.
	Published string    `json:"published,omitempty"`
	Reporters []string  `json:"reporters"`
	Title     *string   `json:"title"`
	Meetings  []Meeting `json:"meetings"`

	// Text is the normalised article text that evidence offsets point into.
	Text string `json:"text,omitempty"`
	// File names the input the article came from, when known.
	File string `json:"file,omitempty"`
	// URL is the document's address from its metadata, when known.
	URL string `json:"url,omitempty"`
	// Site is the outlet or site the document's metadata names, when known.
	Site string `json:"site,omitempty"`
	// Continuation is true for a fragment whose start is on another page
	// ("（上接1版）").
	Continuation bool `json:"continuation,omitempty"`
}

// Kind is a meeting's kind, one of the contract's values below. It is
// extraction's own word (extract does not import graph); graph/build maps
// it to graph.MeetingKind, which has the same values.
type Kind string

// Meeting kinds of the contract.
const (
	KindMeeting   Kind = "MEETING"
	KindTalks     Kind = "TALKS"
	KindPhoneCall Kind = "PHONE_CALL"
	KindVideoCall Kind = "VIDEO_CALL"
	KindMessage   Kind = "MESSAGE"
	KindOther     Kind = "OTHER"
)

// Times of day of the contract.
const (
	Morning   = "MORNING"
	Noon      = "NOON"
	Afternoon = "AFTERNOON"
	Evening   = "EVENING"
)

// Role is a participant's role, one of the contract's values below; as
// Kind, extraction's own word, mapped by graph/build to graph.Role.
type Role string

// Participant roles of the contract.
const (
	RoleHost     Role = "HOST"
	RoleGuest    Role = "GUEST"
	RoleAttendee Role = "ATTENDEE"
)

// Meeting is one diplomatic event the article reports as happening.
type Meeting struct {
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	Date string `json:"date"`
	// DatePrecision says how much of the date is known: DAY (Date is set),
	// MONTH_DAY (Date is ""; Month and Day are set: no year was found) or
	// NONE.
	DatePrecision string `json:"datePrecision"`
	// Month and Day of a date without year (DatePrecision MONTH_DAY).
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
	// YearSource says where Date's year came from: TEXT (the meeting's own
	// date), DATELINE, TEXT_DATE, METADATA, PAGE_STAMP or TEXT_YEAR; the
	// evidence item of field "year" shows it.
	YearSource       string        `json:"yearSource,omitempty"`
	TimeOfDay        *string       `json:"timeOfDay"`
	Place            *string       `json:"place"`
	City             *string       `json:"city"`
	Occasions        []string      `json:"occasions"`
	Participants     []Participant `json:"participants"`
	AgreementDomains []string      `json:"agreementDomains"`
	AgreementCount   *string       `json:"agreementCount"`
	CooperationAreas []string      `json:"cooperationAreas"`
	Initiatives      []string      `json:"initiatives"`
	Projects         []string      `json:"projects"`
	Supports         []Support     `json:"supports"`
	Proposals        []Proposal    `json:"proposals,omitempty"`
	Relationship     *string       `json:"relationship"`
	Evidence         []Evidence    `json:"evidence"`
}

// Participant is a person taking part in a meeting.
type Participant struct {
	Name    string  `json:"name"`
	Role    Role    `json:"role"`
	Title   *string `json:"title"`
	Country *string `json:"country"` // ISO 3166-1 alpha-2, nil for international organisations
	// Organisation names the international organisation an official serves
	// (e.g. 联合国), when the person serves no state.
	Organisation *string `json:"organisation,omitempty"`
}

// Support says that a (foreign) country supports an initiative.
type Support struct {
	Country    string `json:"country"`
	Initiative string `json:"initiative"`
}

// Proposal says that a leader proposed an initiative ("习近平主席提出的全球治理倡议").
type Proposal struct {
	Leader     string `json:"leader"`
	Initiative string `json:"initiative"`
}

// Evidence is the sentence that states a fact, with rune offsets into the
// article's normalised text (start inclusive, end exclusive).
type Evidence struct {
	Field string `json:"field"`
	// Value names the fact within the field (e.g. the domain "海关" for
	// field agreementDomains); "" when the sentence proves the whole field.
	Value string `json:"value,omitempty"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Rule names the pattern that found the fact ("host-verb", "attendee-list", …).
	Rule string `json:"rule,omitempty"`
	// Confidence is how certain the rule is, in (0, 1]; 0 means not scored.
	Confidence float64 `json:"confidence,omitempty"`
}
