#!/usr/bin/env bash
# scripts/docs-examples.sh [python] [r] — runs the analysis examples of
# docs/analysis/ against a real `dipgraph serve` (`make docs-examples`; a CI step).
#
# Builds dipgraph, loads testdata/reports/ into an in-memory `dipgraph serve`
# on a free loopback port, waits for /healthz, writes a CSV export of the same
# reports (`dipgraph ingest` + `dipgraph export --format csv` into a temporary
# store), runs each example with its expectations (an example exits non-zero
# when a leader or hit the corpus holds is missing), stops the server and
# prints "docs-examples: N passed, N failed". Without arguments: python and r.
#
# What the examples need is installed when missing and apt-get is there (CI
# runs as root): Debian's python3-requests + python3-pandas, r-base-core +
# r-cran-httr2 + r-cran-jsonlite. PYTHON=... picks the interpreter (default:
# the first of python3, /usr/bin/python3 that imports requests and pandas).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(python r)

tmp="$(mktemp -d "${TMPDIR:-/tmp}/dipgraph-docs.XXXXXX")"
server=""
cleanup() {
	if [ -n "$server" ]; then
		kill "$server" 2>/dev/null || true
		wait "$server" 2>/dev/null || true
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT

apt_install() { # apt_install PKG... : Debian packages, when apt-get is there
	if ! command -v apt-get >/dev/null; then
		echo "docs-examples: missing $*, and no apt-get to install them" >&2
		return 1
	fi
	echo "docs-examples: installing $* (apt)"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

find_python() { # prints an interpreter that imports requests and pandas
	local py
	for py in ${PYTHON:-python3 /usr/bin/python3}; do
		if command -v "$py" >/dev/null && "$py" -c 'import requests, pandas' 2>/dev/null; then
			command -v "$py"
			return 0
		fi
	done
	return 1
}

# --- what the examples need ------------------------------------------------------
for lang in "${langs[@]}"; do
	case "$lang" in
	python)
		if ! py="$(find_python)"; then
			apt_install python3-requests python3-pandas
			py="$(find_python)" || { echo "docs-examples: no python3 with requests and pandas" >&2; exit 1; }
		fi
		echo "docs-examples: $py, pandas $("$py" -c 'import pandas; print(pandas.__version__)')"
		;;
	r)
		if ! command -v Rscript >/dev/null || ! Rscript -e 'library(httr2); library(jsonlite)' >/dev/null 2>&1; then
			apt_install r-base-core r-cran-httr2 r-cran-jsonlite
		fi
		echo "docs-examples: $(Rscript --version 2>&1 | head -1), httr2 $(Rscript -e 'cat(format(packageVersion("httr2")))')"
		;;
	*)
		echo "docs-examples: unknown example language $lang (python, r)" >&2
		exit 2
		;;
	esac
done

# --- dipgraph, a server, an export ------------------------------------------------
CGO_ENABLED=0 go build -o "$tmp/dipgraph" ./cmd/dipgraph

free_port() { # a free TCP port on 127.0.0.1 (the kernel's choice)
	if command -v python3 >/dev/null; then
		python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
	else
		echo $((20000 + RANDOM % 20000))
	fi
}
healthy() { # healthy URL: /healthz answers 200
	if command -v curl >/dev/null; then
		curl -fsS -o /dev/null --max-time 2 "$1"
	else
		python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$1" 2>/dev/null
	fi
}

port="$(free_port)"
base="http://127.0.0.1:$port"
"$tmp/dipgraph" serve --memory --addr "127.0.0.1:$port" --corpus testdata/reports/ >"$tmp/serve.log" 2>&1 &
server=$!
for i in $(seq 1 120); do
	if healthy "$base/healthz"; then break; fi
	if ! kill -0 "$server" 2>/dev/null; then
		echo "docs-examples: dipgraph serve exited:" >&2
		cat "$tmp/serve.log" >&2
		server=""
		exit 1
	fi
	if [ "$i" -eq 120 ]; then
		echo "docs-examples: dipgraph serve not healthy after 60s:" >&2
		cat "$tmp/serve.log" >&2
		exit 1
	fi
	sleep 0.5
done
echo "docs-examples: dipgraph serve at $base/query (testdata/reports/, in memory)"

# The export reads a store that no server holds open: a store of its own.
"$tmp/dipgraph" ingest --data "$tmp/store" testdata/reports/ >"$tmp/ingest.log" 2>&1 ||
	{ cat "$tmp/ingest.log" >&2; exit 1; }
"$tmp/dipgraph" export --data "$tmp/store" --format csv --out "$tmp/export"

# --- the examples -----------------------------------------------------------------
passed=0
failed=0
run() { # run NAME CMD... : one example, its output, PASS or FAIL
	local name="$1" rc=0
	shift
	echo
	echo "--- docs example: $name"
	"$@" || rc=$?
	if [ "$rc" -eq 0 ]; then
		echo "--- PASS $name"
		passed=$((passed + 1))
	else
		echo "--- FAIL $name (exit $rc)"
		failed=$((failed + 1))
	fi
}
for lang in "${langs[@]}"; do
	case "$lang" in
	python) run docs/analysis/dipgraph_pandas.py "$py" docs/analysis/dipgraph_pandas.py --url "$base/query" --export "$tmp/export" ;;
	r) run docs/analysis/dipgraph_httr2.R Rscript docs/analysis/dipgraph_httr2.R "$base/query" "$tmp/export" ;;
	esac
done

echo
echo "docs-examples: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
