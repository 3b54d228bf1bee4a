package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/lexicon"
	"github.com/dipgraph/dipgraph/extract/normalize"
)

// This file is the date pass: where the year of a date written without one
// ("新华社北京3月5日电", "6日") comes from, the publication date that no
// meeting may follow, and the partial date kept when no year is known.

// Year sources of the contract (Meeting.yearSource, Article.yearSource):
// where the year of a date came from.
const (
	YearFromText     = "TEXT"       // the meeting's own date states it ("2023年9月23日下午，…会见")
	YearFromDateline = "DATELINE"   // "新华社北京2024年3月5日电"
	YearFromTextDate = "TEXT_DATE"  // a full date of the article on (or just before) its dateline day
	YearFromMetadata = "METADATA"   // the document's publication date (its metadata, or --date)
	YearFromStamp    = "PAGE_STAMP" // the page's own time stamp ("2022-06-16 09:42 新华网")
	YearFromTextYear = "TEXT_YEAR"  // a year of the text naming the present ("出席2024年中非合作论坛峰会")
)

// Rules of the evidence of field "year" (Evidence.Rule): where the year of
// a meeting's date came from, when its own sentence does not state it.
const (
	RuleYearDateline = "year-dateline"
	RuleYearTextDate = "year-text-date"
	RuleYearMetadata = "year-metadata"
	RuleYearStamp    = "year-page-stamp"
	RuleYearTextYear = "year-text-year"
)

// yearRule and yearConfidence give the rule and confidence of each year
// source.
var (
	yearRule = map[string]string{
		YearFromDateline: RuleYearDateline, YearFromTextDate: RuleYearTextDate, YearFromMetadata: RuleYearMetadata,
		YearFromStamp: RuleYearStamp, YearFromTextYear: RuleYearTextYear,
	}
	yearConfidence = map[string]float64{
		YearFromDateline: 0.98, YearFromTextDate: 0.95, YearFromMetadata: 0.95,
		YearFromStamp: 0.9, YearFromTextYear: 0.75,
	}
)

// Date precisions of the contract (Meeting.datePrecision, Article.datePrecision).
const (
	PrecisionDay      = "DAY"       // date is a full ISO date
	PrecisionMonthDay = "MONTH_DAY" // date is ""; month and day are known, the year is not
	PrecisionNone     = "NONE"      // nothing of the date is known
)

// civil is a calendar date; the zero value is unknown.
type civil struct{ y, m, d int }

func (c civil) known() bool { return c.y > 0 && c.m > 0 && c.d > 0 }

// after reports whether y-m-d falls after c (c known).
func (c civil) before(y, m, d int) bool {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC))
}

// yearWords are the words of lexicon/year_context.tsv by kind.
var yearWords = func() map[string][]string {
	w, err := lexicon.YearContext()
	if err != nil {
		panic("extract: lexicon/year_context.tsv: " + err.Error()) // embedded data, checked by the tests
	}
	return w
}()

// clauseStops end the clause around a year.
const clauseStops = "，。；：！？、,;:!?\n（）()《》“”"

