#!/usr/bin/env bash
# Proof that Neo4j Browser shows dipgraph's graph: fetches Neo4j Browser from
# Maven Central (pom.xml, unpacked into target/browser), serves it on
# 127.0.0.1 (serve.mjs), and drives it in headless Debian chromium with
# playwright-core (browser.test.mjs) against the test Neo4j: connect, load the
# sample corpus, apply deploy/neo4j/dipgraph.grass with :style, run a query,
# check the drawn nodes, keep screenshots in tools/neo4j-browser/artifacts/.
#
# Neo4j: NEO4J_URI if it answers (with NEO4J_USERNAME/NEO4J_PASSWORD), else
# `scripts/neo4j start` and the settings it exports (stopped again at the end).
# Data: `dipgraph ingest --neo4j` of testdata/corpus (or
# seed.cypher through the Browser; NB_SEED=1 forces the seed,
# NB_SEED=0 skips loading).
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

# The test Neo4j: NEO4J_URI when it is set and answers; else one started here
# with scripts/neo4j (its own store in target/neo4j-home, Bolt on
# NEO4J_DEV_PORT, default 7697, so as not to touch another run's Neo4j),
# whose output exports NEO4J_URI and the credentials; stopped at the end.
bolt_up() {
	local hp="${NEO4J_URI#*://}"
	hp="${hp%%/*}"
	(exec 3<>"/dev/tcp/${hp%:*}/${hp##*:}") 2>/dev/null
}
started=""
export DIPGRAPH_NEO4J_HOME="${DIPGRAPH_NEO4J_HOME:-$here/target/neo4j-home}"
export NEO4J_DEV_PORT="${NEO4J_DEV_PORT:-7697}"
stop_neo4j() { if [ -n "$started" ]; then scripts/neo4j stop || true; fi; }
trap stop_neo4j EXIT
if [ -z "${NEO4J_URI:-}" ] || ! bolt_up; then
	if [ ! -x scripts/neo4j ]; then
		echo "neo4j-browser: no Neo4j at ${NEO4J_URI:-(NEO4J_URI unset)} and no scripts/neo4j to start one" >&2
		exit 1
	fi
	unset NEO4J_URI NEO4J_USERNAME NEO4J_PASSWORD NEO4J_DATABASE
	out="$(scripts/neo4j start)"
	started=1
	eval "$(printf '%s\n' "$out" | sed -nE 's/^[[:space:]]*(export[[:space:]]+)?(NEO4J_(URI|USERNAME|PASSWORD|DATABASE)=.*)$/export \2/p')"
	[ -n "${NEO4J_URI:-}" ] || { echo "neo4j-browser: scripts/neo4j start exported no NEO4J_URI" >&2; exit 1; }
	bolt_up || { echo "neo4j-browser: Neo4j does not answer at $NEO4J_URI" >&2; exit 1; }
fi
export NEO4J_USERNAME="${NEO4J_USERNAME:-neo4j}" NEO4J_PASSWORD="${NEO4J_PASSWORD:-}"
echo "neo4j-browser: Neo4j at $NEO4J_URI as ${NEO4J_USERNAME}${NEO4J_PASSWORD:+ (with password)}"

# Data: the sample corpus through `dipgraph ingest --neo4j`; seed.cypher, run
# in the Browser, when that fails.
if [ -z "${NB_SEED:-}" ]; then
	if go run ./cmd/dipgraph ingest --neo4j "$NEO4J_URI" testdata/corpus >"$here/ingest.log" 2>&1; then
		NB_SEED=0
	else
		echo "neo4j-browser: could not ingest the corpus (see $here/ingest.log); seeding with seed.cypher" >&2
		NB_SEED=1
	fi
fi
export NB_SEED

node --test --test-concurrency=1 "$here/browser.test.mjs"
