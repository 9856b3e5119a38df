# Shared helpers for the end-to-end tests (sourced, POSIX sh).
# Each test prints "ok NAME" or "FAIL NAME" plus indented details.
# $PLENARY is the binary under test, $PLENARY_TOP the repository.
set -u
: "${PLENARY:?set PLENARY to the plenary binary}"
: "${PLENARY_TOP:?set PLENARY_TOP to the repository}"
CORPORA="$PLENARY_TOP/corpora"
SHARED="$PLENARY_TOP/../shared/corpora"
T=$(mktemp -d "${TMPDIR:-/tmp}/plenary-e2e.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
export PLENARY_DB="$T/test.db"
export LC_ALL=C.UTF-8 TZ=UTC

pass() { echo "ok $1"; }
fail() { echo "FAIL $1"; shift; for l in "$@"; do echo "  # $l"; done; }

# run NAME EXPECTED_EXIT CMD...: runs CMD with stdout in $T/out, stderr in $T/err.
run() {
	name=$1 want=$2
	shift 2
	"$@" >"$T/out" 2>"$T/err"
	got=$?
	if [ "$got" -ne "$want" ]; then
		fail "$name" "exit $got, expected $want: $*" "stderr: $(head -c 600 "$T/err")"
		return 1
	fi
	return 0
}

# check NAME CONDITION-COMMAND...: ok if the command succeeds.
check() {
	name=$1
	shift
	if "$@"; then pass "$name"; else fail "$name" "failed: $*" "stdout: $(head -c 400 "$T/out")" "stderr: $(head -c 400 "$T/err")"; fi
}

has() { grep -q -- "$1" "$2"; }
hasnt() { ! grep -q -- "$1" "$2"; }
sql() { sqlite3 "$PLENARY_DB" "$1"; }
