package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph/storetest"
	"github.com/dipgraph/dipgraph/internal/testenv"
)

const (
	seed    = "../../testdata/corpus/000_seed_xinhua_2025-09-02.txt"
	reports = "../../testdata/reports"
)

// run drives Main as the process would, with its own streams and
// environment, and returns the exit code and both streams.
func run(t *testing.T, env map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] }}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	code := m.Main(ctx, args)
	return code, out.String(), errb.String()
}

func decodeResult(t *testing.T, s string) extract.Result {
	t.Helper()
	var r extract.Result
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatalf("output is not the extraction JSON: %v\n%s", err, s)
	}
	return r
}

// hosts lists "host→guest" of every meeting, for compact assertions.
func hasMeeting(r extract.Result, host, guest string) bool {
	for _, a := range r.Articles {
		for _, m := range a.Meetings {
			var h, g bool
			for _, p := range m.Participants {
				h = h || (p.Role == extract.RoleHost && p.Name == host)
				g = g || (p.Role == extract.RoleGuest && p.Name == guest)
			}
			if h && g {
				return true
			}
		}
	}
	return false
}

func TestUsage(t *testing.T) {
	if code, _, stderr := run(t, nil, ""); code != 2 || !strings.Contains(stderr, "usage: dipgraph") {
		t.Errorf("no command: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := run(t, nil, "", "frobnicate"); code != 2 || !strings.Contains(stderr, `unknown command "frobnicate"`) {
		t.Errorf("unknown command: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := run(t, nil, "", "extract", "--no-such-flag", seed); code != 2 || !strings.Contains(stderr, "no-such-flag") {
		t.Errorf("bad flag: exit %d, stderr %q", code, stderr)
	}
	if code, stdout, _ := run(t, nil, "", "help"); code != 0 || !strings.Contains(stdout, "serve") {
		t.Errorf("help: exit %d, stdout %q", code, stdout)
	}
	if code, _, stderr := run(t, nil, "", "bench", "--quick"); code != 2 || !strings.Contains(stderr, "cmd/dipgraph-bench") {
		t.Errorf("bench (moved to cmd/dipgraph-bench): exit %d, stderr %q", code, stderr)
	}
}

func TestExtractSeed(t *testing.T) {
	code, stdout, stderr := run(t, nil, "", "extract", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	r := decodeResult(t, stdout)
	if len(r.Articles) < 2 {
		t.Fatalf("the seed page is several articles, got %d", len(r.Articles))
	}
	if !hasMeeting(r, "习近平", "米尔济约耶夫") {
		t.Errorf("the meeting of 习近平 with 米尔济约耶夫 is missing")
	}
	// The same text gives the same ids.
	_, again, _ := run(t, nil, "", "extract", seed)
	if again != stdout {
		t.Errorf("two runs on the same text differ")
	}
	// jsonl: one article per line, the same articles.
	code, lines, _ := run(t, nil, "", "extract", "--format", "jsonl", seed)
	if code != 0 {
		t.Fatalf("jsonl: exit %d", code)
	}
	n := 0
	for _, l := range strings.Split(strings.TrimSpace(lines), "\n") {
		var a extract.Article
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("jsonl line is not an article: %v", err)
		}
		if a.ID != r.Articles[n].ID {
			t.Errorf("jsonl article %d = %s, json has %s", n, a.ID, r.Articles[n].ID)
		}
		n++
	}
	if n != len(r.Articles) {
		t.Errorf("jsonl has %d articles, json %d", n, len(r.Articles))
	}
}

func TestExtractStdinAndDate(t *testing.T) {
	text := "新华社北京3月5日电 国家主席习近平5日在人民大会堂会见法国总统马克龙。"
	code, stdout, stderr := run(t, nil, text, "extract", "--date", "2024-03-05", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	r := decodeResult(t, stdout)
	if !hasMeeting(r, "习近平", "马克龙") {
		t.Fatalf("meeting missing: %s", stdout)
	}
	if d := r.Articles[0].Meetings[0].Date; d != "2024-03-05" {
		t.Errorf("date = %q, want the year from --date", d)
	}
	if code, _, stderr := run(t, nil, text, "extract", "--date", "5 March", "-"); code != 1 || !strings.Contains(stderr, "YYYY-MM-DD") {
		t.Errorf("bad --date: exit %d, %q", code, stderr)
	}
}

func TestExtractEncodings(t *testing.T) {
	// The GBK and Traditional copies of a report give its meetings in
	// Simplified characters, as the UTF-8 original does.
	_, orig, _ := run(t, nil, "", "extract", filepath.Join(reports, "005_li_merkel_phone_2013.txt"))
	code, gbk, stderr := run(t, nil, "", "extract", filepath.Join(reports, "005_li_merkel_phone_2013.gbk.txt"))
	if code != 0 {
		t.Fatalf("GBK: exit %d: %s", code, stderr)
	}
	if !hasMeeting(decodeResult(t, gbk), "李克强", "默克尔") || !hasMeeting(decodeResult(t, orig), "李克强", "默克尔") {
		t.Errorf("李克强–默克尔 call missing from the UTF-8 or GBK copy")
	}
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "binary.txt")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(binary, []byte("\x00\x01\x02\xff\xfe\x00PK\x03\x04"), 0o644)
	missing := filepath.Join(dir, "missing.txt")

	code, stdout, stderr := run(t, nil, "", "extract", empty, binary, missing)
	if code == 0 {
		t.Errorf("nothing readable: exit 0")
	}
	if stdout != "" {
		t.Errorf("nothing readable but stdout %q", stdout)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 3 {
		t.Errorf("want one line per bad file, got %q", stderr)
	}
	for _, f := range []string{empty, binary, missing} {
		if strings.Count(stderr, f) != 1 {
			t.Errorf("stderr names %s %d times: %q", f, strings.Count(stderr, f), stderr)
		}
	}
	// With one good file the good one is printed and the run succeeds.
	code, stdout, stderr = run(t, nil, "", "extract", empty, seed)
	if code != 0 || !strings.Contains(stderr, empty) || len(decodeResult(t, stdout).Articles) == 0 {
		t.Errorf("mixed input: exit %d, stderr %q", code, stderr)
	}
}

func TestEval(t *testing.T) {
	code, stdout, stderr := run(t, nil, "", "eval", "--gold", "../../testdata/gold/seed.gold.json", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "participants") || !strings.Contains(stdout, "F1") {
		t.Errorf("no table: %s", stdout)
	}
	// The gold of another text scores low, and --min-f1 turns that into a failure.
	code, stdout, _ = run(t, nil, "", "eval", "--format", "json", "--min-f1", "0.9",
		"--gold", filepath.Join(reports, "001_xi_trump_phone_2025.gold.json"), seed)
	if code != 1 {
		t.Errorf("wrong gold with --min-f1: exit %d", code)
	}
	var rep struct {
		Kinds []struct {
			Kind           string
			F1             float64
			FalsePositives []json.RawMessage
			Misses         []json.RawMessage
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("json report: %v", err)
	}
	var fps, misses int
	for _, k := range rep.Kinds {
		fps += len(k.FalsePositives)
		misses += len(k.Misses)
	}
	if fps == 0 || misses == 0 {
		t.Errorf("a wrong gold file must list false positives and misses (%d, %d)", fps, misses)
	}
	// A folder of gold files is scored pooled.
	code, stdout, stderr = run(t, nil, "", "eval", "--errors=false", "--gold", reports)
	if code != 0 || !strings.Contains(stdout, "gold files, pooled") {
		t.Errorf("gold folder: exit %d, %s %s", code, stdout, stderr)
	}
	if code, _, stderr := run(t, nil, "", "eval", seed); code != 1 || !strings.Contains(stderr, "--gold") {
		t.Errorf("without --gold: exit %d %q", code, stderr)
	}
}

// TestIngestEmbedded: ingest into the embedded store is idempotent and
// survives the process; export reads it back.
func TestIngestEmbedded(t *testing.T) {
	data := t.TempDir()
	env := map[string]string{"DIPGRAPH_DATA": data}
	code, stdout, stderr := run(t, env, "", "ingest", reports)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "new") || !strings.Contains(stdout, data) {
		t.Errorf("summary = %q", stdout)
	}
	code, stdout, _ = run(t, env, "", "ingest", reports)
	if code != 0 || !strings.Contains(stdout, " 0 new,") || !strings.Contains(stdout, "meetings: 0 new") {
		t.Errorf("re-ingest must change nothing: exit %d, %q", code, stdout)
	}

	// export reads the same store in a later process.
	code, out, stderr := run(t, env, "", "export", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export: exit %d %s", code, stderr)
	}
	labels := map[string]int{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("export line: %v: %q", err, l)
		}
		if lb, ok := rec["type"].(string); ok {
			labels[lb]++
		}
	}
	for _, lb := range []string{"Meeting", "Leader", "Country", "Article"} {
		if labels[lb] == 0 {
			t.Errorf("export has no %s node: %v", lb, labels)
		}
	}

	code, out, _ = run(t, env, "", "export", "--format", "graphml")
	if code != 0 {
		t.Fatalf("graphml: exit %d", code)
	}
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("graphml does not parse: %v", err)
	}
	if len(doc.Graph.Nodes) == 0 || len(doc.Graph.Edges) == 0 {
		t.Errorf("graphml has %d nodes, %d edges", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}

	csvDir := filepath.Join(t.TempDir(), "csv")
	if code, _, stderr := run(t, env, "", "export", "--format", "csv", "--out", csvDir); code != 0 {
		t.Fatalf("csv: exit %d %s", code, stderr)
	}
	for _, f := range []string{"nodes.csv", "edges.csv"} {
		b, err := os.ReadFile(filepath.Join(csvDir, f))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil || len(rows) < 2 {
			t.Errorf("%s: %d rows, %v", f, len(rows), err)
		}
	}
	if code, _, stderr := run(t, env, "", "export", "--format", "csv"); code != 1 || !strings.Contains(stderr, "--out") {
		t.Errorf("csv without --out: exit %d %q", code, stderr)
	}
}

func TestIngestNothingReadable(t *testing.T) {
	env := map[string]string{"DIPGRAPH_DATA": t.TempDir()}
	empty := filepath.Join(t.TempDir(), "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	code, _, stderr := run(t, env, "", "ingest", empty)
	if code == 0 || !strings.Contains(stderr, empty) {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestIngestNeo4j loads into the real Neo4j, and refuses a wrong password
// and an unreachable server with a message and a non-zero exit.
func TestIngestNeo4j(t *testing.T) {
	cfg := testenv.Neo4j(t)
	storetest.LockNeo4j(t)
	drv, _ := testenv.Neo4jDriver(t)
	testenv.CleanNeo4j(t, drv, cfg.Database)
	env := map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.User, "NEO4J_PASSWORD": cfg.Password, "NEO4J_DATABASE": cfg.Database}

	code, stdout, stderr := run(t, env, "", "ingest", reports)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "Neo4j at "+cfg.URI) {
		t.Errorf("summary = %q", stdout)
	}
	code, stdout, _ = run(t, env, "", "ingest", reports)
	if code != 0 || !strings.Contains(stdout, " 0 new,") {
		t.Errorf("re-ingest into Neo4j must change nothing: %q", stdout)
	}

	bad := map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.User, "NEO4J_PASSWORD": "wrong-" + cfg.Password}
	code, _, stderr = run(t, bad, "", "ingest", reports)
	if code != 1 || !strings.Contains(stderr, "refused the credentials") || strings.Contains(stderr, "wrong-"+cfg.Password) {
		t.Errorf("wrong password: exit %d, %q", code, stderr)
	}
	code, _, stderr = run(t, nil, "", "ingest", "--neo4j", "bolt://127.0.0.1:1", reports)
	if code != 1 || !strings.Contains(stderr, "cannot reach Neo4j") {
		t.Errorf("unreachable: exit %d, %q", code, stderr)
	}
}

// serve starts `dipgraph serve` and returns its URL and a stop function
// that waits for it to end.
func serve(t *testing.T, env map[string]string, args ...string) (string, func() string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	urls := make(chan string, 1)
	var errb syncBuffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &errb,
		Getenv: func(k string) string { return env[k] }, onListen: func(u string) { urls <- u }}
	done := make(chan int, 1)
	go func() { done <- m.Main(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)) }()
	select {
	case u := <-urls:
		return u, func() string {
			cancel()
			if code := <-done; code != 0 {
				t.Errorf("serve exited %d: %s", code, errb.String())
			}
			return errb.String()
		}
	case code := <-done:
		cancel()
		t.Fatalf("serve exited %d before listening: %s", code, errb.String())
	case <-time.After(time.Minute):
		cancel()
		t.Fatalf("serve did not listen within a minute: %s", errb.String())
	}
	return "", nil
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// gqlPost sends one GraphQL request and decodes the answer.
func gqlPost(t *testing.T, url, token, query string) map[string]any {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	req, _ := http.NewRequest("POST", url+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST /query: %v", err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("decode answer: %v", err)
	}
	return out
}

func totalCount(t *testing.T, ans map[string]any) int {
	t.Helper()
	d, _ := ans["data"].(map[string]any)
	ms, _ := d["meetings"].(map[string]any)
	n, ok := ms["totalCount"].(float64)
	if !ok {
		t.Fatalf("no totalCount in %v", ans)
	}
	return int(n)
}

// TestServe: with no flags, serve answers from the sample corpus, serves
// the IDE, the dashboard and /healthz; an ingest through the mutation
// survives a restart on the same data folder.
func TestServe(t *testing.T) {
	data := t.TempDir()
	env := map[string]string{"DIPGRAPH_DATA": data, "DIPGRAPH_INGEST_TOKEN": "s3cret"}
	url, stop := serve(t, env)
	for _, p := range []string{"/", "/dashboard/", "/healthz"} {
		resp, err := http.Get(url + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("GET %s: %d", p, resp.StatusCode)
		}
	}
	q := `{ meetings(filter: {country: "UZ"}) { totalCount edges { node { participants { leader { name } country { code name nameEn } } } } } }`
	ans := gqlPost(t, url, "", q)
	if totalCount(t, ans) == 0 {
		t.Fatalf("the sample corpus has a meeting with UZ: %v", ans)
	}
	if !strings.Contains(mustJSON(ans), `"name":"乌兹别克斯坦"`) || !strings.Contains(mustJSON(ans), `"nameEn":"Uzbekistan"`) {
		t.Errorf("country names missing: %s", mustJSON(ans))
	}

	const mut = `mutation { ingest(text: "新华社北京3月5日电 国家主席习近平5日在人民大会堂会见法国总统马克龙。", date: "2024-03-05") { created unchanged } }`
	if ans := gqlPost(t, url, "wrong", mut); ans["errors"] == nil {
		t.Errorf("ingest with a wrong token was accepted: %v", ans)
	}
	if ans := gqlPost(t, url, "s3cret", mut); mustJSON(ans) != `{"data":{"ingest":{"created":1,"unchanged":0}}}` {
		t.Errorf("ingest = %s", mustJSON(ans))
	}
	stop()

	url, stop = serve(t, env)
	defer stop()
	if n := totalCount(t, gqlPost(t, url, "", `{ meetings(filter: {country: "FR"}) { totalCount } }`)); n != 1 {
		t.Errorf("after a restart the ingested meeting with FR: %d, want 1", n)
	}
	if n := totalCount(t, gqlPost(t, url, "", `{ meetings(filter: {country: "UZ"}) { totalCount } }`)); n == 0 {
		t.Errorf("after a restart the sample corpus is gone")
	}
}

func TestServeCorpus(t *testing.T) {
	url, stop := serve(t, nil, "--memory", "--corpus", reports)
	defer stop()
	if n := totalCount(t, gqlPost(t, url, "", `{ meetings(filter: {leader: "李克强"}) { totalCount } }`)); n == 0 {
		t.Errorf("--corpus reports: no meeting of 李克强")
	}
	// Without a token, ingest is refused.
	if ans := gqlPost(t, url, "x", `mutation { ingest(text: "x") { created } }`); ans["errors"] == nil {
		t.Errorf("ingest without a configured token was accepted")
	}
}

func TestServeBadFlags(t *testing.T) {
	if code, _, stderr := run(t, nil, "", "serve", "--memory", "--addr", "256.0.0.1:99999"); code != 1 || !strings.Contains(stderr, "listen") {
		t.Errorf("bad address: exit %d %q", code, stderr)
	}
	if code, _, stderr := run(t, nil, "", "serve", "--memory", "extra"); code != 1 || !strings.Contains(stderr, "no arguments") {
		t.Errorf("argument: exit %d %q", code, stderr)
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestEvalConsistency(t *testing.T) {
	// synthetic: a headline whose guest the body does not name.
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("习近平会见米尔济约耶夫\n新华社北京9月2日电 国家主席习近平2日在北京人民大会堂会见哈萨克斯坦总统托卡耶夫。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, nil, "", "eval", "--consistency", "--date", "2025-09-03", bad)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "disagreement rate 1.000") || !strings.Contains(stdout, "米尔济约耶夫") {
		t.Errorf("want one disagreement naming the headline's guest: %s", stdout)
	}
	code, _, stderr = run(t, nil, "", "eval", "--consistency", "--gold", "x.json", bad)
	if code == 0 || !strings.Contains(stderr, "no --gold") {
		t.Errorf("--consistency with --gold: exit %d, %s", code, stderr)
	}
}

func TestEvalLeavesOutSyntheticRows(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{seed, "../../testdata/gold/seed.gold.json", filepath.Join(reports, "001_xi_trump_phone_2025.gold.json")} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The second row pairs the seed page with another report's gold: it
	// scores low, and counts only when synthetic rows are asked for.
	rows := filepath.Base(seed) + "\tseed.gold.json\t\toriginal\n" +
		filepath.Base(seed) + "\t001_xi_trump_phone_2025.gold.json\t\tsynthetic\n"
	if err := os.WriteFile(filepath.Join(dir, "variants.tsv"), []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run(t, nil, "", "eval", "--min-f1", "0.9", "--gold", dir); code != 0 {
		t.Errorf("without the synthetic row: exit %d, %s", code, stderr)
	}
	if code, _, _ := run(t, nil, "", "eval", "--synthetic", "--min-f1", "0.9", "--gold", dir); code != 1 {
		t.Errorf("with the synthetic row: exit %d, want 1", code)
	}
}

// TestEvalMatchSelectsRows: --match scores only the rows of a gold folder
// whose text file name matches (a held-out round of testdata/reports).
func TestEvalMatchSelectsRows(t *testing.T) {
	dir := t.TempDir()
	copyTo := func(src, name string) {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyTo(seed, "a_seed.txt")
	copyTo(seed, "b_seed.txt")
	copyTo("../../testdata/gold/seed.gold.json", "seed.gold.json")
	copyTo(filepath.Join(reports, "001_xi_trump_phone_2025.gold.json"), "other.gold.json")
	// Row b pairs the seed page with another report's gold: it scores low.
	rows := "a_seed.txt\tseed.gold.json\t\toriginal\nb_seed.txt\tother.gold.json\t\toriginal\n"
	if err := os.WriteFile(filepath.Join(dir, "variants.tsv"), []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, match string
		code        int
		stderr      string
	}{
		{"the good row only", "^a_", 0, ""},
		{"the bad row only", "^b_", 1, "F1 under"},
		{"no row", "^z", 1, "no row matches"},
		{"bad regexp", "(", 1, "--match"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := run(t, nil, "", "eval", "--errors=false", "--min-f1", "0.9", "--match", tc.match, "--gold", dir)
			if code != tc.code || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("exit %d (want %d), stderr %q (want %q)", code, tc.code, stderr, tc.stderr)
			}
		})
	}
	if code, _, stderr := run(t, nil, "", "eval", "--match", "x", "--gold", filepath.Join(dir, "seed.gold.json"), seed); code != 1 || !strings.Contains(stderr, "gold folder") {
		t.Errorf("--match with a gold file: exit %d, %q", code, stderr)
	}
}
