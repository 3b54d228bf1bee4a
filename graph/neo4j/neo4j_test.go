package neo4j_test

import (
	"context"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// openStore opens the test server's database, emptied, and closes it at
// the end of the test.
func openStore(t testing.TB) *neo4j.Store {
	t.Helper()
	cfg := serverConfig(t)
	storetest.LockNeo4j(t)
	ctx := context.Background()
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open Neo4j: %v", err)
	}
	if err := s.Reset(ctx); err != nil {
		t.Fatalf("empty Neo4j: %v", err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) graph.Store { return openStore(t) })
}

// The Neo4j store answers exactly as the embedded one on a generated
// corpus with merges.
func TestSameAsMem(t *testing.T) {
	ctx := context.Background()
	docs := storetest.GenDocuments(600, 5)
	m := mem.New()
	if _, err := m.Ingest(ctx, docs); err != nil {
		t.Fatal(err)
	}
	n := openStore(t)
	res, err := n.Ingest(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	if res.MeetingsMerged == 0 {
		t.Fatalf("no merges in the generated corpus: %+v", res)
	}
	want, err := storetest.Dump(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := storetest.Dump(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("Neo4j and mem differ:\n%s", firstDiff(want, got))
	}
	// Filtered pages, counterparts and paths agree too.
	qs := []graph.MeetingQuery{
		{Filter: graph.MeetingFilter{Country: "RU"}, Page: graph.Page{First: 7}},
		{Filter: graph.MeetingFilter{Leader: "李强", From: "2017-01-01", To: "2020-12-31"}},
		{Filter: graph.MeetingFilter{AgreementDomain: "海关", Kind: graph.KindTalks}},
		{Filter: graph.MeetingFilter{Initiative: "全球发展倡议"}, Page: graph.Page{First: 3}},
	}
	mp, err := m.SearchMeetings(ctx, qs)
	if err != nil {
		t.Fatal(err)
	}
	np, err := n.SearchMeetings(ctx, qs)
	if err != nil {
		t.Fatal(err)
	}
	for i := range qs {
		if fmt.Sprint(meetingIDs(mp[i])) != fmt.Sprint(meetingIDs(np[i])) || mp[i].TotalCount != np[i].TotalCount || mp[i].HasNextPage != np[i].HasNextPage {
			t.Errorf("query %+v: mem %v (%d), neo4j %v (%d)", qs[i].Filter, meetingIDs(mp[i]), mp[i].TotalCount, meetingIDs(np[i]), np[i].TotalCount)
		}
		if mp[i].HasNextPage {
			q := []graph.MeetingQuery{{Filter: qs[i].Filter, Page: graph.Page{First: qs[i].Page.First, After: mp[i].Cursors[len(mp[i].Cursors)-1]}}}
			a, _ := m.SearchMeetings(ctx, q)
			b, err := n.SearchMeetings(ctx, q)
			if err != nil || fmt.Sprint(meetingIDs(a[0])) != fmt.Sprint(meetingIDs(b[0])) {
				t.Errorf("query %+v, page 2: mem %v, neo4j %v (%v)", qs[i].Filter, meetingIDs(a[0]), meetingIDs(b[0]), err)
			}
		}
	}
	// Searches agree hit for hit, scores and order included, page by page.
	for _, text := range []string{"李强", "会见", "海关", "会见 总统", "人民大会堂", "俄罗斯", "习"} {
		after := ""
		for page := 0; page < 3; page++ {
			q := graph.SearchQuery{Text: text, Page: graph.Page{First: 25, After: after}}
			a, err := m.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			b, err := n.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(searchKeys(a)) != fmt.Sprint(searchKeys(b)) || a.TotalCount != b.TotalCount || a.HasNextPage != b.HasNextPage {
				t.Errorf("Search(%q) page %d: mem %v (%d), neo4j %v (%d)", text, page, searchKeys(a), a.TotalCount, searchKeys(b), b.TotalCount)
			}
			if page == 0 && a.TotalCount == 0 {
				t.Errorf("Search(%q): no hit in the generated corpus", text)
			}
			if !a.HasNextPage {
				break
			}
			after = a.Cursors[len(a.Cursors)-1]
		}
	}
	pairs := [][2]graph.NodeRef{
		{storetest.C("RU"), storetest.C("BR")},
		{storetest.L("赵乐际"), storetest.I("全球文明倡议")},
		{storetest.C("UZ"), storetest.L("王小洪")},
	}
	for _, p := range pairs {
		a, err := m.ShortestPath(ctx, p[0], p[1])
		if err != nil {
			t.Fatal(err)
		}
		b, err := n.ShortestPath(ctx, p[0], p[1])
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("ShortestPath(%v, %v): mem %v, neo4j %v", p[0], p[1], a, b)
		}
	}
}

func meetingIDs(p graph.MeetingPage) []string {
	var out []string
	for _, m := range p.Meetings {
		out = append(out, m.ID)
	}
	return out
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, x, y)
		}
	}
	return ""
}

