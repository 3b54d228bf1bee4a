#!/usr/bin/env bash
# scripts/fuzz-short.sh [fuzztime] — runs every Fuzz* target of the module
# for a short time (default 10s each). Targets are discovered with grep, so
# new ones are picked up without editing this file.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
fuzztime="${1:-10s}"
n=0 failed=()
while IFS=: read -r file name; do
	dir="./$(dirname "$file")"
	echo "fuzz: $name in $dir for $fuzztime" >&2
	n=$((n + 1))
	go test -run='^$' -fuzz="^${name}\$" -fuzztime="$fuzztime" "$dir" || failed+=("$dir $name")
done < <(git ls-files -co --exclude-standard '*_test.go' | xargs -r grep -oE '^func Fuzz[A-Za-z0-9_]+' /dev/null |
	sed -E 's/:func /:/' | sort -u)
echo "fuzz: $n targets, ${#failed[@]} failed" >&2
if [ ${#failed[@]} -gt 0 ]; then
	printf 'fuzz: FAILED %s\n' "${failed[@]}" >&2
	exit 1
fi
