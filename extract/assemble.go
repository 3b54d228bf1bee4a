package extract

import (
	"sort"
	"strconv"
	"strings"
	"time"
)

// rethrow makes the recovery in Extract re-panic; tests set it so that a
// rule's bug fails them instead of silently losing an article's facts.
var rethrow = false

// extractArticle finds the meetings of one article and their facts.
func (e *Extractor) extractArticle(a rawArticle, opts Options) (art Article) {
	art = Article{
		ID:           hashID("a", a.text),
		Source:       a.source,
		City:         a.city,
		Reporters:    a.reporters,
		Title:        a.title,
		Text:         a.text,
		File:         opts.File,
		Continuation: a.continuation,
		Meetings:     []Meeting{},
	}
	if art.Reporters == nil {
		art.Reporters = []string{}
	}
	if opts.Source != "" {
		art.Source = opts.Source
	}
	oy, om, od := parseOptDate(opts.Date)
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
	year := resolveYear(a, oy)
	if a.month > 0 {
		art.Date = isoDate(year, a.month, a.day)
	} else if oy > 0 {
		a.year, a.month, a.day = oy, om, od
		year = oy
		art.Date = opts.Date
	}
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
	var evs []event
	for i, s := range sents {
		if ev, ok := e.findEvent(s); ok {
			ev.sent = i
			evs = append(evs, ev)
		}
	}
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
	kept := evs[:0]
	for _, ev := range evs {
		if (len(ev.guests) > 0 || ev.collective) && !longBefore(ev, a) {
			kept = append(kept, ev)
		}
	}
	evs = mergeEvents(kept)
	if len(evs) == 0 {
		return art
	}
	// "分别会见来华出席X的部分外宾": the occasion of every meeting told after.
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
	// A leader named without title takes the title written for him earlier
	// in the article ("同日，习近平还会见了…").
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
	for i := range sents {
		sents[i].ments = e.gaz.scan(sents[i].rs)
	}
	// Country context: guests' countries, then countries the article names.
	for _, ev := range evs {
		for _, g := range ev.guests {
			if g.country != "" {
				ctx.countries, _ = addUnique(ctx.countries, g.country)
			}
		}
	}
	for _, s := range sents {
		for _, mt := range s.ments {
			if mt.tag == "cty" {
				ctx.countries, _ = addUnique(ctx.countries, mt.val)
			} else if mt.tag == "ldr" {
				if c := e.lex.Leaders[mt.val].Country; c != "" && c != "CN" {
					ctx.countries, _ = addUnique(ctx.countries, c)
				}
			}
		}
	}
	// Guests without a country take the article's foreign country.
	for k := range evs {
		for g := range evs[k].guests {
			gp := &evs[k].guests[g]
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
	// Paragraphs opened by a guest's words ("米尔济约耶夫表示，") speak for
	// the guest's state.
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
	var meetings []Meeting
	for k, ev := range evs {
		from, to := 0, len(sents)
		if k > 0 {
			from = ev.sent
		}
		if k+1 < len(evs) {
			to = evs[k+1].sent
		}
		guestSets := [][]person{ev.guests}
		if ev.split {
			guestSets = nil
			for _, g := range ev.guests {
				guestSets = append(guestSets, []person{g})
			}
		}
		for _, gs := range guestSets {
			m := e.buildMeeting(ev, gs, a, year, sents, from, to, ctx)
			meetings = append(meetings, m)
		}
	}
	art.Meetings = meetings
	e.score(&art)
	return art
}

// mergeEvents drops an event that repeats an earlier one of the article
// (same participants), and folds an OTHER event (宴请, 茶叙) into a meeting of
// the same leaders.
func mergeEvents(evs []event) []event {
	var out []event
	for _, ev := range evs {
		dup := false
		for k := range out {
			if sameParticipants(out[k], ev) {
				dup = true
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

func sameParticipants(a, b event) bool {
	if a.host.name != b.host.name {
		return false
	}
	for _, g := range b.guests {
		for _, h := range a.guests {
			if g.name == h.name {
				return true
			}
		}
	}
	return false
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
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
		Evidence:         []Evidence{},
	}
	addEv(&m, "kind", ev.kind, s)
	// Date.
	y, mo, d := ev.year, ev.month, ev.day
	if d == 0 {
		mo, d = a.month, a.day
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
	if a.month > 0 || ev.month > 0 {
		m.Date = isoDate(y, mo, d)
	}
	if m.Date != "" {
		addEv(&m, "date", m.Date, s)
	}
	if ev.tod != "" {
		m.TimeOfDay = strp(ev.tod)
		addEv(&m, "timeOfDay", ev.tod, s)
	}
	// A place that is only a city ("在北京会见") is the city, not a venue.
	if ev.place != "" && cityOf(ev.place, a.city) != ev.place {
		m.Place = strp(ev.place)
		addEv(&m, "place", ev.place, s)
	}
	if ev.kind == KindMeeting || ev.kind == KindTalks || ev.kind == KindOther || ev.place != "" {
		if c := cityOf(ev.place, a.city); c != "" {
			m.City = strp(c)
			addEv(&m, "city", c, s)
		}
	}
	for _, o := range ev.occasions {
		var added bool
		if m.Occasions, added = addUnique(m.Occasions, o); added {
			addEv(&m, "occasions", o, s)
		}
	}
	addP := func(p person, role string, s sentence) {
		for _, q := range m.Participants {
			if q.Name == p.name {
				return
			}
		}
		m.Participants = append(m.Participants, Participant{Name: p.name, Role: role, Title: strp(p.title), Country: strp(p.country), Organisation: strp(p.org)})
		addEv(&m, "participants", p.name, s)
	}
	addP(ev.host, RoleHost, s)
	for _, g := range guests {
		addP(g, RoleGuest, s)
	}
	var lastInits []string
	for i := from; i < to; i++ {
		e.sentenceFacts(&m, i, ctx, &lastInits)
		for _, p := range e.attendees(sents[i]) {
			addP(p, RoleAttendee, sents[i])
		}
	}
	// "…参加上述活动": the attendees of every meeting told before.
	for i := to; i < len(sents); i++ {
		if strings.Contains(sents[i].text, "上述活动") {
			for _, p := range e.attendees(sents[i]) {
				addP(p, RoleAttendee, sents[i])
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
	m.ID = hashID("m", append([]string{m.Date, m.Kind}, names...)...)
	return m
}

// attendees parses "蔡奇、王毅等参加上述活动。".
func (e *Extractor) attendees(s sentence) []person {
	if len(s.rs) > 140 || !attendEnding(s.text) {
		return nil
	}
	g := attendRe.FindStringSubmatch(s.text)
	if g == nil {
		return nil
	}
	var out []person
	list := strings.TrimSpace(g[1])
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
			if w := hasAnyAt(rs, i, "、", "和", "及"); w != "" {
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
