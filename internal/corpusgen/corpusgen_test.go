package corpusgen

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
)

func TestDeterministic(t *testing.T) {
	a := Generate(300, 42)
	b := Generate(300, 42)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("report %d differs between two runs with the same seed", i)
		}
	}
	// Report i does not depend on n: a smaller corpus is a prefix.
	c := Generate(50, 42)
	for i := range c {
		if c[i] != a[i] {
			t.Fatalf("report %d of a 50-report corpus differs from the 300-report one", i)
		}
	}
	// Another seed gives another corpus.
	d := Generate(50, 43)
	same := 0
	for i := range d {
		if d[i].Text == a[i].Text {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d of 50 reports identical across seeds 42 and 43", same)
	}
	// Labelled and page layouts are deterministic too.
	l1 := GenerateLabelled(100, 7, Options{Layout: LayoutMixed})
	l2 := GenerateLabelled(100, 7, Options{Layout: LayoutMixed})
	j1, _ := json.Marshal(l1)
	j2, _ := json.Marshal(l2)
	if !bytes.Equal(j1, j2) {
		t.Error("labelled mixed-layout corpus differs between two runs")
	}
}

func TestNamesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Generate(2000, 1) {
		if seen[r.Name] {
			t.Fatalf("duplicate file name %s", r.Name)
		}
		seen[r.Name] = true
	}
}

func TestVariety(t *testing.T) {
	ls := GenerateLabelled(5000, 2026, Options{})
	leaders := map[string]bool{}
	countriesSeen := map[string]bool{}
	dates := map[string]bool{}
	years := map[string]bool{}
	doms := map[string]bool{}
	kinds := map[extract.Kind]int{}
	sources := map[string]int{}
	hostsSeen := map[string]bool{}
	inits := map[string]bool{}
	for _, l := range ls {
		a := l.Gold
		sources[a.Source]++
		dates[a.Date] = true
		years[a.Date[:4]] = true
		for _, m := range a.Meetings {
			kinds[m.Kind]++
			for _, p := range m.Participants {
				leaders[p.Name] = true
				if p.Country != nil && *p.Country != "CN" {
					countriesSeen[*p.Country] = true
				}
				if p.Role == extract.RoleHost {
					hostsSeen[p.Name] = true
				}
			}
			for _, d := range m.AgreementDomains {
				doms[d] = true
			}
			for _, in := range m.Initiatives {
				inits[in] = true
			}
		}
	}
	check := func(what string, got, min int) {
		t.Helper()
		if got < min {
			t.Errorf("%s: %d distinct, want at least %d", what, got, min)
		}
	}
	check("leaders", len(leaders), 150)
	check("countries", len(countriesSeen), 60)
	check("dates", len(dates), 2000)
	check("years", len(years), 14)
	check("agreement domains", len(doms), 40)
	check("hosts", len(hostsSeen), 12)
	check("initiatives", len(inits), 6)
	for _, k := range []extract.Kind{extract.KindMeeting, extract.KindTalks, extract.KindPhoneCall, extract.KindVideoCall, extract.KindMessage} {
		if kinds[k] < 100 {
			t.Errorf("kind %s: %d meetings, want at least 100", k, kinds[k])
		}
	}
	for _, s := range []string{"新华社", "人民日报", "中新社"} {
		if sources[s] < 100 {
			t.Errorf("source %s: %d reports, want at least 100", s, sources[s])
		}
	}
}

// flatten undoes the page layout: the text as one string with no line
// breaks and no layout spaces, for checks that do not care about layout.
func flatten(s string) string {
	s = strings.ReplaceAll(s, "\n", "")
	return strings.ReplaceAll(s, " ", "")
}

var mastheadRe = regexp.MustCompile(`^20\d\d年\d{1,2}月\d{1,2}日 星期[一二三四五六日]$`)

var datelineRe = regexp.MustCompile(`^(新华社|本报|中新社)(\p{Han}+?)(\d{1,2})月(\d{1,2})日电`)

