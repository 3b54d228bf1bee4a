#!/usr/bin/env bash
# Rebuilds the dashboard into web/dashboard/dist from the locked npm
# packages. With --check, fails when the result differs from what is
# committed (the build is deterministic: fixed names, no hashes or dates).
#
#   web/dashboard/build.sh           # npm ci && npm run build
#   web/dashboard/build.sh --check   # ... then git diff --exit-code web/dashboard/dist
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
npm run build --silent
if [ "${1:-}" = "--check" ]; then
	cd ../..
	git add -N web/dashboard/dist
	git diff --exit-code --stat web/dashboard/dist
	echo "web/dashboard/dist matches web/dashboard/src"
fi
