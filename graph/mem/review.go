package mem

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/dipgraph/dipgraph/graph"
)

// ReviewsFile holds the review decisions of a data folder, one JSON
// graph.Decision per line, each line fsynced before Review returns. A torn
// last line (a crash mid-write) is dropped at start.
const ReviewsFile = "reviews.jsonl"

// reviews are the decisions by fact id, apart from the graph so that they
// survive re-ingest.
type reviews struct {
	mu   sync.Mutex
	byID map[string]graph.Decision
	f    *os.File // nil for a store in memory only
}

func openReviews(dir string) (*reviews, error) {
	r := &reviews{byID: map[string]graph.Decision{}}
	if dir == "" {
		return r, nil
	}
	path := filepath.Join(dir, ReviewsFile)
	b, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("mem: read %s: %w", path, err)
	}
	good := 0
	for off := 0; off < len(b); {
		nl := bytes.IndexByte(b[off:], '\n')
		if nl < 0 {
			break // torn last line
		}
		var d graph.Decision
		if err := json.Unmarshal(b[off:off+nl], &d); err != nil {
			if off+nl+1 == len(b) {
				break // torn last line
			}
			return nil, fmt.Errorf("mem: %s: corrupt decision at offset %d: %w", path, off, err)
		}
		r.byID[d.FactID] = d
		off += nl + 1
		good = off
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("mem: open %s: %w", path, err)
	}
	if err := f.Truncate(int64(good)); err != nil {
		f.Close()
		return nil, fmt.Errorf("mem: drop torn tail of %s: %w", path, err)
	}
	if _, err := f.Seek(int64(good), 0); err != nil {
		f.Close()
		return nil, err
	}
	r.f = f
	return r, nil
}

func (r *reviews) record(d graph.Decision) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.f != nil {
		line, err := json.Marshal(d)
		if err != nil {
			return err
		}
		w := bufio.NewWriter(r.f)
		w.Write(line)
		w.WriteByte('\n')
		if err := w.Flush(); err != nil {
			return err
		}
		if err := r.f.Sync(); err != nil {
			return err
		}
	}
	r.byID[d.FactID] = d
	return nil
}

func (r *reviews) snapshot() map[string]graph.Decision {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[string]graph.Decision, len(r.byID))
	for k, v := range r.byID {
		out[k] = v
	}
	return out
}

func (r *reviews) close() error {
	if r == nil || r.f == nil {
		return nil
	}
	return r.f.Close()
}

// allMeetings lists every merged meeting; the caller holds the read lock.
func (s *Store) allMeetings() []*graph.Meeting {
	out := make([]*graph.Meeting, 0, len(s.meetings))
	for _, m := range s.meetings {
		out = append(out, m)
	}
	return out
}

// ReviewQueue implements graph.Store.
func (s *Store) ReviewQueue(ctx context.Context, q graph.ReviewQuery) (graph.ReviewPage, error) {
	var page graph.ReviewPage
	err := s.read("mem.reviewQueue", func() error {
		var err error
		page, err = graph.PageReview(graph.ReviewFacts(s.allMeetings(), q.Threshold), s.reviews.snapshot(), q)
		return err
	})
	return page, err
}

// Review implements graph.Store.
func (s *Store) Review(ctx context.Context, d graph.Decision) (graph.ReviewItem, error) {
	if err := d.Check(time.Now()); err != nil {
		return graph.ReviewItem{}, err
	}
	var it graph.ReviewItem
	err := s.read("mem.review", func() error {
		var ok bool
		it, ok = graph.KnownFact(s.allMeetings(), d.FactID)
		if !ok {
			return graph.E("mem.review", graph.NotFound, fmt.Errorf("no fact %q", d.FactID))
		}
		return nil
	})
	if err != nil {
		return graph.ReviewItem{}, err
	}
	if err := s.reviews.record(d); err != nil {
		return graph.ReviewItem{}, graph.E("mem.review", graph.Unavailable, fmt.Errorf("write decision: %w", err))
	}
	s.version.Add(1) // the review queue's answers changed
	it.Status, it.Reviewer, it.At = d.Status, d.Reviewer, d.At
	return it, nil
}
