package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/dipgraph/dipgraph/extract/internal/runes"
)

// Rules name the pattern family that found a fact; Evidence.Rule holds one
// of them. The set is small on purpose: it tells an analyst where to look
// (the lexicon, a list pattern, context), not which line of code ran.
// docs/lexicon.md lists them with their confidences.
const (
	RuleEventVerb     = "event-verb"     // kind: the event verb (会见, 会谈, 通电话…)
	RuleEventContext  = "event-context"  // date, time of day, place, city, occasions around the verb
	RuleLeaderLexicon = "leader-lexicon" // participant named in the leaders lexicon
	RuleTitleName     = "title-name"     // unknown name after a lexicon title (总统X)
	RuleGenericTitle  = "generic-title"  // unknown name after an office outside the lexicon (…部长X)
	RuleBareName      = "bare-name"      // unknown name with no title, by position only
	RuleAgreementList = "agreement-list" // 签署…等领域…文件
	RuleCooperation   = "cooperation-list"
	RuleInitiativeLex = "initiative-lexicon"
	RuleProjectLex    = "project-lexicon"
	RuleProjectShape  = "project-pattern" // quoted 战略/计划, 中X铁路, …开发区
	RuleRelationship  = "relationship"
	RuleProposal      = "proposal"
	RuleSupportSide   = "support-side" // X方/country subject + 支持 + initiative
)

// Rules lists every rule name, for documentation and validation.
var Rules = []string{RuleEventVerb, RuleEventContext, RuleLeaderLexicon, RuleTitleName, RuleGenericTitle,
	RuleBareName, RuleAgreementList, RuleCooperation, RuleInitiativeLex, RuleProjectLex, RuleProjectShape,
	RuleRelationship, RuleProposal, RuleSupportSide,
	RuleYearDateline, RuleYearTextDate, RuleYearMetadata, RuleYearStamp, RuleYearTextYear}

// sentenceDateRe, on a sentence with its dateline dates (datelineDateRe)
// removed, defines statesDate.
var (
	sentenceDateRe = regexp.MustCompile(`\d{1,2}日|今天|当天|同日|当日|昨天`)
	datelineDateRe = regexp.MustCompile(`\d{1,2}月\d{1,2}日电`)
)

// statesDate reports whether sentence t tells a date besides its
// dateline's: sentenceDateRe matches t with the matches of datelineDateRe
// removed. The regexps run only when t could hold a match; the test for
// sentenceDateRe is done by hand (a digit before "日", or one of its words).
func statesDate(t string) bool {
	if !runes.ContainsWord(t, "日") && !runes.ContainsWord(t, "天") {
		return false
	}
	if runes.ContainsWord(t, "日电") {
		t = removeDatelineDates(t)
	}
	if containsAnyWord(t, "今天", "当天", "同日", "当日", "昨天") {
		return true
	}
	for i := runes.IndexWord(t, "日"); i >= 0; {
		if i > 0 && t[i-1] >= '0' && t[i-1] <= '9' {
			return true
		}
		k := runes.IndexWord(t[i+len("日"):], "日")
		if k < 0 {
			break
		}
		i += len("日") + k
	}
	return false
}

// removeDatelineDates is datelineDateRe.ReplaceAllString(t, ""), by hand:
// a match is a run of one or two ASCII digits, 月, one or two digits, 日电
// (a longer run of digits matches from its last two).
func removeDatelineDates(t string) string {
	var b strings.Builder
	from := 0 // t[from:] is not yet copied
	for p := 0; p < len(t); p++ {
		end := dateAt(t, p)
		if end < 0 {
			continue
		}
		b.WriteString(t[from:p])
		from = end
		p = end - 1
	}
	if from == 0 {
		return t
	}
	b.WriteString(t[from:])
	return b.String()
}

// dateAt returns the end of a match of datelineDateRe starting at t[p], or
// -1.
func dateAt(t string, p int) int {
	digits := func(i int) int {
		n := 0
		for i+n < len(t) && t[i+n] >= '0' && t[i+n] <= '9' {
			n++
		}
		return n
	}
	n := digits(p)
	if n < 1 || n > 2 || !strings.HasPrefix(t[p+n:], "月") {
		return -1
	}
	q := p + n + len("月")
	m := digits(q)
	if m < 1 || m > 2 || !strings.HasPrefix(t[q+m:], "日电") {
		return -1
	}
	return q + m + len("日电")
}

// score fills Rule and Confidence of every evidence item of the meetings
// of art that has none. It works from the output and the lexicon (what is
// known, what the sentence states, what was resolved only from context),
// so the rules themselves need not carry the bookkeeping.
func (e *Extractor) score(art *Article) {
	named := namedCountries{}
	for mi := range art.Meetings {
		m := &art.Meetings[mi]
		parts := map[string]Participant{}
		for _, p := range m.Participants {
			parts[p.Name] = p
		}
		for i := range m.Evidence {
			ev := &m.Evidence[i]
			if ev.Rule != "" && ev.Confidence > 0 {
				continue
			}
			rule, conf := e.scoreOne(m, ev, parts, named)
			if ev.Rule == "" {
				ev.Rule = rule
			}
			if ev.Confidence <= 0 {
				ev.Confidence = conf
			}
		}
	}
}

