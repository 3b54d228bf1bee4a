package graph

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Full-text search over leaders (all their names), meetings (the facts
// they state) and evidence sentences, in Chinese and in Latin script.
//
// Both stores answer alike because matching and scoring are done here,
// in Go, by the same code: a store only finds candidates (graph/mem with
// a SearchIndex, graph/neo4j with a Lucene full-text index over the
// tokens of SearchTokens), which must be a superset of the documents that
// match, and SearchRank filters, scores, sorts and pages them.
//
// A query is split into terms (ParseSearch): each run of Han characters
// is a term, and each Latin word (letters and digits, folded as NameKey
// folds: lower case, no diacritics or tone marks). A document matches
// when every term does: a Han term occurs in the document's text, a
// Latin term begins one of the document's words (or, for a leader, the
// key of one of his Latin names: "xijinping").

// SearchKind is the kind of a search hit.
type SearchKind string

// Search hit kinds (the API's enum SearchHitKind).
const (
	SearchLeader   SearchKind = "LEADER"
	SearchMeeting  SearchKind = "MEETING"
	SearchEvidence SearchKind = "EVIDENCE"
)

// searchKindRank orders kinds among hits of equal score.
var searchKindRank = map[SearchKind]int{SearchLeader: 0, SearchMeeting: 1, SearchEvidence: 2}

// Search limits: the query's length and number of terms.
const (
	MaxSearchRunes = 200
	MaxSearchTerms = 16
)

// SearchQuery is one search: its text, the kinds wanted (all when empty)
// and a page.
type SearchQuery struct {
	Text  string
	Kinds []SearchKind
	Page  Page
	// Last asks for the last hits (before Before, when set) instead of the
	// first ones of Page: a page backward. 0 pages forward.
	Last   int
	Before string
}

// SearchHit is one hit. Leader is set for LEADER hits, Meeting for
// MEETING and EVIDENCE hits (the meeting the sentence states facts of),
// Evidence for EVIDENCE hits (the first evidence item of the sentence).
type SearchHit struct {
	Kind     SearchKind
	Score    float64 // in (0, 1], rounded to 4 decimals
	Snippet  string  // the text around the first match
	Key      string  // leader name, meeting id, or meeting id/article id/start of a sentence
	Leader   *Leader
	Meeting  *Meeting
	Evidence *Evidence
}

// SearchPage is one page of hits, best first.
type SearchPage struct {
	Hits        []SearchHit
	TotalCount  int
	HasNextPage bool
	// HasPreviousPage says whether hits precede the page.
	HasPreviousPage bool
	Cursors         []string
}

// SearchTerm is one term of a query: a run of Han characters, or a
// folded Latin word.
type SearchTerm struct {
	Text string
	Han  bool
	at   int // rune offset in the text it was read from
}

// SearchTerms is a parsed query.
type SearchTerms []SearchTerm

// isHan reports whether r is a Han character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// searchWords splits text into Han runs and folded words (letters and
// digits of other scripts, lower-cased, Latin diacritics removed).
func searchWords(text string) []SearchTerm {
	var out []SearchTerm
	var cur strings.Builder
	curHan := false
	start := 0
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, SearchTerm{Text: cur.String(), Han: curHan, at: start})
			cur.Reset()
		}
	}
	i := -1
	for _, r := range text {
		i++
		switch {
		case isHan(r):
			if !curHan {
				flush()
			}
			if cur.Len() == 0 {
				start = i
			}
			curHan = true
			cur.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if curHan {
				flush()
			}
			if cur.Len() == 0 {
				start = i
			}
			curHan = false
			if f, ok := latinFold[r]; ok {
				cur.WriteString(f)
			} else {
				cur.WriteRune(unicode.ToLower(r))
			}
		default:
			flush()
		}
	}
	flush()
	return out
}

