package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// rethrow makes the recovery in Extract re-panic; tests set it so that a
// rule's bug fails them instead of silently losing an article's facts.
var rethrow = false

// extractArticle finds the meetings of one article and their facts.
func (e *Extractor) extractArticle(a rawArticle, opts Options) (art Article) {
	art = articleShell(a, opts)
	year := articleDatePass(&a, opts, &art)
	defer func() {
		// A rule failing on odd input costs this article's meetings only.
		if r := recover(); r != nil {
			if rethrow {
				panic(r)
			}
			art.Meetings = []Meeting{}
		}
	}()
	sents := splitSentences(a.text)
	ctx := &factCtx{sents: sents, speaker: map[int]string{}}
	evs := e.eventsPass(a, sents)
	evs = e.messageRoundups(evs, sents)
	evs = splitCohosts(evs)
	// "王毅同日另与…举行会谈", "当天，…": the day of the meeting told before.
	sameDayAsBefore(evs, sents)
	narrativeDays(evs, sents, &a)
	e.guestsNamedLater(evs, sents)
	answeredLetters(evs, sents)
	evs = mergeEvents(toldEvents(evs, a))
	splitToldApart(evs)
	if len(evs) == 0 {
		return art
	}
	leadOccasions(evs, sents)
	e.carryTitles(evs, sents)
	for i := range sents {
		sents[i].ments = e.gaz.scan(sents[i].rs)
	}
	e.countryContext(evs, sents, a, ctx)
	guestCountries(evs, ctx)
	evs = foreignHostCountries(evs, a.city, ctx)
	guestSpeakers(evs, sents, ctx)
	art.Meetings = e.meetingsPass(evs, a, year, sents, ctx)
	nonCityDatelinePass(&art)
	visitSummaryCityPass(&art)
	e.score(&art)
	return art
}

// articleShell is the article of a before any event is read: its id,
// dateline, byline, headline and the input's provenance.
func articleShell(a rawArticle, opts Options) Article {
	art := Article{
		ID:           hashID("a", a.text),
		Source:       a.source,
		City:         a.city,
		Reporters:    a.reporters,
		Title:        cleanHeadline(a.title),
		Text:         a.text,
		File:         opts.File,
		URL:          opts.URL,
		Site:         opts.Site,
		Continuation: a.continuation,
		Meetings:     []Meeting{},
	}
	if art.Reporters == nil {
		art.Reporters = []string{}
	}
	if opts.Source != "" {
		art.Source = opts.Source
	}
	return art
}

// articleDatePass completes a's dateline date from the publication date
// (a day-only dateline, a release opening with its full date, no dateline
// at all), dates the article and returns the year its meetings take.
func articleDatePass(a *rawArticle, opts Options, art *Article) (year int) {
	oy, om, od := publication(a, opts)
	if a.month == 0 && a.day > 0 && om > 0 {
		// A dateline with its day only ("台北19日电"): the month of the
		// publication date, or the one before for a later day.
		a.month = om
		if a.day > od {
			if a.month--; a.month == 0 {
				a.month, a.year = 12, oy-1
			}
		}
	}
	if a.month == 0 {
		// No dateline: a release that opens with its full date
		// ("2024年3月5日，外交部长王毅…").
		lead := strings.TrimSpace(a.text)
		if m := fullDateRe.FindStringSubmatch(lead[:min(len(lead), 40)]); m != nil {
			a.year, _ = strconv.Atoi(m[1])
			a.month, _ = strconv.Atoi(m[2])
			a.day, _ = strconv.Atoi(m[3])
		}
	}
	year = articleYear(a, oy)
	if a.month > 0 {
		art.Date = isoDate(year, a.month, a.day)
	} else if oy > 0 {
		a.year, a.month, a.day = oy, om, od
		a.pubDay = true
		year = oy
		art.Date = isoDate(oy, om, od)
	}
	dateArticle(art, *a)
	return year
}

// eventsPass reads the events of the article's sentences in order: each
// sentence's event (or one whose subject is elided), the further events
// of its clauses, exchanges of messages paired after it, and events whose
// subject is the two sides together. Sentences that tell nothing
// (a spokesman's words, a question, a commentary) and planned events are
// skipped.
func (e *Extractor) eventsPass(a rawArticle, sents []sentence) []event {
	var evs []event
	captionPara := map[int]bool{}
	for _, s := range sents {
		if creditEnd(s.text) {
			captionPara[s.para] = true
		}
	}
	untold := untoldSentences(a.title, a.text, sents)
	before := earlier{sents: sents, persons: map[int][]person{}}
	for i, s := range sents {
		if untold[i] {
			continue
		}
		ev, ok := e.findEvent(s)
		if !ok {
			ev, ok = e.elidedHostEvent(s, evs, before)
		}
		if ok && !plannedEvent(s.rs, ev) {
			ev = e.refineEvent(s, ev)
			ev.sent = i
			ev.caption = captionPara[s.para]
			// A further meeting in the same sentence goes first: the
			// paragraphs that follow tell the first one.
			for _, ev2 := range e.furtherEvents(s, ev) {
				ev2.sent = i
				evs = append(evs, ev2)
			}
			for _, ev3 := range e.furtherElided(s, ev) {
				ev3.sent = i
				evs = append(evs, ev3)
			}
			evs = append(evs, ev)
			for _, ev3 := range e.pairEvents(s, ev) {
				ev3.sent = i
				ev3.caption = ev.caption
				evs = append(evs, ev3)
			}
		} else if ev, ok := e.eventNounSubject(sents, i); ok {
			ev.sent = i // "…。会谈在首相官邸准时举行": the sides named before
			ev.caption = captionPara[s.para]
			evs = append(evs, ev)
		} else if ev, ok := e.roundupEvent(s, i); ok {
			ev.sent = i // "一些国家领导人陆续致电习近平…": messageRoundups names the senders
			evs = append(evs, ev)
		} else if !sidesSubject(s.rs) {
			continue // the rest need "两国元首" or the like: one scan decides
		} else if ev, ok := e.headsExchange(sents, i); ok {
			ev.sent = i // "两国元首互致贺电。习近平在贺电中指出…"
			ev.caption = captionPara[s.para]
			evs = append(evs, ev)
		} else if ev, ok := e.collectiveTalks(sents, i); ok {
			ev.sent = i // "…。两国领导人…进行了…会谈"
			ev.caption = captionPara[s.para]
			evs = append(evs, ev)
		}
	}
	return evs
}

