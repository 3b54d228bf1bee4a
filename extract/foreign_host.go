package extract

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"
)

// Foreign hosts: a foreign king, president, emir, prime minister, speaker or
// foreign minister receives a visiting Chinese leader, at home or abroad
// ("泰国国王普密蓬今天下午在王宫会见了中国外长唐家璇", "首相安倍晋三在首相官邸会见
// 了正在日本访问的国务院副总理汪洋"). The host is foreign when a country is
// written before him, when the lexicon knows him, or when his office is one
// only a foreign state's official holds; the country of such an office
// without a country comes from the meeting's or the dateline's city abroad.
// The counterparts of a foreign host, and holders of an office only China's
// officials hold, serve China.

//go:embed vocab/cities_abroad.tsv
var citiesAbroadTSV string

//go:embed vocab/office_sides.tsv
var officeSidesTSV string

//go:embed vocab/posted_offices.tsv
var postedOfficesTSV string

// postedOffices are the offices of vocab/posted_offices.tsv.
var postedOffices = func() []string {
	var out []string
	for _, f := range dataRows(postedOfficesTSV, "vocab/posted_offices.tsv", 1) {
		out = append(out, f[0])
	}
	return out
}()

// foreignCities are the cities of vocab/cities_abroad.tsv in file order;
// cityCountry gives each one's state.
var foreignCities, cityCountry = parseCitiesAbroad(citiesAbroadTSV)

// foreignOfficeEnds and chineseOfficeWords are the foreign and CN rows of
// vocab/office_sides.tsv.
var foreignOfficeEnds, chineseOfficeWords = parseOfficeSides(officeSidesTSV)

// dataRows returns the tab-separated rows of an embedded data file, with n
// fields each; it panics on a malformed row (the files are embedded and
// tested).
func dataRows(data, file string, n int) [][]string {
	var out [][]string
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != n || f[0] == "" {
			panic("extract: " + file + ": bad row " + strconv.Quote(line))
		}
		out = append(out, f)
	}
	return out
}

// parseCitiesAbroad reads the rows "city\tcountry" of vocab/cities_abroad.tsv.
func parseCitiesAbroad(data string) ([]string, map[string]string) {
	var cities []string
	m := map[string]string{}
	for _, f := range dataRows(data, "vocab/cities_abroad.tsv", 2) {
		cities = append(cities, f[0])
		m[f[0]] = f[1]
	}
	return cities, m
}

// parseOfficeSides reads the rows "word\tside" of vocab/office_sides.tsv.
func parseOfficeSides(data string) (foreign, chinese []string) {
	parts := wordsByClass(data, "vocab/office_sides.tsv", "foreign", "CN")
	return parts[0], parts[1]
}

// wordsByClass reads the rows "word\tclass" of a vocabulary file into one
// list per class, in the order classes names them; a row of another class
// is a defect of the file.
func wordsByClass(data, file string, classes ...string) [][]string {
	out := make([][]string, len(classes))
	for _, f := range dataRows(data, file, 2) {
		k := slices.Index(classes, f[1])
		if k < 0 {
			panic("extract: " + file + ": bad class " + strconv.Quote(f[1]))
		}
		out[k] = append(out[k], f[0])
	}
	return out
}

// foreignOffice reports whether an office is one only a foreign state's
// official holds ("国王", "当选总统", "众议院议长", "国务委员长").
func foreignOffice(title string) bool {
	if title == "" {
		return false
	}
	for _, w := range foreignOfficeEnds {
		if strings.HasSuffix(title, w) {
			return true
		}
	}
	return false
}

// chineseOffice reports whether an office is one only China's officials
// hold ("国务院副总理", "全国人大常委会副委员长", "中联部部长"); a foreign
// office is never one ("国务委员长").
func chineseOffice(title string) bool {
	if title == "" || foreignOffice(title) {
		return false
	}
	for _, w := range chineseOfficeWords {
		if strings.Contains(title, w) {
			return true
		}
	}
	return false
}

// hostSide gives a host written without country or organisation its side:
// a foreign office ("国王普密蓬", "希拉克总统") makes him foreign, his country
// left for the article to tell (foreignHostCountries); any other host is
// Chinese.
func hostSide(p *person) {
	if p.country != "" || p.org != "" {
		return
	}
	if p.foreign || foreignOffice(p.title) {
		p.foreign = true
		return
	}
	p.country, p.cnDefault = "CN", true
}

