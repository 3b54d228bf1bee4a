package normalize

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const reportsDir = "../../testdata/reports"

type reportRow struct{ file, gold, date, kind string }

func readVariants(t *testing.T) []reportRow {
	t.Helper()
	f, err := os.Open(filepath.Join(reportsDir, "variants.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []reportRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 4 {
			t.Fatalf("variants.tsv: %q has %d columns, want 4", line, len(c))
		}
		// A synthetic report (written, not copied) and its variants are
		// laid out as the real ones: "synthetic" is its original,
		// "synthetic-s2t" its s2t variant.
		kind := c[3]
		if kind == "synthetic" {
			kind = "original"
		}
		kind = strings.TrimPrefix(kind, "synthetic-")
		rows = append(rows, reportRow{c[0], c[1], c[2], kind})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestReportCorpus checks testdata/reports: every row names a readable
// report, a source note and a gold annotation in the extraction JSON shape.
func TestReportCorpus(t *testing.T) {
	rows := readVariants(t)
	if len(rows) < 12 {
		t.Fatalf("%d rows in variants.tsv, want at least 12", len(rows))
	}
	for _, r := range rows {
		b, err := os.ReadFile(filepath.Join(reportsDir, r.file))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Page(b); err != nil {
			t.Errorf("%s: %v", r.file, err)
		}
		stem := strings.TrimSuffix(r.gold, ".gold.json")
		if !strings.HasPrefix(r.file, stem+".") {
			t.Errorf("%s is not named after its gold %s", r.file, r.gold)
		}
		if _, err := os.Stat(filepath.Join(reportsDir, stem+".source")); err != nil {
			t.Errorf("%s: no source note: %v", r.file, err)
		}
		var gold struct {
			Articles []struct {
				Source   *string `json:"source"`
				Date     *string `json:"date"`
				Meetings []struct {
					Kind         string `json:"kind"`
					Date         string `json:"date"`
					Participants []struct {
						Name, Role string
					} `json:"participants"`
				} `json:"meetings"`
			} `json:"articles"`
		}
		g, err := os.ReadFile(filepath.Join(reportsDir, r.gold))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(g, &gold); err != nil {
			t.Fatalf("%s: %v", r.gold, err)
		}
		if len(gold.Articles) == 0 || gold.Articles[0].Source == nil || gold.Articles[0].Date == nil {
			t.Errorf("%s: no article with source and date", r.gold)
		}
		for _, a := range gold.Articles {
			for _, m := range a.Meetings {
				hosts := 0
				for _, p := range m.Participants {
					if p.Role == "HOST" {
						hosts++
					}
				}
				if m.Kind == "" || len(m.Date) != len("2006-01-02") || hosts != 1 {
					t.Errorf("%s: meeting %s %s has %d hosts", r.gold, m.Kind, m.Date, hosts)
				}
			}
		}
	}
}

// TestReportVariants normalises each format variant and its original to
// the same text (line breaks aside for the wrapped and HTML variants).
func TestReportVariants(t *testing.T) {
	originals := map[string]string{}
	rows := readVariants(t)
	for _, r := range rows {
		if r.kind == "original" {
			originals[r.gold] = r.file
		}
	}
	seen := map[string]bool{}
	for _, r := range rows {
		if r.kind == "original" {
			continue
		}
		seen[r.kind] = true
		orig, err := Page(mustRead(t, filepath.Join(reportsDir, originals[r.gold])))
		if err != nil {
			t.Fatal(err)
		}
		got, err := Page(mustRead(t, filepath.Join(reportsDir, r.file)))
		if err != nil {
			t.Fatalf("%s: %v", r.file, err)
		}
		if r.kind == "wrapped" || r.kind == "html" {
			orig, got = strings.ReplaceAll(orig, "\n", ""), strings.ReplaceAll(got, "\n", "")
		}
		if got != orig {
			t.Errorf("%s (%s) normalises to\n%s\nwant (as %s)\n%s", r.file, r.kind, got, originals[r.gold], orig)
		}
	}
	for _, k := range []string{"s2t", "gbk", "html", "fullwidth", "wrapped"} {
		if !seen[k] {
			t.Errorf("no %s variant in variants.tsv", k)
		}
	}
}

// TestReportsGolden normalises every original report of testdata/reports and
// compares with testdata/reports/NNN_slug.norm.golden (go test -update
// rewrites them): real web and newspaper copies, Traditional pages, ASCII
// punctuation, captions and bylines.
func TestReportsGolden(t *testing.T) {
	for _, r := range readVariants(t) {
		if r.kind != "original" {
			continue
		}
		got, err := Page(mustRead(t, filepath.Join(reportsDir, r.file)))
		if err != nil {
			t.Fatalf("%s: %v", r.file, err)
		}
		golden := filepath.Join("testdata", "reports", strings.TrimSuffix(r.file, ".txt")+".norm.golden")
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, []byte(got+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want := strings.TrimSuffix(string(mustRead(t, golden)), "\n")
		if got != want {
			t.Errorf("%s normalises to\n%s\nwant (%s)\n%s", r.file, got, golden, want)
		}
	}
}
