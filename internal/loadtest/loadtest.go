// Package loadtest drives a dipgraph GraphQL endpoint with concurrent
// clients and measures latency and throughput; it also runs the
// benchmark's reliability soak (docs/BENCHMARKS.md): queries under load
// with a concurrent ingest through the ingest mutation, then a check that
// every accepted ingest is queryable. It only ever talks to loopback addresses: a load test here
// must never leave the machine.
package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"net/url"
	"sort"
	"sync"
	"time"
)

// Query is one GraphQL operation with the variable sets that clients
// rotate through (so that no single cached answer is measured).
type Query struct {
	Name  string           `json:"name"`
	Query string           `json:"query"`
	Vars  []map[string]any `json:"vars,omitempty"`
}

// Config of a load run.
type Config struct {
	URL      string        // GraphQL endpoint, e.g. http://127.0.0.1:8080/query
	Clients  int           // concurrent clients (default 32)
	Duration time.Duration // bounded duration (default 10 s)
	// MaxRequests bounds the total number of requests (0: no bound beyond
	// Duration).
	MaxRequests int64
	Timeout     time.Duration // per query request (default 15 s, past the server's own 10 s limit)
}

// Result of a load run.
type Result struct {
	Name      string  `json:"name"`
	Requests  int64   `json:"requests"`
	Errors    int64   `json:"errors"` // transport errors, non-200, or GraphQL errors
	Seconds   float64 `json:"seconds"`
	RPS       float64 `json:"rps"`
	P50ms     float64 `json:"p50_ms"`
	P90ms     float64 `json:"p90_ms"`
	P99ms     float64 `json:"p99_ms"`
	MaxMs     float64 `json:"max_ms"`
	FirstErr  string  `json:"first_error,omitempty"`
	BytesRecv int64   `json:"bytes_received"`
}

// CheckLoopback refuses any endpoint that is not on this machine's
// loopback (127.0.0.0/8, ::1, localhost).
func CheckLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("loadtest: bad url %q: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("loadtest: url %q: scheme must be http or https", raw)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("loadtest: refusing %q: load is only sent to loopback addresses", host)
	}
	return nil
}

func (c *Config) defaults() error {
	if c.Clients <= 0 {
		c.Clients = 32
	}
	if c.Duration <= 0 {
		c.Duration = 10 * time.Second
	}
	if c.Timeout <= 0 {
		c.Timeout = 15 * time.Second
	}
	return CheckLoopback(c.URL)
}

// Client posts GraphQL requests.
type Client struct {
	URL   string
	Token string // bearer token for the ingest mutation
	HTTP  *http.Client
}

// NewClient returns a client with a connection pool sized for n workers.
func NewClient(url string, n int, timeout time.Duration) *Client {
	tr := &http.Transport{
		MaxIdleConns:        n * 2,
		MaxIdleConnsPerHost: n * 2,
		IdleConnTimeout:     30 * time.Second,
		DisableCompression:  true,
	}
	return &Client{URL: url, HTTP: &http.Client{Transport: tr, Timeout: timeout}}
}

// Response is a GraphQL response.
type Response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// Err returns the first GraphQL error, if any.
func (r *Response) Err() error {
	if len(r.Errors) == 0 {
		return nil
	}
	code, _ := r.Errors[0].Extensions["code"].(string)
	if code != "" {
		return fmt.Errorf("graphql error %s: %s", code, r.Errors[0].Message)
	}
	return fmt.Errorf("graphql error: %s", r.Errors[0].Message)
}

// Do posts one operation and decodes the answer. It returns the number of
// body bytes received. A non-200 status or a GraphQL error is an error.
func (c *Client) Do(ctx context.Context, query string, vars map[string]any, out *Response) (int, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return 0, fmt.Errorf("encode request: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(body))
	if err != nil {
		return 0, fmt.Errorf("new request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return len(b), fmt.Errorf("read response: %w", err)
	}
	if err := json.Unmarshal(b, out); err != nil {
		return len(b), fmt.Errorf("status %d, undecodable body %.120q: %w", resp.StatusCode, b, err)
	}
	if err := out.Err(); err != nil {
		return len(b), fmt.Errorf("status %d: %w", resp.StatusCode, err)
	}
	if resp.StatusCode != http.StatusOK {
		return len(b), fmt.Errorf("status %d", resp.StatusCode)
	}
	if len(out.Data) == 0 || string(out.Data) == "null" {
		return len(b), errors.New("no data in response")
	}
	return len(b), nil
}

// Run sends q from cfg.Clients concurrent clients for cfg.Duration and
// measures every request.
func Run(ctx context.Context, cfg Config, q Query) (Result, error) {
	if err := cfg.defaults(); err != nil {
		return Result{}, err
	}
	client := NewClient(cfg.URL, cfg.Clients, cfg.Timeout)
	defer client.HTTP.CloseIdleConnections()
	return run(ctx, cfg, client, []Query{q})
}

// run is Run over a mix of queries (client i starts at query i mod len).
//
// Clients stop sending when the duration is up; requests in flight then
// run to completion (bounded by the per-request timeout) and count, so a
// server slower than the duration still shows its latency.
func run(ctx context.Context, cfg Config, client *Client, qs []Query) (Result, error) {
	deadline := time.Now().Add(cfg.Duration)
	var (
		mu       sync.Mutex
		lat      []time.Duration
		res      Result
		firstErr error
		issued   int64
	)
	res.Name = qs[0].Name
	start := time.Now()
	var wg sync.WaitGroup
	for w := range cfg.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var my []time.Duration
			var errs, nbytes int64
			var werr error
			for k := w; ; k++ {
				if ctx.Err() != nil || !time.Now().Before(deadline) {
					break
				}
				mu.Lock()
				if cfg.MaxRequests > 0 && issued >= cfg.MaxRequests {
					mu.Unlock()
					break
				}
				issued++
				mu.Unlock()
				q := qs[k%len(qs)]
				var vars map[string]any
				if len(q.Vars) > 0 {
					vars = q.Vars[(k/len(qs))%len(q.Vars)]
				}
				t0 := time.Now()
				var r Response
				n, err := client.Do(ctx, q.Query, vars, &r)
				d := time.Since(t0)
				if err != nil && ctx.Err() != nil {
					break // cancelled by the caller, not a failure
				}
				nbytes += int64(n)
				my = append(my, d)
				if err != nil {
					errs++
					if werr == nil {
						werr = fmt.Errorf("%s: %w", q.Name, err)
					}
				}
			}
			mu.Lock()
			lat = append(lat, my...)
			res.Errors += errs
			res.BytesRecv += nbytes
			if firstErr == nil && werr != nil {
				firstErr = werr
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	el := time.Since(start)
	res.Requests = int64(len(lat))
	res.Seconds = el.Seconds()
	if el > 0 {
		res.RPS = float64(res.Requests) / el.Seconds()
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	res.P50ms = ms(Percentile(lat, 0.50))
	res.P90ms = ms(Percentile(lat, 0.90))
	res.P99ms = ms(Percentile(lat, 0.99))
	if len(lat) > 0 {
		res.MaxMs = ms(lat[len(lat)-1])
	}
	if firstErr != nil {
		res.FirstErr = firstErr.Error()
	}
	return res, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// Percentile returns the p-quantile (0 < p ≤ 1) of sorted durations by
// the nearest-rank method; 0 for none.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p*float64(len(sorted)))) - 1
	if rank < 0 {
		rank = 0
	}
	if rank >= len(sorted) {
		rank = len(sorted) - 1
	}
	return sorted[rank]
}