// cohostSides gives the further hosts of "A、B分别会见" their side: each
// his own (hostSide), and a co-host given CN by default serves the lead
// host's foreign state ("国王普密蓬和总理川·立派分别会见了中国外长").
func cohostSides(ev *event) {
	for k := range ev.cohosts {
		c := &ev.cohosts[k]
		hostSide(c)
		if c.cnDefault && !c.known && isForeignHost(ev.host) {
			c.country, c.cnDefault, c.foreign = ev.host.country, false, ev.host.country == ""
		}
	}
}

// isForeignHost reports whether a host serves a foreign state.
func isForeignHost(p person) bool {
	return p.foreign || p.org == "" && p.country != "" && p.country != "CN"
}

// guestSide gives the counterparts written without country or organisation
// the Chinese side when they hold a Chinese office, or when the host is
// foreign ("埃及总统塞西会见了正在该国访问的外长王毅"); others are left for the
// article's context.
// It reports false for a host named by his name alone whose guests are
// written with no country: nothing tells the sides.
func guestSide(ev *event) bool {
	if ev.host.bareName && !anyGuestSide(ev.guests) {
		return false
	}
	inferForeignHost(ev)
	foreignHost := isForeignHost(ev.host)
	for k := range ev.guests {
		g := &ev.guests[k]
		if g.country != "" || g.org != "" {
			continue
		}
		if foreignHost || chineseOffice(g.title) {
			g.country = "CN"
		}
	}
	return true
}

// anyGuestSide reports whether a guest's side is written: a country, an
// organisation, or a Chinese office.
func anyGuestSide(gs []person) bool {
	for _, g := range gs {
		if g.country != "" || g.org != "" || chineseOffice(g.title) {
			return true
		}
	}
	return false
}

// inferForeignHost: a host with an office that tells no side, given CN by
// default, who receives only guests written as Chinese ("总理阮春福会见了
// 中国外长王毅", "…会见了国务院副总理X"), is foreign; his country is that of
// the city abroad (foreignHostCountries), and he stays CN when no city
// abroad is told. A host named by his name alone (bareHost) is read the
// same way; an office after the name tells nothing.
func inferForeignHost(ev *event) {
	h := &ev.host
	if !h.cnDefault || (h.title == "" && !h.bareName) || h.known || chineseOffice(h.title) || len(ev.guests) == 0 {
		return
	}
	for _, g := range ev.guests {
		if g.country != "CN" && !(g.country == "" && g.org == "" && chineseOffice(g.title)) {
			return
		}
	}
	h.country, h.cnDefault, h.foreign, h.inferred = "", false, true, true
	for k := range ev.cohosts {
		if c := &ev.cohosts[k]; c.cnDefault && !c.known {
			c.country, c.cnDefault, c.foreign, c.inferred = "", false, true, true
		}
	}
}

// foreignHostCountries gives each foreign host (and guest) written without
// a country the state of the meeting's city abroad, else of the dateline's city
// abroad, else the first foreign state the article names. It drops the
// events of a host named by his name alone who receives foreign guests in
// a city abroad: he may be a Chinese visitor or a third state's leader (a
// name alone abroad is ambiguous).
func foreignHostCountries(evs []event, datelineCity string, ctx *factCtx) []event {
	fill := func(p *person, ev *event) {
		if !p.foreign || p.country != "" || p.org != "" {
			return
		}
		if c := abroadCountry(*ev, datelineCity); c != "" {
			p.country = c
			return
		}
		if p.inferred {
			p.country = "CN" // no city abroad: nothing tells he is foreign
			return
		}
		for _, c := range ctx.countries {
			if c != "CN" {
				p.country = c
				return
			}
		}
	}
	out := evs[:0]
	for k := range evs {
		ev := &evs[k]
		if ev.host.bareName && !ev.host.inferred && abroadCountry(*ev, datelineCity) != "" {
			continue
		}
		fill(&ev.host, ev)
		for h := range ev.cohosts {
			fill(&ev.cohosts[h], ev)
		}
		for g := range ev.guests {
			fill(&ev.guests[g], ev) // "江泽民主席和克林顿总统": a foreign office after the name
		}
		out = append(out, *ev)
	}
	return out
}

