package extract

import (
	_ "embed"
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

//go:embed data/cities_abroad.tsv
var citiesAbroadTSV string

//go:embed data/office_sides.tsv
var officeSidesTSV string

//go:embed data/posted_offices.tsv
var postedOfficesTSV string

// postedOffices are the offices of data/posted_offices.tsv.
var postedOffices = func() []string {
	var out []string
	for _, f := range dataRows(postedOfficesTSV, "data/posted_offices.tsv", 1) {
		out = append(out, f[0])
	}
	return out
}()

// foreignCities are the cities of data/cities_abroad.tsv in file order;
// cityCountry gives each one's state.
var foreignCities, cityCountry = parseCitiesAbroad(citiesAbroadTSV)

// foreignOfficeEnds and chineseOfficeWords are the foreign and CN rows of
// data/office_sides.tsv.
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

// parseCitiesAbroad reads the rows "city\tcountry" of data/cities_abroad.tsv.
func parseCitiesAbroad(data string) ([]string, map[string]string) {
	var cities []string
	m := map[string]string{}
	for _, f := range dataRows(data, "data/cities_abroad.tsv", 2) {
		cities = append(cities, f[0])
		m[f[0]] = f[1]
	}
	return cities, m
}

// parseOfficeSides reads the rows "word\tside" of data/office_sides.tsv.
func parseOfficeSides(data string) (foreign, chinese []string) {
	for _, f := range dataRows(data, "data/office_sides.tsv", 2) {
		switch f[1] {
		case "foreign":
			foreign = append(foreign, f[0])
		case "CN":
			chinese = append(chinese, f[0])
		default:
			panic("extract: data/office_sides.tsv: bad side " + strconv.Quote(f[1]))
		}
	}
	return foreign, chinese
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

// isForeignHost reports whether a host serves a foreign state.
func isForeignHost(p person) bool {
	return p.foreign || p.org == "" && p.country != "" && p.country != "CN"
}

// guestSide gives the counterparts written without country or organisation
// the Chinese side when they hold a Chinese office, or when the host is
// foreign ("埃及总统塞西会见了正在该国访问的外长王毅"); others are left for the
// article's context.
func guestSide(ev *event) {
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
}

// inferForeignHost: a host with an office that tells no side, given CN by
// default, who receives only guests written as Chinese ("总理阮春福会见了
// 中国外长王毅", "…会见了国务院副总理X"), is foreign; his country is that of
// the city abroad (foreignHostCountries), and he stays CN when no city
// abroad is told. A name alone tells nothing, nor an office after it.
func inferForeignHost(ev *event) {
	h := &ev.host
	if !h.cnDefault || h.title == "" || h.known || chineseOffice(h.title) || len(ev.guests) == 0 {
		return
	}
	for _, g := range ev.guests {
		if g.country != "CN" && !(g.country == "" && g.org == "" && chineseOffice(g.title)) {
			return
		}
	}
	h.country, h.cnDefault, h.foreign, h.inferred = "", false, true, true
}

// foreignHostCountries gives each foreign host written without a country
// the state of the meeting's city abroad, else of the dateline's city
// abroad, else the first foreign state the article names.
func foreignHostCountries(evs []event, datelineCity string, ctx *factCtx) {
	fill := func(p *person, ev *event) {
		if !p.foreign || p.country != "" || p.org != "" {
			return
		}
		if c := cityCountry[ev.city]; c != "" {
			p.country = c
			return
		}
		if c := cityCountry[datelineCity]; c != "" {
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
	for k := range evs {
		fill(&evs[k].host, &evs[k])
		for h := range evs[k].cohosts {
			fill(&evs[k].cohosts[h], &evs[k])
		}
	}
}

// postedOffice returns the length of a posted diplomat's office at rs[i]:
// 驻, a country form or a city abroad, then an office of
// data/posted_offices.tsv ("驻泰国大使", "驻美国特命全权大使", "驻纽约总领事");
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
		for _, c := range foreignCities {
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
