// Package deploytest checks the delivery files that no Docker engine here can
// run: docker-compose.yml names the services, ports, health check, volumes
// and environment that the README promises, .env.example defines what the
// compose file requires, and the Dockerfile builds dipgraph with the same
// `make build` command that CI runs.
package deploytest
