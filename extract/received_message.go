package extract

import (
	_ "embed"
	"unicode/utf8"
)

// What China receives: a Chinese leader "接到X打来的电话" or "收到X的贺电".
// By the contract the subject of the event verb is the host, so the leader
// who receives is the HOST and the caller or sender the GUEST, as for
// "应约同X通电话"; the kind is the object's (a call or a message).

//go:embed vocab/received_objects.tsv
var receivedObjectsTSV string

//go:embed vocab/exchange_subjects.tsv
var exchangeSubjectsTSV string

// exchangeSubjects are the subjects of vocab/exchange_subjects.tsv.
var exchangeSubjects = func() []string {
	var out []string
	for _, f := range dataRows(exchangeSubjectsTSV, "vocab/exchange_subjects.tsv", 1) {
		out = append(out, f[0])
	}
	return out
}()

// exchangeSubjectSet finds the exchangeSubjects in one scan.
var exchangeSubjectSet = newWordSet(exchangeSubjects)

// sidesSubject reports whether rs names the two sides together with one of
// exchangeSubjects ("两国元首", "两国领导人"): headsExchange and
// collectiveTalks read nothing in a sentence without one.
func sidesSubject(rs []rune) bool {
	return exchangeSubjectSet.index(rs, 0, len(rs)) >= 0
}

// receivedObject is an object of vocab/received_objects.tsv.
type receivedObject struct {
	word []rune
	kind Kind
}

// receivedObjects are the rows of vocab/received_objects.tsv, in file order
// (longest first where one begins another).
var receivedObjects = func() []receivedObject {
	var out []receivedObject
	for _, f := range dataRows(receivedObjectsTSV, "vocab/received_objects.tsv", 2) {
		if !validKind(f[1]) {
			panic("extract: vocab/received_objects.tsv: bad kind " + f[1])
		}
		out = append(out, receivedObject{[]rune(f[0]), Kind(f[1])})
	}
	return out
}()

// receivedWindow bounds the counterpart between the verb and the object.
const receivedWindow = 48

// receivedObjectAt returns where, after the verb ending at from, the
// object received begins (the counterpart ends there) and the event's kind;
// k < 0 when the clause names none ("接到邀请", "收到礼物").
func receivedObjectAt(rs []rune, from int) (k int, kind Kind) {
	for k = from; k < len(rs) && k < from+receivedWindow; k++ {
		switch rs[k] {
		case '，', '。', '；', '：':
			return -1, ""
		case '打', '的', '发':
			for _, o := range receivedObjects {
				if runesAt(rs, k, o.word) {
					return k, o.kind
				}
			}
		}
	}
	return -1, ""
}

// runesAt reports whether rs has w at i.
func runesAt(rs []rune, i int, w []rune) bool {
	if i < 0 || i+len(w) > len(rs) {
		return false
	}
	for j, r := range w {
		if rs[i+j] != r {
			return false
		}
	}
	return true
}

// receivedTrigger gives the trigger of a received frame at rs[p] the kind
// of the object that follows its counterpart; nil when none follows.
func receivedTrigger(rs []rune, p int, tr *trigger) *trigger {
	k, kind := receivedObjectAt(rs, p+utf8.RuneCountInString(tr.word))
	if k < 0 {
		return nil
	}
	t := *tr
	t.kind = kind
	return &t
}

// receivedSpan cuts the words after a received frame's verb to the
// counterpart: "了美国总统布什打来的电话" → "美国总统布什". Other frames'
// spans are returned as they are.
func receivedSpan(span []rune, tr trigger) []rune {
	if tr.frame != frameReceived {
		return span
	}
	if len(span) > 0 && span[0] == '了' {
		span = span[1:]
	}
	if k, _ := receivedObjectAt(span, 0); k >= 0 {
		return span[:k]
	}
	return span
}

// pairEvents reads further exchanges told for other pairs in the sentence
// of ev, each after a comma with its own host and counterpart: "国务院总理
// 李强同X总理互致贺电，国务委员兼外长王毅同Y外长互致贺信". Only frames that
// name both sides (同/与 X before the verb) qualify, and the host must
// differ from ev's (a further meeting of the same host is furtherEvent's).
// They share ev's date and time of day unless they tell their own.
func (e *Extractor) pairEvents(s sentence, ev event) []event {
	var out []event
	rs := s.rs
	for k := ev.verbEnd; k+1 < len(rs); k++ {
		if rs[k] == '。' || rs[k] == '；' {
			break
		}
		if rs[k] != '，' {
			continue
		}
		sub := sentence{rs: rs[k+1:]}
		ev2, ok := e.findEvent(sub)
		if !ok || !pairFrame(sub.rs, ev2) || ev2.host.name == ev.host.name || len(ev2.guests) == 0 {
			continue
		}
		// The host opens the clause: "，王毅同…", not "，双方同意与…".
		if !hasAt(sub.rs, 0, ev2.host.title+ev2.host.name) && !hasAt(sub.rs, 0, ev2.host.name) {
			continue
		}
		if ev2.day == 0 {
			ev2.year, ev2.month, ev2.day, ev2.span = ev.year, ev.month, ev.day, ev.span
			if ev2.tod == "" {
				ev2.tod = ev.tod
			}
		}
		ev2.verbEnd += k + 1
		out = append(out, ev2)
		k = ev2.verbEnd - 1
	}
	return out
}

