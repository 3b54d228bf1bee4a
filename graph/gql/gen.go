// Package gql is dipgraph's GraphQL endpoint (schema.graphql) over a
// graph.Store: gqlgen's executor with hand-written resolvers, per-request
// dataloaders over the store's batch methods, query limits, error codes,
// bearer-token ingest and review, and automatic persisted queries, as one
// handler (NewHandler). The HTTP server around it (routes, CORS, body
// limits, timeouts, the result cache, metrics, health, the IDE and the
// dashboard) is graph/httpapi.
package gql

//go:generate go run github.com/99designs/gqlgen generate
