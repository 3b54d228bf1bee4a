package extract

// The event as the subject of its sentence: "会谈在首相官邸准时举行",
// "会见在人民大会堂举行". The sides are the leaders named before (as for
// "两国领导人…举行会谈": sidesBefore), the Chinese one the host; the sentence
// is read again as "温家宝同安倍在首相官邸准时举行会谈".

// eventNouns are the nouns of events that stand as a subject before 在…举行.
var eventNouns = []string{"会谈", "会晤", "会见"}

// eventNounSubject reads an event whose subject is its noun, at the start of
// a clause of sentence i, held (举行) in the same clause.
func (e *Extractor) eventNounSubject(sents []sentence, i int) (ev event, ok bool) {
	rs := sents[i].rs
	at, noun := -1, ""
	for k := 0; k+3 < len(rs); k++ {
		if (k == 0 || rs[k-1] == '，') && hasAt(rs, k+2, "在") {
			if w := hasAnyAt(rs, k, eventNouns...); w != "" {
				at, noun = k, w
				break
			}
		}
	}
	if at < 0 {
		return ev, false
	}
	held := -1
	for k := at + 3; k+1 < len(rs) && k < at+24; k++ {
		if rs[k] == '，' || rs[k] == '。' {
			break
		}
		if hasAt(rs, k, "举行") {
			held = k + 2
			break
		}
	}
	if held < 0 {
		return ev, false
	}
	cn, other := e.sidesBefore(sents, i, at)
	if cn == "" || other == "" {
		return ev, false
	}
	syn := append([]rune(cn+"同"+other), rs[at+2:held]...)
	syn = append(append(syn, []rune(noun)...), rs[held:]...)
	ev, ok = e.findEvent(sentence{rs: syn})
	if !ok || ev.host.name != cn || len(ev.guests) != 1 || ev.guests[0].name != other {
		return ev, false
	}
	return ev, true
}
