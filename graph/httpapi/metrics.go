package httpapi

import (
	"context"
	"net/http"
	"regexp"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's Prometheus metrics, in a registry of its own
// so that several servers (tests) never clash.
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	// resultCache counts queries answered from the result cache (hit)
	// or not (miss), for stores that have one.
	resultCache *prometheus.CounterVec

	mu    sync.Mutex
	names map[string]bool // operation names seen, to bound label cardinality
}

// maxOperationNames bounds the distinct operation labels; later names
// are counted as "other".
const maxOperationNames = 200

var operationName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

func newMetrics() *metrics {
	m := &metrics{reg: prometheus.NewRegistry(), names: map[string]bool{}}
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "dipgraph_graphql_requests_total",
		Help: "GraphQL operations by operation name and status (ok or error).",
	}, []string{"operation", "status"})
	m.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "dipgraph_graphql_request_duration_seconds",
		Help:    "GraphQL operation latency by operation name.",
		Buckets: []float64{.001, .0025, .005, .01, .02, .05, .1, .25, .5, 1, 2.5, 5, 10},
	}, []string{"operation"})
	m.resultCache = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "dipgraph_graphql_result_cache_total",
		Help: "Queries answered from the result cache (hit) or executed (miss), on stores that have one.",
	}, []string{"result"})
	m.reg.MustRegister(m.requests, m.latency, m.resultCache,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// label returns the metric label of an operation name.
func (m *metrics) label(name string) string {
	if name == "" {
		return "anonymous"
	}
	if !operationName.MatchString(name) {
		return "other"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.names[name] {
		if len(m.names) >= maxOperationNames {
			return "other"
		}
		m.names[name] = true
	}
	return name
}

// observe counts and times every GraphQL response.
func (m *metrics) observe(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	start := time.Now()
	resp := next(ctx)
	if graphql.HasOperationContext(ctx) {
		if oc := graphql.GetOperationContext(ctx); !oc.Stats.OperationStart.IsZero() {
			start = oc.Stats.OperationStart
		}
	}
	m.record(operationLabel(ctx), resp != nil && len(resp.Errors) == 0, start)
	return resp
}

// record counts and times one response of the named operation.
func (m *metrics) record(name string, ok bool, start time.Time) {
	status := "ok"
	if !ok {
		status = "error"
	}
	op := m.label(name)
	m.requests.WithLabelValues(op, status).Inc()
	m.latency.WithLabelValues(op).Observe(time.Since(start).Seconds())
}

// operationLabel is the name an operation is counted under: the name
// asked for, else the operation's own.
func operationLabel(ctx context.Context) string {
	if !graphql.HasOperationContext(ctx) {
		return ""
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.OperationName == "" && oc.Operation != nil {
		return oc.Operation.Name
	}
	return oc.OperationName
}