// pairFrame reports whether the verb of ev2, found in rs, names both sides
// (a trigger of the with frame, or an exchange 互致…).
func pairFrame(rs []rune, ev2 event) bool {
	for _, t := range triggers {
		if t.with && t.kind == ev2.kind {
			n := utf8.RuneCountInString(t.word)
			if ev2.verbEnd >= n && hasAt(rs, ev2.verbEnd-n, t.word) {
				return true
			}
		}
	}
	return ev2.kind == KindMessage && runeIdx(rs[:ev2.verbEnd], "互致", 0) >= 0
}

// splitReceived makes the calls or messages received from several senders
// ("收到美国总统布什、法国总统萨科齐等外国领导人发来的慰问电") one event per
// sender: each sent his own.
func splitReceived(ev *event, tr trigger) {
	if tr.frame == frameReceived && len(ev.guests) > 1 {
		ev.split = true
	}
}

// exchangeWords open what a side wrote in an exchange: "习近平在贺电中指出".
var exchangeWords = []string{"在贺电中", "在贺信中", "在贺函中", "在致电中", "在电文中", "在信中"}

// headsExchange reads an exchange whose sides are a collective subject
// ("两国元首互致贺电", vocab/exchange_subjects.tsv) and are named in the
// sentences that follow, each opening one with his words ("习近平在贺电中
// 指出，…。普京在贺电中表示，…"): the first named is the host, the second
// the guest, as for "A同B互致贺电". The event is read by findEvent from the
// sentence with "A同B" in the place of the subject, so that the date and
// time told before stay its own.
func (e *Extractor) headsExchange(sents []sentence, i int) (ev event, ok bool) {
	rs := sents[i].rs
	k := runeIdx(rs, "互致", 0)
	if k < 0 {
		return ev, false
	}
	subj, at := "", -1
	for _, w := range exchangeSubjects {
		if j := runeIdx(rs, w, 0); j >= 0 && j < k && (at < 0 || j > at) {
			subj, at = w, j
		}
	}
	if at < 0 {
		return ev, false
	}
	var sides []person
	for j := i + 1; j < len(sents) && j <= i+4 && len(sides) < 2; j++ {
		p, end, found := e.personAt(sents[j].rs, 0, true, false)
		if !found || hasAnyAt(sents[j].rs, end, exchangeWords...) == "" {
			continue
		}
		if len(sides) == 0 || sides[0].name != p.name {
			sides = append(sides, p)
		}
	}
	if len(sides) < 2 {
		return ev, false
	}
	host := []rune(sides[0].title + sides[0].name + "同" + sides[1].title + sides[1].name)
	syn := append(append(append([]rune{}, rs[:at]...), host...), rs[at+len([]rune(subj)):]...)
	p := at + len(host) + (k - at - len([]rune(subj)))
	sub := sentence{rs: syn}
	ev, ok = e.findEvent(sub)
	if !ok || ev.host.name != sides[0].name || len(ev.guests) != 1 || ev.guests[0].name != sides[1].name || ev.verbEnd <= p {
		return ev, false
	}
	return ev, true
}

// jointNamedSide reads the second side of talks, a call or an exchange
// joined to the host by 和 in the older style, each named before his
// office ("江泽民主席和叶利钦总统今天互致贺电", "江泽民主席和克林顿总统在白宫
// 举行会谈"): mid is what follows the host's name up to the verb. The
// office after a name gives no title (the convention); a foreign office
// leaves the country to the article, any other gives none either.
func (e *Extractor) jointNamedSide(mid []rune) []person {
	i := 0
	for i < len(mid) && mid[i] != '和' {
		if !isNameRune(mid[i]) || i > 8 {
			return nil // only the host's office stands before 和
		}
		i++
	}
	if i >= len(mid) {
		return nil
	}
	if i > 0 {
		if n, tag, _ := e.gaz.match(mid, 0); !(n == i && tag == "ttl") && !genericOffice[string(mid[:i])] {
			return nil // "主席和": the host's office, nothing else
		}
	}
	j := i + 1
	if q, end, ok := e.personAt(mid, j, true, false); ok && q.known {
		// "和普京总统": a lexicon leader, his office after him.
		if end == len(mid) || hasAnyAt(mid, end, bareHostStops...) != "" || e.officeThenStop(mid, end) {
			return []person{q}
		}
		return nil
	}
	// "和桥本龙太郎首相今天": a name, then an office that ends the phrase.
	if n, _, _ := e.gaz.match(mid, j); n > 0 {
		return nil // a country, an office or an organisation: not this style
	}
	for nl := 2; nl <= 8 && j+nl < len(mid); nl++ {
		if !isNameRune(mid[j+nl-1]) {
			return nil
		}
		if e.officeThenStop(mid, j+nl) {
			n, _, _ := e.gaz.match(mid, j+nl)
			// The office gives no title (the convention); a foreign one
			// lets the article tell the country (foreignHostCountries).
			return []person{{name: string(mid[j : j+nl]), foreign: foreignOffice(string(mid[j+nl : j+nl+n]))}}
		}
	}
	return nil
}