func TestEveryReportIsDatelineLed(t *testing.T) {
	for _, l := range GenerateLabelled(3000, 9, Options{Layout: LayoutMixed}) {
		lines := strings.Split(l.Text, "\n")
		if !mastheadRe.MatchString(lines[0]) {
			t.Fatalf("%s: first line %q is no masthead date", l.Name, lines[0])
		}
		lines = lines[1:]
		body := strings.Join(lines, "\n")
		if l.Gold.Title != nil {
			if lines[0] != *l.Gold.Title {
				t.Fatalf("%s: headline %q is not the first line %q", l.Name, *l.Gold.Title, lines[0])
			}
			body = strings.Join(lines[1:], "\n")
		}
		flat := flatten(body)
		m := datelineRe.FindStringSubmatch(flat)
		if m == nil {
			t.Fatalf("%s: no dateline at the start of %q", l.Name, firstRunes(flat, 40))
		}
		if m[2] != l.Gold.City {
			t.Errorf("%s: dateline city %q, gold %q", l.Name, m[2], l.Gold.City)
		}
		wantMD := strings.TrimLeft(l.Gold.Date[5:7], "0") + "月" + strings.TrimLeft(l.Gold.Date[8:], "0") + "日"
		if m[3]+"月"+m[4]+"日" != wantMD {
			t.Errorf("%s: dateline date %s月%s日, gold %s", l.Name, m[3], m[4], l.Gold.Date)
		}
		if l.Gold.Date < "2013-01-01" || l.Gold.Date > "2026-12-31" {
			t.Errorf("%s: date %s outside 2013–2026", l.Name, l.Gold.Date)
		}
	}
}

