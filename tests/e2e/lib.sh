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
# Never the user's own cache (tests/run.sh shares one across scripts).
PLENARY_CACHE_DIR=${PLENARY_CACHE_DIR-$T/cache}
export PLENARY_CACHE_DIR
export LC_ALL=C.UTF-8 TZ=UTC

pass() { echo "ok $1"; }
# fail NAME DETAIL...: every line of the details is printed as "  # line"
# (printf, not echo: dash's echo would interpret backslashes). Returns 1,
# so that "same ... || explain" can add to a failure.
fail() { echo "FAIL $1"; shift; for l in "$@"; do printf '%s\n' "$l" | sed 's/^/  # /'; done; return 1; }

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

# pl ARGS...: plenary in a time box ($PL_TIMEOUT s, default 60): a hang is
# a failure (exit 124), not a stuck run.
pl() { timeout -k 5 "${PL_TIMEOUT:-60}" "$PLENARY" "$@"; }

# same NAME GOT WANT: ok if the two strings are equal (and not both empty:
# two failed look-ups must not make a pass).
same() {
	if [ -z "$2$3" ]; then fail "$1" "nothing to compare: both values are empty"
	elif [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "got '$2', expected '$3'"; fi
}

# now_ms: wall clock in milliseconds.
now_ms() { date +%s%3N; }

# fts_check DB: FTS5 'integrity-check' with rank 1, which also compares the
# index with the passages (external content). The sqlite3 CLI cannot load
# plenary's snowball tokenizer, so a helper linked with build/libplenary.a
# runs it; if that cannot be built, the index must at least have one docsize
# row per passage. Prints the problem and returns 1 when inconsistent.
fts_check() {
	_fc=$(sqlite3 "$1" "INSERT INTO passage_fts(passage_fts, rank) VALUES('integrity-check', 1)" 2>&1) &&
		return 0
	case $_fc in *"no such tokenizer"*) ;; *) echo "$_fc"; return 1 ;; esac
	if fts_helper; then
		"$T/fts5check" "$1" 2>&1
		return
	fi
	_fc=$(sqlite3 "$1" "SELECT (SELECT count(*) FROM passages WHERE id NOT IN
		(SELECT id FROM passage_fts_docsize)) + (SELECT count(*) FROM passage_fts_docsize
		WHERE id NOT IN (SELECT id FROM passages))")
	[ "$_fc" = 0 ] || { echo "$_fc passages and docsize rows do not pair up"; return 1; }
}

# fts_ok NAME DB: the test NAME is fts_check DB.
fts_ok() {
	if _fm=$(fts_check "$2"); then pass "$1"; else fail "$1" "$_fm"; fi
}

# fts_helper: builds $T/fts5check once; fails if it cannot be built.
fts_helper() {
	[ -x "$T/fts5check" ] && return 0
	[ -e "$T/fts5check.failed" ] && return 1
	cat >"$T/fts5check.c" <<'EOC'
#include <stdio.h>
#include <sqlite3.h>
#include "plenary/tokenizer.h"
int main(int argc, char **argv)
{
	sqlite3 *db;
	struct pl_tokenizer_ctx *ctx = NULL;
	struct pl_err err = { 0 };
	char *msg = NULL;
	if (argc != 2 || sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    pl_tokenizer_register(db, &ctx, &err) != 0) {
		fprintf(stderr, "fts5check: cannot open %s\n", argc > 1 ? argv[1] : "");
		return 2;
	}
	if (sqlite3_exec(db, "INSERT INTO passage_fts(passage_fts, rank) VALUES('integrity-check', 1)",
	                 NULL, NULL, &msg) != SQLITE_OK) {
		printf("FTS5 integrity-check: %s\n", msg ? msg : "failed");
		return 1;
	}
	sqlite3_close(db);
	return 0;
}
EOC
	# shellcheck disable=SC2046 # pkg-config's words are separate flags
	${CC:-cc} -I"$PLENARY_TOP/include" $(pkg-config --cflags sqlite3 2>/dev/null) \
		-o "$T/fts5check" "$T/fts5check.c" "${PLENARY_LIB:-$PLENARY_TOP/build/libplenary.a}" \
		$(pkg-config --libs sqlite3 libpcre2-8 2>/dev/null || echo -lsqlite3) \
		-lstemmer -lpthread >"$T/fts5check.log" 2>&1 && return 0
	: >"$T/fts5check.failed"
	echo "ok fts5check_helper # skipped: cannot build it, FTS checks compare docsize rows only:" \
		"$(head -c 200 "$T/fts5check.log" | tr '\n' ' ')" >&2
	return 1
}

# unmount_on_exit: for a script that mounts a tmpfs at $T/small, so that it
# is never left mounted behind, whatever ends the script.
unmount_on_exit() {
	trap 'umount "$T/small" 2>/dev/null; rm -rf "$T"' EXIT
	trap 'exit 130' INT TERM
}

# ingest_speeches: the sample UN General Debate speeches, each with its
# country and year (from its name, COUNTRY_SESSION_YEAR.txt) as metadata.
ingest_speeches() {
	for _f in "$CORPORA"/ungdc/*.txt; do
		_b=$(basename "$_f" .txt)
		"$PLENARY" ingest -q --meta country="${_b%%_*}" --meta year="${_b##*_}" "$_f" 2>/dev/null
	done
}

# export_disk_full PREFIX FILE ARGS...: `plenary export ARGS -o FILE` onto a
# full 64 KiB tmpfs (unmount_on_exit first) fails with exit 1, keeps the old
# FILE and leaves no temporary file beside it; skipped without a tmpfs.
export_disk_full() {
	_p=$1 _n=$2
	shift 2
	mkdir -p "$T/small"
	if ! mount -t tmpfs -o size=64k tmpfs "$T/small" 2>/dev/null; then
		echo "ok ${_p}_export # skipped: cannot mount a tmpfs"
		return
	fi
	printf 'old\n' >"$T/small/$_n"
	run "${_p}_fails" 1 pl export "$@" -o "$T/small/$_n" &&
		check "${_p}_msg" has 'No space left on device' "$T/err"
	same "${_p}_old_kept" "$(cat "$T/small/$_n")" "old"
	same "${_p}_no_temp" "$(ls -A "$T/small")" "$_n"
	umount "$T/small"
}
