#!/usr/bin/env bash
# scripts/test.sh [go test flags...] — the project's test command (`make test`).
#
# Starts the embedded Neo4j (scripts/neo4j start) unless it already runs,
# exports NEO4J_URI & co., runs `go test` over every package, and stops Neo4j
# again even on failure (only if this script started it).
#
# Neo4j Community has one user database, so packages whose tests use Neo4j
# (their _test.go files mention internal/testenv or NEO4J_URI) run one at a
# time (-p 1) after the other packages, which run in parallel.
#
# The test Neo4j's data is deleted by the tests. An NEO4J_URI already set in
# the environment is ignored (it might be a database you care about) unless
# DIPGRAPH_TEST_NEO4J=env.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

started=""
cleanup() {
	if [ -n "$started" ]; then scripts/neo4j stop || true; fi
}
trap cleanup EXIT

if [ "${DIPGRAPH_TEST_NEO4J:-}" = env ] && [ -n "${NEO4J_URI:-}" ]; then
	echo "test: using NEO4J_URI=$NEO4J_URI from the environment" >&2
else
	scripts/neo4j status >/dev/null 2>&1 || started=1
	eval "$(scripts/neo4j start)"
	export NEO4J_URI NEO4J_USERNAME NEO4J_PASSWORD NEO4J_DATABASE
fi

# Under CI no result comes from the test cache: every test talks to this Neo4j.
if [ "${CI:-}" = true ] || [ "${CI:-}" = 1 ]; then set -- -count=1 "$@"; fi

mapfile -t all < <(go list -f '{{.ImportPath}} {{.Dir}}' ./...)
neo=() other=()
for line in "${all[@]}"; do
	pkg="${line%% *}" dir="${line#* }"
	if compgen -G "$dir/*_test.go" >/dev/null &&
		grep -lqE 'internal/testenv|NEO4J_URI' "$dir"/*_test.go; then
		neo+=("$pkg")
	else
		other+=("$pkg")
	fi
done

rc=0
# Smoke test first, verbose, so the log shows which Neo4j the tests ran against.
go test -count=1 -v -run '^TestNeo4jIntegration$' ./internal/testenv || rc=$?
echo "test: ${#other[@]} packages in parallel, then ${#neo[@]} Neo4j packages one at a time (-p 1)" >&2
if [ ${#other[@]} -gt 0 ]; then
	go test "$@" "${other[@]}" || rc=$?
fi
if [ ${#neo[@]} -gt 0 ]; then
	go test -p 1 "$@" "${neo[@]}" || rc=$?
fi
exit "$rc"
