package gql

import (
	"context"
	"strconv"
	"strings"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/gql/internal/exec"
)

// Partial dates, where a year came from, and an article's provenance
// (schema.graphql: Meeting.datePrecision…, Article.url…, Query.dateCounts).

func (r meetingResolver) DatePrecision(ctx context.Context, m *graph.Meeting) (exec.DatePrecision, error) {
	return exec.DatePrecision(m.DatePrecision()), nil
}
func (r meetingResolver) PartialDate(ctx context.Context, m *graph.Meeting) (*string, error) {
	return opt(m.PartialDate), nil
}
func (r meetingResolver) Month(ctx context.Context, m *graph.Meeting) (*int, error) {
	mo, _ := monthDay(m.Date, m.PartialDate)
	return optInt(mo), nil
}
func (r meetingResolver) Day(ctx context.Context, m *graph.Meeting) (*int, error) {
	_, d := monthDay(m.Date, m.PartialDate)
	return optInt(d), nil
}
func (r meetingResolver) YearSource(ctx context.Context, m *graph.Meeting) (*string, error) {
	return opt(m.YearSource), nil
}

func (r articleResolver) DatePrecision(ctx context.Context, a *graph.Article) (exec.DatePrecision, error) {
	return exec.DatePrecision(graph.DatePrecision(a.Date, a.PartialDate)), nil
}
func (r articleResolver) PartialDate(ctx context.Context, a *graph.Article) (*string, error) {
	return opt(a.PartialDate), nil
}
func (r articleResolver) URL(ctx context.Context, a *graph.Article) (*string, error) {
	return opt(a.URL), nil
}
func (r articleResolver) File(ctx context.Context, a *graph.Article) (*string, error) {
	return opt(a.File), nil
}
func (r articleResolver) Published(ctx context.Context, a *graph.Article) (*string, error) {
	return opt(a.Published), nil
}
func (r articleResolver) Site(ctx context.Context, a *graph.Article) (*string, error) {
	return opt(a.Site), nil
}
func (r articleResolver) YearSource(ctx context.Context, a *graph.Article) (*string, error) {
	return opt(a.YearSource), nil
}

// DateCounts sums the store's timeline without date bounds by how much of
// the dates is known (graph.TimelineBucket: "YYYY-MM", "--MM", "").
func (r queryResolver) DateCounts(ctx context.Context, country *string, leader *string) (*exec.DateCounts, error) {
	name, err := r.canonicalLeader(ctx, deref(leader))
	if err != nil {
		return nil, err
	}
	ts, err := r.loadersFor(ctx).timelines.Load(ctx, graph.TimelineQuery{Country: strings.ToUpper(deref(country)), Leader: name})
	if err != nil {
		return nil, err
	}
	out := &exec.DateCounts{PartialMonths: []*graph.TimelineBucket{}}
	for i, b := range ts {
		switch {
		case b.Month == "":
			out.Undated += b.Count
		case strings.HasPrefix(b.Month, "--"):
			out.PartiallyDated += b.Count
			out.PartialMonths = append(out.PartialMonths, &ts[i])
		default:
			out.Dated += b.Count
		}
	}
	return out, nil
}

// monthBuckets keeps the buckets of full months ("YYYY-MM") of a timeline.
func monthBuckets(ts []graph.TimelineBucket) []*graph.TimelineBucket {
	out := make([]*graph.TimelineBucket, 0, len(ts))
	for i := range ts {
		if len(ts[i].Month) == len("2006-01") && !strings.HasPrefix(ts[i].Month, "--") {
			out = append(out, &ts[i])
		}
	}
	return out
}

// monthDay reads the month and day of an ISO date or a partial "--MM-DD".
func monthDay(date, partial string) (int, int) {
	s := partial
	if date != "" {
		s = date[min(4, len(date)):]
	}
	s = strings.TrimPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	mo, d, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0
	}
	m, err1 := strconv.Atoi(mo)
	dd, err2 := strconv.Atoi(d)
	if err1 != nil || err2 != nil {
		return 0, 0
	}
	return m, dd
}

func optInt(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}