// abroadCountry returns the state of the city abroad where ev took place:
// the city of its address, the city its place names or begins with
// ("在科伦坡会见", "首尔青瓦台"), else the dateline's city; "" when none is
// abroad.
func abroadCountry(ev event, datelineCity string) string {
	if c := cityCountry[ev.city]; c != "" {
		return c
	}
	if ev.city == "" && ev.place != "" {
		for _, c := range foreignCities {
			if strings.HasPrefix(ev.place, c) {
				return cityCountry[c]
			}
		}
	}
	if ev.city != "" || ev.place != "" && cityOf(ev.place, datelineCity) != datelineCity {
		return "" // a place of its own, not abroad
	}
	return cityCountry[datelineCity]
}

// postedCities are the cities a diplomat is posted to: abroad, and in China
// for a foreign consul ("希腊驻广州总领事").
var postedCities = append(append([]string{}, foreignCities...), chineseCities...)

// postedOffice returns the length of a posted diplomat's office at rs[i]:
// 驻, a country form or a city abroad, then an office of
// vocab/posted_offices.tsv ("驻泰国大使", "驻美国特命全权大使", "驻纽约总领事");
// 0 when none. The Chinese ambassador attends most meetings abroad
// ("中国驻美国大使周文重…会见时在座").
func (e *Extractor) postedOffice(rs []rune, i int) int {
	if i >= len(rs) || rs[i] != '驻' {
		return 0
	}
	j := i + 1
	if n, tag, _ := e.gaz.match(rs, j); n > 0 && tag == "cty" {
		j += n
	} else {
		found := false
		for _, c := range postedCities {
			if hasAt(rs, j, c) {
				j += len([]rune(c))
				found = true
				break
			}
		}
		if !found {
			return 0
		}
	}
	best := 0
	for _, o := range postedOffices {
		if hasAt(rs, j, o) {
			best = max(best, len([]rune(o)))
		}
	}
	if best == 0 {
		return 0
	}
	return j + best - i
}

// bareHostStops open the verb phrase after a host named by his name alone.
var bareHostStops = []string{"今天", "昨天", "当天", "今日", "昨日", "同日", "在", "于", "同", "与", "分别"}

// bareHost reads a host named by his name alone where a clause begins (at
// start, or after a space, a comma, a colon, a closing bracket or the 电 of
// a dateline): "拉贾帕克萨5日在总统府会见了中国…", "刘延东今天在人民大会堂会见
// 了…". The name runs to where the verb phrase begins (a day or one of
// bareHostStops) and the segmenter must keep it whole; a lexicon word, a
// pronoun or a group ("双方", "该团", "代表团") is no name. end is -1 when
// none is found. The guests decide his side (guestSide).
func (e *Extractor) bareHost(left []rune, start int) (p person, end int) {
	for i := start; i < len(left); i++ {
		if i > start && !strings.ContainsRune(" ，：）)电", left[i-1]) {
			continue
		}
		if strings.ContainsRune("该本此其双两各中外我他她你贵", left[i]) {
			continue
		}
		j := -1
		for k := i + 2; k < len(left) && k <= i+16; k++ {
			if (left[k] >= '0' && left[k] <= '9') || hasAnyAt(left, k, bareHostStops...) != "" {
				j = k
				break
			}
			if !isNameRune(left[k]) {
				break
			}
		}
		if j < 0 || !isNameRune(left[i]) || !isNameRune(left[i+1]) || datelineAt(left, j) {
			continue
		}
		if n, _, _ := e.gaz.match(left, i); n > 0 {
			continue
		}
		name := string(left[i:j])
		if e.cutName(left[i:j]) != name || eventNoun(name) || groupPhrase(left[i:j]) {
			continue
		}
		return person{name: name, bareName: true}, j
	}
	return p, -1
}

// datelineAt reports whether a date at rs[i] ends a dateline ("1月5日电",
// "5日电"): what precedes it is an outlet and a city, not a name.
func datelineAt(rs []rune, i int) bool {
	k := i
	for k < len(rs) && isDateRune(rs[k]) {
		k++
	}
	return k > i && k < len(rs) && rs[k] == '电' && rs[k-1] == '日'
}
