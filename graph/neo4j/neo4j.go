// Package neo4j is the Neo4j graph.Store (github.com/neo4j/neo4j-go-driver/v5).
//
// The model (docs/graph-model.md) reads naturally in Neo4j Browser:
// (:Leader)-[:HOSTED|GUEST_AT|ATTENDED]->(:Meeting)-[:REPORTED_IN]->(:Article),
// (:Leader)-[:SERVES]->(:Country)-[:SUPPORTS]->(:Initiative),
// (:Meeting)-[:SIGNED]->(:AgreementDomain), (:Meeting)-[:MENTIONS]->(:Initiative),
// (:Meeting)-[:COOPERATION_IN]->(:Area), (:Leader)-[:PROPOSED]->(:Initiative).
//
// Writes are batched (UNWIND of parameter lists), one managed transaction
// (with the driver's retries) per batch of documents, MERGE on stable ids,
// so that a batch is stored whole or not at all and re-ingest changes
// nothing. Reads answer exactly as graph/mem: the merge of several
// reports of one meeting is graph.MergeMeetings in both, and the merged
// meeting is kept on its node (property doc, JSON) next to the
// properties and relationships that queries filter on. All Cypher is
// parameterised; labels and relationship types come from constants.
package neo4j

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/dipgraph/dipgraph/graph"
)

// Config says how to reach Neo4j.
type Config struct {
	URI      string // bolt://localhost:7687, neo4j://…
	Username string
	Password string
	Database string // "" for the server's default database
	// BatchSize is the number of documents written per transaction
	// (default DefaultBatchSize).
	BatchSize int
	// VersionRefresh is how often the graph's version (see version.go)
	// is read from Neo4j once Version has been asked for, that is how
	// soon writes by other dipgraph processes are seen by a result cache;
	// 0 means DefaultVersionRefresh, negative never (only this store's
	// own writes move the version).
	VersionRefresh time.Duration
	// MaxRetryTime bounds the driver's retries of one transaction
	// (a dead connection, a server that went away); 0 means
	// DefaultMaxRetryTime. Past it the operation fails as Unavailable.
	MaxRetryTime time.Duration
}

// DefaultMaxRetryTime is how long a transaction is retried while Neo4j
// does not answer (the driver's own default is 30 s, so that an ingest
// against a server gone for good took that long per batch to fail).
const DefaultMaxRetryTime = 10 * time.Second

// DefaultBatchSize is the number of documents per write transaction.
const DefaultBatchSize = 250

// Store is the Neo4j graph.Store.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config

	failAfter int // tests: fail a write transaction after this many statements

	docs *docCache // decoded meeting documents
	ver  versioner // graph.Versioned
}

var _ graph.Store = (*Store)(nil)

// Open connects to Neo4j, verifies connectivity and credentials, and
// creates the constraints and indexes (IF NOT EXISTS). An unreachable
// server is a graph.Unavailable error, refused credentials a
// graph.Unauthorized one; messages never contain the password.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, graph.E("neo4j.open", graph.Invalid, errors.New("no Neo4j URI"))
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	if cfg.VersionRefresh == 0 {
		cfg.VersionRefresh = DefaultVersionRefresh
	}
	if cfg.MaxRetryTime <= 0 {
		cfg.MaxRetryTime = DefaultMaxRetryTime
	}
	uri := redact(cfg.URI)
	if err := credentialsFromURI(&cfg); err != nil {
		return nil, graph.E("neo4j.open", graph.Invalid, fmt.Errorf("Neo4j URI %s: %w", uri, err))
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""),
		func(c *config.Config) {
			c.MaxConnectionPoolSize = 16
			c.MaxTransactionRetryTime = cfg.MaxRetryTime
		})
	if err != nil {
		return nil, graph.E("neo4j.open", graph.Invalid, fmt.Errorf("Neo4j URI %s: %s", uri, scrub(err, cfg.Password)))
	}
	s := &Store{driver: d, cfg: cfg, docs: newDocCache()}
	if err := verify(ctx, d); err != nil {
		go d.Close(context.Background())
		return nil, s.classify("neo4j.open", fmt.Sprintf("connect to Neo4j at %s", uri), err)
	}
	if err := s.createSchema(ctx); err != nil {
		d.Close(ctx)
		return nil, err
	}
	if err := s.backfillSearch(ctx); err != nil {
		d.Close(ctx)
		return nil, err
	}
	return s, nil
}

