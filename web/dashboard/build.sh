#!/usr/bin/env bash
# Rebuilds the dashboard into graph/dashboard/dist from the locked npm
# packages. With --check, fails when the result differs from what is
# committed (the build is deterministic: fixed names, no hashes or dates).
#
#   web/dashboard/build.sh           # npm ci && npm run build
#   web/dashboard/build.sh --check   # ... then git diff --exit-code graph/dashboard/dist
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
npm run build --silent
if [ "${1:-}" = "--check" ]; then
	cd ../..
	git add -N graph/dashboard/dist
	git diff --exit-code --stat graph/dashboard/dist
	echo "graph/dashboard/dist matches web/dashboard/src"
fi