// ParseSearch splits a query into terms. An empty query (no letter, digit
// or Han character), one longer than MaxSearchRunes or with more than
// MaxSearchTerms terms is Invalid.
func ParseSearch(q string) (SearchTerms, error) {
	if n := len([]rune(q)); n > MaxSearchRunes {
		return nil, E("search", Invalid, fmt.Errorf("query must be at most %d characters, got %d", MaxSearchRunes, n))
	}
	ts := searchWords(q)
	if len(ts) == 0 {
		return nil, E("search", Invalid, fmt.Errorf("query has no word to search for"))
	}
	if len(ts) > MaxSearchTerms {
		return nil, E("search", Invalid, fmt.Errorf("query must have at most %d words, got %d", MaxSearchTerms, len(ts)))
	}
	return SearchTerms(ts), nil
}

// hanTokens returns the index tokens of a Han run: its characters and
// its bigrams.
func hanTokens(run string, out []string) []string {
	rs := []rune(run)
	for i, r := range rs {
		out = append(out, string(r))
		if i+1 < len(rs) {
			out = append(out, string(rs[i:i+2]))
		}
	}
	return out
}

// SearchTokens returns the index tokens of a document's texts: each Han
// character and bigram, each folded word, and (for a leader's names,
// latinKeys) the NameKey of each Latin-script text; sorted, without
// repeats. They contain no Lucene syntax character.
func SearchTokens(texts []string, latinKeys bool) []string {
	var out []string
	for _, t := range texts {
		ws := searchWords(t)
		for _, w := range ws {
			if w.Han {
				out = hanTokens(w.Text, out)
			} else {
				out = append(out, w.Text)
			}
		}
		if latinKeys {
			if k := NameKey(t); k != "" && !strings.ContainsFunc(k, isHan) {
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// SearchIndexText is the tokens as one string separated by spaces: what
// a whitespace-analysed full-text index stores.
func SearchIndexText(tokens []string) string { return strings.Join(tokens, " ") }

// Tokens returns, per term, the index tokens a matching document must
// have: a Han term's bigrams (its character when alone), a Latin term as
// a prefix (prefix true).
func (ts SearchTerms) Tokens() (exact []string, prefixes []string) {
	for _, t := range ts {
		if !t.Han {
			prefixes = append(prefixes, t.Text)
			continue
		}
		rs := []rune(t.Text)
		if len(rs) == 1 {
			exact = append(exact, t.Text)
		}
		for i := 0; i+1 < len(rs); i++ {
			exact = append(exact, string(rs[i:i+2]))
		}
	}
	slices.Sort(exact)
	slices.Sort(prefixes)
	return slices.Compact(exact), slices.Compact(prefixes)
}

// Lucene returns the query for a Lucene index of SearchTokens: every
// token required, Latin terms as prefixes; each token escaped for
// Lucene's query syntax.
func (ts SearchTerms) Lucene() string {
	exact, prefixes := ts.Tokens()
	var parts []string
	for _, t := range exact {
		parts = append(parts, "+"+LuceneEscape(t))
	}
	for _, t := range prefixes {
		parts = append(parts, "+"+LuceneEscape(t)+"*")
	}
	return strings.Join(parts, " ")
}

// LuceneEscape escapes the characters of Lucene's query syntax
// (+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /) in s.
func LuceneEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// SearchDoc is a document to match: a leader's names, a meeting's facts,
// or one evidence sentence.
type SearchDoc struct {
	Kind  SearchKind
	Key   string
	Texts []string
}

// matchAt returns the text and rune offset of the first match of term t
// in the texts, or -1.
func matchAt(t SearchTerm, texts []string, latinKeys bool) (int, int) {
	for i, x := range texts {
		if t.Han {
			if j := strings.Index(x, t.Text); j >= 0 {
				return i, len([]rune(x[:j]))
			}
			continue
		}
		for _, w := range searchWords(x) {
			if !w.Han && strings.HasPrefix(w.Text, t.Text) {
				return i, w.at
			}
		}
		if latinKeys {
			if k := NameKey(x); strings.HasPrefix(k, t.Text) && !strings.ContainsFunc(k, isHan) {
				return i, 0
			}
		}
	}
	return -1, -1
}

// SearchMatch scores d against the terms: 0 when some term does not
// match. Leaders score in [0.5, 1] (1 when the query is one of their
// names), meetings in [0.3, 0.5), sentences in [0.1, 0.3): within a
// kind, the shorter the text holding the terms, the higher. It returns
// the snippet of the first term's match.
func SearchMatch(ts SearchTerms, d SearchDoc) (float64, string) {
	leader := d.Kind == SearchLeader
	first, firstAt := -1, -1
	for i, t := range ts {
		ti, at := matchAt(t, d.Texts, leader)
		if ti < 0 {
			return 0, ""
		}
		if i == 0 {
			first, firstAt = ti, at
		}
	}
	qlen := 0
	for _, t := range ts {
		qlen += len([]rune(t.Text))
	}
	var score float64
	switch d.Kind {
	case SearchLeader:
		score = 0.5
		qk := ""
		for _, t := range ts {
			qk += t.Text
		}
		for _, x := range d.Texts {
			k := NameKey(x)
			if k == "" {
				continue
			}
			if k == qk {
				score = 1
				break
			}
			if strings.Contains(k, qk) {
				score = math.Max(score, 0.6+0.3*float64(len([]rune(qk)))/float64(len([]rune(k))))
			}
		}
	case SearchMeeting:
		score = 0.3 + 0.19*coverage(qlen, d.Texts)
	default:
		score = 0.1 + 0.19*coverage(qlen, d.Texts)
	}
	return math.Round(score*1e4) / 1e4, snippet(d.Texts[first], firstAt)
}

// coverage is the share of the texts' letters the query's terms make.
func coverage(qlen int, texts []string) float64 {
	n := 0
	for _, x := range texts {
		for _, r := range x {
			if isHan(r) || unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return math.Min(1, float64(qlen)/float64(n))
}

// snippetRunes bounds a snippet's length.
const snippetRunes = 80

// snippet is x around rune offset at: the whole text when short, else a
// window of snippetRunes starting a little before the match, with "…"
// where it is cut.
func snippet(x string, at int) string {
	rs := []rune(x)
	if len(rs) <= snippetRunes {
		return x
	}
	start := max(0, at-20)
	end := min(len(rs), start+snippetRunes)
	start = max(0, end-snippetRunes)
	s := string(rs[start:end])
	if start > 0 {
		s = "…" + s
	}
	if end < len(rs) {
		s += "…"
	}
	return s
}

// MeetingSearchTexts are the texts a meeting is found by: its
// participants' names and titles, place, city, occasions, relationship,
// initiatives, agreement domains, areas of cooperation and projects.
func MeetingSearchTexts(m *Meeting) []string {
	var out []string
	for _, p := range m.Participants {
		out = append(out, p.Name)
		if p.Title != "" {
			out = append(out, p.Title)
		}
		if p.Organisation != "" {
			out = append(out, p.Organisation)
		}
	}
	for _, s := range []string{m.Place, m.City, m.Relationship} {
		if s != "" {
			out = append(out, s)
		}
	}
	out = append(out, m.Occasions...)
	out = append(out, m.Initiatives...)
	out = append(out, m.AgreementDomains...)
	out = append(out, m.CooperationAreas...)
	out = append(out, m.Projects...)
	return out
}

// LeaderSearchTexts are the names a leader is found by: canonical,
// English, pinyin and variants.
func LeaderSearchTexts(n LeaderName) []string {
	out := []string{n.Name}
	for _, s := range append([]string{n.NameEn, n.Pinyin}, n.Variants...) {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// EvidenceSentences returns a meeting's distinct evidence sentences (by
// article and offsets), each with its first evidence item and its key,
// in the order of m.Evidence.
func EvidenceSentences(m *Meeting) ([]Evidence, []string) {
	var evs []Evidence
	var keys []string
	seen := map[string]bool{}
	for _, e := range m.Evidence {
		if e.Text == "" {
			continue
		}
		k := fmt.Sprintf("%s/%s/%08d", m.ID, e.ArticleID, e.Start)
		if seen[k] {
			continue
		}
		seen[k] = true
		evs = append(evs, e)
		keys = append(keys, k)
	}
	return evs, keys
}

// SearchCandidate is a candidate document with what makes its hit.
type SearchCandidate struct {
	Doc      SearchDoc
	Leader   *Leader
	Meeting  *Meeting
	Evidence *Evidence
}

// MeetingCandidates returns the candidates of a meeting: the meeting and
// each of its evidence sentences, of the kinds wanted.
func MeetingCandidates(m *Meeting, kinds []SearchKind) []SearchCandidate {
	var out []SearchCandidate
	if WantsKind(kinds, SearchMeeting) {
		out = append(out, SearchCandidate{Doc: SearchDoc{Kind: SearchMeeting, Key: m.ID, Texts: MeetingSearchTexts(m)}, Meeting: m})
	}
	if WantsKind(kinds, SearchEvidence) {
		evs, keys := EvidenceSentences(m)
		for i := range evs {
			e := evs[i]
			out = append(out, SearchCandidate{Doc: SearchDoc{Kind: SearchEvidence, Key: keys[i], Texts: []string{e.Text}}, Meeting: m, Evidence: &e})
		}
	}
	return out
}

// WantsKind reports whether kind k is among kinds (all when empty).
func WantsKind(kinds []SearchKind, k SearchKind) bool {
	return len(kinds) == 0 || slices.Contains(kinds, k)
}

// ValidateSearchKinds rejects unknown kinds.
func ValidateSearchKinds(kinds []SearchKind) error {
	for _, k := range kinds {
		if _, ok := searchKindRank[k]; !ok {
			return E("search", Invalid, fmt.Errorf("unknown hit kind %q", k))
		}
	}
	return nil
}

// searchLess orders hits: by score (descending), kind, key.
func searchLess(aScore float64, aKind SearchKind, aKey string, bScore float64, bKind SearchKind, bKey string) bool {
	if aScore != bScore {
		return aScore > bScore
	}
	if searchKindRank[aKind] != searchKindRank[bKind] {
		return searchKindRank[aKind] < searchKindRank[bKind]
	}
	return aKey < bKey
}

// SearchCursor is the cursor of a hit.
func SearchCursor(h SearchHit) string {
	return EncodeCursor("s", strconv.FormatFloat(h.Score, 'f', 4, 64), string(h.Kind), h.Key)
}

// decodeSearchCursor reads a search cursor ("" gives nil).
func decodeSearchCursor(c string) (*SearchHit, error) {
	if c == "" {
		return nil, nil
	}
	p, err := DecodeCursor(c, 4)
	if err != nil {
		return nil, err
	}
	sc, perr := strconv.ParseFloat(p[1], 64)
	if p[0] != "s" || perr != nil {
		return nil, E("cursor", Invalid, fmt.Errorf("not a search cursor"))
	}
	return &SearchHit{Score: sc, Kind: SearchKind(p[2]), Key: p[3]}, nil
}

// SearchRank matches the candidates against the query, scores and sorts
// the hits and returns the page q asks for. Candidates that do not match
// are dropped, so a store may pass a superset of the matches; a
// candidate key given twice counts once.
//
// Pages go forward (Page.First after Page.After) or, when q.Last is set,
// backward: the last q.Last hits before q.Before (or of all the hits);
// Page.After and q.Before bound either (Relay's algorithm).
func SearchRank(q SearchQuery, ts SearchTerms, cands []SearchCandidate) (SearchPage, error) {
	pg, err := q.Page.Normalize()
	if err != nil {
		return SearchPage{}, err
	}
	if q.Last < 0 || q.Last > MaxPageSize {
		return SearchPage{}, E("page", Invalid, fmt.Errorf("last must be between 0 and %d, got %d", MaxPageSize, q.Last))
	}
	after, err := decodeSearchCursor(pg.After)
	if err != nil {
		return SearchPage{}, err
	}
	before, err := decodeSearchCursor(q.Before)
	if err != nil {
		return SearchPage{}, err
	}
	var hits []SearchHit
	seen := map[string]bool{}
	for _, c := range cands {
		if !WantsKind(q.Kinds, c.Doc.Kind) || seen[string(c.Doc.Kind)+c.Doc.Key] {
			continue
		}
		seen[string(c.Doc.Kind)+c.Doc.Key] = true
		sc, snip := SearchMatch(ts, c.Doc)
		if sc == 0 {
			continue
		}
		hits = append(hits, SearchHit{Kind: c.Doc.Kind, Score: sc, Snippet: snip, Key: c.Doc.Key,
			Leader: c.Leader, Meeting: c.Meeting, Evidence: c.Evidence})
	}
	slices.SortFunc(hits, func(a, b SearchHit) int {
		if searchLess(a.Score, a.Kind, a.Key, b.Score, b.Kind, b.Key) {
			return -1
		}
		if searchLess(b.Score, b.Kind, b.Key, a.Score, a.Kind, a.Key) {
			return 1
		}
		return 0
	})
	lo, hi := 0, len(hits)
	if after != nil {
		lo, _ = slices.BinarySearchFunc(hits, after, func(h SearchHit, c *SearchHit) int {
			if searchLess(c.Score, c.Kind, c.Key, h.Score, h.Kind, h.Key) {
				return 1 // h sorts after the cursor
			}
			return -1
		})
	}
	if before != nil {
		hi, _ = slices.BinarySearchFunc(hits, before, func(h SearchHit, c *SearchHit) int {
			if searchLess(h.Score, h.Kind, h.Key, c.Score, c.Kind, c.Key) {
				return -1 // h sorts before the cursor
			}
			return 1
		})
	}
	hi = max(lo, hi)
	page := SearchPage{TotalCount: len(hits)}
	start, end := lo, hi
	if q.Last > 0 {
		start = max(lo, hi-q.Last)
	} else {
		end = min(hi, lo+pg.First)
	}
	page.HasPreviousPage = start > 0
	page.HasNextPage = end < len(hits)
	for _, h := range hits[start:end] {
		page.Hits = append(page.Hits, h)
		page.Cursors = append(page.Cursors, SearchCursor(h))
	}
	return page, nil
}

// SearchIndex is an in-memory inverted index of SearchTokens, for stores
// that have no full-text index of their own (graph/mem). Add documents,
// then ask for Candidates; it is not safe for concurrent Adds.
type SearchIndex struct {
	cands    []SearchCandidate
	postings map[string][]int // token → candidate indexes, ascending
	vocab    []string         // sorted tokens, for prefixes
}

// NewSearchIndex returns an empty index.
func NewSearchIndex() *SearchIndex { return &SearchIndex{postings: map[string][]int{}} }

// Add indexes a candidate.
func (x *SearchIndex) Add(c SearchCandidate) {
	i := len(x.cands)
	x.cands = append(x.cands, c)
	for _, t := range SearchTokens(c.Doc.Texts, c.Doc.Kind == SearchLeader) {
		if _, ok := x.postings[t]; !ok {
			x.vocab = append(x.vocab, t)
		}
		x.postings[t] = append(x.postings[t], i)
	}
}

// Freeze sorts the vocabulary; call it once after the last Add.
func (x *SearchIndex) Freeze() { slices.Sort(x.vocab) }

// Candidates returns the candidates holding every token of the terms
// (a superset of the matches, as SearchRank expects).
func (x *SearchIndex) Candidates(ts SearchTerms) []SearchCandidate {
	exact, prefixes := ts.Tokens()
	var sets [][]int
	for _, t := range exact {
		sets = append(sets, x.postings[t])
	}
	for _, p := range prefixes {
		var u []int
		i, _ := slices.BinarySearch(x.vocab, p)
		for ; i < len(x.vocab) && strings.HasPrefix(x.vocab[i], p); i++ {
			u = append(u, x.postings[x.vocab[i]]...)
		}
		slices.Sort(u)
		sets = append(sets, slices.Compact(u))
	}
	if len(sets) == 0 {
		return nil
	}
	slices.SortFunc(sets, func(a, b []int) int { return len(a) - len(b) })
	cur := sets[0]
	for _, s := range sets[1:] {
		var next []int
		for _, i := range cur {
			if _, ok := slices.BinarySearch(s, i); ok {
				next = append(next, i)
			}
		}
		cur = next
	}
	out := make([]SearchCandidate, len(cur))
	for j, i := range cur {
		out[j] = x.cands[i]
	}
	return out
}
