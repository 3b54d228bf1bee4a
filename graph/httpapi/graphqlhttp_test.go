package httpapi_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/dipgraph/dipgraph/graph/httpapi"
)

// Status codes and bodies of /query follow GraphQL over HTTP (the draft
// specification, "Status Codes"): with application/json every
// well-formed request is answered 200, request errors included; with
// application/graphql-response+json a request error is a 400 without a
// data entry, and an executed operation is a 200 with one. These are the
// cases of the graphql-http package's server audit.
func TestGraphQLOverHTTPStatusCodes(t *testing.T) {
	h := httpapi.New(fixtureStore(t), httpapi.Config{Logger: quiet})
	const (
		asJSON     = "application/json"
		asResponse = "application/graphql-response+json"
	)
	cases := []struct {
		name, accept string
		query        string
		vars         map[string]any
		status       int
		data         bool // a data entry in the body
		errors       bool
	}{
		{"parse failure, json", asJSON, "{", nil, http.StatusOK, true, true},
		{"validation failure, json", asJSON, "{ 8f31403dfe404bccbb0e835f2629c6a7 }", nil, http.StatusOK, true, true},
		{"variable coercion failure, json", asJSON, `query($c: ID!) { country(code: $c) { name } }`, map[string]any{"c": []int{1}}, http.StatusOK, true, true},
		{"missing variable, json", asJSON, `query($c: ID!) { country(code: $c) { name } }`, nil, http.StatusOK, true, true},
		{"parse failure, graphql-response", asResponse, "{", nil, http.StatusBadRequest, false, true},
		{"validation failure, graphql-response", asResponse, "{ 8f31403dfe404bccbb0e835f2629c6a7 }", nil, http.StatusBadRequest, false, true},
		{"variable coercion failure, graphql-response", asResponse, `query($c: ID!) { country(code: $c) { name } }`, map[string]any{"c": []int{1}}, http.StatusBadRequest, false, true},
		{"field error, json", asJSON, `{ meetings(first: 1000) { totalCount } }`, nil, http.StatusOK, true, true},
		{"field error, graphql-response", asResponse, `{ meetings(first: 1000) { totalCount } }`, nil, http.StatusOK, true, true},
		{"success, json", asJSON, `{ __typename }`, nil, http.StatusOK, true, false},
		{"success, graphql-response", asResponse, `{ __typename }`, nil, http.StatusOK, true, false},
	}
	check := func(t *testing.T, w *httptest.ResponseRecorder, accept string, status int, data, errs bool) {
		t.Helper()
		var b map[string]json.RawMessage
		if err := json.Unmarshal(w.Body.Bytes(), &b); err != nil {
			t.Fatalf("body %q: %v", w.Body, err)
		}
		_, hasData := b["data"]
		_, hasErrors := b["errors"]
		if w.Code != status || hasData != data || hasErrors != errs {
			t.Errorf("%d, data %v, errors %v; want %d, %v, %v: %s", w.Code, hasData, hasErrors, status, data, errs, w.Body)
		}
		if ct := w.Header().Get("Content-Type"); ct != accept {
			t.Errorf("Content-Type %q, want %q", ct, accept)
		}
	}
	// Without a query the request is not a GraphQL-over-HTTP request: 400
	// whatever the media type (a persisted query's hash is a query).
	for _, accept := range []string{asJSON, asResponse} {
		t.Run("no query, "+accept, func(t *testing.T) {
			check(t, post(h, `{"qeury": "{ __typename }"}`, map[string]string{"Accept": accept}), accept, http.StatusBadRequest, false, true)
			req := httptest.NewRequest(http.MethodGet, "/query?qeury=x", nil)
			req.Header.Set("Accept", accept)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			check(t, w, accept, http.StatusBadRequest, false, true)
		})
	}
	for _, c := range cases {
		t.Run("POST "+c.name, func(t *testing.T) {
			w := post(h, body(t, map[string]any{"query": c.query, "variables": c.vars}), map[string]string{"Accept": c.accept})
			check(t, w, c.accept, c.status, c.data, c.errors)
		})
		t.Run("GET "+c.name, func(t *testing.T) {
			v := url.Values{"query": {c.query}}
			if c.vars != nil {
				v.Set("variables", body(t, c.vars))
			}
			req := httptest.NewRequest(http.MethodGet, "/query?"+v.Encode(), nil)
			req.Header.Set("Accept", c.accept)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			check(t, w, c.accept, c.status, c.data, c.errors)
		})
	}
}
