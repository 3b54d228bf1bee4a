package extract

import "strings"

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
// read by findEvent with the host written in.
func (e *Extractor) elidedHostEvent(s sentence, evs []event, sents []sentence) (event, bool) {
	if len(evs) == 0 {
		return event{}, false
	}
	main := evs[0].host
	for k := len(evs) - 1; k >= 0; k-- {
		if sents[evs[k].sent].para == s.para {
			main = evs[k].host
			break
		}
	}
	rs := s.rs
	for c := 0; c < len(rs); c++ {
		if c > 0 && rs[c-1] != '，' {
			continue
		}
		// (cheap test first: an elided word and a verb soon after it)
		w := elidedSet.index(rs, c, min(c+16, len(rs)))
		if w < 0 || !verbSoon(rs, w+len([]rune(hasAnyAt(rs, w, elidedWords...)))) {
			continue
		}
		host, from := main, c
		if p, ok := knownSubject(rs, c, evs); ok {
			host, from = p, c+len([]rune(p.name))
		}
		if host.name == "" || w > from+6 || w < from || !timePhrase(rs[from:w]) || pastBefore(rs[:w]) {
			continue // a subject of its own, or reported speech
		}
		lead := []rune(host.title + host.name)
		syn := append(lead, rs[w:]...)
		ev, ok := e.findEvent(sentence{rs: syn, text: string(syn), para: s.para})
		if !ok || ev.host.name != host.name || len(ev.guests) == 0 {
			return event{}, false
		}
		ev.host = host
		ev.verbEnd += w - len(lead)
		return ev, true
	}
	return event{}, false
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
