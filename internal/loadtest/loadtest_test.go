package loadtest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestCheckLoopback(t *testing.T) {
	for _, ok := range []string{"http://127.0.0.1:8080/query", "http://localhost/query", "http://[::1]:9/query", "http://127.3.2.1/"} {
		if err := CheckLoopback(ok); err != nil {
			t.Errorf("%s refused: %v", ok, err)
		}
	}
	for _, bad := range []string{"http://10.0.0.1/query", "http://192.168.1.2/", "http://example.com/query", "ftp://127.0.0.1/", "http://8.8.8.8/"} {
		if err := CheckLoopback(bad); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
	if _, err := Run(context.Background(), Config{URL: "http://10.1.2.3/query", Duration: time.Millisecond}, Query{Name: "q", Query: "{x}"}); err == nil {
		t.Error("Run accepted a non-loopback url")
	}
}

func TestPercentile(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	cases := []struct {
		p    float64
		want time.Duration
	}{{0.5, 50 * time.Millisecond}, {0.99, 99 * time.Millisecond}, {1, 100 * time.Millisecond}, {0.001, time.Millisecond}}
	for _, c := range cases {
		if got := Percentile(ds, c.p); got != c.want {
			t.Errorf("p%.3f = %v, want %v", c.p, got, c.want)
		}
	}
	if Percentile(nil, 0.5) != 0 {
		t.Error("percentile of nothing is not 0")
	}
}

// fakeServer answers "{ok}" queries, fails "{bad}" ones with a GraphQL
// error, and keeps ingested meetings; forget makes it drop every n-th.
type fakeServer struct {
	mu       sync.Mutex
	meetings map[string]bool
	n        int
	forget   int
	calls    atomic.Int64
	vars     sync.Map
}

func (f *fakeServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.calls.Add(1)
	var req struct {
		Query     string         `json:"query"`
		Variables map[string]any `json:"variables"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad", 400)
		return
	}
	if v, ok := req.Variables["code"]; ok {
		f.vars.Store(v, true)
	}
	w.Header().Set("Content-Type", "application/json")
	switch {
	case strings.Contains(req.Query, "ingest("):
		if r.Header.Get("Authorization") != "Bearer tok" {
			fmt.Fprint(w, `{"errors":[{"message":"forbidden","extensions":{"code":"FORBIDDEN"}}],"data":null}`)
			return
		}
		f.mu.Lock()
		f.n++
		id := fmt.Sprintf("m%d", f.n)
		if f.forget == 0 || f.n%f.forget != 0 {
			f.meetings[id] = true
		}
		f.mu.Unlock()
		fmt.Fprintf(w, `{"data":{"ingest":{"created":1,"unchanged":0,"articles":[{"id":"a%s","meetings":[{"id":"%s"}]}]}}}`, id, id)
	case strings.Contains(req.Query, "meeting(id"):
		id, _ := req.Variables["id"].(string)
		f.mu.Lock()
		ok := f.meetings[id]
		f.mu.Unlock()
		if ok {
			fmt.Fprintf(w, `{"data":{"meeting":{"id":"%s"}}}`, id)
		} else {
			fmt.Fprint(w, `{"data":{"meeting":null}}`)
		}
	case strings.Contains(req.Query, "{bad}"):
		fmt.Fprint(w, `{"errors":[{"message":"nope","extensions":{"code":"BAD_REQUEST"}}],"data":null}`)
	default:
		time.Sleep(time.Millisecond)
		fmt.Fprint(w, `{"data":{"ok":true}}`)
	}
}

func newFake(t *testing.T, forget int) (*fakeServer, string) {
	f := &fakeServer{meetings: map[string]bool{}, forget: forget}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv.URL + "/query"
}

func TestRunMeasures(t *testing.T) {
	f, url := newFake(t, 0)
	q := Query{Name: "ok", Query: "{ok}", Vars: []map[string]any{{"code": "UZ"}, {"code": "PK"}, {"code": "BR"}}}
	res, err := Run(context.Background(), Config{URL: url, Clients: 8, Duration: 300 * time.Millisecond}, q)
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests < 50 || res.Errors != 0 {
		t.Fatalf("requests %d errors %d (%s)", res.Requests, res.Errors, res.FirstErr)
	}
	if got := f.calls.Load(); got < res.Requests {
		t.Errorf("server saw %d calls, client counted %d", got, res.Requests)
	}
	if res.P50ms < 1 || res.P99ms < res.P50ms || res.MaxMs < res.P99ms || res.RPS <= 0 {
		t.Errorf("implausible stats %+v", res)
	}
	for _, c := range []string{"UZ", "PK", "BR"} {
		if _, ok := f.vars.Load(c); !ok {
			t.Errorf("variable set %s never sent", c)
		}
	}
}

func TestRunCountsErrorsAndBounds(t *testing.T) {
	_, url := newFake(t, 0)
	res, err := Run(context.Background(), Config{URL: url, Clients: 4, Duration: 5 * time.Second, MaxRequests: 40}, Query{Name: "bad", Query: "{bad}"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests != 40 || res.Errors != 40 {
		t.Fatalf("requests %d errors %d, want 40 and 40", res.Requests, res.Errors)
	}
	if !strings.Contains(res.FirstErr, "BAD_REQUEST") {
		t.Errorf("first error %q does not carry the code", res.FirstErr)
	}
}

func texts(i int) (Text, bool) {
	return Text{Text: fmt.Sprintf("新华社北京9月%d日电", i%28+1)}, i < 1000
}

func TestSoakFindsEveryIngest(t *testing.T) {
	_, url := newFake(t, 0)
	res, err := Soak(context.Background(), SoakConfig{
		Config:  Config{URL: url, Clients: 4, Duration: 300 * time.Millisecond},
		Queries: []Query{{Name: "ok", Query: "{ok}"}},
		Token:   "tok", Texts: texts,
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.IngestsAccepted == 0 || res.IngestsFailed != 0 || res.MeetingsLost != 0 || res.MeetingsChecked != res.IngestsAccepted {
		t.Fatalf("soak: %+v", res)
	}
	if res.Load.Requests == 0 || res.Load.Errors != 0 {
		t.Fatalf("soak load: %+v", res.Load)
	}
}

func TestSoakDetectsLoss(t *testing.T) {
	_, url := newFake(t, 3)
	res, err := Soak(context.Background(), SoakConfig{
		Config:  Config{URL: url, Clients: 2, Duration: 300 * time.Millisecond},
		Queries: []Query{{Name: "ok", Query: "{ok}"}},
		Token:   "tok", Texts: texts,
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.IngestsAccepted < 3 || res.MeetingsLost != res.IngestsAccepted/3 || len(res.LostIDs) == 0 {
		t.Fatalf("a server that drops every third ingest: %+v", res)
	}
}

func TestSoakWrongToken(t *testing.T) {
	_, url := newFake(t, 0)
	res, err := Soak(context.Background(), SoakConfig{
		Config:  Config{URL: url, Clients: 1, Duration: 100 * time.Millisecond},
		Queries: []Query{{Name: "ok", Query: "{ok}"}},
		Token:   "wrong", Texts: texts,
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.IngestsAccepted != 0 || res.IngestsFailed == 0 || !strings.Contains(res.FirstIngestErr, "FORBIDDEN") {
		t.Fatalf("wrong token: %+v", res)
	}
}

// A server slower than the run still has its requests measured: the
// requests in flight when the time is up complete and count.
func TestRunMeasuresSlowServer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(300 * time.Millisecond)
		fmt.Fprint(w, `{"data":{"ok":true}}`)
	}))
	defer srv.Close()
	res, err := Run(context.Background(), Config{URL: srv.URL + "/query", Clients: 3, Duration: 50 * time.Millisecond}, Query{Name: "slow", Query: "{ok}"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests != 3 || res.Errors != 0 || res.P50ms < 300 {
		t.Fatalf("slow server: %+v", res)
	}
}
