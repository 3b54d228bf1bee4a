package gql_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/dipgraph/dipgraph/graph/gql"
	"github.com/dipgraph/dipgraph/graph/gql/gqltest"
)

// TestWritesDisabledSaysHowToEnable: on a server started without an
// ingest token, ingest and reviewFact are refused with one message that
// says what to do (start the server with --ingest-token), code FORBIDDEN
// and reason WRITES_DISABLED, with or without a bearer token, and
// without the operation's name repeated in the message.
func TestWritesDisabledSaysHowToEnable(t *testing.T) {
	h := gql.NewHandler(fixtureStore(t), gql.Config{Logger: quiet, Extract: gqltest.FakeExtract})
	for _, c := range []struct {
		name, query string
		vars        []client.Option
	}{
		{"ingest", `mutation($t: String!) { ingest(text: $t) { created } }`, []client.Option{client.Var("t", "新华社北京9月5日电 习近平会见来宾。")}},
		{"reviewFact", `mutation { reviewFact(id: "f_x", decision: ACCEPTED, reviewer: "ana") { id } }`, nil},
	} {
		for _, auth := range []string{"", "Bearer anything"} {
			t.Run(c.name+"/"+map[bool]string{true: "no token", false: "a token"}[auth == ""], func(t *testing.T) {
				opts := c.vars
				if auth != "" {
					opts = append(opts[:len(opts):len(opts)], client.AddHeader("Authorization", auth))
				}
				r := gqltest.WantError(t, h, c.query, gql.CodeForbidden, opts...)
				e := r.Errors[0]
				if e.Message != gql.MsgWritesDisabled {
					t.Errorf("message %q, want %q", e.Message, gql.MsgWritesDisabled)
				}
				if !strings.Contains(e.Message, "--ingest-token") || strings.Contains(e.Message, "ingest ingest") {
					t.Errorf("message %q does not say how to enable writes", e.Message)
				}
				if e.Extensions["reason"] != gql.ReasonWritesDisabled {
					t.Errorf("extensions %v, want reason %s", e.Extensions, gql.ReasonWritesDisabled)
				}
				if !reflect.DeepEqual(e.Path, []any{c.name}) {
					t.Errorf("path %v, want [%s]", e.Path, c.name)
				}
			})
		}
	}
}