// otherTime reports a year of s that names no present time: the end or
// start of a span ("到2035年", "自1992年建交以来"), a target ("2030年可持续
// 发展议程"), or another event's year ("2016年的奥运会") — lexicon/year_context.tsv.
func otherTime(s string, y yearAt) bool {
	pre := s[max(0, y.at-9):y.at]
	for _, w := range yearWords[lexicon.YearNotBefore] {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	post := s[y.end:]
	for _, w := range yearWords[lexicon.YearNotAfter] {
		if strings.HasPrefix(post, w) {
			return true
		}
	}
	if i := strings.IndexAny(post, clauseStops); i >= 0 {
		post = post[:i]
	}
	post = post[:runeCut(post, 16)]
	for _, w := range yearWords[lexicon.YearTarget] {
		if strings.Contains(post, w) {
			return true
		}
	}
	return false
}

// runeCut returns the byte length of the first n runes of s.
func runeCut(s string, n int) int {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

// occasionYear is the latest year of s that names the occasion the report's
// people attend ("来华出席2024年中非合作论坛峰会", "出席世界经济论坛2024年
// 年会"): an occasion verb in the same clause at most a dozen characters
// before it, and no mark of another time. 0 when none; years after maxYear
// (when > 0) are skipped.
func occasionYear(s string, maxYear int) (yearAt, bool) {
	var best yearAt
	for _, y := range yearsIn(s) {
		if (maxYear > 0 && y.year > maxYear) || y.year <= best.year || otherTime(s, y) {
			continue
		}
		pre := s[:y.at]
		if i := strings.LastIndexAny(pre, clauseStops); i >= 0 {
			pre = pre[i+1:]
		}
		if n := utf8.RuneCountInString(pre); n > 12 {
			pre = pre[runeCut(pre, n-12):]
		}
		for _, w := range yearWords[lexicon.YearOccasion] {
			if strings.Contains(pre, w) {
				best = y
				break
			}
		}
	}
	return best, best.year > 0
}

// inferYear is the page's present year told by its text (occasionYear), 0
// when none: a year merely mentioned may be a target, an anniversary or a
// past event, and gives no date.
func inferYear(s string) int {
	y, _ := occasionYear(s, 0)
	return y.year
}

// stampDateRe reads the date of a time stamp: "2022-06-16", "2012/1/17",
// "2022年02月24日", "2012.02.16".
var stampDateRe = regexp.MustCompile(`((?:19|20)\d\d) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2})日?`)

// stampTimeRe is what follows the date of a time stamp: a clock time
// ("09:42", "23:00:15") or a newspaper's page ("   第 01 版)", "01版").
var stampTimeRe = regexp.MustCompile(`^ *(?:\d{1,2}[:：]\d\d|第? ?\d{1,2} ?版)`)

// stampHeadLines and stampTailLines bound the lines pageStamp looks at: a page's
// time stamp stands above its report or closes it (a newspaper's trailer).
const stampHeadLines, stampTailLines = 40, 12

// pageStamp returns the date of the page's own time stamp: the first line
// that only dates the page (normalize.IsStamp: "2022-06-16 09:42 新华网",
// "人民日报 2022年12月10日 第1版"), or a short line whose date is followed
// by a clock time or a newspaper's page, or labelled as the page's
// ("编辑：X|2019-09-29 10:26", "文章日期：2019年10月23日", "[2012-02-16]").
// Only the first stampHeadLines and last stampTailLines lines are read.
func pageStamp(s string) civil {
	lines := strings.Count(s, "\n") + 1
	n := 0
	for rest, more := s, true; more; n++ {
		var l string
		l, rest, more = strings.Cut(rest, "\n")
		if n >= stampHeadLines && n < lines-stampTailLines {
			continue
		}
		if c, ok := stampLine(l); ok {
			return c
		}
	}
	return civil{}
}

// stampLine reads the date of a line of pageStamp's kinds.
func stampLine(l string) (civil, bool) {
	l = strings.TrimSpace(l)
	if l == "" || len(l) > 90 {
		return civil{}, false
	}
	digits := 0
	for i := 0; i < len(l); i++ {
		if l[i] >= '0' && l[i] <= '9' {
			digits++
		}
	}
	if digits < 6 {
		return civil{}, false
	}
	m := stampDateRe.FindStringSubmatchIndex(l)
	if m == nil {
		return civil{}, false
	}
	ok := normalize.IsStamp(l) || stampTimeRe.MatchString(l[m[1]:])
	if !ok {
		pre := strings.TrimRight(l[:m[0]], " :：")
		ok = strings.HasSuffix(pre, "日期") || strings.HasSuffix(pre, "时间") || strings.HasSuffix(pre, "[") || strings.HasSuffix(pre, "|") || strings.HasSuffix(pre, "【")
	}
	if !ok {
		return civil{}, false
	}
	y, _ := strconv.Atoi(l[m[2]:m[3]])
	mo, _ := strconv.Atoi(l[m[4]:m[5]])
	d, _ := strconv.Atoi(l[m[6]:m[7]])
	if !validDate(y, mo, d) {
		return civil{}, false
	}
	return civil{y, mo, d}, true
}

// stampArticles gives every article of a page the page's text and time
// stamp.
func stampArticles(arts []rawArticle, page string) {
	st := pageStamp(page)
	dates := fullDates(page)
	for i := range arts {
		arts[i].stamp, arts[i].pageDates = st, dates
	}
}

// fullDates lists the full dates "YYYY年M月D日" of s.
func fullDates(s string) []civil {
	var out []civil
	for _, y := range yearsIn(s) {
		if y.end >= len(s) || s[y.end] < '0' || s[y.end] > '9' {
			continue // no month follows
		}
		if f := fullDateRe.FindStringSubmatch(s[y.at:min(len(s), y.end+12)]); f != nil {
			m, _ := strconv.Atoi(f[2])
			d, _ := strconv.Atoi(f[3])
			out = append(out, civil{y.year, m, d})
		}
	}
	return out
}

// publication sets a's publication date, the one no meeting may follow:
// the document's (Options.Date: metadata or --date), else the page's time
// stamp. It returns its year, month and day (0s when unknown).
func publication(a *rawArticle, opts Options) (int, int, int) {
	if y, m, d := parseOptDate(opts.Date); y > 0 {
		a.pub, a.pubSrc = civil{y, m, d}, YearFromMetadata
	} else if a.stamp.known() {
		a.pub, a.pubSrc = a.stamp, YearFromStamp
	}
	return a.pub.y, a.pub.m, a.pub.d
}

// articleYear picks the year of a's dateline date and says where it came
// from: the dateline, a full date of the text on (or up to three days
// before) the dateline day, the publication date, then a year of the text
// naming the present (its own text first, then its page's). A year not
// stated with the date never puts it after the publication date.
func articleYear(a *rawArticle, pubYear int) int {
	a.yearEv = [2]int{-1, -1}
	if a.year > 0 {
		if a.yearSrc == "" {
			a.yearSrc = YearFromTextDate // a release opening with its full date
			lead := len(a.text) - len(strings.TrimLeft(a.text, " \n"))
			a.yearEv = [2]int{lead, lead + 4}
		}
		return a.year
	}
	if a.month > 0 {
		if y, ok := textDateYear(a.text, a.month, a.day); ok {
			a.yearSrc, a.yearEv = YearFromTextDate, [2]int{y.at, y.end}
			return y.year
		}
		// A photo caption above the dateline, cut off the article's text.
		if y, ok := nearDate(a.pageDates, a.month, a.day); ok {
			a.yearSrc = YearFromTextDate
			return y
		}
	}
	year := 0
	switch {
	case pubYear > 0:
		year, a.yearSrc = pubYear, a.pubSrc
	default:
		if y, ok := occasionYear(a.text, 0); ok {
			year, a.yearSrc, a.yearEv = y.year, YearFromTextYear, [2]int{y.at, y.end}
		} else if a.pageYear > 0 {
			year, a.yearSrc = a.pageYear, YearFromTextYear
		}
	}
	if year > 0 && a.month > 0 && a.day > 0 && a.pub.known() && a.pub.before(year, a.month, a.day) {
		year-- // "12月30日电" published on 2 January
	}
	return year
}

// textDateYear finds a full date "YYYY年M月D日" in text on the day m-d or
// up to three days before it (a report filed the day after), and returns
// its year as the year of m-d (the next one when the date is in late
// December and m-d in early January).
func textDateYear(text string, m, d int) (yearAt, bool) {
	if d == 0 {
		return yearAt{}, false
	}
	for _, y := range yearsIn(text) {
		if y.end >= len(text) || text[y.end] < '0' || text[y.end] > '9' {
			continue // no month follows
		}
		f := fullDateRe.FindStringSubmatch(text[y.at:min(len(text), y.end+12)])
		if f == nil {
			continue
		}
		fm, _ := strconv.Atoi(f[2])
		fd, _ := strconv.Atoi(f[3])
		if yy, ok := nearDate([]civil{{y.year, fm, fd}}, m, d); ok {
			y.year = yy
			return y, true
		}
	}
	return yearAt{}, false
}

// nearDate returns the year of m-d when one of dates falls on it or up to
// three days before it.
func nearDate(dates []civil, m, d int) (int, bool) {
	for _, c := range dates {
		seen := time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC)
		for _, yy := range []int{c.y, c.y + 1} {
			gap := time.Date(yy, time.Month(m), d, 0, 0, 0, 0, time.UTC).Sub(seen)
			if gap >= 0 && gap <= 3*24*time.Hour {
				return yy, true
			}
		}
	}
	return 0, false
}

// dateMeeting sets m's date from the year y, month mo and day d worked out
// for event ev of article a (s is its sentence): a full date, or the month
// and day alone when no year is known (PrecisionMonthDay), with evidence of
// the date and of where its year came from. A year not stated with the
// date never puts the meeting after the publication date.
func dateMeeting(m *Meeting, a rawArticle, ev event, y, mo, d int, s sentence) {
	m.DatePrecision = PrecisionNone
	if a.month == 0 && ev.month == 0 {
		return
	}
	src := a.yearSrc
	if ev.year > 0 {
		src = YearFromText
	}
	if src != YearFromText && y > 0 && a.pub.known() && validDate(y, mo, d) && a.pub.before(y, mo, d) {
		y--
	}
	m.Date = isoDate(y, mo, d)
	switch {
	case m.Date != "":
		m.DatePrecision, m.YearSource = PrecisionDay, src
		addEv(m, "date", m.Date, s)
		if src != YearFromText {
			addYearEv(m, a, y, s)
		}
	case validDate(2000, mo, d): // (2000: a leap year, for 29 February)
		m.DatePrecision, m.Month, m.Day = PrecisionMonthDay, mo, d
		addEv(m, "date", "--"+pad2(mo)+"-"+pad2(d), s)
	}
}

// addYearEv adds the evidence of where the year y of m's date came from
// (its Rule names the source): the sentence of the article that states the
// year, when the article does; else the meeting's sentence s (the year
// came from outside the text: metadata, the page's stamp).
func addYearEv(m *Meeting, a rawArticle, y int, s sentence) {
	ev := Evidence{Field: "year", Value: strconv.Itoa(y), Rule: yearRule[a.yearSrc], Confidence: yearConfidence[a.yearSrc],
		Text: s.text, Start: s.start, End: s.end}
	if b := a.yearEv; b[0] >= 0 && b[1] <= len(a.text) {
		start := b[0]
		if i := strings.LastIndexAny(a.text[:start], "。！？\n"); i >= 0 {
			_, w := utf8.DecodeRuneInString(a.text[i:])
			start = i + w
		}
		end := len(a.text)
		if i := strings.IndexAny(a.text[b[1]:], "。！？\n"); i >= 0 {
			end = b[1] + i
			if a.text[end] != '\n' {
				_, w := utf8.DecodeRuneInString(a.text[end:])
				end += w
			}
		}
		ev.Text = a.text[start:end]
		ev.Start = utf8.RuneCountInString(a.text[:start])
		ev.End = ev.Start + utf8.RuneCountInString(ev.Text)
	}
	m.Evidence = append(m.Evidence, ev)
}

// dateArticle sets the date fields of art from a's dateline date and year.
func dateArticle(art *Article, a rawArticle) {
	art.DatePrecision = PrecisionNone
	switch {
	case art.Date != "":
		art.DatePrecision, art.YearSource = PrecisionDay, a.yearSrc
	case a.month > 0 && validDate(2000, a.month, a.day):
		art.DatePrecision, art.Month, art.Day = PrecisionMonthDay, a.month, a.day
	}
	if a.pub.known() {
		art.Published = isoDate(a.pub.y, a.pub.m, a.pub.d)
	}
}
