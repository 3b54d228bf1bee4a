package lexicon

import (
	"bufio"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

func TestLoad(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(l.Countries); n != 249 {
		t.Errorf("%d countries, want the 249 ISO 3166-1 codes", n)
	}
	forms := map[string]string{
		"蒙古国": "MN", "蒙古": "MN", "刚果（金）": "CD", "刚果民主共和国": "CD", "刚果（布）": "CG",
		"北马其顿": "MK", "土耳其": "TR", "土耳其共和国": "TR", "土库曼斯坦": "TM", "乌兹别克斯坦": "UZ",
		"巴基斯坦": "PK", "巴西": "BR", "马来西亚": "MY", "美国": "US", "中国": "CN", "越共": "VN",
	}
	for f, want := range forms {
		if got := l.CountryForms[f]; got != want {
			t.Errorf("%s: %q, want %q", f, got, want)
		}
	}
	for _, org := range []string{"联合国", "欧盟", "东盟", "上海合作组织", "上合组织", "非盟"} {
		if _, ok := l.CountryForms[org]; ok {
			t.Errorf("%s is an organisation, not a country", org)
		}
		if l.Orgs[org] == "" {
			t.Errorf("%s missing from organisations", org)
		}
	}
	for _, c := range []string{"HK", "MO", "TW"} {
		for f, code := range l.CountryForms {
			if code == c {
				t.Errorf("%s (%s) must not match as a foreign state", f, c)
			}
		}
	}
	for r, want := range map[rune][]string{'乌': {"UZ", "UA", "UY"}, '土': {"TR", "TM"}, '巴': {"PK", "BR", "PA", "PS"}} {
		got := l.Abbr[r]
		for _, w := range want {
			if !strings.Contains(strings.Join(got, ","), w) {
				t.Errorf("short form %c: %v lacks %s", r, got, w)
			}
		}
	}
	if l.Initiatives["一带一路"] != "一带一路" || l.Initiatives["全球治理倡议"] != "全球治理倡议" {
		t.Error("initiatives missing")
	}
	if ld := l.Leaders["古特雷斯"]; ld.Country != "" || ld.Organisation != "联合国" {
		t.Errorf("古特雷斯: %+v", ld)
	}
	if !l.Titles["当选总统"] || !l.Titles["国务院总理"] {
		t.Error("titles missing")
	}
	if len(l.Words()) == 0 {
		t.Error("no segmenter words")
	}
}

// TestCLDRFileReproducible checks that countries_cldr.tsv is what
// gen_countries.go produces from the x/text version in go.mod.
func TestCLDRFileReproducible(t *testing.T) {
	zh := display.Regions(language.SimplifiedChinese)
	en := display.English.Regions()
	sc := bufio.NewScanner(strings.NewReader(countriesCLDR))
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		r := language.MustParseRegion(f[0])
		if f[1] != zh.Name(r) || f[2] != en.Name(r) {
			t.Errorf("%s: file has %q/%q, x/text gives %q/%q (run go generate ./extract/lexicon)", f[0], f[1], f[2], zh.Name(r), en.Name(r))
		}
		n++
	}
	if n != 249 {
		t.Errorf("%d rows", n)
	}
}

func TestEachRowErrors(t *testing.T) {
	if err := eachRow("a\tb\nc\n", 2, func([]string) error { return nil }); err == nil {
		t.Error("want an error for a short row")
	}
}

// TestLeaderEnglishNames: the leaders' English column is read, left empty
// where one Chinese form names several office holders, and checked.
func TestLeaderEnglishNames(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"米尔济约耶夫": "Shavkat Mirziyoyev",
		"习近平":    "Xi Jinping",
		"古特雷斯":   "António Guterres",
		"布什":     "", // George H. W. or George W.
	} {
		if got := l.Leaders[name].NameEn; got != want {
			t.Errorf("Leaders[%s].NameEn = %q, want %q", name, got, want)
		}
	}
	for _, bad := range []string{"习近平", "Xi\tJinping", "123"} {
		if err := l.CheckRow("leader", []string{"塔纳托阿", "VU", "", bad}); err == nil {
			t.Errorf("CheckRow accepted English name %q", bad)
		}
	}
	if err := l.CheckRow("leader", []string{"塔纳托阿", "VU", "", "Jotham Napat"}); err != nil {
		t.Errorf("CheckRow: %v", err)
	}
}
