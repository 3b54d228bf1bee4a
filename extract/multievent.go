package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Reports that tell several events: a tour or a day of meetings told
// paragraph after paragraph, further events with their subject elided
// ("会谈后，还会见了…"), and the events of the same day ("同日，…", "当天，…").

var (
	sameDayWords = multiEventWords["sameday"]
	elidedWords  = multiEventWords["elided"]
	pronounWords = multiEventWords["pronoun"]
	successWords = multiEventWords["successive"]
	elidedSet    = newWordSet(elidedWords)
)

// elidedHostEvent reads an event told without a subject the rules know, a
// clause opening (after at most a short time phrase) with an elided word and
// an event verb: "会谈后，还会见了越南国家主席武文赏", "访问期间，还分别会见了A
// 和B", "当天，还同X举行会谈", "他还连续会见了…". The host is the one of the
// last event told in the same paragraph, else of the report's main (first)
// event, as the reader takes it; or a participant of an event told before,
// named bare ("田纪云今天还先后会见了…", the guest of the lead). The event is
// read by findEvent with the host written in. before holds the article's
// sentences.
func (e *Extractor) elidedHostEvent(s sentence, evs []event, before earlier) (event, bool) {
	var main person // none before the first event: a subject must be named
	if len(evs) > 0 {
		main = evs[0].host
	}
	for k := len(evs) - 1; k >= 0; k-- {
		if before.sents[evs[k].sent].para == s.para {
			main = evs[k].host
			break
		}
	}
	before.start = s.start
	return e.elidedAt(s.rs, 0, main, evs, before, s.para)
}

// earlier is the sentences of an article before the one starting at rune
// start: cut only when read (earlierSubject), which is rare. persons holds
// the persons read in them, by sentence index, for the whole article.
type earlier struct {
	sents   []sentence
	start   int
	persons map[int][]person
}

// sentences returns the sentences before the one at start.
func (b earlier) sentences() []sentence {
	return b.sents[:sort.Search(len(b.sents), func(i int) bool { return b.sents[i].start >= b.start })]
}

// personsOf is e.personsIn(b.sents[k].rs, false, false), read once per
// article.
func (e *Extractor) personsOf(b earlier, k int) []person {
	if ps, ok := b.persons[k]; ok {
		return ps
	}
	ps := e.personsIn(b.sents[k].rs, false, false)
	if b.persons != nil {
		b.persons[k] = ps
	}
	return ps
}

// elidedAt reads the first elided-subject event (see elidedHostEvent) in a
// clause of rs opening at or after from; main is the subject unless the
// clause opens with the bare name of a participant of evs (knownSubject) or
// of a person written with an office in a sentence before (earlierSubject).
func (e *Extractor) elidedAt(rs []rune, from int, main person, evs []event, before earlier, para int) (event, bool) {
	// One pass for an elided word with a verb soon after it; then the
	// clause it opens must open with it, after a time phrase or a subject
	// named bare.
	for w := elidedSet.index(rs, from, len(rs)); w >= 0; w = elidedSet.index(rs, w+1, len(rs)) {
		if !verbSoon(rs, w+utf8.RuneCountInString(elidedSet.at(rs, w))) {
			continue
		}
		c := w
		for c > from && rs[c-1] != '，' && w-c <= 16 {
			c--
		}
		if c > 0 && rs[c-1] != '，' {
			continue
		}
		host, at := main, c
		if p, ok := knownSubject(rs, c, evs); ok {
			host, at = p, c+utf8.RuneCountInString(p.name)
		} else if p, ok := e.earlierSubject(rs, c, w, before); ok {
			host, at = p, c+utf8.RuneCountInString(p.name)
		}
		if host.name == "" || w > at+6 || w < at || !timePhrase(rs[at:w]) || pastBefore(rs[:w]) {
			continue // a subject of its own, or reported speech
		}
		lead := []rune(host.title + host.name)
		syn := append(lead, rs[w:]...)
		ev, ok := e.findEvent(sentence{rs: syn, text: string(syn), para: para})
		if ok {
			ev.guests = namedGuests(ev.guests)
		}
		if !ok || ev.host.name != host.name || len(ev.guests) == 0 {
			return event{}, false
		}
		ev.host = host
		ev.verbEnd += w - len(lead)
		return ev, true
	}
	return event{}, false
}

// furtherElided reads the events told after ev in its sentence with their
// subject elided: "习近平同阮富仲举行会谈，还会见了武文赏、范明政和王庭惠",
// "会见了马克龙，随后又会见了朔尔茨". They share ev's host, and its date and
// place unless they tell their own.
func (e *Extractor) furtherElided(s sentence, ev event) []event {
	var out []event
	for from := ev.verbEnd; from < len(s.rs) && len(out) < 4; {
		ev2, ok := e.elidedAt(s.rs, from, ev.host, nil, earlier{}, s.para)
		if !ok || ev2.verbEnd <= from {
			break
		}
		from = ev2.verbEnd
		if ev2.day == 0 {
			ev2.year, ev2.month, ev2.day, ev2.span = ev.year, ev.month, ev.day, ev.span
			if ev2.tod == "" {
				ev2.tod = ev.tod
			}
		}
		if ev2.city == "" && ev2.place == "" {
			ev2.city, ev2.place = ev.city, ev.place
		}
		out = append(out, e.refineEvent(s, ev2))
	}
	return out
}