// splitCohosts gives several hosts meeting the same guest ("分别于9日和
// 10日") one event each; as many hosts as counterparts ("A、B、C分别与X、Y
// 和Z相互致电") are paired in order.
func splitCohosts(evs []event) []event {
	for k := 0; k < len(evs); k++ {
		ev := evs[k]
		if len(ev.cohosts) == 0 {
			continue
		}
		all := append([]event{}, ev)
		all[0].cohosts = nil
		for _, co := range ev.cohosts {
			c := ev
			c.host, c.cohosts = co, nil
			all = append(all, c)
		}
		if len(ev.days) == len(all) {
			for h := range all {
				all[h].day = ev.days[h]
			}
		}
		// "A、B、C分别与X、Y和Z相互致电": as many hosts as counterparts,
		// paired in order (分别: respectively), not each with each.
		if ev.split && len(ev.guests) == len(all) {
			for h := range all {
				all[h].guests = []person{ev.guests[h]}
			}
		}
		evs = append(evs[:k], append(all, evs[k+1:]...)...)
		k += len(all) - 1
	}
	return evs
}

// guestsNamedLater completes the events whose guests are told after them:
// envoys presenting credentials in a later list, leaders met as a group
// in the next sentence, the meetings of a 分别会见 told one by one, a
// delegation by its head, deputies and members.
func (e *Extractor) guestsNamedLater(evs []event, sents []sentence) {
	// Envoys presenting credentials are named in a later list
	// ("这9位新任驻华大使是：A国驻华大使X、…").
	for k := range evs {
		if !evs[k].credentials {
			continue
		}
		for i := evs[k].sent + 1; i < len(sents) && len(evs[k].guests) == 0; i++ {
			if strings.Contains(sents[i].text, "大使") {
				for _, p := range e.personsIn(sents[i].rs, false, false) {
					if strings.Contains(p.title, "大使") {
						evs[k].guests = append(evs[k].guests, p)
					}
				}
			}
		}
	}
	// Leaders met as a group are named in the next sentence ("…出席").
	for k := range evs {
		if evs[k].collective && len(evs[k].guests) == 0 {
			evs[k].guests = e.collectiveGuests(sents, evs[k].sent)
		}
	}
	e.whileAndDelegationGuests(evs, sents)
}

// whileAndDelegationGuests completes the meetings of a 分别会见 told one by
// one and the delegations named by their head, deputies and members.
func (e *Extractor) whileAndDelegationGuests(evs []event, sents []sentence) {
	// The meetings of a 分别会见 told one by one ("在会见X时，习近平说") share
	// the lead's date, time and place; a lead that named no guest (a group:
	// "分别会见一些太平洋岛国领导人") gives way to them.
	for k := range evs {
		if !evs[k].while {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if evs[j].while {
				continue
			}
			if evs[j].host.name == evs[k].host.name {
				if evs[k].delegation != "" {
					g, ok := delegationGuest(sents[evs[j].sent].text, evs[j].guests, evs[k].delegation)
					if !ok {
						evs[k].guests = nil // no head known: not a meeting of its own
						break
					}
					evs[k].guests = []person{g}
				}
				inheritLead(&evs[k], evs[j])
				if len(evs[j].guests) == 0 {
					evs[j].collective, evs[j].group = false, false
				}
			}
			break
		}
	}
	// A delegation met as a group is named by its head later on: "拉森等议员…".
	for k := range evs {
		if !evs[k].group || len(evs[k].guests) > 0 {
			continue
		}
		// A retelling of the same group meeting (its photo caption) does
		// not end the search.
		next := k + 1
		for next < len(evs) && evs[next].group && len(evs[next].guests) == 0 && evs[next].host.name == evs[k].host.name {
			next++
		}
		to := len(sents)
		if next < len(evs) {
			to = evs[next].sent
		}
		if g, ok := e.delegationHead(sents[evs[k].sent+1:to], evs[k]); ok {
			evs[k].guests = []person{g}
		}
	}
	// "…代表团。代表团成员包括A、B和C": every member is a guest.
	for k := range evs {
		if evs[k].group && len(evs[k].guests) == 0 {
			if g, ok := e.delegationHeadBefore(sents, evs[k]); ok {
				evs[k].guests = []person{g}
			}
		}
		evs[k].guests = append(evs[k].guests, e.deputyHeads(sents, evs[k])...)
		evs[k].guests = append(evs[k].guests, e.delegationMembers(sents, evs[k])...)
		e.delegationBody(sents, &evs[k])
	}
}

