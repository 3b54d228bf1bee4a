package graph

import "testing"

// TestSupersedes: a document replaces the stored version of its article
// only when its metadata differs and loses nothing.
func TestSupersedes(t *testing.T) {
	art := func(published, url string) Article {
		return Article{ID: "a", Source: "新华社", Published: published, URL: url}
	}
	mtg := func(id, date, partial, src string) Meeting {
		return Meeting{ID: id, Date: date, PartialDate: partial, YearSource: src, ArticleIDs: []string{"a"}}
	}
	bare := MetaOf(art("", ""), []Meeting{mtg("m1", "", "--03-05", "")})
	dated := MetaOf(art("2024-03-05", ""), []Meeting{mtg("m2", "2024-03-05", "", "METADATA")})
	stamped := MetaOf(art("2021-03-06", ""), []Meeting{mtg("m3", "2021-03-05", "", "PAGE_STAMP")})
	withURL := MetaOf(art("2024-03-05", "http://www.news.cn/x.htm"), []Meeting{mtg("m2", "2024-03-05", "", "METADATA")})
	corrected := MetaOf(art("2023-03-05", ""), []Meeting{mtg("m4", "2023-03-05", "", "METADATA")})
	// A --date before the dates the text gives (the page's own stamp was 2022-02-24).
	ownDate := MetaOf(art("2022-02-24", ""), []Meeting{mtg("m5", "2022-02-24", "", "TEXT")})
	wrongDate := MetaOf(art("2020-06-30", ""), []Meeting{mtg("m5", "2022-02-24", "", "TEXT")})
	// An article without meetings, dated by its page's stamp, then by --date.
	pageDated := Article{ID: "b", Date: "2001-09-21", Published: "2001-09-21", YearSource: "PAGE_STAMP"}
	argDated := Article{ID: "b", Date: "2020-06-30", Published: "2020-06-30", YearSource: "METADATA"}
	for _, c := range []struct {
		name     string
		new, old DocumentMeta
		want     bool
	}{
		{"same metadata", dated, dated, false},
		{"a year where there was none", dated, bare, true},
		{"the year lost again", bare, dated, false},
		{"an address gained", withURL, dated, true},
		{"an address lost", dated, withURL, false},
		{"a corrected date", corrected, dated, true},
		{"metadata over the page's time stamp", dated, stamped, true},
		{"the page's time stamp after metadata", stamped, dated, false},
		{"a publication date before the meeting", wrongDate, ownDate, false},
		{"a consistent publication date after a wrong one", ownDate, wrongDate, true},
		{"only a later publication date", MetaOf(art("2022-03-01", ""), []Meeting{mtg("m5", "2022-02-24", "", "TEXT")}), ownDate, false},
		{"the article's date from metadata", MetaOf(argDated, nil), MetaOf(pageDated, nil), true},
		{"the article's date from its page after metadata", MetaOf(pageDated, nil), MetaOf(argDated, nil), false},
		{"only an earlier publication date", ownDate, MetaOf(art("2022-03-01", ""), []Meeting{mtg("m5", "2022-02-24", "", "TEXT")}), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.new.Supersedes(c.old); got != c.want {
				t.Errorf("Supersedes = %v, want %v (new %+v, old %+v)", got, c.want, c.new, c.old)
			}
		})
	}
	// The file name alone is not better metadata.
	a, b := art("", ""), art("", "")
	a.File, b.File = "x.txt", "copy/x.txt"
	if MetaOf(a, nil).Supersedes(MetaOf(b, nil)) {
		t.Error("another file name superseded")
	}
}
