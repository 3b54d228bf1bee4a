#!/usr/bin/env bash
# Browser end-to-end tests of the dashboard: installs what they need (Debian's
# chromium and CJK fonts via apt, playwright-core via npm; never a downloaded
# browser) and runs them with node's test runner against `dipgraph serve`
# (the bundled sample corpus, embedded store). Screenshots and exported files
# land in e2e/artifacts/.
#
#   e2e/run.sh                       # against ./cmd/dipgraph serve
#   E2E_SERVER=api e2e/run.sh        # against dipgraph serve with more data (sample + 120 generated reports)
#   E2E_SERVER=fixture e2e/run.sh    # against e2e/fixture/server (no GraphQL server needed)
#   eval "$(scripts/neo4j start)"; E2E_SERVER=api E2E_NEO4J=1 e2e/run.sh   # the same over Neo4j
#   E2E_BASE_URL=http://127.0.0.1:8080 e2e/run.sh   # against a server already running
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || need_apt+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
if [ ! -d node_modules/playwright-core ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi
exec node --test --test-concurrency=1 dashboard.test.mjs