// answeredLetters drops the letter answered by a reply ("习近平复信X。…近
// 日，X致信习近平"): it is told as the reply's background, not as a
// meeting of its own.
func answeredLetters(evs []event, sents []sentence) {
	for k := range evs {
		if evs[k].kind != KindMessage || len(evs[k].guests) != 1 {
			continue
		}
		for _, r := range evs {
			t := sents[r.sent].text
			if r.kind == KindMessage && r.sent != evs[k].sent && (strings.Contains(t, "复信") || strings.Contains(t, "回信")) &&
				len(r.guests) == 1 && r.guests[0].name == evs[k].host.name && r.host.name == evs[k].guests[0].name {
				evs[k].guests = nil
				break
			}
		}
	}
}

// toldEvents keeps the events with a counterpart that the report tells:
// a date long before the dateline tells a past meeting, unless it is the
// meeting the report opens with ("新华社北京1月10日电 1月4日，国家主席习近平
// 复信…") or shows in its photo.
func toldEvents(evs []event, a rawArticle) []event {
	kept := evs[:0]
	for k, ev := range evs {
		old := longBefore(ev, a) && !(k == 0 && ev.sent <= 1) && !ev.caption
		if (len(ev.guests) > 0 || ev.collective) && !old {
			kept = append(kept, ev)
		}
	}
	return kept
}

// leadOccasions gives the occasion of a lead "分别会见来华出席X的部分外宾"
// to every meeting told after it that has none.
func leadOccasions(evs []event, sents []sentence) {
	var leadOcc []string
	for _, snt := range sents {
		for _, w := range []string{"分别会见", "集体会见"} {
			if i := runeIdx(snt.rs, w, 0); i >= 0 {
				leadOcc = append(leadOcc, occasionsIn(snt.rs[i+len([]rune(w)):])...)
			}
		}
	}
	for k := range evs {
		if len(evs[k].occasions) == 0 {
			evs[k].occasions = leadOcc
		}
	}
}

// carryTitles gives a leader named without title the title written for
// him earlier in the article ("同日，习近平还会见了…").
func (e *Extractor) carryTitles(evs []event, sents []sentence) {
	titles := map[string]string{}
	for k := range evs {
		if evs[k].host.title != "" {
			continue
		}
		name := evs[k].host.name
		for _, snt := range sents[:evs[k].sent+1] {
			if !strings.Contains(snt.text, name) {
				continue
			}
			for _, p := range e.personsIn(snt.rs, false, false) {
				if p.name == name && p.title != "" && titles[name] == "" {
					titles[name] = p.title
				}
			}
		}
	}
	for k := range evs {
		for _, p := range append([]person{evs[k].host}, evs[k].guests...) {
			if p.title != "" && titles[p.name] == "" {
				titles[p.name] = p.title
			}
		}
		if evs[k].host.title == "" {
			evs[k].host.title = titles[evs[k].host.name]
		}
	}
	e.carryGuestOffices(evs, sents)
}

// carryGuestOffices gives a guest named without office and country
// ("同兰茨贝吉斯议长举行会谈") the office and country of his first mention
// before the event's sentence that has both ("立陶宛议会议长兰茨贝吉斯和夫人").
func (e *Extractor) carryGuestOffices(evs []event, sents []sentence) {
	for k := range evs {
		for g := range evs[k].guests {
			gp := &evs[k].guests[g]
			if gp.title != "" || gp.country != "" || gp.org != "" || gp.known || evs[k].sent < 0 {
				continue
			}
		first:
			for _, snt := range sents[:evs[k].sent] {
				if !strings.Contains(snt.text, gp.name) {
					continue
				}
				for _, p := range e.personsIn(snt.rs, false, false) {
					if p.name == gp.name && p.title != "" && p.country != "" {
						gp.title, gp.country = p.title, p.country
						break first
					}
				}
			}
		}
	}
}

// countryContext lists the article's countries in ctx: the guests', then
// those the article names (not an outlet named after a country opening
// the dateline, "俄罗斯卫星通讯社北京…电", which tells nothing of the sides).
func (e *Extractor) countryContext(evs []event, sents []sentence, a rawArticle, ctx *factCtx) {
	for _, ev := range evs {
		for _, g := range ev.guests {
			if g.country != "" {
				ctx.countries, _ = addUnique(ctx.countries, g.country)
			}
		}
	}
	// An outlet named after a country opening the dateline ("俄罗斯卫星通讯社
	// 北京…电") tells nothing of the meeting's sides.
	outletEnd := -1
	opening := strings.TrimLeft(a.text, "据【[ ")
	lead := utf8.RuneCountInString(a.text[:len(a.text)-len(opening)]) // the runes trimmed
	// (No form can open it unless its first rune starts one.)
	if r, _ := utf8.DecodeRuneInString(opening); datelineFirst[r] {
		for form := range outletCanon {
			if strings.HasPrefix(opening, form) && utf8.RuneCountInString(form) > outletEnd {
				outletEnd = utf8.RuneCountInString(form) + lead
			}
		}
	}
	for _, s := range sents {
		for _, mt := range s.ments {
			if s.start+mt.end <= outletEnd {
				continue
			}
			if mt.tag == "cty" {
				ctx.countries, _ = addUnique(ctx.countries, mt.val)
			} else if mt.tag == "ldr" {
				if c := e.lex.Leaders[mt.val].Country; c != "" && c != "CN" {
					ctx.countries, _ = addUnique(ctx.countries, c)
				}
			}
		}
	}
}

