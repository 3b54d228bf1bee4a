package extract

import (
	"strings"
	"unicode/utf8"
)

// One event told twice in one report: a headline or a photo caption
// naming the leaders shortly ("习近平同马克龙通电话", "会见法国总统马克龙"),
// and the lead naming them in full ("法国总统埃马纽埃尔·马克龙"). The two
// tellings are one meeting.

// sameLeaderName reports whether two names written in one report name the
// same person: equal, or one is the other's last part after a name
// separator ("马克龙" of "埃马纽埃尔·马克龙", "特雷莎·梅" of "…·梅" is not
// shorter than two runes).
func sameLeaderName(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len([]rune(a)) < 2 || !strings.HasSuffix(b, a) {
		return false
	}
	rest := strings.TrimSuffix(b, a)
	for _, sep := range []string{"·", "•", "－", "-", "‧"} {
		if strings.HasSuffix(rest, sep) {
			return true
		}
	}
	return false
}

// sameLeader reports whether p and q, named in one report, are the same
// person: names as sameLeaderName, and offices that agree where both are
// told (the Sri Lankan president 拉贾帕克萨 is not the speaker 恰马尔·拉贾帕克萨).
func sameLeader(p, q person) bool {
	if !sameLeaderName(p.name, q.name) {
		return false
	}
	if p.name == q.name || p.title == "" || q.title == "" {
		return true
	}
	return strings.Contains(p.title, q.title) || strings.Contains(q.title, p.title)
}

// fullerNames keeps, in an event merged with a retelling of it, the fuller
// form of each name the two tellings share ("埃马纽埃尔·马克龙" over the
// caption's "马克龙"), the form the report's lead gives.
func fullerNames(ev *event, other event) {
	if len(other.host.name) > len(ev.host.name) && sameLeader(ev.host, other.host) {
		ev.host.name = other.host.name
	}
	for g := range ev.guests {
		for _, o := range other.guests {
			if len(o.name) > len(ev.guests[g].name) && sameLeader(ev.guests[g], o) {
				ev.guests[g].name = o.name
				if ev.guests[g].title == "" {
					ev.guests[g].title = o.title
				}
			}
		}
	}
}

// oneGuestPerName drops a guest named twice in one event, short and in
// full, as when a headline run into the lead ("…电 习近平会见马克龙 国家主席
// 习近平6日…会见法国总统埃马纽埃尔·马克龙") is read as one sentence: the
// fuller form stays, where the first one stood.
func oneGuestPerName(ev *event) {
	for i := 0; i < len(ev.guests); i++ {
		for j := i + 1; j < len(ev.guests); j++ {
			if !sameLeader(ev.guests[i], ev.guests[j]) {
				continue
			}
			if len(ev.guests[j].name) > len(ev.guests[i].name) {
				ev.guests[i] = ev.guests[j]
			}
			ev.guests = append(ev.guests[:j], ev.guests[j+1:]...)
			j--
		}
	}
}

// stoppedHeadline reads the text before the first dateline when it is one
// headline-like line copied with a full stop ("习近平同马克龙通电话。") whose
// words the lead after the dateline tells again: the report's headline, not
// a report of its own (which would make the event a second meeting).
func stoppedHeadline(head, rest string) (string, bool) {
	t := strings.TrimSpace(head)
	if strings.ContainsRune(t, '\n') {
		return "", false
	}
	t = strings.TrimRight(t, "。！.!")
	if t == strings.TrimSpace(head) || !headlineLine(t) {
		return "", false
	}
	lead := rest
	if i := strings.IndexByte(lead, '\n'); i >= 0 {
		lead = lead[:i]
	}
	return t, headlineMatches(t, lead)
}

