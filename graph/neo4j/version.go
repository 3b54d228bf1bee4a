package neo4j

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/graph"
)

// The graph's version (graph.Versioned) lives in Neo4j as one node,
// (:DipgraphMeta {id: "graph", epoch, version}): every transaction in
// which dipgraph changes the graph (an ingest batch that writes
// anything, a review decision) increments version in that same
// transaction, so a committed change and its count are one. epoch is a
// random id given when the node is created: a graph wiped (node and all)
// and written again counts from 1 again under another epoch, so that an
// old count is never mistaken for a new one.
//
// The store's Version is a local counter that moves whenever the store
// learns of a change: at once after its own writes commit (an answer
// computed after Version was read sees them: read-your-writes within the
// process), and when a poll of the node, every Config.VersionRefresh,
// finds another (epoch, version) than last seen (writes by other dipgraph
// processes, a wipe) or fails. Writes made in Neo4j by other means, which
// leave the node alone, are never seen: a server in front of such writes
// should run with its result cache off.
const (
	labelMeta = "DipgraphMeta"
	metaID    = "graph"
)

// DefaultVersionRefresh is how often the store polls the version node
// once Version has been asked for.
const DefaultVersionRefresh = 500 * time.Millisecond

const bumpVersion = "MERGE (v:" + labelMeta + " {id: $metaId}) ON CREATE SET v.epoch = randomUUID(), v.version = 0 " +
	"SET v.version = v.version + 1 RETURN v.epoch AS epoch, v.version AS version"

const readVersion = "OPTIONAL MATCH (v:" + labelMeta + " {id: $metaId}) RETURN v.epoch AS epoch, v.version AS version"

// metaState is what the version node said (zero: no node, or unknown).
type metaState struct {
	epoch   string
	version int64
}

// versioner is the store's side of the version.
type versioner struct {
	local   atomic.Uint64
	polling atomic.Bool // start has returned

	mu      sync.Mutex
	seen    metaState
	started bool
	closed  bool
	stop    chan struct{}
	done    chan struct{}
}

var _ graph.Versioned = (*Store)(nil)

// Version implements graph.Versioned. The first call starts the poll of
// the version node (Config.VersionRefresh); it costs an atomic load.
func (s *Store) Version() uint64 {
	v := &s.ver
	if !v.polling.Load() {
		v.start(s)
	}
	return v.local.Load()
}

// start reads the version node once, then polls it in the background
// (once, and not after Close), so that the first answers are kept under
// a version that already knows the graph.
func (v *versioner) start(s *Store) {
	v.mu.Lock()
	if v.started || v.closed || s.cfg.VersionRefresh < 0 {
		v.started = true
		v.polling.Store(true)
		v.mu.Unlock()
		return
	}
	v.started = true
	stop, done := make(chan struct{}), make(chan struct{})
	v.stop, v.done = stop, done
	v.mu.Unlock()
	v.observe(s.readVersion(s.cfg.VersionRefresh))
	v.polling.Store(true)
	go v.poll(s, s.cfg.VersionRefresh, stop, done)
}

func (v *versioner) poll(s *Store, every time.Duration, stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		v.observe(s.readVersion(every))
	}
}

// observe records a poll: the local version moves when the node changed
// since last seen, and when it could not be read (nothing is known).
func (v *versioner) observe(st metaState, err error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if err != nil {
		v.seen = metaState{}
		v.local.Add(1)
		return
	}
	if st != v.seen {
		v.seen = st
		v.local.Add(1)
	}
}

// wrote records a committed write of this store: st is the node as that
// write left it. Every change committed before it is seen by any read
// that starts after, so the poll need not report it again.
func (v *versioner) wrote(st metaState) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.seen = st
	v.local.Add(1)
}

// changed moves the local version without a known state (Reset, Close).
func (v *versioner) changed() {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.seen = metaState{}
	v.local.Add(1)
}

// close stops the poll and moves the version.
func (v *versioner) close() {
	v.mu.Lock()
	stop, done := v.stop, v.done
	v.stop, v.done, v.closed = nil, nil, true
	v.seen = metaState{}
	v.local.Add(1)
	v.mu.Unlock()
	if stop != nil {
		close(stop)
		<-done
	}
}

// readVersion reads the version node, within a time limit of the
// refresh interval (a second at least).
func (s *Store) readVersion(every time.Duration) (metaState, error) {
	ctx, cancel := context.WithTimeout(context.Background(), max(every, time.Second))
	defer cancel()
	recs, err := query(ctx, s, "neo4j.version", readVersion, map[string]any{"metaId": metaID})
	if err != nil || len(recs) == 0 {
		return metaState{}, err
	}
	return metaFrom(recs[0]), nil
}

// bump increments the version node inside a write transaction.
func bump(ctx context.Context, tx neo4j.ManagedTransaction) (metaState, error) {
	res, err := tx.Run(ctx, bumpVersion, map[string]any{"metaId": metaID})
	if err != nil {
		return metaState{}, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return metaState{}, err
	}
	return metaFrom(rec), nil
}

func metaFrom(rec *neo4j.Record) metaState {
	var st metaState
	if e, ok := rec.Get("epoch"); ok {
		st.epoch, _ = e.(string)
	}
	if n, ok := rec.Get("version"); ok {
		st.version, _ = n.(int64)
	}
	return st
}