// guestCountries gives guests without a country the article's foreign
// country; an official listed after another of the same meeting with
// only his office ("议联主席A和秘书长B") serves the same state or
// organisation.
func guestCountries(evs []event, ctx *factCtx) {
	for k := range evs {
		for g := range evs[k].guests {
			gp := &evs[k].guests[g]
			if gp.country == "" && gp.org == "" && g > 0 && gp.title != "" {
				gp.country, gp.org = evs[k].guests[g-1].country, evs[k].guests[g-1].org
			}
			if gp.country == "" && gp.org == "" {
				for _, c := range ctx.countries {
					if c != "CN" {
						gp.country = c
						break
					}
				}
			}
		}
	}
}

// guestSpeakers notes the paragraphs opened by a guest's words
// ("米尔济约耶夫表示，"): they speak for the guest's state.
func guestSpeakers(evs []event, sents []sentence, ctx *factCtx) {
	for _, s := range sents {
		for _, ev := range evs {
			for _, g := range ev.guests {
				if g.country != "" && g.country != "CN" && strings.HasPrefix(s.text, g.name) {
					rest := strings.TrimPrefix(s.text, g.name)
					for _, v := range []string{"表示", "说", "指出", "强调"} {
						if strings.HasPrefix(rest, v) {
							ctx.speaker[s.para] = g.country
						}
					}
				}
			}
		}
	}
}

// meetingsPass builds the meetings of the events, each from its own
// sentences (up to the next event's), one per guest (or group met
// together) of a 分别会见.
func (e *Extractor) meetingsPass(evs []event, a rawArticle, year int, sents []sentence, ctx *factCtx) []Meeting {
	meetings := []Meeting{} // never null in the JSON, even when no event yields one
	for k, ev := range evs {
		from, to := 0, len(sents)
		if k > 0 {
			from = ev.sent
		} else if speechLead(sents, ev.sent) {
			// The paragraphs of a speech told before the meeting are not
			// the meeting's: its facts start with its own paragraph.
			from = ev.sent
			for from > 0 && sents[from-1].para == sents[ev.sent].para {
				from--
			}
		}
		if k+1 < len(evs) {
			to = evs[k+1].sent
		}
		guestSets := [][]person{ev.guests}
		if ev.split {
			guestSets = nil
			done := map[string]bool{}
			for _, g := range ev.guests {
				if done[g.name] {
					continue
				}
				set := []person{g}
				for _, names := range ev.together {
					if slices.Contains(names, g.name) {
						set = set[:0]
						for _, h := range ev.guests {
							if slices.Contains(names, h.name) {
								set = append(set, h)
								done[h.name] = true
							}
						}
					}
				}
				guestSets = append(guestSets, set)
			}
		}
		for _, gs := range guestSets {
			gf, gt := from, to
			if !ev.split || len(gs) == 0 {
				m := e.buildMeeting(ev, gs, a, year, sents, gf, gt, ctx)
				meetings = append(meetings, m)
				continue
			}
			if _, ok := ev.guestSent[gs[0].name]; !ok && ev.split && len(ev.guestSent) > 0 {
				// Told only in the lead: the paragraphs before the first guest's.
				for _, o := range ev.guestSent {
					gt = min(gt, o)
				}
			}
			if w, ok := ev.guestSent[gs[0].name]; ok && ev.split {
				// "会见索萨时，王毅说…": this guest's paragraphs only.
				gf = w
				for _, o := range ev.guestSent {
					if o > w && o < gt {
						gt = o
					}
				}
			}
			gev := ev
			if ev.split && gs[0].ownClause {
				gev.occasions = nil
			}
			m := e.buildMeeting(gev, gs, a, year, sents, gf, gt, ctx)
			meetings = append(meetings, m)
		}
	}
	return meetings
}

// mergeEvents drops an event that repeats an earlier one of the article
// (same participants), and folds an OTHER event (宴请, 茶叙) into a meeting of
// the same leaders.
func mergeEvents(evs []event) []event {
	var out []event
	for _, ev := range evs {
		if ev.split && len(ev.guests) > 1 {
			// 分别会见 A和B after a caption of the meeting with A: only B is new.
			rest := ev.guests[:0:0]
			for _, g := range ev.guests {
				met := false
				for k := range out {
					if out[k].host.name == ev.host.name && hasGuest(out[k], g.name) {
						met = true
						fillEvent(&out[k], ev)
					}
				}
				if !met {
					rest = append(rest, g)
				}
			}
			if len(rest) == 0 {
				continue
			}
			ev.guests = rest
		}
		// "在会见里德、麦康奈尔时": guests of a 分别会见 met together.
		if ev.while && len(ev.guests) > 1 {
			joined := false
			for k := range out {
				if !out[k].split || out[k].host.name != ev.host.name {
					continue
				}
				all := true
				for _, g := range ev.guests {
					all = all && hasGuest(out[k], g.name)
				}
				if !all {
					continue
				}
				var names []string
				if out[k].guestSent == nil {
					out[k].guestSent = map[string]int{}
				}
				for _, g := range ev.guests {
					names = append(names, g.name)
					out[k].guestSent[g.name] = ev.sent
				}
				out[k].together = append(out[k].together, names)
				joined = true
				break
			}
			if joined {
				continue
			}
		}
		dup := false
		for k := range out {
			if sameParticipants(out[k], ev) {
				dup = true
				fillEvent(&out[k], ev)
				fullerNames(&out[k], ev)
				if ev.while && len(ev.guests) == 1 {
					if out[k].guestSent == nil {
						out[k].guestSent = map[string]int{}
					}
					out[k].guestSent[ev.guests[0].name] = ev.sent
				}
				if out[k].kind == KindOther && ev.kind != KindOther {
					keep := out[k].sent
					out[k] = ev
					out[k].sent = keep
				}
				break
			}
		}
		if !dup {
			out = append(out, ev)
		}
	}
	return out
}