// TestGoldIsInText checks that every gold fact is stated in the text.
func TestGoldIsInText(t *testing.T) {
	for _, l := range GenerateLabelled(3000, 11, Options{Layout: LayoutMixed}) {
		flat := flatten(l.Text)
		must := func(what, s string) {
			t.Helper()
			if !strings.Contains(flat, flatten(s)) {
				t.Fatalf("%s: %s %q not in text:\n%s", l.Name, what, s, l.Text)
			}
		}
		for _, r := range l.Gold.Reporters {
			must("reporter", r)
		}
		for _, m := range l.Gold.Meetings {
			if len(m.Participants) < 2 {
				t.Fatalf("%s: meeting with %d participants", l.Name, len(m.Participants))
			}
			for _, p := range m.Participants {
				must("participant", p.Name)
				if p.Title != nil {
					must("title+name", *p.Title+p.Name)
				}
			}
			for _, d := range m.AgreementDomains {
				must("domain", d)
			}
			for _, c := range m.CooperationAreas {
				must("cooperation area", c)
			}
			for _, o := range m.Occasions {
				must("occasion", o)
			}
			for _, p := range m.Projects {
				must("project", p)
			}
			if m.Place != nil {
				must("place", *m.Place)
				if m.City != nil && *m.Place == *m.City {
					t.Errorf("%s: place %q is only the city", l.Name, *m.Place)
				}
			}
			if m.City != nil {
				must("city", *m.City)
			}
			if m.Relationship != nil {
				must("relationship", *m.Relationship+"关系")
			}
			if m.AgreementCount != nil {
				must("agreement count", *m.AgreementCount)
			}
			for _, s := range m.Supports {
				if !contains(m.Initiatives, s.Initiative) {
					t.Errorf("%s: support of %s not among the initiatives %v", l.Name, s.Initiative, m.Initiatives)
				}
			}
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

func TestLeadersInOffice(t *testing.T) {
	byName := map[string][]leader{}
	for _, c := range countries {
		for _, l := range c.Leaders {
			byName[c.Code+l.Name] = append(byName[c.Code+l.Name], l)
		}
	}
	for _, l := range GenerateLabelled(3000, 5, Options{}) {
		for _, m := range l.Gold.Meetings {
			for _, p := range m.Participants {
				if p.Role != extract.RoleGuest || p.Country == nil {
					continue
				}
				ok := false
				for _, ld := range byName[*p.Country+p.Name] {
					ok = ok || ld.inOffice(m.Date)
				}
				if !ok {
					t.Errorf("%s: %s (%s) not in office on %s", l.Name, p.Name, *p.Country, m.Date)
				}
			}
		}
	}
}

func TestCountriesTable(t *testing.T) {
	if len(countries) < 60 {
		t.Fatalf("countries table has %d countries, want at least 60", len(countries))
	}
	codes := map[string]bool{}
	for _, c := range countries {
		if len(c.Code) != 2 || codes[c.Code] {
			t.Errorf("bad or duplicate code %q", c.Code)
		}
		codes[c.Code] = true
		if len(c.Leaders) == 0 {
			t.Errorf("%s has no leaders", c.Code)
		}
		for _, l := range c.Leaders {
			if l.To != "" && l.To < l.From {
				t.Errorf("%s %s: term ends before it starts", c.Code, l.Name)
			}
		}
	}
	if _, err := parseCountries("C\tXX\t缺\n"); err == nil {
		t.Error("malformed line accepted")
	}
}

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	st, err := WriteDir(dir, 40, 3, Options{Layout: LayoutPage}, true)
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 40 {
		t.Fatalf("wrote %d files, want 40", st.Files)
	}
	want := GenerateLabelled(40, 3, Options{Layout: LayoutPage})
	for _, l := range want {
		b, err := os.ReadFile(filepath.Join(dir, l.Name))
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != l.Text {
			t.Fatalf("%s: file differs from Make", l.Name)
		}
	}
	gb, err := os.ReadFile(filepath.Join(dir, GoldFile))
	if err != nil {
		t.Fatal(err)
	}
	var res extract.Result
	if err := json.Unmarshal(gb, &res); err != nil {
		t.Fatalf("gold.json: %v", err)
	}
	if len(res.Articles) != 40 || res.Articles[7].File != want[7].Name || res.Articles[7].Date != want[7].Gold.Date {
		t.Fatalf("gold.json does not match the reports")
	}
}

func BenchmarkGenerate(b *testing.B) {
	var n int64
	for i := 0; b.Loop(); i++ {
		l := Make(i, 1, Options{Layout: LayoutMixed})
		n += int64(len(l.Text))
	}
	b.SetBytes(n / int64(b.N))
}

func TestMasthead(t *testing.T) {
	cases := []struct {
		date   string
		layout Layout
		want   string
	}{
		{"2025-09-02", LayoutPlain, "2025年9月2日 星期二\n"},
		{"2025-09-02", LayoutPage, "2025年9月3日 星期三\n"}, // the printed page is the next day's
		{"2018-12-31", LayoutPage, "2019年1月1日 星期二\n"},
	}
	for _, c := range cases {
		if got := masthead(c.date, c.layout); got != c.want {
			t.Errorf("masthead(%s, %d) = %q, want %q", c.date, c.layout, got, c.want)
		}
	}
}

func TestPageLayoutKeepsNumbersWhole(t *testing.T) {
	for _, l := range GenerateLabelled(500, 4, Options{Layout: LayoutPage}) {
		lines := strings.Split(l.Text, "\n")
		for i := 1; i < len(lines); i++ {
			prev, cur := []rune(lines[i-1]), []rune(lines[i])
			if len(prev) == 0 || len(cur) == 0 {
				continue
			}
			if isAlnum(prev[len(prev)-1]) && isAlnum(cur[0]) {
				t.Fatalf("%s: a number is broken across lines %q / %q", l.Name, lines[i-1], lines[i])
			}
			if strings.ContainsRune("，。、；：”）》！？", cur[0]) {
				t.Fatalf("%s: line %q starts with closing punctuation", l.Name, lines[i])
			}
		}
	}
}
