package extract

import (
	_ "embed"
)

// A round-up of messages: a lead whose subject is a collective ("一些国家领导
// 人…陆续致电致函习近平，热烈祝贺习近平当选…") and then one paragraph per
// sender ("巴西总统特梅尔表示，欣悉您当选…"). Each sender is the HOST of a
// MESSAGE to the leader the lead names, on the lead's date; the collective
// itself names no one and is no event.

//go:embed vocab/message_roundup.tsv
var roundupTSV string

// roundupSenders and roundupSayings are the two parts of vocab/message_roundup.tsv.
var roundupSenders, roundupSayings = func() (senders, sayings []string) {
	parts := wordsByClass(roundupTSV, "vocab/message_roundup.tsv", "sender", "saying")
	return parts[0], parts[1]
}()

var roundupSenderSet = newWordSet(roundupSenders)

// messageRoundups replaces each round-up lead among evs by one message per
// sender its paragraphs name.
func (e *Extractor) messageRoundups(evs []event, sents []sentence) []event {
	for k := 0; k < len(evs); k++ {
		ev := evs[k]
		if ev.kind != KindMessage || ev.host.known {
			continue
		}
		to, _, ok := e.roundupLead(sents[ev.sent].rs)
		if !ok {
			continue
		}
		var senders []event
		for i := ev.sent + 1; i < len(sents); i++ {
			if sents[i].para == sents[i-1].para {
				continue // a sender opens a paragraph
			}
			if p, ok := e.roundupSender(sents[i].rs); ok {
				m := ev
				m.sent, m.host, m.guests = i, p, []person{to}
				m.split, m.cohosts = false, nil
				senders = append(senders, m)
			}
		}
		evs = append(evs[:k], append(senders, evs[k+1:]...)...)
		k += len(senders) - 1
	}
	return evs
}

// roundupLead reports a lead of a round-up in rs: a collective sender noun
// before a message verb at p, and the Chinese leader after it who receives.
func (e *Extractor) roundupLead(rs []rune) (to person, p int, ok bool) {
	if roundupSenderSet.index(rs, 0, len(rs)) < 0 {
		return person{}, 0, false // (no sender: the common case, one scan)
	}
	for p = 0; p < len(rs); p++ {
		if !triggerStarts(rs[p]) {
			continue
		}
		tr := triggerAt(rs, p)
		if tr == nil || tr.kind != KindMessage {
			continue
		}
		if roundupSenderSet.index(rs, 0, p) < 0 {
			return person{}, p, false
		}
		for _, q := range e.personsIn(rs[p:], false, false) {
			if q.known && q.country == "CN" {
				return person{name: q.name, title: q.title, country: q.country, known: true}, p, true
			}
		}
		return person{}, p, false
	}
	return person{}, p, false
}

// roundupLeadSentences bounds where a round-up's lead stands: among the
// first sentences of its article (a headline, a dateline, the lead).
const roundupLeadSentences = 3

// roundupEvent reads a lead of a round-up that no frame read as an event
// (its subject is a collective, not a person): a message without a host,
// dated by the words before its verb, that messageRoundups completes.
func (e *Extractor) roundupEvent(s sentence, i int) (event, bool) {
	if i >= roundupLeadSentences {
		return event{}, false // a round-up's lead opens the report
	}
	to, p, ok := e.roundupLead(s.rs)
	if !ok {
		return event{}, false
	}
	ev := event{kind: KindMessage, guests: []person{to}}
	timePass(&ev, s.rs[:p])
	return ev, true
}

// roundupSender reads the foreign sender opening a paragraph of a round-up:
// offices and a name (a chain of several: "朝鲜劳动党总书记、朝鲜民主主义
// 人民共和国国务委员长金正恩"), then a word of saying.
func (e *Extractor) roundupSender(rs []rune) (person, bool) {
	w := roundupSayingSet.index(rs, 1, min(len(rs), roundupSenderRunes))
	if w < 0 {
		return person{}, false
	}
	ps := e.personsIn(rs[:w], false, false)
	if len(ps) == 0 {
		return person{}, false
	}
	p := ps[len(ps)-1]
	if p.name == "" || p.title == "" || p.country == "" || p.country == "CN" || !hasAt(rs, w-len([]rune(p.name)), p.name) {
		return person{}, false // the name must stand just before the saying
	}
	return p, true
}

// roundupSenderRunes bounds the sender's offices and name.
const roundupSenderRunes = 64

var roundupSayingSet = newWordSet(roundupSayings)
