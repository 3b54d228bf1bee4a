package document_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/document"
)

// TestDocumentsAsTheyCome: each input format gives its documents with their
// metadata, and the metadata's date dates their meetings (the reports'
// datelines have no year). The fixtures hold real report text in each
// format (testdata/reports: 021, 014, 019, 020).
func TestDocumentsAsTheyCome(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	type want struct{ date, url, source, meeting string }
	cases := []struct {
		file string
		docs []want
		errs []string // bad records, by name
	}{
		{"trafilatura.jsonl", []want{
			{"2024-07-12", "https://www.news.cn/politics/leaders/20240712/abc/c.html", "新华网", "2024-07-12"},
			{"2017-11-09", "http://www.xinhuanet.com/politics/2017-11/09/c_1121931683.htm", "www.xinhuanet.com", "2017-11-09"},
		}, []string{"trafilatura.jsonl:2: not a JSON object", "trafilatura.jsonl:3: no text"}},
		{"newsplease.json", []want{{"2018-09-18", "http://yinlong168.com/politics/2018-09/18/c_1123449832.htm", "yinlong168.com", "2018-09-18"}}, nil},
		{"cabo_verde.html", []want{{"2018-09-06", "http://www.taiwan.cn/xwzx/PoliticsNews/201809/t20180906_12056598.htm", "台灣網", "2018-09-06"}}, nil},
		{"front_matter.txt", []want{{"2017-11-09", "http://www.xinhuanet.com/politics/2017-11/09/c_1121931683.htm", "新华网", "2017-11-09"}}, nil},
		{"t20180906_cabo_verde.txt", []want{{"2018-09-06", "", "", "2018-09-06"}}, nil},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			name := filepath.Join("testdata", c.file)
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			docs, errs := document.Split(name, b)
			if len(errs) != len(c.errs) {
				t.Errorf("errors %v, want %d", errs, len(c.errs))
			}
			for i, e := range errs {
				if i < len(c.errs) && !strings.HasPrefix(e.Error(), filepath.Join("testdata", c.errs[i])) {
					t.Errorf("error %q, want %q…", e, c.errs[i])
				}
				if strings.Contains(e.Error(), "\n") {
					t.Errorf("error %q is not one line", e)
				}
			}
			if len(docs) != len(c.docs) {
				t.Fatalf("%d documents, want %d", len(docs), len(c.docs))
			}
			for i, d := range docs {
				w := c.docs[i]
				if d.Date != w.date || d.URL != w.url || d.Source != w.source {
					t.Errorf("doc %d: date %q url %q source %q, want %q %q %q", i, d.Date, d.URL, d.Source, w.date, w.url, w.source)
				}
				r, err := ex.ExtractBytes(d.Text, extract.Options{Date: d.Date, URL: d.URL, Site: d.Source, File: d.Name})
				if err != nil {
					t.Fatal(err)
				}
				var dates []string
				for _, a := range r.Articles {
					if a.URL != w.url || a.Published != w.date {
						t.Errorf("doc %d: article url %q published %q", i, a.URL, a.Published)
					}
					for _, m := range a.Meetings {
						dates = append(dates, m.Date)
						if m.YearSource != extract.YearFromMetadata && m.YearSource != extract.YearFromText {
							t.Errorf("doc %d: meeting %s year from %s", i, m.Date, m.YearSource)
						}
					}
				}
				if len(dates) == 0 || dates[0] != w.meeting {
					t.Errorf("doc %d: meeting dates %v, want %s first", i, dates, w.meeting)
				}
			}
		})
	}
}

// TestFrontMatterRemoved: the front matter is metadata, not text.
func TestFrontMatterRemoved(t *testing.T) {
	docs, _ := document.Split("a.txt", []byte("---\ndate: 2024-03-05\nsource: 新华社\n---\n新华社北京3月5日电 正文。\n"))
	if len(docs) != 1 || string(docs[0].Text) != "新华社北京3月5日电 正文。\n" || docs[0].Date != "2024-03-05" || docs[0].Source != "新华社" {
		t.Errorf("%+v", docs)
	}
	// A text opening with a rule line but no key: value lines is left as it is.
	docs, _ = document.Split("b.txt", []byte("---\n新华社北京3月5日电 正文。\n"))
	if len(docs) != 1 || !strings.HasPrefix(string(docs[0].Text), "---\n") || docs[0].Date != "" {
		t.Errorf("%+v", docs)
	}
}

// TestDateInFileName: the date in a file's name, when nothing else gives one.
func TestDateInFileName(t *testing.T) {
	for name, want := range map[string]string{
		"2024-03-05_xinhua.txt":          "2024-03-05",
		"dir/t20240305_12345.txt":        "2024-03-05",
		"report_20191023.txt":            "2019-10-23",
		"000_seed_xinhua_2025-09-02.txt": "2025-09-02",
		"123456789.txt":                  "",
		"2024-13-05.txt":                 "",
		"report.txt":                     "",
	} {
		docs, _ := document.Split(name, []byte("正文"))
		if docs[0].Date != want {
			t.Errorf("%s: %q, want %q", name, docs[0].Date, want)
		}
	}
}

// TestParseDate: the crawlers' time stamps.
func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2018-09-18 16:44:00":       "2018-09-18",
		"2018-09-06T18:30:00+08:00": "2018-09-06",
		"2012/1/17":                 "2012-01-17",
		"2022年2月24日":                "2022-02-24",
		"2022-02-30":                "",
		"Sept 6, 2018":              "",
	} {
		if got := document.ParseDate(in); got != want {
			t.Errorf("ParseDate(%q)=%q, want %q", in, got, want)
		}
	}
}