// DefaultUser is the user when neither the URI nor the config names one.
const DefaultUser = "neo4j"

// credentialsFromURI moves a user and password written in cfg.URI
// (bolt://user:pass@host) into cfg, leaving the URI without them; a user
// or password given both ways, differently, is an error. With no user at
// all the user is DefaultUser.
func credentialsFromURI(cfg *Config) error {
	u, err := url.Parse(cfg.URI)
	if err == nil && u.User != nil {
		user := u.User.Username()
		pass, hasPass := u.User.Password()
		if cfg.Username != "" && user != "" && cfg.Username != user {
			return fmt.Errorf("user %q in the URI and %q given apart (NEO4J_USERNAME): give one", user, cfg.Username)
		}
		if hasPass && cfg.Password != "" && cfg.Password != pass {
			return errors.New("a password in the URI and another given apart (NEO4J_PASSWORD): give one")
		}
		if user != "" {
			cfg.Username = user
		}
		if hasPass {
			cfg.Password = pass
		}
		u.User = nil
		cfg.URI = u.String()
	}
	if cfg.Username == "" {
		cfg.Username = DefaultUser
	}
	return nil
}

// ConnectTimeout bounds Open's first contact with the server: a port
// that accepts TCP but does not answer the Bolt handshake fails after it.
const ConnectTimeout = 30 * time.Second

// verify checks connectivity within ConnectTimeout, returning as soon as
// ctx ends (a signal): the driver does not watch ctx while it waits for a
// handshake, so the check runs aside and is given up on.
func verify(ctx context.Context, d neo4j.DriverWithContext) error {
	ctx, cancel := context.WithTimeout(ctx, ConnectTimeout)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- d.VerifyConnectivity(ctx) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return &neo4j.ConnectivityError{Inner: fmt.Errorf("no Bolt answer within %v", ConnectTimeout)}
		}
		return ctx.Err()
	}
}

// redact removes a password from a URI's user info.
// Redact returns uri with a password written into it hidden, for messages.
func Redact(uri string) string { return redact(uri) }

