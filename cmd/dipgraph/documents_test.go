package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const docFixtures = "../../extract/document/testdata"

// TestExtractDocumentsWithMetadata: a folder of crawler records, an HTML
// page, a text with front matter and one with a date in its name gives
// every meeting a full date from each document's own metadata (no --date);
// a bad record gets one line with its line number and the others go on.
func TestExtractDocumentsWithMetadata(t *testing.T) {
	code, stdout, stderr := run(t, nil, "", "extract", docFixtures)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	res := decodeResult(t, stdout)
	n := 0
	for _, a := range res.Articles {
		for _, m := range a.Meetings {
			n++
			if m.Date == "" || m.DatePrecision != "DAY" || a.Published == "" || m.Date > a.Published {
				t.Errorf("%s: meeting date %q (%s), published %q", a.File, m.Date, m.DatePrecision, a.Published)
			}
		}
	}
	if n < 6 {
		t.Errorf("%d meetings, want one per document at least (6)", n)
	}
	for _, want := range []string{"trafilatura.jsonl:2: not a JSON object", "trafilatura.jsonl:3: no text"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q lacks %q", stderr, want)
		}
	}
	if strings.Contains(stderr, "no year found") {
		t.Errorf("year warnings for documents with dates: %s", stderr)
	}
}

// TestWarnMeetingWithoutYear: a meeting whose year nothing gives is kept
// with its month and day, and stderr says so once per document, with a
// summary.
func TestWarnMeetingWithoutYear(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "cabo_verde.txt")
	text := "新华社北京9月6日电 国家主席习近平6日在人民大会堂会见佛得角总理席尔瓦。\n习近平在会见时强调，中方愿同佛方在2030年可持续发展议程等问题上加强协调。\n"
	if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, nil, "", "extract", f)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	res := decodeResult(t, stdout)
	m := res.Articles[0].Meetings[0]
	if m.Date != "" || m.DatePrecision != "MONTH_DAY" || m.Month != 9 || m.Day != 6 {
		t.Errorf("meeting date %q %s %d-%d", m.Date, m.DatePrecision, m.Month, m.Day)
	}
	if strings.Count(stderr, "no year found") != 1 || !strings.Contains(stderr, "1 meeting(s) in 1 document(s) have no year") {
		t.Errorf("stderr %q", stderr)
	}
	// With --date, no warning.
	_, _, stderr = run(t, nil, "", "extract", "--date", "2018-09-06", f)
	if strings.Contains(stderr, "no year") {
		t.Errorf("stderr %q", stderr)
	}
}

// TestIngestSummaryCountsDatePrecision: the ingest summary counts the
// meetings dated, dated by month and day only, and undated.
func TestIngestSummaryCountsDatePrecision(t *testing.T) {
	code, stdout, stderr := run(t, nil, "", "ingest", "--memory", docFixtures)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "extracted meetings: ") || !strings.Contains(stdout, " 0 by month and day only (no year found), 0 undated") {
		t.Errorf("summary %q", stdout)
	}
}
