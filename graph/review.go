package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The review queue lists facts the extractor was unsure of (evidence with
// a confidence under a threshold) for an analyst to accept or reject.
// A fact is one evidence item of a meeting: (meeting, field, value). Its
// id is derived from those three, so a re-ingest of the same text, or a
// second report of the same meeting, finds the decision already taken.
// Decisions annotate facts; they do not hide rejected facts from the other
// queries (docs/lexicon.md explains why and what to do instead).

// ReviewStatus is the state of a fact in the review queue.
type ReviewStatus string

// Review statuses (the GraphQL enum ReviewStatus).
const (
	ReviewPending  ReviewStatus = "PENDING"
	ReviewAccepted ReviewStatus = "ACCEPTED"
	ReviewRejected ReviewStatus = "REJECTED"
)

// DefaultReviewThreshold is the confidence under which a fact is queued
// for review. This is its one definition: extraction gives each fact a
// confidence (extract/confidence.go) and knows nothing of the queue;
// the graph model and its stores own the queue and this default (serve
// --review-threshold and the reviewQueue query's threshold override it).
const DefaultReviewThreshold = 0.6

// FactID is the stable id of a fact: the same meeting, field and value
// always give the same id.
func FactID(meetingID, field, value string) string {
	h := sha256.Sum256([]byte(meetingID + "\x1f" + field + "\x1f" + value))
	return "f_" + hex.EncodeToString(h[:10])
}

// Decision is an analyst's verdict on a fact.
type Decision struct {
	FactID   string       `json:"factId"`
	Status   ReviewStatus `json:"status"` // ACCEPTED or REJECTED
	Reviewer string       `json:"reviewer"`
	At       string       `json:"at"` // RFC 3339, UTC; set by the store when empty
}

// Check validates a decision to record and fills At.
func (d *Decision) Check(now time.Time) error {
	if d.Status != ReviewAccepted && d.Status != ReviewRejected {
		return E("review", Invalid, fmt.Errorf("decision must be ACCEPTED or REJECTED, got %q", d.Status))
	}
	d.Reviewer = strings.TrimSpace(d.Reviewer)
	if d.Reviewer == "" {
		return E("review", Invalid, fmt.Errorf("reviewer must not be empty"))
	}
	if d.FactID == "" {
		return E("review", Invalid, fmt.Errorf("fact id must not be empty"))
	}
	if d.At == "" {
		d.At = now.UTC().Format(time.RFC3339)
	}
	return nil
}

// ReviewItem is one queued fact with its evidence and decision.
type ReviewItem struct {
	FactID    string
	MeetingID string
	Evidence  Evidence // Field, Value, sentence, ArticleID, Rule, Confidence
	Status    ReviewStatus
	Reviewer  string // "" while pending
	At        string
}

// ReviewQuery selects queued facts.
type ReviewQuery struct {
	Status    ReviewStatus // "" for every status
	Threshold float64      // 0 for DefaultReviewThreshold
	Page      Page
}

// ReviewPage is one page of the queue, lowest confidence first, then by
// fact id.
type ReviewPage struct {
	Items       []ReviewItem
	TotalCount  int
	HasNextPage bool
	Cursors     []string
}

// ReviewFacts lists the facts of ms under threshold (0 for the default),
// one item per fact id: the report with the lowest confidence wins, then
// the first article. Both stores build their queue with it.
func ReviewFacts(ms []*Meeting, threshold float64) map[string]ReviewItem {
	if threshold <= 0 {
		threshold = DefaultReviewThreshold
	}
	out := map[string]ReviewItem{}
	for _, m := range ms {
		if m == nil {
			continue
		}
		for _, ev := range m.Evidence {
			if ev.Confidence <= 0 || ev.Confidence >= threshold {
				continue
			}
			id := FactID(m.ID, ev.Field, ev.Value)
			cur, ok := out[id]
			if ok && (cur.Evidence.Confidence < ev.Confidence ||
				cur.Evidence.Confidence == ev.Confidence && cur.Evidence.ArticleID <= ev.ArticleID) {
				continue
			}
			out[id] = ReviewItem{FactID: id, MeetingID: m.ID, Evidence: ev, Status: ReviewPending}
		}
	}
	return out
}

// KnownFact reports whether some evidence of ms (at any confidence) is the
// fact id.
func KnownFact(ms []*Meeting, id string) (ReviewItem, bool) {
	for _, m := range ms {
		if m == nil {
			continue
		}
		for _, ev := range m.Evidence {
			if FactID(m.ID, ev.Field, ev.Value) == id {
				return ReviewItem{FactID: id, MeetingID: m.ID, Evidence: ev, Status: ReviewPending}, true
			}
		}
	}
	return ReviewItem{}, false
}

// PageReview applies decisions, the status filter and the page to the
// queued facts.
func PageReview(facts map[string]ReviewItem, decisions map[string]Decision, q ReviewQuery) (ReviewPage, error) {
	var page ReviewPage
	p, err := q.Page.Normalize()
	if err != nil {
		return page, err
	}
	switch q.Status {
	case "", ReviewPending, ReviewAccepted, ReviewRejected:
	default:
		return page, E("reviewQueue", Invalid, fmt.Errorf("unknown status %q", q.Status))
	}
	items := make([]ReviewItem, 0, len(facts))
	for _, it := range facts {
		if d, ok := decisions[it.FactID]; ok {
			it.Status, it.Reviewer, it.At = d.Status, d.Reviewer, d.At
		}
		if q.Status == "" || it.Status == q.Status {
			items = append(items, it)
		}
	}
	sort.Slice(items, func(i, j int) bool { return reviewLess(items[i], items[j]) })
	page.TotalCount = len(items)
	start := 0
	if p.After != "" {
		parts, err := DecodeCursor(p.After, 3)
		if err != nil || parts[0] != "r" {
			return ReviewPage{}, E("cursor", Invalid, fmt.Errorf("not a review cursor"))
		}
		conf, err := strconv.ParseFloat(parts[1], 64)
		if err != nil {
			return ReviewPage{}, E("cursor", Invalid, fmt.Errorf("malformed cursor"))
		}
		after := ReviewItem{FactID: parts[2], Evidence: Evidence{Confidence: conf}}
		start = sort.Search(len(items), func(i int) bool { return reviewLess(after, items[i]) })
	}
	end := min(len(items), start+p.First)
	page.Items = items[start:end]
	page.HasNextPage = end < len(items)
	for _, it := range page.Items {
		page.Cursors = append(page.Cursors, ReviewCursor(it))
	}
	return page, nil
}

// ReviewCursor is the cursor of an item of a ReviewPage.
func ReviewCursor(it ReviewItem) string {
	return EncodeCursor("r", strconv.FormatFloat(it.Evidence.Confidence, 'g', -1, 64), it.FactID)
}

func reviewLess(a, b ReviewItem) bool {
	if a.Evidence.Confidence != b.Evidence.Confidence {
		return a.Evidence.Confidence < b.Evidence.Confidence
	}
	return a.FactID < b.FactID
}
