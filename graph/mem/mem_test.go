package mem_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/mem"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) graph.Store {
		s := mem.New()
		t.Cleanup(func() { s.Close(context.Background()) })
		return s
	})
}

func TestConformanceJournalled(t *testing.T) {
	storetest.Run(t, func(t *testing.T) graph.Store {
		s, err := mem.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close(context.Background()) })
		return s
	})
}

// After a restart, a journalled store is exactly as it was.
func TestReopen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := mem.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	docs := storetest.Fixture()
	if _, err := s.Ingest(ctx, docs[:2]); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Ingest(ctx, docs[2:]); err != nil {
		t.Fatal(err)
	}
	want, err := storetest.Dump(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{}}); graph.KindOf(err) != graph.Unavailable {
		t.Errorf("query on a closed store: %v, want unavailable", err)
	}

	s2, err := mem.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close(ctx)
	got, err := storetest.Dump(ctx, s2)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("reopened store differs:\n got %s\nwant %s", got, want)
	}
	res, err := s2.Ingest(ctx, docs)
	if err != nil || res.Unchanged != 4 {
		t.Errorf("re-ingest after reopen = %+v, %v", res, err)
	}
}

func TestSecondOpenRefused(t *testing.T) {
	dir := t.TempDir()
	s, err := mem.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	if _, err := mem.Open(dir); err == nil {
		t.Fatal("a second Open of the same data folder succeeded")
	}
}

// A torn last record (a crash mid-write) is dropped; earlier records stay
// and new ones can be appended after it.
func TestTornTail(t *testing.T) {
	ctx := context.Background()
	docs := storetest.Fixture()
	for _, cut := range []int{1, 5, 8, 9, 40} {
		t.Run(fmt.Sprint("cut", cut), func(t *testing.T) {
			dir := t.TempDir()
			s, err := mem.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Ingest(ctx, docs[:1]); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, mem.JournalFile)
			fi, _ := os.Stat(path)
			good := fi.Size()
			if _, err := s.Ingest(ctx, docs[1:2]); err != nil {
				t.Fatal(err)
			}
			s.Close(ctx)
			fi, _ = os.Stat(path)
			if err := os.Truncate(path, good+int64(cut)); err != nil || good+int64(cut) >= fi.Size() {
				t.Fatalf("truncate: %v (sizes %d %d)", err, good, fi.Size())
			}

			s, err = mem.Open(dir)
			if err != nil {
				t.Fatalf("open after torn write: %v", err)
			}
			as, _ := s.ArticlesByID(ctx, []string{storetest.ArticleA1, storetest.ArticleA2})
			if as[0] == nil || as[1] != nil {
				t.Errorf("after torn write: a1 %v, a2 %v; want a1 only", as[0] != nil, as[1] != nil)
			}
			if fi, _ := os.Stat(path); fi.Size() != good {
				t.Errorf("torn tail not dropped: size %d, want %d", fi.Size(), good)
			}
			if _, err := s.Ingest(ctx, docs[1:]); err != nil {
				t.Fatal(err)
			}
			s.Close(ctx)
			s, err = mem.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close(ctx)
			p, _ := s.Articles(ctx, graph.Page{})
			if p.TotalCount != 4 {
				t.Errorf("%d articles after append past a dropped tail, want 4", p.TotalCount)
			}
		})
	}
}

// A bad record followed by good ones is corruption, not a torn write.
func TestCorruptMiddleRefused(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := mem.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	docs := storetest.Fixture()
	s.Ingest(ctx, docs[:1])
	s.Ingest(ctx, docs[1:2])
	s.Close(ctx)
	path := filepath.Join(dir, mem.JournalFile)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[20] ^= 0xff // inside the first record's payload
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if s, err := mem.Open(dir); err == nil {
		s.Close(ctx)
		t.Fatal("opened a journal with a corrupt record in the middle")
	}
}

// The SIGKILL test: a child process ingests documents one call at a time
// and prints the id of each acknowledged article; the parent kills it with
// SIGKILL in the middle, reopens the folder and checks that every
// acknowledged article is there, whole.
const childEnv = "DIPGRAPH_MEM_CHILD_DIR"

func TestMain(m *testing.M) {
	if dir := os.Getenv(childEnv); dir != "" {
		child(dir)
		return
	}
	os.Exit(m.Run())
}

func child(dir string) {
	s, err := mem.Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		docs := []graph.Document{storetest.GenDocument(2*i, 7), storetest.GenDocument(2*i+1, 7)}
		if _, err := s.Ingest(context.Background(), docs); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		fmt.Fprintf(out, "ack %d\n", i)
		out.Flush()
	}
}

func TestSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	ctx := context.Background()
	dir := t.TempDir()
	for round := 0; round < 3; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+dir)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		acked := -1
		sc := bufio.NewScanner(stdout)
		deadline := time.Now().Add(time.Duration(100+150*round) * time.Millisecond)
		for sc.Scan() {
			n, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "ack "))
			if err != nil {
				t.Fatalf("child said %q", sc.Text())
			}
			acked = n
			if time.Now().After(deadline) && acked >= 5 {
				break
			}
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		// Read what the child acknowledged before it died.
		for sc.Scan() {
			if n, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "ack ")); err == nil {
				acked = n
			}
		}
		werr := cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
			t.Fatalf("child did not die of SIGKILL: %v; stderr: %s", werr, stderr.String())
		}
		if acked < 0 {
			t.Fatalf("child acknowledged nothing; stderr: %s", stderr.String())
		}

		s, err := mem.Open(dir)
		if err != nil {
			t.Fatalf("round %d: reopen after SIGKILL: %v", round, err)
		}
		var ids []string
		for i := 0; i <= 2*acked+1; i++ {
			ids = append(ids, storetest.GenDocument(i, 7).Article.ID)
		}
		as, err := s.ArticlesByID(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range as {
			if a == nil {
				t.Fatalf("round %d: acknowledged article %d (%s) lost after SIGKILL", round, i, ids[i])
			}
			d := storetest.GenDocument(i, 7)
			if a.Text != d.Article.Text || len(a.MeetingIDs) != 1 {
				t.Fatalf("round %d: article %d changed: %+v", round, i, a)
			}
		}
		ms, err := s.MeetingsByID(ctx, []string{storetest.GenDocument(2*acked+1, 7).Meetings[0].ID})
		if err != nil || ms[0] == nil {
			t.Fatalf("round %d: meeting of the last acknowledged article missing: %v", round, err)
		}
		p, _ := s.Articles(ctx, graph.Page{})
		t.Logf("round %d: %d acknowledged calls, %d articles after reopen", round, acked+1, p.TotalCount)
		if p.TotalCount%2 != 0 {
			t.Errorf("round %d: %d articles: a call of 2 documents was stored in part", round, p.TotalCount)
		}
		s.Close(ctx)
	}
}

// Concurrent readers and writers (run with -race).
func TestConcurrent(t *testing.T) {
	ctx := context.Background()
	s := mem.New()
	defer s.Close(ctx)
	var wg sync.WaitGroup
	const writers, per = 4, 50
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				// Writers overlap: each document is offered by two writers.
				d := storetest.GenDocument((w*per+i)%(writers*per/2), 3)
				if _, err := s.Ingest(ctx, []graph.Document{d}); err != nil {
					t.Error(err)
					return
				}
			}
		}(w)
	}
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				if _, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{Filter: graph.MeetingFilter{Leader: "习近平"}}, {}}); err != nil {
					t.Error(err)
				}
				if _, err := s.Counterparts(ctx, []string{"习近平"}); err != nil {
					t.Error(err)
				}
				if _, err := s.Countries(ctx); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	p, err := s.Articles(ctx, graph.Page{})
	if err != nil {
		t.Fatal(err)
	}
	if p.TotalCount != writers*per/2 {
		t.Errorf("%d articles, want %d", p.TotalCount, writers*per/2)
	}
	// The same corpus ingested serially gives the same graph.
	serial := mem.New()
	serial.Ingest(ctx, storetest.GenDocuments(writers*per/2, 3))
	a, _ := storetest.Dump(ctx, s)
	b, _ := storetest.Dump(ctx, serial)
	if a != b {
		t.Error("concurrent ingest gave another graph than serial ingest")
	}
}

// The generated corpus: merged meetings and order independence at scale.
func TestGeneratedOrderIndependent(t *testing.T) {
	ctx := context.Background()
	docs := storetest.GenDocuments(2000, 11)
	fwd := mem.New()
	res, err := fwd.Ingest(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	if res.MeetingsMerged == 0 || res.Created != len(docs) {
		t.Fatalf("generated corpus: %+v; want merges", res)
	}
	rev := mem.New()
	for i := len(docs) - 1; i >= 0; i -= 100 {
		lo := max(0, i-99)
		if _, err := rev.Ingest(ctx, docs[lo:i+1]); err != nil {
			t.Fatal(err)
		}
	}
	a, _ := storetest.Dump(ctx, fwd)
	b, _ := storetest.Dump(ctx, rev)
	if a != b {
		t.Error("generated corpus: graph depends on ingest order")
	}
	// Filtered searches agree with a scan of all meetings.
	all, _ := fwd.SearchMeetings(ctx, []graph.MeetingQuery{{Page: graph.Page{First: 100}}})
	f := graph.MeetingFilter{Country: "UZ", From: "2016-01-01", To: "2019-12-31"}
	want := 0
	after := ""
	for {
		ps, _ := fwd.SearchMeetings(ctx, []graph.MeetingQuery{{Page: graph.Page{First: 100, After: after}}})
		for i, m := range ps[0].Meetings {
			uz := false
			for _, p := range m.Participants {
				uz = uz || p.Country == "UZ"
			}
			if uz && m.Date >= f.From && m.Date <= f.To {
				want++
			}
			after = ps[0].Cursors[i]
		}
		if !ps[0].HasNextPage {
			break
		}
	}
	got, _ := fwd.SearchMeetings(ctx, []graph.MeetingQuery{{Filter: f}})
	if got[0].TotalCount != want || want == 0 {
		t.Errorf("filtered count %d, scan %d", got[0].TotalCount, want)
	}
	if all[0].TotalCount == 0 || !reflect.DeepEqual(all[0].Cursors[0], graph.MeetingCursor(all[0].Meetings[0])) {
		t.Error("unexpected first page")
	}
}

func benchIngest(b *testing.B, n int) {
	ctx := context.Background()
	var live, peak uint64
	for i := 0; i < b.N; i++ {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		base := ms.HeapAlloc
		s := mem.New()
		// Documents are generated batch by batch and dropped after
		// ingest, as the extractor hands them over, so the heap measured
		// is the store's own.
		for lo := 0; lo < n; lo += 500 {
			docs := make([]graph.Document, 0, 500)
			for j := lo; j < min(lo+500, n); j++ {
				docs = append(docs, storetest.GenDocument(j, 1))
			}
			if _, err := s.Ingest(ctx, docs); err != nil {
				b.Fatal(err)
			}
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc-min(base, ms.HeapAlloc))
		}
		// Answer a query so that the sorted views are built too.
		if _, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{}}); err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&ms)
		live = max(live, ms.HeapAlloc-min(base, ms.HeapAlloc))
		runtime.KeepAlive(s)
	}
	b.ReportMetric(float64(live)/(1<<20), "live-MiB")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkIngest reports the live heap of the store (live-MiB, after GC),
