package extract

import "strings"

// delegationMembers reads the members of a delegation met in ev, listed
// after it in the same sentence or in one of the two next ones:
// "…代表团。代表团成员包括越共中央对外部部长A、越共中央办公厅主任B和C。"
// Every member is a guest. A member named without country or organisation
// serves the delegation's (the group's country, else the first guest's);
// a member of the host's state is not a guest, nor is one already listed.
func (e *Extractor) delegationMembers(sents []sentence, ev event) []person {
	s := sents[ev.sent]
	if ev.verbEnd > len(s.rs) {
		return nil
	}
	if after := string(s.rs[ev.verbEnd:]); !containsAnyWord(after, delegationWords...) && !containsAnyWord(after, groupMemberWords...) {
		return nil
	}
	for i := ev.sent; i < len(sents) && i <= ev.sent+2; i++ {
		rs := sents[i].rs
		from := 0
		if i == ev.sent {
			from = ev.verbEnd
		}
		at, n := -1, 0
		for _, w := range memberOpeners {
			if k := runeIdx(rs, w, from); k >= 0 && (at < 0 || k < at) {
				at, n = k, len([]rune(w))
			}
		}
		heads := e.ledLater(rs, from)
		if at < 0 && len(heads) == 0 {
			continue
		}
		var members []person
		if at >= 0 {
			members = e.listItems(rs[at+n:], "。") // "A、B；C、D": groups of members
		}
		return e.memberItemsOf(append(heads, members...), ev)
	}
	return nil
}

// ledLater reads the head of a delegation told after the meeting:
// "代表团由参议员戴恩斯率领，成员包括…", "该团由前国务卿A带领". The words
// before 由 must name the delegation.
func (e *Extractor) ledLater(rs []rune, from int) []person {
	k := runeIdx(rs, "由", from)
	if k < 0 || !containsAnyWord(string(rs[from:k]), "代表团", "该团", "访华团", "访问团", "考察团") {
		return nil
	}
	for m := k + 2; m < len(rs) && m < k+30; m++ {
		if strings.ContainsRune("，。；", rs[m]) {
			return nil
		}
		if hasAnyAt(rs, m, "率领", "带领", "率团", "担任团长") != "" {
			return e.personsIn(rs[k+1:m], false, true)
		}
	}
	return nil
}

// memberItemsOf gives each of ps without country the delegation's, and
// drops the host, those already guests and those of the host's state.
func (e *Extractor) memberItemsOf(ps []person, ev event) []person {
	var out []person
	for _, p := range ps {
		if p.country == "" && p.org == "" {
			p.country = ev.groupCountry
			if p.country == "" && len(ev.guests) > 0 {
				p.country, p.org = ev.guests[0].country, ev.guests[0].org
			}
		}
		if p.name == ev.host.name || hasGuest(ev, p.name) ||
			(p.country != "" && p.country == ev.host.country) || strings.HasSuffix(p.name, "等") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// partyTitle keeps the party in an office of its central committee when the
// party's short form stood where a country name would ("越共中央总书记",
// "越共中央对外部部长"): the party is the body that qualifies the office, not
// the country's name, which the title leaves out.
func partyTitle(form, title string) string {
	if form != "" && partyForms[form] && strings.HasPrefix(title, "中央") {
		return form + title
	}
	return title
}

// delegationHeadBefore finds the head of a delegation met as a group
// ("会见了该代表团") in the sentences before the meeting that introduce it:
// "以罗马尼亚众议院外委会主席、匈民联议员博尔贝伊·拉斯洛为团长的罗马尼亚众议院
// 外委会代表团一行6人…来华访问。" The head is the last person of the phrase
// before the marker; a person of the host's state is not taken.
func (e *Extractor) delegationHeadBefore(sents []sentence, ev event) (person, bool) {
	for i := ev.sent - 1; i >= 0 && i >= ev.sent-3; i-- {
		rs := sents[i].rs
		for _, w := range headMarkers {
			k := runeIdx(rs, w, 0)
			if k < 0 || !containsAnyWord(string(rs[k:]), delegationWords...) {
				continue
			}
			from := k - 1
			for from > 0 && rs[from] != '以' && rs[from] != '由' && rs[from] != '，' && k-from < 60 {
				from--
			}
			ps := e.personsIn(rs[from+1:k], false, true)
			if len(ps) == 0 {
				continue
			}
			p := ps[len(ps)-1]
			if p.country == "" && p.org == "" {
				p.country = ev.groupCountry
			}
			if p.name == ev.host.name || (p.country != "" && p.country == ev.host.country) {
				continue
			}
			return p, true
		}
	}
	return person{}, false
}

// comingGuest reports "前来"/"前往" read after an event verb ("会见前来出席
// 座谈会的美国企业界代表团"): the start of a clause describing the guest,
// not 前 "before the meeting".
func comingGuest(rs []rune, after int, w string) bool {
	return w == "前" && hasAnyAt(rs, after+1, "来", "往") != ""
}

// deputyHeads reads the other leaders of a delegation named with its head
// in the meeting sentence; each is a guest like the head, with the
// delegation's country when his own is not written.
func (e *Extractor) deputyHeads(sents []sentence, ev event) []person {
	rs := sents[ev.sent].rs
	if ev.verbEnd > len(rs) || runeIdx(rs, "团长", ev.verbEnd) < 0 {
		return nil
	}
	var out []person
	for _, w := range deputyMarkers {
		for k := runeIdx(rs, w, ev.verbEnd); k > 0; k = runeIdx(rs, w, k+1) {
			from := k - 1
			for from > ev.verbEnd && rs[from] != '、' && rs[from] != '，' && rs[from] != '和' && k-from < 40 {
				from--
			}
			ps := plausiblePersons(e.personsIn(rs[from+1:k], true, true))
			if len(ps) == 0 {
				continue
			}
			out = append(out, e.memberItemsOf(ps, ev)...)
		}
	}
	return out
}

// delegationBody gives the guests of a delegation meeting who serve no
// known state or organisation the body the delegation is named after:
// "会见由主席斯沃博达率领的欧洲议会社会党党团代表团" → organisation
// 欧洲议会社会党党团; a body naming a state gives that state.
func (e *Extractor) delegationBody(sents []sentence, ev *event) {
	rs := sents[ev.sent].rs
	if ev.verbEnd > len(rs) {
		return
	}
	k := runeIdx(rs, "代表团", ev.verbEnd)
	if k < 0 {
		return
	}
	from := k
	for from > ev.verbEnd && isNameRune(rs[from-1]) && rs[from-1] != '的' && rs[from-1] != '了' && k-from < 24 {
		from--
	}
	body := rs[from:k]
	if len(body) < 2 {
		return
	}
	country, org := "", ""
	for _, m := range e.gaz.scan(body) {
		if m.tag == "cty" {
			country = m.val
			break
		}
	}
	if country == "" && containsAnyWord(string(body), bodyWords...) && hasBodyEnd(string(body)) {
		org = string(body)
	}
	if country == "" && org == "" {
		return
	}
	for g := range ev.guests {
		if gp := &ev.guests[g]; gp.country == "" && gp.org == "" {
			gp.country, gp.org = country, org
		}
	}
}

// hasBodyEnd reports whether a body's name ends in one of bodyWords.
func hasBodyEnd(s string) bool {
	for _, w := range bodyWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