// earlierSubject reads, at rs[c:w], a bare name that a sentence before
// writes with an office ("全国人大常委会副委员长田纪云…抵达", then "田纪云今天
// 还会见了…"): that person. Tried only where an elided word and a verb
// follow, so the earlier sentences are read rarely.
func (e *Extractor) earlierSubject(rs []rune, c, w int, before earlier) (person, bool) {
	sents := before.sentences()
	for n := min(6, w-c); n >= 2; n-- {
		if !timePhrase(rs[c+n : w]) {
			continue // the rest of the subject must tell a time only
		}
		name := string(rs[c : c+n])
		for k, b := range sents {
			if !strings.Contains(b.text, name) {
				continue
			}
			for _, p := range e.personsOf(before, k) {
				if p.name == name && p.title != "" {
					return p, true
				}
			}
		}
	}
	return person{}, false
}

// knownSubject reads, at rs[c], the bare name of a host or guest of an
// event told before (at least two runes).
func knownSubject(rs []rune, c int, evs []event) (person, bool) {
	for _, ev := range evs {
		for _, p := range append([]person{ev.host}, ev.guests...) {
			if len([]rune(p.name)) >= 2 && hasAt(rs, c, p.name) {
				return p, true
			}
		}
	}
	return person{}, false
}

// sameDayAsBefore gives an event that names no day of its own, told in a
// sentence with a same-day word ("同日，国务院总理李强致电…", "当天，王沪宁
// 会见…", "会谈后，习近平还会见了…"), the date of the event told before it.
func sameDayAsBefore(evs []event, sents []sentence) {
	for k := 1; k < len(evs); k++ {
		if evs[k].day != 0 || evs[k-1].day == 0 {
			continue
		}
		if containsAnyWord(sents[evs[k].sent].text, sameDayWords...) {
			evs[k].year, evs[k].month, evs[k].day = evs[k-1].year, evs[k-1].month, evs[k-1].day
		}
	}
}

// timePhrase reports whether rs is empty or only tells a time: a date
// ("14日"), a same-day word ("当天", "会谈后") and a time of day ("下午"),
// with at most a pronoun ("他") for the subject.
func timePhrase(rs []rune) bool {
	for i := 0; i < len(rs); {
		if isDateRune(rs[i]) {
			i++
			continue
		}
		w := hasAnyAt(rs, i, sameDayWords...)
		if w == "" {
			w = hasAnyAt(rs, i, pronounWords...)
		}
		if w == "" {
			w = hasAnyAt(rs, i, "上午", "中午", "下午", "晚上", "晚间", "傍晚", "晚", "早上", "此外", "另外", "当地时间", "今天", "今日", "昨天", "昨日")
		}
		if w == "" {
			return false
		}
		i += len([]rune(w))
	}
	return true
}

// verbSoon reports an event verb, or the counterpart's 同/与/向 or 分别,
// within three runes from a ("还会见", "还同", "还连续会见").
func verbSoon(rs []rune, a int) bool {
	for i := a; i < len(rs) && i < a+3; i++ {
		if triggerStarts(rs[i]) || strings.ContainsRune("同与向分", rs[i]) {
			return true
		}
	}
	return false
}

// successiveGuests makes an event whose guests were met one after another
// ("还连续会见了A、B和C", "先后同A和B举行会谈") one meeting per guest, as
// 分别 does: a successive word stands right before the verb or its 同/与 in
// the clause that ends at the verb.
func successiveGuests(rs []rune, ev *event) {
	if len(ev.guests) < 2 || ev.split {
		return
	}
	for i := min(ev.verbEnd, len(rs)) - 1; i >= 0 && rs[i] != '，' && rs[i] != '。'; i-- {
		w := hasAnyAt(rs, i, successWords...)
		if a := i + len([]rune(w)); w != "" && a < len(rs) && (triggerStarts(rs[a]) || rs[a] == '同' || rs[a] == '与') {
			ev.split = true
			return
		}
	}
}

// refineEvent applies to an event found in sentence s the passes that read
// more of its sentence: guests met one after another (successiveGuests), a
// guest named twice (oneGuestPerName), and a bracketed headline opening the
// sentence (headlineInSentence).
func (e *Extractor) refineEvent(s sentence, ev event) event {
	ev = e.headlineInSentence(s, ev)
	successiveGuests(s.rs, &ev)
	oneGuestPerName(&ev)
	return ev
}

// splitToldApart makes a meeting with several guests one meeting per guest
// when the report tells them one by one ("访问期间，习近平还会见了越南政府总理
// 范明政和国会主席王庭惠。…在会见范明政时，…在会见王庭惠时，…"): guests met
// together are not told apart, so at least two of them have a paragraph of
// their own.
func splitToldApart(evs []event) {
	for k := range evs {
		if !evs[k].split && len(evs[k].guests) > 1 && len(evs[k].guestSent) >= 2 {
			evs[k].split = true
		}
	}
}

// namedGuests keeps the guests an elided-subject event names as persons:
// known leaders, or names with an office ("越南国家主席武文赏"); a group
// read as a name ("国家杜马五大党团" of "…负责人") is no guest.
func namedGuests(ps []person) []person {
	out := ps[:0:0]
	for _, p := range ps {
		if (p.known || p.title != "") && !isGroup(p) {
			out = append(out, p)
		}
	}
	return out
}
