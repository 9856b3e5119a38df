#!/bin/sh
# Runs the unit tests and every end-to-end script, and prints one closing line
# "N passed, N failed". Usage: tests/run.sh UNIT_BINARY PLENARY_BINARY [FILTER]
# Each test prints "ok NAME" or "FAIL NAME"; a script that dies counts as a failure.
set -u
unit=$1
PLENARY=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
filter=${3:-}
export PLENARY
top=$(cd "$(dirname "$0")/.." && pwd)
export PLENARY_TOP="$top"
log=$(mktemp)
# One prefilter cache for the whole run, so each lexicon compiles once.
PLENARY_CACHE_DIR=$(mktemp -d)
export PLENARY_CACHE_DIR
trap 'rm -f "$log"; rm -rf "$PLENARY_CACHE_DIR"' EXIT


"$unit" $filter >>"$log" 2>&1 || { tail -n 1 "$log" | grep -q '^unit:' || echo "FAIL unit-tests (crashed)" >>"$log"; }
for t in "$top"/tests/e2e/*.sh; do
	[ -f "$t" ] || continue
	case "$t" in */lib.sh) continue ;; esac
	n=$(basename "$t" .sh)
	[ -n "$filter" ] && case "$n" in *"$filter"*) ;; *) continue ;; esac
	if ! sh "$t" >"$log.one" 2>&1; then
		grep -q '^FAIL ' "$log.one" || echo "FAIL $n (script exited non-zero)" >>"$log.one"
	fi
	cat "$log.one" >>"$log"
	rm -f "$log.one"
done
grep -E '^(FAIL|  #)' "$log"
passed=$(grep -c '^ok ' "$log")
failed=$(grep -c '^FAIL ' "$log")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