// furtherEvents reads the further meetings of the same host told in the
// same sentence, one per clause after a comma: "在雅典会见总统A，同议长B
// 举行会谈", "会见X国王，并与Y首相举行会谈", "…，在莫斯科与A、B分别举行会
// 谈" (then with its own place), and in a visit summary "…分别举行会谈，
// 会见人民民主党主席图库" (an after-verb clause with no subject). Each
// shares the first one's date, and its city unless it names its own.
func (e *Extractor) furtherEvents(s sentence, ev event) []event {
	rs := s.rs
	var out []event
	for k := ev.verbEnd; k+1 < len(rs); k++ {
		if rs[k] == '。' || rs[k] == '；' {
			break
		}
		if rs[k] != '，' {
			continue
		}
		end := k + 1
		for end < len(rs) && rs[end] != '，' && rs[end] != '。' && rs[end] != '；' {
			end++
		}
		if ev2, ok := e.furtherClause(rs[k+1:end], ev); ok {
			out = append(out, ev2)
		}
	}
	return out
}

// furtherClause reads the further meeting of ev's host in one clause:
// "(并)(在X)同/与Y…举行会谈" or a clause opening with an after-verb
// trigger ("会见Y").
func (e *Extractor) furtherClause(clause []rune, ev event) (event, bool) {
	from := 0
	if hasAt(clause, 0, "并") {
		from++ // "会见X国王，并与Y首相举行会谈"
	}
	w := from
	if hasAt(clause, w, "在") {
		// The further meeting's own place comes first.
		for w++; w < len(clause) && w < from+14 && isNameRune(clause[w]) && hasAnyAt(clause, w, "同", "与") == ""; w++ {
		}
	}
	if hasAnyAt(clause, w, "同", "与") == "" {
		// Only a bare clause opening with its verb: "，会见Y". (After 并
		// or 还 the clause is furtherElided's, which wants named persons.)
		if tr := triggerAt(clause, 0); from == 0 && tr != nil && !tr.with {
			return e.furtherAt(clause, 0, *tr, ev)
		}
		return ev, false
	}
	clause = clause[from:]
	for q := 1; q < len(clause); q++ {
		if tr := triggerAt(clause, q); tr != nil && tr.with {
			return e.furtherAt(clause, q, *tr, ev)
		}
	}
	return ev, false
}

// triggerAt returns the trigger whose word starts at rs[q], nil if none.
func triggerAt(rs []rune, q int) *trigger {
	if q >= len(rs) || !triggerStarts(rs[q]) {
		return nil
	}
	for _, t := range triggersByFirst[rs[q]] {
		if hasAt(rs, q, triggers[t].word) {
			return &triggers[t]
		}
	}
	return nil
}

// furtherAt reads the event of trigger tr at clause[q] with ev's host as
// its subject, and gives it ev's date, time and city.
func (e *Extractor) furtherAt(clause []rune, q int, tr trigger, ev event) (event, bool) {
	host := []rune(ev.host.title + ev.host.name)
	n := len([]rune(tr.word))
	syn := append(append([]rune{}, host...), clause[:q+n]...)
	if !tr.with {
		syn = append(append([]rune{}, host...), clause...) // the counterpart follows the verb
	}
	ev2, ok := e.eventAt(syn, len(host)+q, len(host)+q+n, tr)
	if !ok || ev2.host.name != ev.host.name || len(ev2.guests) == 0 {
		return ev2, false
	}
	ev2.host = ev.host
	// The counterparts serve the country of the first one unless the
	// clause names another.
	for g := range ev2.guests {
		if ev2.guests[g].country == "" && ev2.guests[g].org == "" && len(ev.guests) > 0 {
			ev2.guests[g].country = ev.guests[0].country
		}
	}
	ev2.year, ev2.month, ev2.day, ev2.span, ev2.tod = ev.year, ev.month, ev.day, ev.span, ev.tod
	if ev2.city == "" && ev2.place == "" {
		ev2.city = ev.city
		if ev.city == "" && ev.place != "" {
			ev2.place = ev.place
		}
	}
	return ev2, true
}

func hasGuest(ev event, name string) bool {
	for _, g := range ev.guests {
		if g.name == name {
			return true
		}
	}
	return false
}

