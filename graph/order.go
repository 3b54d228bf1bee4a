package graph

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// List is a set of strings kept comparable (MeetingFilter is a dataloader
// and cache key): its members sorted, without repeats, joined by "\x1f".
// The zero List is the empty set.
type List string

// ListOf makes a List of items ("" items are dropped).
func ListOf(items ...string) List {
	var s []string
	for _, it := range items {
		if it != "" {
			s = append(s, it)
		}
	}
	slices.Sort(s)
	return List(strings.Join(slices.Compact(s), "\x1f"))
}

// Items returns the members, sorted; nil for the empty set.
func (l List) Items() []string {
	if l == "" {
		return nil
	}
	return strings.Split(string(l), "\x1f")
}

// Has reports whether s is a member.
func (l List) Has(s string) bool {
	for it := range strings.SplitSeq(string(l), "\x1f") {
		if it == s {
			return true
		}
	}
	return false
}

// Meeting orders (MeetingOrder.By).
const (
	OrderDate    = "DATE"    // by date; the default, newest first
	OrderKind    = "KIND"    // by kind, then by date (newest first), then id
	OrderCountry = "COUNTRY" // by MeetingCountry, then by date (newest first), then id
)

// MeetingOrder says how a meeting page is sorted: by a key (By) in a
// direction, meetings whose key is empty (no date, no country) last in
// both directions, ties by date (newest first, undated last), then id.
// The zero MeetingOrder is the default: by date, newest first.
type MeetingOrder struct {
	By string // OrderDate, OrderKind, OrderCountry; "" is OrderDate
	// Asc sorts ascending; false is descending (the API sets Asc for
	// kinds and countries unless asked otherwise).
	Asc bool
}

// IsDefault reports whether o is the default order (dates, newest first).
func (o MeetingOrder) IsDefault() bool { return (o.By == "" || o.By == OrderDate) && !o.Asc }

// Validate returns an Invalid error for an unknown key.
func (o MeetingOrder) Validate() error {
	switch o.By {
	case "", OrderDate, OrderKind, OrderCountry:
		return nil
	}
	return E("order", Invalid, fmt.Errorf("unknown meeting order %q", o.By))
}

// MeetingCountry is the country a meeting is sorted by: the least ISO code
// among its participants' countries other than China (CN), CN when only
// Chinese leaders took part, "" when no participant's country is known.
func MeetingCountry(m *Meeting) string {
	best := ""
	for _, p := range m.Participants {
		switch {
		case p.Country == "":
		case best == "" || best == "CN":
			best = p.Country
		case p.Country != "CN" && p.Country < best:
			best = p.Country
		}
	}
	return best
}

// OrderKey is a meeting's key in order o.
func (o MeetingOrder) OrderKey(m *Meeting) string {
	switch o.By {
	case OrderKind:
		return string(m.Kind)
	case OrderCountry:
		return MeetingCountry(m)
	}
	return m.Date
}

// Compare orders two meetings given by their keys in o, dates and ids:
// negative when a comes first.
func (o MeetingOrder) Compare(aKey, aDate, aID, bKey, bDate, bID string) int {
	if aKey != bKey {
		switch {
		case aKey == "":
			return 1
		case bKey == "":
			return -1
		case o.Asc:
			return strings.Compare(aKey, bKey)
		default:
			return strings.Compare(bKey, aKey)
		}
	}
	switch {
	case MeetingLess(aDate, aID, bDate, bID):
		return -1
	case aDate == bDate && aID == bID:
		return 0
	}
	return 1
}

// Cursor is the cursor of a meeting in a page sorted by o
// (MeetingCursor for the default order).
func (o MeetingOrder) Cursor(m *Meeting) string {
	if o.IsDefault() {
		return MeetingCursor(m)
	}
	return EncodeCursor("mo", o.By, strconv.FormatBool(o.Asc), o.OrderKey(m), m.Date, m.ID)
}

// DecodeCursor returns the key, date and id of a cursor made by Cursor
// for the same order; a cursor of another order or list is Invalid.
func (o MeetingOrder) DecodeCursor(c string) (key, date, id string, err error) {
	if o.IsDefault() {
		p, err := DecodeKindCursor(c, "m")
		if err != nil {
			return "", "", "", err
		}
		return p[0], p[0], p[1], nil
	}
	p, err := DecodeCursor(c, 6)
	if err != nil {
		return "", "", "", err
	}
	if p[0] != "mo" || p[1] != o.By || p[2] != strconv.FormatBool(o.Asc) {
		return "", "", "", E("cursor", Invalid, fmt.Errorf("cursor of another list or order"))
	}
	return p[3], p[4], p[5], nil
}

// Leader orders (LeaderOrder.By).
const (
	OrderName         = "NAME"          // by canonical name; the default, ascending
	OrderMeetingCount = "MEETING_COUNT" // by meeting count, then by name (ascending)
)

// LeaderOrder says how a leader page is sorted; the zero LeaderOrder is by
// name, ascending. Ties of meeting counts are broken by name, ascending.
type LeaderOrder struct {
	By   string // OrderName, OrderMeetingCount; "" is OrderName
	Desc bool
}

// IsDefault reports whether o is the default order (names, ascending).
func (o LeaderOrder) IsDefault() bool { return (o.By == "" || o.By == OrderName) && !o.Desc }

// Validate returns an Invalid error for an unknown key.
func (o LeaderOrder) Validate() error {
	switch o.By {
	case "", OrderName, OrderMeetingCount:
		return nil
	}
	return E("order", Invalid, fmt.Errorf("unknown leader order %q", o.By))
}

// Compare orders two leaders by name and meeting count: negative when a
// comes first.
func (o LeaderOrder) Compare(aName string, aCount int, bName string, bCount int) int {
	if o.By == OrderMeetingCount && aCount != bCount {
		if o.Desc {
			return cmp.Compare(bCount, aCount)
		}
		return cmp.Compare(aCount, bCount)
	}
	if o.By != OrderMeetingCount && o.Desc {
		return strings.Compare(bName, aName)
	}
	return strings.Compare(aName, bName)
}

// Cursor is the cursor of a leader in a page sorted by o (LeaderCursor for
// the default order).
func (o LeaderOrder) Cursor(l *Leader) string {
	if o.IsDefault() {
		return LeaderCursor(l)
	}
	return EncodeCursor("lo", o.By, strconv.FormatBool(o.Desc), strconv.Itoa(l.MeetingCount), l.Name)
}

// DecodeCursor returns the name and meeting count of a cursor made by
// Cursor for the same order; a cursor of another order or list is Invalid.
func (o LeaderOrder) DecodeCursor(c string) (name string, count int, err error) {
	if o.IsDefault() {
		p, err := DecodeKindCursor(c, "l")
		if err != nil {
			return "", 0, err
		}
		return p[0], 0, nil
	}
	p, err := DecodeCursor(c, 5)
	if err != nil {
		return "", 0, err
	}
	if p[0] != "lo" || p[1] != o.By || p[2] != strconv.FormatBool(o.Desc) {
		return "", 0, E("cursor", Invalid, fmt.Errorf("cursor of another list or order"))
	}
	n, err := strconv.Atoi(p[3])
	if err != nil {
		return "", 0, E("cursor", Invalid, fmt.Errorf("malformed cursor"))
	}
	return p[4], n, nil
}