// officeThenStop reports an office at rs[i] followed by the end of rs or a
// word opening the verb phrase ("总统今天…").
func (e *Extractor) officeThenStop(rs []rune, i int) bool {
	n, tag, _ := e.gaz.match(rs, i)
	if n == 0 || tag != "ttl" {
		return false
	}
	return i+n == len(rs) || hasAnyAt(rs, i+n, bareHostStops...) != "" || (rs[i+n] >= '0' && rs[i+n] <= '9')
}

// collectiveTalks reads talks, a meeting or a call whose subject is the two
// sides together ("两国领导人…进行了…正式会谈", "两国总理随后举行会谈"),
// with no counterpart after 同/与: the sides are the last Chinese leader
// and the last foreign one the lexicon knows in the sentences before (at
// most three; first the clauses before the subject), the Chinese one the host ("李鹏总理陪同马哈蒂尔总理检阅…。两
// 国领导人…进行了…会谈"). The sentence is read again with them in place
// of the subject.
func (e *Extractor) collectiveTalks(sents []sentence, i int) (ev event, ok bool) {
	rs := sents[i].rs
	// The first subject in rs (the first in file order where two begin
	// there), in one scan.
	at := exchangeSubjectSet.index(rs, 0, len(rs))
	if at < 0 {
		return ev, false
	}
	subj := exchangeSubjectSet.at(rs, at)
	if containsAny(string(rs[at:]), "同与") || !clauseSubject(rs, at) || !heldBefore(rs, at) {
		return ev, false
	}
	cn, other := e.sidesBefore(sents, i, at)
	if cn == "" || other == "" {
		return ev, false
	}
	pair := []rune(cn + "同" + other)
	syn := append(append(append([]rune{}, rs[:at]...), pair...), rs[at+len([]rune(subj)):]...)
	ev, ok = e.findEvent(sentence{rs: syn})
	if !ok || ev.host.name != cn || ev.kind == KindMessage { // exchanges are headsExchange's
		return ev, false
	}
	// What stands between the subject and the verb ("沿着…走过，然后到…")
	// names no counterpart.
	for _, g := range ev.guests {
		if g.name == other {
			ev.guests = []person{g}
			return ev, true
		}
	}
	return ev, false
}

// sidesBefore names the two sides of an event whose subject at rs[at] of
// sentence i names neither: the last Chinese leader and the last foreign one
// the lexicon knows in the clauses before the subject, then in the (at most
// three) sentences before.
func (e *Extractor) sidesBefore(sents []sentence, i, at int) (cn, other string) {
	rs := sents[i].rs
	for j := i; j >= 0 && j >= i-3 && (cn == "" || other == ""); j-- {
		srs := sents[j].rs
		if j == i {
			srs = rs[:at]
		}
		ments := e.gaz.scan(srs)
		for k := len(ments) - 1; k >= 0; k-- {
			mt := ments[k]
			if mt.tag != "ldr" {
				continue
			}
			l := e.lex.Leaders[mt.val]
			switch {
			case l.Country == "CN" && cn == "":
				cn = mt.val
			case l.Country != "CN" && l.Country != "" && other == "":
				other = mt.val
			}
		}
	}
	return cn, other
}

// clauseSubject reports a subject at rs[at] that opens its clause, after
// at most a short time phrase ("随后，两国领导人…", "当天下午两国总理…"),
// not one inside a phrase ("评价两国元首的会晤").
func clauseSubject(rs []rune, at int) bool {
	start := at
	for start > 0 && !containsAny(string(rs[start-1]), "，。；：") {
		start--
	}
	return at-start <= 6
}

// heldBefore reports an event verb after rs[at] that is held (举行/进行
// at most 16 runes before it): "…进行了长达近一个半小时的正式会谈",
// "随后举行会谈", not "两国元首的会晤".
func heldBefore(rs []rune, at int) bool {
	for q := at; q < len(rs); q++ {
		if tr := triggerAt(rs, q); tr != nil {
			from := max(at, q-16)
			return runeIdx(rs[from:q+len([]rune(tr.word))], "举行", 0) >= 0 || runeIdx(rs[from:q], "进行", 0) >= 0 || runeIdx(rs[from:q], "展开", 0) >= 0
		}
	}
	return false
}
