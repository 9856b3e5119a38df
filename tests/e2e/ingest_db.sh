#!/bin/sh
# The database under stress: concurrent ingests, SIGINT, a lock held by
# another writer, read-only databases, a full disk (ROBUSTNESS.md 31-39).
. "$(dirname "$0")/lib.sh"
# never leave a tmpfs mounted behind
cleanup() {
	umount "$T/small" 2>/dev/null
	umount "$T/rofs" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$T/c"
C=$(cd "$T/c" && pwd -P)

# consistent NAME DB: integrity_check, FTS5 check, passage_count of every
# document equal to its passages, no path twice.
consistent() {
	check "$1_integrity" test -s "$2" -a "$(sqlite3 "$2" 'PRAGMA integrity_check' 2>&1)" = ok
	fts_ok "$1_fts" "$2"
	same "$1_passage_counts" "$(sqlite3 "$2" "SELECT count(*) FROM documents d WHERE passage_count !=
		(SELECT count(*) FROM passages p WHERE p.document_id = d.id)")" 0
	same "$1_no_duplicate_paths" "$(sqlite3 "$2" "SELECT count(*) - count(DISTINCT path) FROM documents")" 0
}
# canon DB: what a database holds, independent of ids and timestamps: the
# number of documents and a digest.
canon() {
	printf '%s ' "$(sqlite3 "$1" 'SELECT count(*) FROM documents')"
	sqlite3 "$1" "SELECT d.path, d.content_hash, d.passage_count, d.word_count, d.title, p.ordinal,
		p.speaker, p.text FROM documents d LEFT JOIN passages p ON p.document_id = d.id
		ORDER BY d.path, p.ordinal" | md5sum
}
# nfiles DIR...: regular, non-hidden files plenary should find.
nfiles() { find "$@" -type f ! -name '.*' | wc -l; }

# ---- 31. concurrent batch runs on one database -----------------------------
for i in 1 2 3 4 5 6; do cp -r "$CORPORA/ungdc" "$C/u$i"; done
# conc NAME RUN... : starts one ingest per "dirs" argument at once on a new
# database, waits for all; per-run exit codes in $T/NAME.rc.N, stderr in .err.N
conc() {
	cn=$1
	shift
	rm -f "$T/$cn.db"*
	k=0 pids=
	for dirs in "$@"; do
		k=$((k + 1))
		# shellcheck disable=SC2086 # $dirs is a list of directories
		(cd "$C" && exec timeout -k 5 120 "$PLENARY" --db "$T/$cn.db" ingest $dirs) 2>"$T/$cn.err.$k" &
		pids="$pids $!"
	done
	k=0
	for p in $pids; do
		k=$((k + 1))
		wait "$p"
		echo $? >"$T/$cn.rc.$k"
	done
}
# conc_checks NAME NRUNS DIRS...: the DIRS are all those the runs named.
conc_checks() {
	cn=$1 nr=$2
	shift 2
	k=1
	while [ $k -le "$nr" ]; do
		same "${cn}_run${k}_exit" "$(cat "$T/$cn.rc.$k")" 0 ||
			grep -v '^ingested\|^unchanged\|^replaced' "$T/$cn.err.$k" | sed 's/^/  # /'
		k=$((k + 1))
	done
	distinct=$(cd "$C" && nfiles "$@")
	same "${cn}_documents" "$(sqlite3 "$T/$cn.db" 'SELECT count(*) FROM documents')" "$distinct"
	# each file was ingested by exactly one run; the others found it unchanged
	same "${cn}_each_ingested_once" "$(cat "$T/$cn.err".* | grep -c '^ingested ') ingested, $(cat "$T/$cn.err".* | grep -c '^replaced ') replaced" "$distinct ingested, 0 replaced"
	consistent "$cn" "$T/$cn.db"
	(cd "$C" && timeout 120 "$PLENARY" --db "$T/$cn.serial.db" ingest -q "$@" 2>/dev/null)
	serial=$(canon "$T/$cn.serial.db")
	if [ "${serial%% *}" = "$distinct" ]; then
		same "${cn}_equals_serial_run" "$(canon "$T/$cn.db")" "$serial"
	else
		fail "${cn}_equals_serial_run" "the serial run stored ${serial%% *} documents, not $distinct"
	fi
}
conc concurrent2 "u1 u2 u3 u4" "u3 u4 u5 u6"
conc_checks concurrent2 2 u1 u2 u3 u4 u5 u6
conc concurrent3 "u1 u2 u3 u4" "u3 u4 u5 u6" "u5 u6 u1 u2"
conc_checks concurrent3 3 u1 u2 u3 u4 u5 u6

# ---- 39. SIGINT mid-ingest -------------------------------------------------
big=$SHARED/ungdc/txt
[ -d "$big" ] || big=/work/shared/corpora/ungdc/txt
if [ ! -d "$big" ]; then
	echo "ok sigint_mid_ingest # skipped: no $SHARED/ungdc/txt"
else
	db=$T/int.db
	# timeout forwards the SIGINT to plenary (which an asynchronous list in a
	# non-interactive shell would otherwise start with SIGINT ignored), once:
	# without --foreground it also signals its process group, and a second
	# SIGINT is plenary's "force exit".
	timeout --foreground -k 5 180 "$PLENARY" --db "$db" ingest "$big" 2>"$T/int.err" &
	pid=$!
	sleep 1.5
	# interrupt after the first committed batch (its verdicts are printed), so
	# that the run is cut between committed work and work in flight
	i=0
	while [ $i -lt 300 ] && ! grep -qs '^ingested ' "$T/int.err" && kill -0 $pid 2>/dev/null; do
		sleep 0.1
		i=$((i + 1))
	done
	kill -INT $pid 2>/dev/null
	wait $pid
	rc=$?
	same sigint_exit_130 "$rc" 130
	check sigint_says_interrupted grep -qi 'interrupt' "$T/int.err"
	consistent sigint "$db"
	n=$(sqlite3 "$db" 'SELECT count(*) FROM documents')
	total=$(nfiles "$big")
	same sigint_documents_equal_verdicts "$n" "$(grep -c '^ingested ' "$T/int.err")"
	check sigint_was_mid_run test "$n" -gt 0 -a "$n" -lt "$total"
	PL_TIMEOUT=180 run sigint_rerun_completes 0 pl --db "$db" ingest "$big" && pass sigint_rerun_completes
	same sigint_rerun_total "$(sqlite3 "$db" 'SELECT count(*) FROM documents')" "$total"
	same sigint_rerun_keeps_committed "$(grep -c '^unchanged ' "$T/err")" "$n"
	consistent sigint_rerun "$db"
	rm -f "$db" "$db-wal" "$db-shm"

	# 38. SIGKILL after a commit: the next open recovers, whole documents only
	"$PLENARY" --db "$db" ingest "$big" 2>"$T/kill.err" &
	pid=$!
	i=0
	while [ $i -lt 300 ] && ! grep -qs '^ingested ' "$T/kill.err" && kill -0 $pid 2>/dev/null; do
		sleep 0.1
		i=$((i + 1))
	done
	kill -KILL $pid 2>/dev/null
	{ wait $pid; } 2>/dev/null   # no "Killed" from the shell
	n=$(sqlite3 "$db" 'SELECT count(*) FROM documents')
	check sigkill_was_mid_run test "$n" -gt 0 -a "$n" -lt "$total"
	check sigkill_verdicts_committed test "$n" -ge "$(grep -c '^ingested ' "$T/kill.err")"
	consistent sigkill "$db"
	run sigkill_db_opens 0 pl --db "$db" search --count migration && pass sigkill_db_opens
	rm -f "$db" "$db-wal" "$db-shm"
fi

# ---- 32. a database locked by another writer beyond the timeout ------------
db=$T/locked.db
run locked_setup 0 pl --db "$db" ingest "$CORPORA/unnm" && pass locked_setup
mkfifo "$T/lock.fifo"
sqlite3 "$db" <"$T/lock.fifo" >"$T/lock.out" 2>&1 &
lockpid=$!
exec 9<>"$T/lock.fifo"   # read-write: never blocks, even if sqlite3 did not start
echo "BEGIN IMMEDIATE; SELECT 'holding';" >&9
i=0
while [ $i -lt 100 ] && ! grep -q holding "$T/lock.out"; do sleep 0.1; i=$((i + 1)); done
t0=$(now_ms)
if run locked_fails 1 pl --db "$db" ingest --busy-timeout 500 "$CORPORA/ungdc/MEX_76_2021.txt"; then
	ms=$(($(now_ms) - t0))
	pass locked_fails
	check locked_msg grep -q 'database is locked' "$T/err"
	if [ "$ms" -ge 400 ] && [ "$ms" -lt 10000 ]; then pass locked_waits_busy_timeout
	else fail locked_waits_busy_timeout "took $ms ms with --busy-timeout 500"; fi
fi
run locked_readers_not_blocked 0 pl --db "$db" search --count migration &&
	check locked_readers_not_blocked test "$(cat "$T/out")" -gt 0
exec 9>&-   # end of input: sqlite3 rolls back and exits
wait $lockpid
same locked_nothing_written "$(sqlite3 "$db" "SELECT count(*) FROM documents WHERE path LIKE '%MEX_76_2021.txt'")" 0
run locked_then_free 0 pl --db "$db" ingest "$CORPORA/ungdc/MEX_76_2021.txt" && pass locked_then_free

# ---- 35. read-only database: URI mode=ro, and a read-only file system ------
db=$T/ro.db
run ro_setup 0 pl --db "$db" ingest "$CORPORA/unnm" && pass ro_setup
sum=$(md5sum <"$db")
uri="file:$db?mode=ro"
ndocs=$(sqlite3 "$db" 'SELECT count(*) FROM documents')
run ro_uri_stats 0 pl --db "$uri" stats --format tsv &&
	same ro_uri_stats_total "$(awk -F'\t' '$1 == "total" { print $3 }' "$T/out")" "$ndocs"
run ro_uri_search 0 pl --db "$uri" search --count migration &&
	check ro_uri_search test "$(cat "$T/out")" -gt 0
run ro_uri_ingest_fails 1 pl --db "$uri" ingest "$CORPORA/ungdc/MEX_76_2021.txt" &&
	check ro_uri_ingest_msg grep -qi 'read-\?only' "$T/err"
same ro_uri_db_untouched "$(md5sum <"$db")" "$sum"
check ro_uri_no_stray_file test ! -e "$T/file:$db?mode=ro" -a ! -e "file:$db?mode=ro"

mkdir -p "$T/rofs"
if mount -t tmpfs -o size=8m tmpfs "$T/rofs" 2>/dev/null; then
	cp "$db" "$T/rofs/ro.db"
	if mount -o remount,ro "$T/rofs" 2>/dev/null; then
		run rofs_stats 0 pl --db "$T/rofs/ro.db" stats && pass rofs_stats
		run rofs_search 0 pl --db "$T/rofs/ro.db" search --count migration && pass rofs_search
		run rofs_ingest_fails 1 pl --db "$T/rofs/ro.db" ingest "$CORPORA/ungdc/MEX_76_2021.txt" &&
			check rofs_ingest_msg grep -qi 'read-\?only' "$T/err"
	else
		echo "ok rofs # skipped: cannot remount read-only"
	fi
	umount "$T/rofs"
else
	echo "ok rofs # skipped: cannot mount a tmpfs"
fi

# ---- 36. disk full during ingest -------------------------------------------
mkdir -p "$T/small"
if mount -t tmpfs -o size=2m tmpfs "$T/small" 2>/dev/null; then
	db=$T/small/full.db
	run full_setup 0 pl --db "$db" ingest "$CORPORA/unnm" && pass full_setup
	np=$(sqlite3 "$db" 'SELECT passage_count FROM documents')
	# far more text than 2 MB can hold
	run full_fails 1 pl --db "$db" ingest "$C/u1" "$C/u2" "$C/u3" "$C/u4" &&
		check full_msg grep -qi 'disk is full' "$T/err"
	same full_documents_equal_verdicts "$(grep -c '^ingested ' "$T/err")" "$(($(sqlite3 "$db" 'SELECT count(*) FROM documents') - 1))"
	run full_db_opens 0 pl --db "$db" stats && pass full_db_opens
	consistent full "$db"
	same full_committed_kept "$(sqlite3 "$db" "SELECT passage_count FROM documents WHERE path LIKE '%unnm%'")" "$np"
	# with room again, a rerun completes
	if mount -o remount,size=64m "$T/small" 2>/dev/null; then
		run full_rerun 0 pl --db "$db" ingest -q "$C/u1" "$C/u2" "$C/u3" "$C/u4" && pass full_rerun
		same full_rerun_total "$(sqlite3 "$db" 'SELECT count(*) FROM documents')" "$(($(nfiles "$C/u1" "$C/u2" "$C/u3" "$C/u4") + 1))"
		consistent full_rerun "$db"
	fi
	umount "$T/small"
else
	echo "ok disk_full # skipped: cannot mount a tmpfs"
fi
# the disk fills after some batches were committed: they stay, whole
if [ ! -d "$big" ]; then
	echo "ok full_midrun # skipped: no $SHARED/ungdc/txt"
elif mount -t tmpfs -o size=48m tmpfs "$T/small" 2>/dev/null; then
	db=$T/small/full.db
	PL_TIMEOUT=120 run full_midrun_fails 1 pl --db "$db" ingest "$big" &&
		check full_midrun_msg grep -qi 'disk is full' "$T/err"
	n=$(sqlite3 "$db" 'SELECT count(*) FROM documents')
	check full_midrun_kept_batches test "$n" -gt 0
	same full_midrun_documents_equal_verdicts "$(grep -c '^ingested ' "$T/err")" "$n"
	consistent full_midrun "$db"
	umount "$T/small"
else
	echo "ok full_midrun # skipped: cannot mount a tmpfs"
fi