// fillEvent completes an event from a later telling of the same meeting
// (a photo caption, then the lead: "7日下午").
func fillEvent(ev *event, later event) {
	if ev.day == 0 && later.day != 0 {
		// "25日至28日…会见普京", then the caption "9月25日，…会见普京".
		ev.year, ev.month, ev.day, ev.span = later.year, later.month, later.day, false
	}
	if ev.tod == "" && later.day == ev.day {
		ev.tod = later.tod
	}
	if ev.place == "" && ev.city == "" || ev.caption && !later.caption && later.place != "" {
		// The report's own words win over a photo caption's.
		ev.place, ev.city = later.place, later.city
	}
	if len(ev.occasions) == 0 {
		ev.occasions = later.occasions
	}
}

func sameParticipants(a, b event) bool {
	if !sameLeader(a.host, b.host) {
		return false
	}
	for _, g := range b.guests {
		for _, h := range a.guests {
			if sameLeader(g, h) {
				return true
			}
		}
	}
	return false
}

// arrivalCity is the city the report says the host arrived in ("乘专机抵达
// …芝加哥，开始对美国进行访问"), the last one told in sents, for meetings of
// an article without dateline city whose sentence names no city; the host
// must be named before 抵达 (an envoy's arrival is not the host's).
func arrivalCity(sents []sentence, host string) string {
	city := ""
	for _, s := range sents {
		rs := s.rs
		h := runeIdx(rs, host, 0)
		if host == "" || h < 0 {
			continue
		}
		for i := runeIdx(rs, "抵达", h); i >= 0; i = runeIdx(rs, "抵达", i+2) {
			best := -1
			for _, c := range append(append([]string{}, foreignCities...), chineseCities...) {
				if k := runeIdx(rs[:min(len(rs), i+26)], c, i+2); k >= 0 && (best < 0 || k < best) {
					best, city = k, c
				}
			}
		}
		// "应邀访问新加坡，分别会见…": a visit to a city (a city-state) names
		// it right after 访问.
		for i := runeIdx(rs, "访问", h); i >= 0; i = runeIdx(rs, "访问", i+2) {
			for _, c := range foreignCities {
				if hasAt(rs, i+2, c) {
					city = c
				}
			}
		}
	}
	return city
}