func (e *Extractor) scoreOne(m *Meeting, ev *Evidence, parts map[string]Participant, named namedCountries) (string, float64) {
	switch ev.Field {
	case "kind":
		if m.Kind == KindOther {
			return RuleEventVerb, 0.7
		}
		return RuleEventVerb, 0.95
	case "date":
		if statesDate(ev.Text) {
			return RuleEventContext, 0.95
		}
		return RuleEventContext, 0.8 // from the dateline
	case "timeOfDay":
		return RuleEventContext, 0.9
	case "place":
		return RuleEventContext, 0.85
	case "city":
		if strings.Contains(ev.Text, ev.Value) {
			return RuleEventContext, 0.9
		}
		return RuleEventContext, 0.75 // the dateline city
	case "occasions":
		return RuleEventContext, 0.75
	case "participants":
		return e.scoreParticipant(parts[ev.Value], ev.Text, named)
	case "agreementDomains", "agreementCount":
		return RuleAgreementList, 0.85
	case "cooperationAreas":
		return RuleCooperation, 0.75
	case "initiatives":
		return RuleInitiativeLex, 0.95
	case "projects":
		if e.lex.Projects[ev.Value] {
			return RuleProjectLex, 0.95
		}
		return RuleProjectShape, 0.65
	case "relationship":
		return RuleRelationship, 0.85
	case "proposals":
		return RuleProposal, 0.85
	case "supports":
		code, _, _ := strings.Cut(ev.Value, ":")
		return RuleSupportSide, e.sideConfidence(code, ev.Text, named)
	}
	return "", 0.5
}

// scoreParticipant rates a person: a lexicon leader is near certain; a new
// name after a known title is likely, less so when the country was not in
// the sentence (taken from the article's context); a name after an office
// outside the lexicon, or with no title at all, is a guess by position.
func (e *Extractor) scoreParticipant(p Participant, sent string, named namedCountries) (string, float64) {
	if _, ok := e.lex.Leaders[p.Name]; ok {
		if ld := e.lex.Leaders[p.Name]; p.Country != nil && ld.Country != "" && *p.Country != ld.Country {
			return RuleLeaderLexicon, 0.7 // the sentence says another state than the lexicon
		}
		return RuleLeaderLexicon, 0.95
	}
	title := ""
	if p.Title != nil {
		title = *p.Title
	}
	stated := p.Organisation != nil && strings.Contains(sent, *p.Organisation)
	if p.Country != nil {
		stated = stated || e.countryNamedIn(*p.Country, sent, named)
	}
	switch {
	case title != "" && e.lex.Titles[title]:
		if stated {
			return RuleTitleName, 0.8
		}
		return RuleTitleName, 0.6
	case title != "":
		if stated {
			return RuleGenericTitle, 0.6
		}
		return RuleGenericTitle, 0.5
	}
	return RuleBareName, 0.4
}

// namedCountries holds, for each evidence sentence of an article scored so
// far, the countries its mentions name (countriesNamedIn): the host's, the
// guests' and the supports' evidence mostly share one sentence, which is
// walked once.
type namedCountries map[string][]string

// countryNamedIn reports whether a form of the country code appears in s.
func (e *Extractor) countryNamedIn(code, s string, named namedCountries) bool {
	if code == "CN" && runes.ContainsWord(s, "中国") {
		return true
	}
	codes, ok := named[s]
	if !ok {
		codes = e.countriesNamedIn(s)
		named[s] = codes
	}
	return slices.Contains(codes, code)
}

// countriesNamedIn lists the countries of the mentions gaz.scan would list
// in s, walked without building the list.
func (e *Extractor) countriesNamedIn(s string) []string {
	var codes []string
	rs := runes.ToRunes(s)
	for i := 0; i < len(rs); {
		n, size := e.gaz.longest(rs, i, len(rs))
		if n == nil {
			i++
			continue
		}
		if n.tag == "cty" {
			codes = append(codes, n.val)
		}
		i += size
	}
	return codes
}

// sideConfidence rates a support: a country named in full is clear; a side
// written with a short form (乌方) that names several states was resolved
// from the article's context; no side at all means the paragraph's speaker.
func (e *Extractor) sideConfidence(code, sent string, named namedCountries) float64 {
	if e.countryNamedIn(code, sent, named) {
		return 0.85
	}
	rs := []rune(sent)
	for i := 0; i+1 < len(rs); i++ {
		if rs[i+1] != '方' {
			continue
		}
		cands := e.lex.Abbr[rs[i]]
		for _, c := range cands {
			if c == code {
				if len(cands) > 1 {
					return 0.55 // ambiguous short form, resolved by context
				}
				return 0.8
			}
		}
	}
	return 0.6 // the speaker of the paragraph
}
