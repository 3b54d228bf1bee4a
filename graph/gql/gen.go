// Package gql serves dipgraph's GraphQL API (schema.graphql) over a
// graph.Store: gqlgen's executor with hand-written resolvers, per-request
// dataloaders over the store's batch methods, query limits, error codes,
// bearer-token ingest, automatic persisted queries, CORS, health, metrics
// and an offline GraphQL IDE.
package gql

//go:generate go run github.com/99designs/gqlgen generate
