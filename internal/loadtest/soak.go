package loadtest

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
	"time"
)

// IngestMutation is the contract's ingest mutation, asking for what the
// soak needs to find the ingested facts again.
const IngestMutation = `mutation Ingest($text: String!, $date: Date, $source: String) {
  ingest(text: $text, date: $date, source: $source) {
    created unchanged
    articles { id meetings { id } }
  }
}`

// IngestTimeout is how long the soak's ingester waits for one ingest.
const IngestTimeout = 2 * time.Minute

// MeetingByID fetches one meeting; null when the store does not have it.
const MeetingByID = `query MeetingByID($id: ID!) { meeting(id: $id) { id } }`

// Text is one text to ingest.
type Text struct {
	Text, Date, Source string
}

// SoakConfig configures the reliability run.
type SoakConfig struct {
	Config
	Queries []Query // the read mix the clients send
	Token   string  // bearer token of the ingest mutation
	// Texts yields the i-th text to ingest; ok false when there are no more.
	Texts func(i int) (Text, bool)
	// IngestPause is the pause between two ingests of the ingester.
	IngestPause time.Duration
}

// SoakResult is the outcome of a soak.
type SoakResult struct {
	Load            Result  `json:"load"`
	IngestsSent     int     `json:"ingests_sent"`
	IngestsAccepted int     `json:"ingests_accepted"`
	IngestsFailed   int     `json:"ingests_failed"`
	IngestP50ms     float64 `json:"ingest_p50_ms"`
	IngestP99ms     float64 `json:"ingest_p99_ms"`
	MeetingsChecked int     `json:"meetings_checked"`
	MeetingsLost    int     `json:"meetings_lost"`
	// AcceptedNoMeetings counts accepted ingests whose extraction found no
	// meeting (nothing to look up afterwards but the article).
	AcceptedNoMeetings int      `json:"accepted_no_meetings"`
	LostIDs            []string `json:"lost_ids,omitempty"`
	FirstIngestErr     string   `json:"first_ingest_error,omitempty"`
}

type ingestAnswer struct {
	Ingest struct {
		Created   int `json:"created"`
		Unchanged int `json:"unchanged"`
		Articles  []struct {
			ID       string `json:"id"`
			Meetings []struct {
				ID string `json:"id"`
			} `json:"meetings"`
		} `json:"articles"`
	} `json:"ingest"`
}

// Soak runs the read clients and one ingester side by side for the
// duration, then looks up every meeting of every accepted ingest.
func Soak(ctx context.Context, cfg SoakConfig) (SoakResult, error) {
	var out SoakResult
	if err := cfg.defaults(); err != nil {
		return out, err
	}
	if len(cfg.Queries) == 0 {
		return out, fmt.Errorf("loadtest: soak needs queries")
	}
	client := NewClient(cfg.URL, cfg.Clients+1, cfg.Timeout)
	defer client.HTTP.CloseIdleConnections()
	// An ingest that the client gave up on proves nothing either way: the
	// ingester waits as long as it takes (its latency is reported).
	ingHTTP := *client.HTTP
	ingHTTP.Timeout = max(cfg.Timeout, IngestTimeout)
	ing := &Client{URL: cfg.URL, Token: cfg.Token, HTTP: &ingHTTP}

	var (
		wg        sync.WaitGroup
		meetings  []string
		ingestLat []time.Duration
	)
	ictx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ictx.Err() == nil; i++ {
			t, ok := cfg.Texts(i)
			if !ok {
				return
			}
			vars := map[string]any{"text": t.Text}
			if t.Date != "" {
				vars["date"] = t.Date
			}
			if t.Source != "" {
				vars["source"] = t.Source
			}
			t0 := time.Now()
			var r Response
			// The ingest runs to completion even if the run ends meanwhile:
			// an ingest cut off half-way would prove nothing.
			_, err := ing.Do(context.WithoutCancel(ctx), IngestMutation, vars, &r)
			ingestLat = append(ingestLat, time.Since(t0))
			out.IngestsSent++
			if err != nil {
				out.IngestsFailed++
				if out.FirstIngestErr == "" {
					out.FirstIngestErr = err.Error()
				}
			} else {
				var a ingestAnswer
				if err := json.Unmarshal(r.Data, &a); err != nil || len(a.Ingest.Articles) == 0 {
					out.IngestsFailed++
					if out.FirstIngestErr == "" {
						out.FirstIngestErr = fmt.Sprintf("ingest answer without articles: %s", r.Data)
					}
				} else {
					out.IngestsAccepted++
					n := 0
					for _, art := range a.Ingest.Articles {
						for _, m := range art.Meetings {
							meetings = append(meetings, m.ID)
							n++
						}
					}
					if n == 0 {
						out.AcceptedNoMeetings++
					}
				}
			}
			if cfg.IngestPause > 0 {
				select {
				case <-ictx.Done():
				case <-time.After(cfg.IngestPause):
				}
			}
		}
	}()
	load, err := run(ctx, cfg.Config, client, cfg.Queries)
	wg.Wait()
	if err != nil {
		return out, err
	}
	out.Load = load
	out.Load.Name = "soak"
	sort.Slice(ingestLat, func(i, j int) bool { return ingestLat[i] < ingestLat[j] })
	out.IngestP50ms = ms(Percentile(ingestLat, 0.5))
	out.IngestP99ms = ms(Percentile(ingestLat, 0.99))

	// Every accepted ingest must be queryable now.
	seen := map[string]bool{}
	for _, id := range meetings {
		if seen[id] {
			continue
		}
		seen[id] = true
		out.MeetingsChecked++
		var r Response
		_, err := client.Do(ctx, MeetingByID, map[string]any{"id": id}, &r)
		var a struct {
			Meeting *struct{ ID string } `json:"meeting"`
		}
		if err == nil {
			err = json.Unmarshal(r.Data, &a)
		}
		if err != nil || a.Meeting == nil || a.Meeting.ID != id {
			out.MeetingsLost++
			if len(out.LostIDs) < 10 {
				out.LostIDs = append(out.LostIDs, id)
			}
		}
	}
	return out, nil
}