func redact(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.User == nil {
		return uri
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// scrub returns err's message with the password removed.
func scrub(err error, password string) string {
	msg := err.Error()
	if password != "" {
		msg = strings.ReplaceAll(msg, password, "xxxxx")
	}
	return msg
}

// classify wraps a driver error with its graph.Kind.
func (s *Store) classify(op, what string, err error) error {
	if err == nil {
		return nil
	}
	var ge *graph.Error
	if errors.As(err, &ge) {
		return err
	}
	kind := graph.Other
	var nerr *neo4j.Neo4jError
	var authErr *neo4j.InvalidAuthenticationError
	var tokenErr *neo4j.TokenExpiredError
	switch {
	case errors.As(err, &authErr), errors.As(err, &tokenErr):
		kind = graph.Unauthorized
	case errors.As(err, &nerr):
		switch {
		case nerr.IsAuthenticationFailed(), strings.HasPrefix(nerr.Code, "Neo.ClientError.Security."):
			kind = graph.Unauthorized
		case nerr.Code == "Neo.ClientError.Database.DatabaseNotFound":
			kind = graph.Invalid
		case nerr.IsRetriable(), strings.HasPrefix(nerr.Code, "Neo.TransientError."):
			kind = graph.Unavailable
		case strings.HasPrefix(nerr.Code, "Neo.ClientError."):
			kind = graph.Internal // our Cypher or data was refused: a bug
		default:
			kind = graph.Unavailable
		}
	case neo4j.IsConnectivityError(err), neo4j.IsTransactionExecutionLimit(err),
		errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		kind = graph.Unavailable
	case neo4j.IsUsageError(err):
		kind = graph.Internal
	}
	msg := scrub(err, s.cfg.Password)
	switch kind {
	case graph.Unauthorized:
		msg = fmt.Sprintf("Neo4j refused the credentials of user %q: %s", s.cfg.Username, msg)
	case graph.Unavailable:
		msg = "Neo4j is unavailable: " + msg
	}
	return graph.E(op, kind, fmt.Errorf("%s: %s", what, msg))
}

var schema = []string{
	"CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:" + labelMeeting + ") REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT leader_name IF NOT EXISTS FOR (n:" + labelLeader + ") REQUIRE n.name IS UNIQUE",
	"CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:" + labelCountry + ") REQUIRE n.code IS UNIQUE",
	"CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:" + labelArticle + ") REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT initiative_name IF NOT EXISTS FOR (n:" + labelInitiative + ") REQUIRE n.name IS UNIQUE",
	"CREATE CONSTRAINT domain_name IF NOT EXISTS FOR (n:" + labelDomain + ") REQUIRE n.name IS UNIQUE",
	"CREATE CONSTRAINT area_name IF NOT EXISTS FOR (n:" + labelArea + ") REQUIRE n.name IS UNIQUE",
	"CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:" + labelMeta + ") REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT review_fact IF NOT EXISTS FOR (n:" + labelReview + ") REQUIRE n.factId IS UNIQUE",
	"CREATE INDEX meeting_date IF NOT EXISTS FOR (n:" + labelMeeting + ") ON (n.date)",
	"CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:" + labelMeeting + ") ON (n.kind)",
	"CREATE INDEX meeting_min_confidence IF NOT EXISTS FOR (n:" + labelMeeting + ") ON (n.minConfidence)",
	"CREATE INDEX article_date IF NOT EXISTS FOR (n:" + labelArticle + ") ON (n.date)",
	"CREATE INDEX leader_country IF NOT EXISTS FOR (n:" + labelLeader + ") ON (n.country)",
	"CREATE INDEX leader_id IF NOT EXISTS FOR (n:" + labelLeader + ") ON (n.id)",
}

func (s *Store) createSchema(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	for _, q := range schema {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return s.classify("neo4j.schema", "create constraints and indexes", err)
		}
	}
	if res, err := sess.Run(ctx, stSearchIndex, nil); err != nil {
		return s.classify("neo4j.schema", "create the full-text index", err)
	} else if _, err := res.Consume(ctx); err != nil {
		return s.classify("neo4j.schema", "create the full-text index", err)
	}
	// Wait for the indexes, so that the first queries use them.
	res, err := sess.Run(ctx, "CALL db.awaitIndexes(60)", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return s.classify("neo4j.schema", "await indexes", err)
	}
	return nil
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: s.cfg.Database})
}

// Ping implements graph.Store.
func (s *Store) Ping(ctx context.Context) error {
	return s.classify("neo4j.ping", "ping", s.driver.VerifyConnectivity(ctx))
}

// Close implements graph.Store. It moves the version, so that nothing
// answered before is served as the answer of a closed store.
func (s *Store) Close(ctx context.Context) error {
	s.ver.close()
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("neo4j: close driver: %w", err)
	}
	return nil
}

// Reset deletes every node and relationship of the database. Tests and
// benchmarks use it to start from an empty graph.
func (s *Store) Reset(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	s.ver.changed() // the version node went too: its next epoch is another
	return s.classify("neo4j.reset", "delete the graph", err)
}

// read runs work in a managed read transaction.
func read[T any](ctx context.Context, s *Store, op string, work func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	v, err := neo4j.ExecuteRead(ctx, sess, work)
	if err != nil {
		var zero T
		return zero, s.classify(op, op, err)
	}
	return v, nil
}

// query runs one read statement in an auto-commit transaction and
// returns its records: one round trip where a managed transaction takes
// three (BEGIN, RUN, COMMIT; a small lookup answers in half the time).
// Like a managed transaction it retries what the driver calls retryable
// (a dead pooled connection, a leader switch), a few times within ctx.
func query(ctx context.Context, s *Store, op, q string, params map[string]any) ([]*neo4j.Record, error) {
	var err error
	for attempt := range readAttempts {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return nil, s.classify(op, op, errors.Join(err, ctx.Err()))
			case <-time.After(time.Duration(attempt*attempt) * 50 * time.Millisecond):
			}
		}
		var recs []*neo4j.Record
		if recs, err = runOnce(ctx, s, q, params); err == nil {
			return recs, nil
		}
		if !neo4j.IsRetryable(err) {
			break
		}
	}
	return nil, s.classify(op, op, err)
}

// readAttempts bounds the tries of one auto-commit read.
const readAttempts = 4

func runOnce(ctx context.Context, s *Store, q string, params map[string]any) ([]*neo4j.Record, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// collect runs one query in tx and returns its records.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}