// dropRetoldMeetings drops, from an article without dateline, the meetings
// the next article (one with a dateline) tells again, by kind, host and
// guests, names matched as sameLeaderName (for a single line above the
// dateline, host and number of guests suffice): a headline or summary above
// the report that was not taken for its headline ("习近平同马克龙通电话，强调…"
// above "新华社北京5月9日电 国家主席习近平9日晚应约同法国总统…通电话").
func dropRetoldMeetings(arts []Article, raw []rawArticle) {
	for k := 0; k+1 < len(arts) && k+1 < len(raw); k++ {
		if raw[k].source != "" || raw[k].month != 0 || raw[k+1].source == "" && raw[k+1].month == 0 {
			continue
		}
		// A single headline-like line tells the next report's event even
		// when it writes a guest's name another way ("馬克宏", "马克龙").
		line := !strings.Contains(strings.TrimSpace(raw[k].text), "\n") && utf8.RuneCountInString(raw[k].text) <= 80
		kept := arts[k].Meetings[:0]
		for _, m := range arts[k].Meetings {
			told := false
			for _, n := range arts[k+1].Meetings {
				told = told || m.Kind == n.Kind && (sameCast(m, n) || line && sameHostAndCount(m, n))
			}
			if !told {
				kept = append(kept, m)
			}
		}
		arts[k].Meetings = kept
	}
}

// sameHostAndCount reports whether meetings m and n have the same host
// and as many guests, none of m's at odds with n's in the same place of
// the list (another country or office, where both are told).
func sameHostAndCount(m, n Meeting) bool {
	split := func(x Meeting) (string, []Participant) {
		h, gs := "", []Participant(nil)
		for _, p := range x.Participants {
			switch p.Role {
			case RoleHost:
				h = p.Name
			case RoleGuest:
				gs = append(gs, p)
			}
		}
		return h, gs
	}
	mh, mg := split(m)
	nh, ng := split(n)
	if mh == "" || !sameLeaderName(mh, nh) || len(mg) != len(ng) {
		return false
	}
	for i := range mg {
		if atOdds(mg[i].Country, ng[i].Country) || atOdds(mg[i].Title, ng[i].Title) {
			return false
		}
	}
	return true
}

// atOdds reports two values, both told, neither holding the other.
func atOdds(a, b *string) bool {
	return a != nil && b != nil && *a != "" && *b != "" && !strings.Contains(*a, *b) && !strings.Contains(*b, *a)
}

// sameCast reports whether meeting n has m's host and every guest of m,
// names matched as sameLeaderName.
func sameCast(m, n Meeting) bool {
	has := func(p Participant) bool {
		for _, q := range n.Participants {
			if q.Role == p.Role && sameLeaderName(p.Name, q.Name) {
				return true
			}
		}
		return false
	}
	for _, p := range m.Participants {
		if p.Role != RoleAttendee && !has(p) {
			return false
		}
	}
	return true
}

// headlineInSentence reads past a headline that opens the sentence in
// brackets ("【习近平同法国总统马克龙通电话】国家主席习近平9日晚应约同法国总统
// 埃马纽埃尔·马克龙通电话。", "#…#"): when ev, found inside it, is told again
// after it with the same participants, the lead's telling (its date, place
// and full names) is the event.
func (e *Extractor) headlineInSentence(s sentence, ev event) event {
	rs := s.rs
	if len(rs) < 4 {
		return ev
	}
	closing := closingMark(rs[0])
	end := -1
	for i := 1; i < len(rs) && i < 48 && closing != 0; i++ {
		if rs[i] == closing {
			end = i
			break
		}
	}
	if end < 0 || ev.verbEnd > end || end+1 >= len(rs) {
		return ev
	}
	rest := rs[end+1:]
	ev2, ok := e.findEvent(sentence{rs: rest, text: string(rest), para: s.para})
	if !ok || !sameParticipants(ev2, ev) {
		return ev
	}
	ev2.verbEnd += end + 1
	fullerNames(&ev2, ev)
	return ev2
}

// closingMark is the mark that closes a headline opening with r ("【…】",
// "#…#"), 0 for any other rune.
func closingMark(r rune) rune {
	switch r {
	case '【':
		return '】'
	case '[':
		return ']'
	case '#':
		return '#'
	case '〖':
		return '〗'
	case '「':
		return '」'
	}
	return 0
}
