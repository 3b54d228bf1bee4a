package httpapi

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/http"
)

// Media types of GraphQL responses.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// overHTTP is the writer gqlgen answers /query through: it makes the
// status code and body follow GraphQL over HTTP (the draft specification
// of graphql.github.io/graphql-over-http, section "Status Codes") where
// gqlgen does not:
//
//   - application/json: a well-formed request whose document does not
//     parse, does not validate, names no operation or whose variables do
//     not coerce is answered 200 with the errors (the specification's
//     SHOULD: a client cannot tell a non-200 application/json body from
//     one written by a proxy), where gqlgen answers 422;
//   - application/graphql-response+json: such a request error is answered
//     400 without a data entry (the data entry says that execution
//     started), where gqlgen writes "data": null;
//   - a request without a query (nor a persisted query's hash) is not a
//     well-formed GraphQL-over-HTTP request: 400 for both media types.
//
// Requests that are not GraphQL at all (not JSON, no transport) are
// refused with 400 before gqlgen (badRequest), which the specification
// asks for both media types.
type overHTTP struct {
	http.ResponseWriter
	req  *http.Request
	held bool         // a request error in application/graphql-response+json: the body is rewritten
	body bytes.Buffer // the held body
}

// WriteHeader writes the status GraphQL over HTTP gives the answer.
func (w *overHTTP) WriteHeader(code int) {
	media := responseMedia(w.Header())
	if media == mediaJSON && code == http.StatusUnprocessableEntity {
		code = http.StatusOK
		if !hasQuery(w.req) {
			code = http.StatusBadRequest
		}
	}
	w.held = (media == mediaJSON || media == mediaGraphQLResponse) && code >= 400 && code < 500
	w.ResponseWriter.WriteHeader(code)
}

// Write passes b on, or holds it for finish.
func (w *overHTTP) Write(b []byte) (int, error) {
	if w.held {
		return w.body.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

// Flush flushes what is not held.
func (w *overHTTP) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); !w.held && ok {
		f.Flush()
	}
}

// finish writes a held body (a refused request's) without its data entry.
func (w *overHTTP) finish() {
	if !w.held {
		return
	}
	_, _ = w.ResponseWriter.Write(withoutNullData(w.body.Bytes()))
}

// withoutNullData drops a null data entry from a GraphQL response body
// that has errors; any other body is returned as it is.
func withoutNullData(b []byte) []byte {
	var resp map[string]json.RawMessage
	if err := json.Unmarshal(b, &resp); err != nil {
		return b
	}
	data, ok := resp["data"]
	if !ok || string(bytes.TrimSpace(data)) != "null" || len(resp["errors"]) == 0 {
		return b
	}
	delete(resp, "data")
	out, err := json.Marshal(resp)
	if err != nil {
		return b
	}
	return out
}

// hasQuery says whether a GraphQL request names a query: its text, or
// the hash of a persisted one (in extensions). It is asked only when
// gqlgen refused the request, so the body is decoded again only then.
func hasQuery(r *http.Request) bool {
	if r.Method == http.MethodGet {
		q := r.URL.Query()
		return q.Get("query") != "" || q.Get("extensions") != ""
	}
	body, _ := r.Context().Value(bodyKey{}).([]byte)
	var p struct {
		Query      *string
		Extensions map[string]json.RawMessage
	}
	if json.Unmarshal(body, &p) != nil {
		return true // gqlgen's own refusal stands
	}
	return p.Query != nil && *p.Query != "" || p.Extensions["persistedQuery"] != nil
}

// responseMedia is the media type of the response's Content-Type.
func responseMedia(h http.Header) string {
	mt, _, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		return ""
	}
	return mt
}
