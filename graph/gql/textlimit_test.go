package gql_test

import (
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
	"github.com/dipgraph/dipgraph/graph/mem"
)

// TestFreeTextArgumentsAreBounded: a reviewer name, an outlet or any
// other short free-text argument over its limit is refused with
// BAD_USER_INPUT before anything is stored; ingest's text is bounded by
// the body size only.
func TestFreeTextArgumentsAreBounded(t *testing.T) {
	h := gql.NewHandler(mem.New(), gql.Config{Logger: quiet, IngestToken: "tok", Extract: gqltest.FakeExtract})
	auth := func(bd *client.Request) { bd.HTTP.Header.Set("Authorization", "Bearer tok") }
	long := strings.Repeat("审", 2000)
	gqltest.WantError(t, h, `mutation($r: String!) { reviewFact(id: "f1", decision: ACCEPTED, reviewer: $r) { status } }`,
		gql.CodeBadUserInput, client.Var("r", long), auth)
	gqltest.WantError(t, h, `mutation($s: String) { ingest(text: "习近平会见来宾甲。", source: $s) { created } }`,
		gql.CodeBadUserInput, client.Var("s", long), auth)
	gqltest.WantError(t, h, `query($n: String!) { leader(name: $n) { name } }`,
		gql.CodeBadUserInput, client.Var("n", strings.Repeat("名", 50000)))
	// Within the limits all is as before.
	var ok struct{ Ingest struct{ Created int } }
	gqltest.Query(t, h, `mutation { ingest(text: "习近平会见来宾甲。", source: "新华社") { created } }`, &ok, auth)
	if ok.Ingest.Created != 1 {
		t.Errorf("ingest: %+v", ok)
	}
}