// speechLead reports an article whose lead paragraph tells a speech
// ("出席大会，并作了题为《…》的发言") and whose first meeting, sents[at], is
// told in a later paragraph ("会议期间，赵乐际会见了…").
func speechLead(sents []sentence, at int) bool {
	if at <= 0 || at >= len(sents) || sents[at].para == sents[0].para {
		return false
	}
	lead := ""
	for _, s := range sents {
		if s.para != sents[0].para {
			break
		}
		lead += s.text
	}
	return containsAnyWord(lead, "发言", "致辞", "讲话", "演讲", "主旨报告") && containsAnyWord(lead, "出席", "发表", "作了", "作题为")
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// strp3 is strp of each of a, b and c, the three strings in one
// allocation.
func strp3(a, b, c string) (*string, *string, *string) {
	if a == "" && b == "" && c == "" {
		return nil, nil, nil
	}
	v := &[3]string{a, b, c}
	p := func(i int) *string {
		if v[i] == "" {
			return nil
		}
		return &v[i]
	}
	return p(0), p(1), p(2)
}

func (e *Extractor) buildMeeting(ev event, guests []person, a rawArticle, year int, sents []sentence, from, to int, ctx *factCtx) Meeting {
	s := sents[ev.sent]
	m := Meeting{
		Kind:             ev.kind,
		Occasions:        []string{},
		Participants:     []Participant{},
		AgreementDomains: []string{},
		CooperationAreas: []string{},
		Initiatives:      []string{},
		Projects:         []string{},
		Supports:         []Support{},
		// Room for the evidence of a typical meeting (about a dozen
		// items): fewer copies as it grows.
		Evidence: make([]Evidence, 0, 16),
	}
	addEv(&m, "kind", string(ev.kind), s)
	meetingDate(&m, ev, a, year, s)
	if ev.tod != "" {
		m.TimeOfDay = strp(ev.tod)
		addEv(&m, "timeOfDay", ev.tod, s)
	}
	meetingPlace(&m, ev, a, sents)
	meetingOccasions(&m, ev, sents)
	addParticipant(&m, ev.host, RoleHost, s)
	for _, g := range guests {
		addParticipant(&m, g, RoleGuest, s)
	}
	var lastInits []string
	for i := from; i < to; i++ {
		e.sentenceFacts(&m, i, ctx, &lastInits)
		for _, p := range e.attendees(sents[i]) {
			addParticipant(&m, p, RoleAttendee, sents[i])
		}
	}
	// "…参加上述活动": the attendees of every meeting told before.
	for i := to; i < len(sents); i++ {
		if containsAnyWord(sents[i].text, "上述活动") {
			for _, p := range e.attendees(sents[i]) {
				addParticipant(&m, p, RoleAttendee, sents[i])
			}
		}
	}
	names := []string{}
	for _, p := range m.Participants {
		if p.Role != RoleAttendee {
			names = append(names, p.Name)
		}
	}
	sort.Strings(names)
	m.ID = hashID("m", append([]string{m.Date, string(m.Kind)}, names...)...)
	return m
}

// addParticipant adds p to m in role, with s as evidence, unless m has
// him already.
func addParticipant(m *Meeting, p person, role Role, s sentence) {
	for _, q := range m.Participants {
		if q.Name == p.name {
			return
		}
	}
	title, country, org := strp3(p.title, p.country, p.org)
	m.Participants = append(m.Participants, Participant{Name: p.name, Role: role, Title: title, Country: country, Organisation: org})
	addEv(m, "participants", p.name, s)
}

// meetingDate dates m: the event's own date, else the dateline's (the day
// before for 昨日), the year of the article, and "30日" in a report
// datelined 10月1日 is 30 September.
func meetingDate(m *Meeting, ev event, a rawArticle, year int, s sentence) {
	y, mo, d := ev.year, ev.month, ev.day
	if d == 0 {
		mo, d = a.month, a.day
		if ev.yesterday && d > 0 && mo > 0 && year > 0 {
			t := time.Date(year, time.Month(mo), d-1, 0, 0, 0, 0, time.UTC)
			y, mo, d = t.Year(), int(t.Month()), t.Day()
		}
	}
	if y == 0 {
		y = year
	}
	if mo == 0 {
		mo = a.month
		// "30日" in a report datelined 10月1日 is 30 September.
		if ev.year == 0 && d > a.day && a.day > 0 {
			mo--
			if mo == 0 {
				mo, y = 12, y-1
			}
		}
	}
	dateMeeting(m, a, ev, y, mo, d, s)
}

// meetingPlace sets m's venue and city: a place that is only a city ("在北
// 京会见") is the city, not a venue; a meeting with no city of its own
// takes the dateline's, or the city its host arrived in.
func meetingPlace(m *Meeting, ev event, a rawArticle, sents []sentence) {
	s := sents[ev.sent]
	if a.city != "" && ev.city != a.city && strings.HasPrefix(ev.city, a.city) && ev.place != "" {
		// "克劳福德布什|总统的私人农场": the dateline city ends the address.
		ev.place = strings.TrimPrefix(ev.city, a.city) + ev.place
		ev.city = a.city
	}
	if ev.place != "" && (ev.city != "" || cityOf(ev.place, a.city) != ev.place) {
		m.Place = strp(ev.place)
		addEv(m, "place", ev.place, s)
	}
	// "22日至25日…访问新西兰，分别同A、B…深入交流": meetings over a visit of
	// several days, told with no place under a dateline, happened anywhere on
	// the visit (without a dateline the city visited is the city: arrivalCity).
	spanNoPlace := ev.span && ev.place == "" && ev.city == "" && a.city != ""
	if !spanNoPlace && (ev.kind == KindMeeting || ev.kind == KindTalks || ev.kind == KindOther || ev.place != "" || ev.city != "") {
		c := ev.city
		if c == "" {
			c = cityOf(ev.place, a.city)
		}
		if c == "" && a.city == "" {
			c = arrivalCity(sents[:ev.sent+1], ev.host.name)
		}
		if c != "" {
			m.City = strp(c)
			addEv(m, "city", c, s)
		}
	}
}

// meetingOccasions sets the occasions of m: the event's, else the one a
// sentence before refers back to ("会议期间").
func meetingOccasions(m *Meeting, ev event, sents []sentence) {
	s := sents[ev.sent]
	for _, o := range ev.occasions {
		var added bool
		if m.Occasions, added = addUnique(m.Occasions, o); added {
			addEv(m, "occasions", o, s)
		}
	}
	if len(m.Occasions) == 0 {
		if o := anaphoricOccasion(s, sents[:ev.sent]); o != "" {
			m.Occasions = append(m.Occasions, o)
			addEv(m, "occasions", o, s)
		}
	}
}

// attendees parses "蔡奇、王毅等参加上述活动。".
func (e *Extractor) attendees(s sentence) []person {
	if ps := e.attendeeLists(s); len(ps) > 0 {
		return ps
	}
	s = lastClause(s)
	if len(s.rs) > 140 {
		return e.longAttendeeList(s)
	}
	if !attendEnding(s.text) {
		return nil
	}
	g := attendRe.FindStringSubmatch(s.text)
	if g == nil {
		return e.longAttendeeList(s) // a list longer than attendRe's
	}
	var out []person
	list := strings.TrimSpace(g[1])
	// "陪同李鹏委员长访问的全国人大常委会秘书长何椿霖等": the clause is no office.
	if i := strings.Index(list, "的"); i > 0 && (strings.HasPrefix(list, "陪同") || strings.HasPrefix(list, "随同")) {
		list = list[i+len("的"):]
	}
	if i := strings.LastIndex(list, "等"); i > 0 {
		list = list[:i] // "蔡奇、王毅等中方官员"
	}
	rs := []rune(list)
	for i := 0; i < len(rs); {
		p, end, ok := e.personAt(rs, i, true, true)
		if !ok {
			return nil
		}
		if p.country == "" && p.org == "" {
			p.country = "CN"
		}
		out = append(out, p)
		i = end
		if i < len(rs) {
			if w := hasAnyAt(rs, i, "、", "和", "及", "，"); w != "" {
				i += len([]rune(w))
			} else {
				return nil
			}
		}
	}
	return out
}

// attendEnding is a cheap test for the endings attendRe accepts.
func attendEnding(t string) bool {
	t = strings.TrimSuffix(t, "。")
	for _, w := range []string{"活动", "上述", "会见", "会谈", "会晤", "通话", "宴会", "仪式", "参加", "出席", "陪同", "在座"} {
		if strings.HasSuffix(t, w) {
			return containsAnyWord(t, "参加", "出席", "陪同", "在座")
		}
	}
	return false
}

// longBefore is true for an event dated more than three days before the
// article's dateline ("今年3月，习近平主席同X总统在莫斯科举行会谈" told in
// passing): it is referred to, not reported.
func longBefore(ev event, a rawArticle) bool {
	if ev.month == 0 || ev.day == 0 || a.month == 0 || a.day == 0 {
		return false
	}
	y := a.year
	if y == 0 {
		y = 2000 // only the distance matters
	}
	ey := y
	if ev.year > 0 {
		if a.year > 0 {
			ey = ev.year
		}
	} else if ev.month > a.month {
		ey = y - 1 // "12月30日" in a January report
	}
	evd := time.Date(ey, time.Month(ev.month), ev.day, 0, 0, 0, 0, time.UTC)
	ad := time.Date(y, time.Month(a.month), a.day, 0, 0, 0, 0, time.UTC)
	return ad.Sub(evd) > 3*24*time.Hour
}

// inheritLead gives a meeting told as "在会见X时" what its lead sentence told
// of all the meetings: date, time of day, place and occasions.
func inheritLead(ev *event, lead event) {
	if ev.day == 0 {
		ev.year, ev.month, ev.day = lead.year, lead.month, lead.day
	}
	if ev.tod == "" {
		ev.tod = lead.tod
	}
	if ev.place == "" && ev.city == "" {
		ev.place, ev.city = lead.place, lead.city
	}
	if len(ev.occasions) == 0 {
		ev.occasions = lead.occasions
	}
	if ev.host.title == "" {
		ev.host.title = lead.host.title
	}
}

// delegationGuest finds, among the guests of a lead sentence, the head of
// the delegation named delegation: the guest whose name stands nearest to
// the delegation's name (or to its name without the country: "蒙古人民党" →
// "人民党"), as in "会见由蒙古人民党总书记X率领的代表团、由日本公明党党首Y率领的代表团".
func delegationGuest(lead string, guests []person, delegation string) (person, bool) {
	best, bestD, tie := -1, 1<<30, false
	forms := []string{delegation}
	rs := []rune(delegation)
	for k := 1; k < len(rs)-1; k++ {
		forms = append(forms, string(rs[k:]))
	}
	for _, f := range forms {
		for gi, g := range guests {
			gp := strings.Index(lead, g.name)
			if gp < 0 || g.name == "" {
				continue
			}
			for off := 0; ; {
				i := strings.Index(lead[off:], f)
				if i < 0 {
					break
				}
				i += off
				d := gp - (i + len(f)) // delegation before the name
				if i >= gp+len(g.name) {
					d = i - (gp + len(g.name)) // after it
				}
				if d >= 0 && d < 60 {
					if d < bestD {
						best, bestD, tie = gi, d, false
					} else if d == bestD && gi != best {
						tie = true
					}
				}
				off = i + len(f)
			}
		}
		if best >= 0 {
			break // the longest form that occurs decides
		}
	}
	if best < 0 || tie {
		return person{}, false
	}
	return guests[best], true
}

// delegationHead finds the head of a delegation met as a group in the
// sentences after the meeting: a sentence opening "拉森等议员…" or
// "代表团团长X…". The head is a foreign person, never the host.
func (e *Extractor) delegationHead(sents []sentence, ev event) (person, bool) {
	for _, s := range sents {
		rs := s.rs
		start := 0
		title, country := "", ev.groupCountry
		if w := hasAnyAt(rs, 0, "代表团团长", "团长"); w != "" {
			start = len([]rune(w))
		} else if i := runeIdx(rs, "代表团团长", 0); i > 0 && i <= 16 {
			// "日本众议院代表团团长高木毅说", "这是X同日本众议院代表团团长高木毅
			// 握手": the delegation named before its head's office.
			from := i
			for from > 0 && isNameRune(rs[from-1]) && rs[from-1] != '同' && rs[from-1] != '与' && rs[from-1] != '和' {
				from--
			}
			for j := from; j < i; {
				n, tag, val := e.gaz.match(rs, j)
				if n > 0 && tag == "cty" {
					country, from = val, j+n
					break
				}
				j++
			}
			start = i + len([]rune("代表团团长"))
			title = string(rs[from:start])
		}
		k := start
		for k < len(rs) && k-start < 12 && isNameRune(rs[k]) {
			k++
		}
		name := e.cutName(rs[start:k])
		for _, v := range []string{"亲切交谈", "握手", "合影", "交谈"} {
			name = strings.TrimSuffix(name, v) // a caption's "这是X同Y握手"
		}
		nl := len([]rune(name))
		if nl < 2 || name == ev.host.name {
			continue
		}
		if start == 0 && !hasAt(rs, nl, "等") {
			continue
		}
		if n, tag, val := e.gaz.match(rs, start); n > 0 {
			if tag != "ldr" || e.lex.Leaders[val].Country == "CN" {
				continue
			}
		}
		p := person{name: name, country: country, title: title}
		if ld, ok := e.lex.Leaders[name]; ok {
			p.known, p.country, p.org = true, ld.Country, ld.Organisation
		}
		return p, true
	}
	return person{}, false
}
