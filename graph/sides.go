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

// affiliation is what places an attendee on a side: the country served,
// else the international organisation, else nothing ("").
func affiliation(p Participant) string {
	switch {
	case p.Country != "":
		return "c:" + p.Country
	case p.Organisation != "":
		return "o:" + p.Organisation
	}
	return ""
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
	hostAff, guestAff := map[string]bool{}, map[string]bool{}
	for _, p := range ps {
		switch p.Role {
		case RoleHost:
			hostAff[affiliation(p)] = true
		case RoleGuest:
			guestAff[affiliation(p)] = true
		}
	}
	sides := map[string]Side{}
	conflict := map[string]bool{}
	for _, p := range ps {
		s := SideUnknown
		switch p.Role {
		case RoleHost:
			s = SideHost
		case RoleGuest:
			s = SideGuest
		default:
			a := affiliation(p)
			switch h, g := a != "" && hostAff[a], a != "" && guestAff[a]; {
			case h && !g:
				s = SideHost
			case g && !h:
				s = SideGuest
			}
		}
		if prev, seen := sides[p.Name]; seen && prev != s {
			conflict[p.Name] = true
		}
		sides[p.Name] = s
	}
	for name := range conflict {
		sides[name] = SideUnknown
	}
	return sides
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
	sides := ParticipantSides(ps)
	own := sides[p.Leader]
	if own == SideUnknown {
		return
	}
	affs := map[string]map[string]bool{} // name → affiliations in this meeting
	for _, q := range ps {
		if affs[q.Name] == nil {
			affs[q.Name] = map[string]bool{}
		}
		affs[q.Name][affiliation(q)] = true
	}
	for name, s := range sides {
		if name == p.Leader || s == SideUnknown {
			continue
		}
		acc := p.counterparts
		if s == own {
			if !sharesAffiliation(affs[p.Leader], affs[name]) {
				continue
			}
			acc = p.colleague
		}
		c := acc[name]
		if c == nil {
			c = &Counterpart{Leader: name}
			acc[name] = c
		}
		c.Count++
		c.LastDate = max(c.LastDate, date)
	}
}

func sharesAffiliation(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
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