func TestOpenErrors(t *testing.T) {
	cfg := serverConfig(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	bad := cfg
	bad.Password = "not-the-password-Zq8"
	_, err := neo4j.Open(ctx, bad)
	if graph.KindOf(err) != graph.Unauthorized {
		t.Errorf("wrong password: %v (kind %v), want unauthorized", err, graph.KindOf(err))
	}
	if err != nil && strings.Contains(err.Error(), bad.Password) {
		t.Errorf("error leaks the password: %v", err)
	}

	// A port where nothing listens.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	down := cfg
	down.URI = "bolt://" + addr
	short, cancel2 := context.WithTimeout(ctx, 10*time.Second)
	defer cancel2()
	_, err = neo4j.Open(short, down)
	if graph.KindOf(err) != graph.Unavailable {
		t.Errorf("unreachable server: %v (kind %v), want unavailable", err, graph.KindOf(err))
	}
	if err != nil && (cfg.Password != "" && strings.Contains(err.Error(), cfg.Password)) {
		t.Errorf("error leaks the password: %v", err)
	}
	withPass := cfg
	withPass.URI = "bolt://neo4j:s3cr3t-in-uri@" + addr
	_, err = neo4j.Open(short, withPass)
	if err == nil || strings.Contains(err.Error(), "s3cr3t-in-uri") {
		t.Errorf("password in the URI leaked or no error: %v", err)
	}

	if _, err := neo4j.Open(ctx, neo4j.Config{}); graph.KindOf(err) != graph.Invalid {
		t.Errorf("no URI: %v, want invalid", err)
	}
}

// A batch that fails midway leaves nothing of it behind, and the next
// ingest stores it whole.
func TestBatchAtomic(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	docs := storetest.GenDocuments(40, 9)
	if _, err := s.Ingest(ctx, docs[:10]); err != nil {
		t.Fatal(err)
	}
	before, err := storetest.Dump(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	s.SetFailAfter(5) // after meetings, reports and some participations
	if _, err := s.Ingest(ctx, docs); err == nil {
		t.Fatal("ingest with an injected failure succeeded")
	}
	s.SetFailAfter(0)
	if after, _ := storetest.Dump(ctx, s); after != before {
		t.Errorf("a failed batch left traces:\n%s", firstDiff(before, after))
	}
	res, err := s.Ingest(ctx, docs)
	if err != nil || res.Created != 30 || res.Unchanged != 10 {
		t.Errorf("ingest after failure = %+v, %v", res, err)
	}
	m := mem.New()
	m.Ingest(ctx, docs)
	want, _ := storetest.Dump(ctx, m)
	if got, _ := storetest.Dump(ctx, s); got != want {
		t.Errorf("after a failed batch and a retry the graph differs from mem:\n%s", firstDiff(want, got))
	}
}

// Concurrent batches with overlapping articles and meetings end as one
// serial ingest: each article counted created once, every report merged.
func TestConcurrentIngest(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	docs := storetest.GenDocuments(400, 13)
	const workers = 4
	errs := make(chan error, workers)
	created := make(chan int, workers)
	for w := 0; w < workers; w++ {
		go func(w int) {
			n := 0
			// Each worker offers every document, in its own order and batches.
			for k := 0; k < len(docs); k += 25 {
				lo := (k + w*100) % len(docs)
				res, err := s.Ingest(ctx, docs[lo:min(lo+25, len(docs))])
				if err != nil {
					errs <- err
					return
				}
				n += res.Created
			}
			errs <- nil
			created <- n
		}(w)
	}
	total := 0
	for w := 0; w < workers; w++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
		total += <-created
	}
	if total != len(docs) {
		t.Errorf("%d articles counted created by concurrent ingests, want %d", total, len(docs))
	}
	m := mem.New()
	m.Ingest(ctx, docs)
	want, _ := storetest.Dump(ctx, m)
	got, err := storetest.Dump(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("concurrent ingest differs from serial:\n%s", firstDiff(want, got))
	}
}

// Small batches in reverse order: meetings merge across batches, and the
// leaders' attributes are kept up to date incrementally; the graph must
// still equal mem's.
func TestSameAsMemSmallBatches(t *testing.T) {
	ctx := context.Background()
	docs := storetest.GenDocuments(500, 17)
	m := mem.New()
	if _, err := m.Ingest(ctx, docs); err != nil {
		t.Fatal(err)
	}
	openStore(t) // empties the database and holds the test lock
	cfg := serverConfig(t)
	cfg.BatchSize = 7
	n, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close(ctx)
	merged := 0
	for hi := len(docs); hi > 0; hi -= 30 {
		res, err := n.Ingest(ctx, docs[max(0, hi-30):hi])
		if err != nil {
			t.Fatal(err)
		}
		merged += res.MeetingsMerged
	}
	if merged == 0 {
		t.Fatal("no merges")
	}
	want, _ := storetest.Dump(ctx, m)
	got, err := storetest.Dump(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("Neo4j (small batches, reverse order) and mem differ:\n%s", firstDiff(want, got))
	}
}

// searchKeys lists a page's hits with their scores.
func searchKeys(p graph.SearchPage) []string {
	var out []string
	for _, h := range p.Hits {
		out = append(out, fmt.Sprintf("%s:%s:%.4f", h.Kind, h.Key, h.Score))
	}
	return out
}
