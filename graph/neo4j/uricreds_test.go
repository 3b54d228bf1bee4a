package neo4j_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/neo4j"
	"github.com/dipgraph/dipgraph/graph/storetest"
)

// TestCredentialsInURI: a user and password written in the URI
// (bolt://user:pass@host) are used; a user given both in the URI and in
// the config differently is refused with a message; with no user at all
// the user is neo4j.
func TestCredentialsInURI(t *testing.T) {
	cfg := serverConfig(t)
	storetest.LockNeo4j(t)
	if cfg.Password == "none" || cfg.Username != "neo4j" {
		t.Skip("needs the neo4j user with a password")
	}
	ctx := context.Background()
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword(cfg.Username, cfg.Password)
	withCreds := u.String()

	s, err := neo4j.Open(ctx, neo4j.Config{URI: withCreds, Database: cfg.Database})
	if err != nil {
		t.Fatalf("credentials in the URI: %v", err)
	}
	s.Close(ctx)
	if strings.Contains(err2str(err), cfg.Password) {
		t.Errorf("message shows the password")
	}

	s, err = neo4j.Open(ctx, neo4j.Config{URI: cfg.URI, Password: cfg.Password, Database: cfg.Database})
	if err != nil {
		t.Fatalf("no user: want neo4j, got %v", err)
	}
	s.Close(ctx)

	_, err = neo4j.Open(ctx, neo4j.Config{URI: withCreds, Username: "someone", Password: "x", Database: cfg.Database})
	if err == nil || graph.KindOf(err) != graph.Invalid || strings.Contains(err.Error(), cfg.Password) {
		t.Errorf("two different users: %v", err)
	}
}

func err2str(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
