package graph

import (
	"cmp"
	"slices"
)

// Side is the side of a meeting a participant is on: the host's or the
// guest's. Counterparts are met across sides; colleagues share a side.
type Side int

// Sides of a meeting.
const (
	SideUnknown Side = iota // neither side can be told (see ParticipantSides)
	SideHost                // the host and those with him
	SideGuest               // the guests and those with them
)

// sameAffiliation reports whether two participations serve the same
// country, or (both without country) the same organisation or none.
func sameAffiliation(a, b Participant) bool {
	if a.Country != "" || b.Country != "" {
		return a.Country == b.Country
	}
	return a.Organisation == b.Organisation
}

// entrySides gives each participation its side (into buf, reused): hosts
// and guests by role, an attendee by the hosts or guests serving his
// country or organisation (one serving neither, none: no side).
func entrySides(ps []Participant, buf []Side) []Side {
	out := buf[:0]
	for _, p := range ps {
		s := SideUnknown
		switch p.Role {
		case RoleHost:
			s = SideHost
		case RoleGuest:
			s = SideGuest
		default:
			if p.Country == "" && p.Organisation == "" {
				break
			}
			h, g := false, false
			for _, q := range ps {
				if q.Role == RoleHost && sameAffiliation(p, q) {
					h = true
				}
				if q.Role == RoleGuest && sameAffiliation(p, q) {
					g = true
				}
			}
			switch {
			case h && !g:
				s = SideHost
			case g && !h:
				s = SideGuest
			}
		}
		out = append(out, s)
	}
	return out
}

// personSide is the side of every participation of name when they
// agree, else (or when he has none) SideUnknown.
func personSide(ps []Participant, es []Side, name string) Side {
	s, seen := SideUnknown, false
	for i, p := range ps {
		if p.Name != name {
			continue
		}
		if seen && es[i] != s {
			return SideUnknown
		}
		s, seen = es[i], true
	}
	return s
}

// ParticipantSides gives the side of every person of a meeting, by name.
// Hosts are on the host side and guests on the guest side. An attendee
// is on the side whose hosts or guests serve his country (or
// organisation): the extractor gives an attendee the country of the side
// his list names ("越方出席的有…"), China when it names none, or the
// country written before his name ("越南驻华大使…"). An attendee whose
// country is that of both sides (both sides Chinese) or of neither (a
// third country's envoy), and a person listed on both sides, are on no
// known side (SideUnknown): neither counterpart nor colleague of anyone.
// The answer does not depend on the order of participants.
func ParticipantSides(ps []Participant) map[string]Side {
	es := entrySides(ps, nil)
	out := make(map[string]Side, len(ps))
	for _, p := range ps {
		out[p.Name] = personSide(ps, es, p.Name)
	}
	return out
}

// Peers accumulates, over the meetings of one leader, the leaders he met
// across sides (counterparts) and those on his side serving the same
// country or organisation (colleagues), with counts and last dates.
// Both stores use it, so that they answer alike.
type Peers struct {
	Leader                  string
	counterparts, colleague map[string]*Counterpart
	frozen                  bool
	cps, cols               []Counterpart // sorted, once frozen
	buf                     []Side        // entrySides' buffer
}

// NewPeers starts the peers of leader.
func NewPeers(leader string) *Peers {
	return &Peers{Leader: leader, counterparts: map[string]*Counterpart{}, colleague: map[string]*Counterpart{}}
}

// Add counts one meeting of the leader, dated date ("" when unknown),
// with its participants. A meeting where the leader is on no known side
// counts for nobody.
func (p *Peers) Add(date string, ps []Participant) {
	if p.frozen {
		panic("graph: Peers.Add after Freeze")
	}
	p.buf = entrySides(ps, p.buf)
	es := p.buf
	own := personSide(ps, es, p.Leader)
	if own == SideUnknown {
		return
	}
	for i, q := range ps {
		if q.Name == p.Leader || firstOf(ps, q.Name) != i {
			continue // the leader himself; a person listed twice counts once
		}
		s := personSide(ps, es, q.Name)
		if s == SideUnknown {
			continue
		}
		acc := p.counterparts
		if s == own {
			if !shareAffiliation(ps, p.Leader, q.Name) {
				continue
			}
			acc = p.colleague
		}
		c := acc[q.Name]
		if c == nil {
			c = &Counterpart{Leader: q.Name}
			acc[q.Name] = c
		}
		c.Count++
		c.LastDate = max(c.LastDate, date)
	}
}

// firstOf is the index of name's first participation.
func firstOf(ps []Participant, name string) int {
	for i, p := range ps {
		if p.Name == name {
			return i
		}
	}
	return -1
}

// shareAffiliation reports whether a and b serve the same country or
// organisation in some pair of their participations.
func shareAffiliation(ps []Participant, a, b string) bool {
	for _, x := range ps {
		if x.Name != a {
			continue
		}
		for _, y := range ps {
			if y.Name == b && sameAffiliation(x, y) {
				return true
			}
		}
	}
	return false
}

// Freeze sorts both lists once, so that Counterparts and Colleagues
// return them without work; Add may not be called afterwards. A frozen
// Peers may be read concurrently; callers must not change what it returns.
func (p *Peers) Freeze() {
	p.cps, p.cols = sortedPeers(p.counterparts), sortedPeers(p.colleague)
	p.frozen = true
}

// Counterparts returns the leaders met across sides, sorted (SortCounterparts).
func (p *Peers) Counterparts() []Counterpart {
	if p.frozen {
		return p.cps
	}
	return sortedPeers(p.counterparts)
}

// Colleagues returns the leaders on the same side who serve the same
// country or organisation, sorted (SortCounterparts).
func (p *Peers) Colleagues() []Counterpart {
	if p.frozen {
		return p.cols
	}
	return sortedPeers(p.colleague)
}

func sortedPeers(m map[string]*Counterpart) []Counterpart {
	var out []Counterpart
	for _, c := range m {
		out = append(out, *c)
	}
	SortCounterparts(out)
	return out
}

// SortCounterparts orders counterparts (or colleagues) by count
// (descending), then last date (newest first), then name.
func SortCounterparts(cs []Counterpart) {
	slices.SortFunc(cs, func(a, b Counterpart) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(b.LastDate, a.LastDate), cmp.Compare(a.Leader, b.Leader))
	})
}