// the largest heap seen during ingest (peak-heap-MiB, garbage included)
// with 10,000 and 100,000 generated documents, and the ingest rate.
func BenchmarkIngest(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) { benchIngest(b, n) })
	}
}

// The derived views (sorted index entries, counterparts, countries) are
// dropped when a batch is applied: a store that answered before a second
// batch answers after it as a store given both batches at once.
func TestViewsFollowIngest(t *testing.T) {
	ctx := context.Background()
	docs := storetest.GenDocuments(400, 3)
	ask := func(s *mem.Store) string {
		var b strings.Builder
		for _, f := range []graph.MeetingFilter{
			{}, {Country: "RU"}, {Country: "RU", From: "2016-01-01", To: "2020-12-31"}, {Kind: graph.KindTalks},
			{Leader: "习近平", From: "2018-01-01"}, {Initiative: "一带一路", To: "2019-06-30"}, {AgreementDomain: "海关", Country: "KZ"},
		} {
			ps, err := s.SearchMeetings(ctx, []graph.MeetingQuery{{Filter: f, Page: graph.Page{First: 7}}})
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%+v: %d %v", f, ps[0].TotalCount, ps[0].HasNextPage)
			for _, m := range ps[0].Meetings {
				fmt.Fprintf(&b, " %s/%s", m.ID, m.Date)
			}
			b.WriteString("\n")
		}
		cps, err := s.Counterparts(ctx, []string{"习近平", "李强"})
		if err != nil {
			t.Fatal(err)
		}
		cs, err := s.CountriesByCode(ctx, []string{"RU", "KZ", "CN"})
		if err != nil {
			t.Fatal(err)
		}
		as, err := s.Articles(ctx, graph.Page{First: 5})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%v\n", cps)
		for _, c := range cs {
			fmt.Fprintf(&b, "%+v\n", c)
		}
		fmt.Fprintf(&b, "%d", as.TotalCount)
		for _, a := range as.Articles {
			fmt.Fprintf(&b, " %s", a.ID)
		}
		return b.String()
	}
	twice := mem.New()
	if _, err := twice.Ingest(ctx, docs[:150]); err != nil {
		t.Fatal(err)
	}
	before := ask(twice)
	if _, err := twice.Ingest(ctx, docs[150:]); err != nil {
		t.Fatal(err)
	}
	once := mem.New()
	if _, err := once.Ingest(ctx, docs); err != nil {
		t.Fatal(err)
	}
	got, want := ask(twice), ask(once)
	if got != want {
		t.Errorf("after a second batch:\n%s\nwant\n%s", got, want)
	}
	if before == want {
		t.Error("the second batch changed no answer: the test proves nothing")
	}
}

// TestReopenKeepsLeaderNames: leaders' other names come back from the
// journal, and lookups by them work after a restart.
func TestReopenKeepsLeaderNames(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := mem.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Ingest(ctx, storetest.NameDocs()); err != nil {
		t.Fatal(err)
	}
	want, _ := storetest.Dump(ctx, s)
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}
	s2, err := mem.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close(ctx)
	if got, _ := storetest.Dump(ctx, s2); got != want {
		t.Errorf("reopened store differs:\n got %s\nwant %s", got, want)
	}
	ls, err := s2.LeadersByName(ctx, []string{"xi jinping", "習近平", "Shavkat Mirziyoyev"})
	if err != nil {
		t.Fatal(err)
	}
	if ls[0] == nil || ls[0].Name != "习近平" || ls[0].Pinyin != "Xi Jinping" || ls[1] == nil || ls[1].Name != "习近平" || ls[2] == nil || ls[2].Name != "米尔济约耶夫" {
		t.Errorf("after reopen: %+v %+v %+v", ls[0], ls[1], ls[2])
	}
}
