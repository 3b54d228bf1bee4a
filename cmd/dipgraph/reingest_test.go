package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph/storetest"
	"github.com/dipgraph/dipgraph/internal/testenv"
)

// TestReingestWithDateUpdatesMeetings: a report whose dateline has no
// year, ingested first without --date (its meeting kept by month and
// day), then again with --date, is updated: its meeting is re-derived
// with the full date and replaces the partial one (never both); a third
// ingest changes nothing, nor does one without --date again. On the
// embedded store and on Neo4j.
func TestReingestWithDateUpdatesMeetings(t *testing.T) {
	f := filepath.Join(t.TempDir(), "macron.txt")
	text := "新华社北京3月5日电 国家主席习近平5日在人民大会堂会见法国总统马克龙。\n"
	if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	check := func(t *testing.T, env map[string]string) {
		steps := []struct {
			args []string
			want string
		}{
			{[]string{"ingest", f}, "1 new, 0 updated, 0 unchanged; meetings: 1 new"},
			{[]string{"ingest", "--date", "2024-03-05", f}, "0 new, 1 updated, 0 unchanged; meetings: 1 new"},
			{[]string{"ingest", "--date", "2024-03-05", f}, "0 new, 0 updated, 1 unchanged; meetings: 0 new"},
			{[]string{"ingest", f}, "0 new, 0 updated, 1 unchanged; meetings: 0 new"},
		}
		for _, st := range steps {
			code, stdout, stderr := run(t, env, "", st.args...)
			if code != 0 || !strings.Contains(stdout, st.want) {
				t.Fatalf("%v: exit %d, stdout %q (want %q), stderr %q", st.args, code, stdout, st.want, stderr)
			}
		}
		code, out, stderr := run(t, env, "", "export", "--format", "jsonl")
		if code != 0 {
			t.Fatalf("export: exit %d %s", code, stderr)
		}
		var meetings []map[string]any
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var rec struct {
				Type  string         `json:"type"`
				Props map[string]any `json:"props"`
			}
			if err := json.Unmarshal([]byte(l), &rec); err != nil {
				t.Fatalf("export line %q: %v", l, err)
			}
			if rec.Type == "Meeting" {
				meetings = append(meetings, rec.Props)
			}
		}
		if len(meetings) != 1 || meetings[0]["date"] != "2024-03-05" || meetings[0]["datePrecision"] != "DAY" {
			t.Errorf("meetings after re-ingest with --date = %v, want one dated 2024-03-05", meetings)
		}
	}
	t.Run("embedded", func(t *testing.T) {
		check(t, map[string]string{"DIPGRAPH_DATA": t.TempDir()})
	})
	t.Run("neo4j", func(t *testing.T) {
		cfg := testenv.Neo4j(t)
		storetest.LockNeo4j(t)
		drv, _ := testenv.Neo4jDriver(t)
		testenv.CleanNeo4j(t, drv, cfg.Database)
		check(t, map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.User, "NEO4J_PASSWORD": cfg.Password, "NEO4J_DATABASE": cfg.Database})
	})
}
