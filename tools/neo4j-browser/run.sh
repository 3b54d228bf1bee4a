#!/usr/bin/env bash
# Proof that Neo4j Browser shows dipgraph's graph: fetches Neo4j Browser from
# Maven Central (pom.xml, unpacked into target/browser), serves it on
# 127.0.0.1 (serve.mjs), and drives it in headless Debian chromium with
# playwright-core (browser.test.mjs) against the test Neo4j: connect, load the
# sample corpus, apply deploy/neo4j/dipgraph.grass with :style, run a query,
# check the drawn nodes, keep screenshots in tools/neo4j-browser/artifacts/.
#
# Neo4j: NEO4J_URI if it answers (with NEO4J_USERNAME/NEO4J_PASSWORD), else
# `scripts/neo4j start` (stopped again at the end). Data: `dipgraph ingest
# --neo4j` of testdata/corpus; if that command cannot run, seed.cypher is run
# through the Browser instead (NB_SEED=1 forces it, NB_SEED=0 skips seeding).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"

# Browser and test driver: Debian's chromium, never a downloaded browser.
need_apt=()
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || need_apt+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
if [ ! -d e2e/node_modules/playwright-core ]; then
	(cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

# Neo4j Browser from Maven Central.
if [ ! -f "$here/target/browser/browser/index.html" ]; then
	mvn -B -q -f "$here/pom.xml" package
fi

# The test Neo4j.
export NEO4J_URI="${NEO4J_URI:-bolt://127.0.0.1:7687}"
hostport="${NEO4J_URI#*://}"
hostport="${hostport%%/*}"
bolt_up() { (exec 3<>"/dev/tcp/${hostport%:*}/${hostport##*:}") 2>/dev/null; }
started=""
stop_neo4j() { if [ -n "$started" ]; then scripts/neo4j stop || true; fi; }
trap stop_neo4j EXIT
if ! bolt_up; then
	if [ ! -x scripts/neo4j ]; then
		echo "neo4j-browser: no Neo4j at $NEO4J_URI and no scripts/neo4j to start one" >&2
		exit 1
	fi
	scripts/neo4j start
	started=1
	for _ in $(seq 1 120); do bolt_up && break; sleep 1; done
	bolt_up || { echo "neo4j-browser: Neo4j did not open $hostport" >&2; exit 1; }
fi
# Credentials: the environment's, else the test Neo4j's (scripts/neo4j env).
if [ -z "${NEO4J_PASSWORD:-}" ] && [ -x scripts/neo4j ] && scripts/neo4j env >/dev/null 2>&1; then
	eval "$(scripts/neo4j env | grep -E '^(export )?NEO4J_(USERNAME|PASSWORD)=')"
fi
export NEO4J_USERNAME="${NEO4J_USERNAME:-neo4j}" NEO4J_PASSWORD="${NEO4J_PASSWORD:-}"

# Data: the sample corpus through dipgraph's own loader when it can run.
if [ -z "${NB_SEED:-}" ]; then
	if go run ./cmd/dipgraph ingest --neo4j "$NEO4J_URI" testdata/corpus >"$here/ingest.log" 2>&1; then
		NB_SEED=0
	else
		echo "neo4j-browser: dipgraph ingest failed (see $here/ingest.log); seeding with seed.cypher" >&2
		NB_SEED=1
	fi
fi
export NB_SEED

node --test --test-concurrency=1 "$here/browser.test.mjs"
