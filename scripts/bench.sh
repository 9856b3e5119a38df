#!/bin/bash
# make bench: times plenary on the UN General Debate corpus (../shared/corpora/ungdc/txt).
#   1. ingest of the whole corpus into a fresh database: MB/s, passages/s, peak RSS
#   2. the same passages loaded into a plain FTS5 table with SQLite's own
#      'porter unicode61' tokenizer, as a yardstick: plenary/porter time ratio
#   3. ingest of a quarter of the corpus (every 4th file): peak RSS should not
#      grow with the number of files
#   4. search latency (p50/p95 over BENCH_RUNS calls) of typical queries, beside
#      the process start-up floor (`plenary --version`)
#   4c. CSV ingest of every Polis export, and of a 10,000-row CSV resampled
#      from their comments: rows/s
#   5. a summary table (Markdown) to paste into a report
# Usage: scripts/bench.sh [./plenary]. Scratch files go to a mktemp -d directory
# under $BENCH_DIR (default $TMPDIR or /tmp) and are removed at the end.
# Installs nothing: `make bench` has already run scripts/deps.sh.
set -eu
export LC_ALL=C
unset PLENARY_DB

plenary=${1:-./plenary}
runs=${BENCH_RUNS:-30}
top=$(cd "$(dirname "$0")/.." && pwd)
corpus="$top/../shared/corpora/ungdc/txt"

die() { echo "bench: $*" >&2; exit 1; }
say() { echo "== $*" >&2; }

case $plenary in /*) ;; *) plenary="$PWD/${plenary#./}" ;; esac
if ! { [ -f "$plenary" ] && [ -x "$plenary" ]; }; then
	die "no executable $plenary (run 'make' first)"
fi
[ -d "$top/../shared/corpora" ] ||
	die "missing $top/../shared/corpora: the benchmark needs the shared corpora checked out beside the repository (expected $(cd "$top/.." && pwd)/shared/corpora)"
[ -d "$corpus" ] || die "missing $corpus (the UN General Debate corpus, one .txt per statement)"
corpus=$(cd "$corpus" && pwd)
for tool in sqlite3 python3; do
	command -v "$tool" >/dev/null 2>&1 || die "$tool not found: run scripts/deps.sh (or 'make bench')"
done
[ -x /usr/bin/time ] || die "/usr/bin/time not found (Debian package 'time': apt-get install time)"
case $runs in '' | *[!0-9]* | 0) die "BENCH_RUNS must be a positive integer" ;; esac

base=${BENCH_DIR:-${TMPDIR:-/tmp}}
mkdir -p "$base"
work=$(mktemp -d "$base/plenary-bench.XXXXXX") || die "cannot create a directory under $base"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# The whole run uses one copy of the binary, even if ./plenary is rebuilt meanwhile.
# A copy taken while the linker writes would not run: try again a few times.
for try in 1 2 3 4 5 6; do
	cp "$plenary" "$work/plenary" 2>/dev/null && "$work/plenary" --version >/dev/null 2>&1 && break
	[ "$try" -eq 6 ] && die "$plenary does not run (is it being rebuilt?)"
	sleep 2
done
built=$plenary
plenary="$work/plenary"

# Arithmetic on decimals.
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
# SQL string literal for a path.
sqlq() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/''/g")"; }

# timed OUT_PREFIX CMD...: runs CMD under /usr/bin/time; sets t_wall (s),
# t_rss (KiB), t_cpu (user+sys s) and t_rc; CMD's stderr goes to OUT_PREFIX.err.
timed() {
	local out=$1; shift
	t_rc=0
	/usr/bin/time -f '%e %M %U %S' -o "$out.time" "$@" >"$out.out" 2>"$out.err" || t_rc=$?
	# GNU time puts "Command exited with non-zero status N" before the numbers.
	read -r t_wall t_rss t_user t_sys <<<"$(tail -n 1 "$out.time")"
	case $t_rss in '' | *[!0-9]*) die "no timing from /usr/bin/time for $*" ;; esac
	t_cpu=$(calc '%.2f' "$t_user + $t_sys")
}

# check_ingest LABEL: plenary ingest exits 1 when a file was skipped or failed
# (the numbers still mean something: warn), anything else is fatal.
check_ingest() {
	case $t_rc in
	0) ;;
	1) echo "bench: warning: $1 ingest reported skipped or failed files:" >&2
	   tail -n 5 "$work/$1.err" >&2 ;;
	*) tail -n 20 "$work/$1.err" >&2; die "$1 ingest failed (exit $t_rc)" ;;
	esac
}

mb() { calc '%.1f' "$1 / 1000000"; }            # bytes -> MB
kib_mb() { calc '%.1f' "$1 * 1024 / 1000000"; }  # KiB -> MB

cpu=$(nproc 2>/dev/null || echo '?')
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
echo "plenary bench: $("$plenary" --version), sqlite3 $(sqlite3 --version | cut -d' ' -f1), $cpu cores, load average $load"
echo "binary: $built ($(wc -c <"$built") bytes, built $(date -r "$built" '+%Y-%m-%d %H:%M'))"
echo "corpus: $corpus"
echo "scratch: $work (removed at the end); MB = 10^6 bytes; search runs per query: $runs"

# ---------------------------------------------------------------- 1. ingest
# Reading the corpus once first puts both ingests and the reference on a warm
# page cache, and counts the input bytes.
say "reading the corpus once (warm cache, byte count)"
files=$(find "$corpus" -type f | wc -l)
bytes=$(find "$corpus" -type f -exec cat {} + | wc -c)
[ "$files" -gt 0 ] || die "no files in $corpus"

say "ingesting $files files ($(mb "$bytes") MB) into a fresh database"
timed "$work/full" "$plenary" --db "$work/full.db" ingest -q "$corpus"
check_ingest full
full_wall=$t_wall full_rss=$t_rss full_cpu=$t_cpu
passages=$(sqlite3 "$work/full.db" 'SELECT count(*) FROM passages')
[ "$passages" -gt 0 ] || die "the ingest stored no passages"
full_mbps=$(calc '%.2f' "$bytes / 1000000 / $full_wall")
full_pps=$(calc '%.0f' "$passages / $full_wall")
echo
echo "1. ingest: $files files, $(mb "$bytes") MB -> $passages passages"
echo "   wall $full_wall s (cpu $full_cpu s)   $full_mbps MB/s   $full_pps passages/s   peak RSS $(kib_mb "$full_rss") MB"
echo "   db $(mb "$(wc -c <"$work/full.db")") MB; plenary says: $(tail -n 1 "$work/full.err")"

# ---------------------------------------------------------------- 2. reference
say "copying the passages into a plain table (not timed)"
sqlite3 "$work/ref.db" "ATTACH $(sqlq "$work/full.db") AS p;
	CREATE TABLE src(id INTEGER PRIMARY KEY, text TEXT);
	INSERT INTO src(id, text) SELECT id, text FROM p.passages;"
text_bytes=$(sqlite3 "$work/ref.db" 'SELECT sum(length(CAST(text AS BLOB))) FROM src')
say "loading them into FTS5 with tokenize='porter unicode61' (timed)"
timed "$work/ref" sqlite3 "$work/ref.db" "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
	CREATE VIRTUAL TABLE f USING fts5(text, tokenize='porter unicode61');
	INSERT INTO f(rowid, text) SELECT id, text FROM src;"
[ "$t_rc" -eq 0 ] || { cat "$work/ref.err" >&2; die "the reference FTS5 load failed (exit $t_rc)"; }
ref_wall=$t_wall ref_rss=$t_rss ref_cpu=$t_cpu
ref_rows=$(sqlite3 "$work/ref.db" 'SELECT count(*) FROM f')
[ "$ref_rows" -eq "$passages" ] || die "the reference holds $ref_rows rows, not $passages"
ref_mbps=$(calc '%.2f' "$bytes / 1000000 / $ref_wall")
ratio=$(calc '%.2f' "$full_wall / $ref_wall")
ratio_ok=$(awk "BEGIN { print ($full_wall <= $ref_wall) ? \"met\" : \"NOT met\" }")
rm -f "$work/ref.db" "$work/ref.db-wal" "$work/ref.db-shm"
echo
echo "2. reference: the same $passages passages ($(mb "$text_bytes") MB of text) into FTS5 'porter unicode61'"
echo "   wall $ref_wall s (cpu $ref_cpu s)   $ref_mbps MB/s (of the same $(mb "$bytes") MB corpus)   peak RSS $(kib_mb "$ref_rss") MB"
echo "   ratio plenary ingest / porter load = $full_wall / $ref_wall = $ratio   (goal <= 1.0: $ratio_ok)"

# ---------------------------------------------------------------- 3. memory
say "copying every 4th file into a quarter corpus"
mkdir "$work/quarter"
(cd "$corpus" && find . -type f | sort | awk 'NR % 4 == 1') >"$work/quarter.list"
while IFS= read -r f; do
	mkdir -p "$work/quarter/$(dirname "$f")"
	cp "$corpus/$f" "$work/quarter/$f"
done <"$work/quarter.list"
q_files=$(wc -l <"$work/quarter.list")
q_bytes=$(find "$work/quarter" -type f -exec cat {} + | wc -c)
say "ingesting the quarter ($q_files files) into another fresh database"
timed "$work/quarter" "$plenary" --db "$work/quarter.db" ingest -q "$work/quarter"
check_ingest quarter
q_wall=$t_wall q_rss=$t_rss
q_passages=$(sqlite3 "$work/quarter.db" 'SELECT count(*) FROM passages')
rm -rf "$work/quarter" "$work/quarter.db" "$work/quarter.db-wal" "$work/quarter.db-shm"
rss_ratio=$(calc '%.2f' "$full_rss / $q_rss")
echo
echo "3. memory: peak RSS by corpus size"
echo "   quarter: $q_files files, $(mb "$q_bytes") MB, $q_passages passages: wall $q_wall s, peak RSS $(kib_mb "$q_rss") MB"
echo "   full:    $files files, $(mb "$bytes") MB, $passages passages: wall $full_wall s, peak RSS $(kib_mb "$full_rss") MB"
echo "   full / quarter peak RSS = $rss_ratio   (flat: ~1.0 for 4x the files)"

# ---------------------------------------------------------------- 4. search
say "search latency: $runs calls per query"
echo
python3 - "$plenary" "$work/full.db" "$runs" "$work/search.md" <<'EOF'
import subprocess, sys, time

plenary, db, runs, table = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
GOAL_MS = 10.0
# (label, argv after plenary, selective-term goal applies)
floor = ("plenary --version", [plenary, "--version"], False)
queries = [
    ("remittances", True),
    ("xenophobia", True),
    ('"global compact"', True),
    ("NEAR(migrants smuggling, 10)", False),
    ("emigra*", False),
    ("united", False),
    ("lang:en migrants", False),
    ("zzqxjvw", False),   # no hits: opening the database + parsing the query
]
NOHIT = "zzqxjvw"
cases = [floor] + [(q, [plenary, "--db", db, "search", "--limit", "20", "--format", "tsv", q], sel)
                   for q, sel in queries]

def run(argv):
    t0 = time.perf_counter()
    r = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    t1 = time.perf_counter()
    if r.returncode != 0:
        sys.exit("bench: %s failed (exit %d): %s" % (" ".join(argv[1:]), r.returncode,
                                                   r.stderr.decode(errors="replace").strip()))
    return (t1 - t0) * 1000.0

def pct(xs, p):  # linear interpolation between closest ranks
    xs = sorted(xs)
    k = (len(xs) - 1) * p / 100.0
    i = int(k)
    j = min(i + 1, len(xs) - 1)
    return xs[i] + (xs[j] - xs[i]) * (k - i)

hits = {}
for label, argv, _ in cases[1:]:
    out = subprocess.run(argv[:3] + ["search", "--count", label], capture_output=True, text=True)
    hits[label] = out.stdout.strip() or "?"
for _, argv, _ in cases:      # one warm-up call each
    run(argv)
times = {label: [] for label, _, _ in cases}
for _ in range(runs):         # round robin, so background noise hits every query alike
    for label, argv, _ in cases:
        times[label].append(run(argv))

f50 = pct(times[floor[0]], 50)
print("4. search latency, ms per call (process start-up included), %d calls each" % runs)
print("   %-30s %8s %8s %8s %8s  %s" % ("query", "hits", "p50", "p95", "min", "p50 - start-up floor"))
rows = []
for label, _, sel in cases:
    ts = times[label]
    p50, p95, lo = pct(ts, 50), pct(ts, 95), min(ts)
    if label == floor[0]:
        extra, goal = "(the start-up floor)", ""
        h = "-"
    else:
        extra = "%.1f" % (p50 - f50)
        h = hits[label]
        goal = ""
        if sel:
            goal = "goal p50 < %g ms: %s" % (GOAL_MS, "met" if p50 < GOAL_MS else "NOT met")
    if label == NOHIT:
        extra += "  (no hits: open the database, parse, run an empty query)"
    print(("   %-30s %8s %8.1f %8.1f %8.1f  %s  %s" % (label, h, p50, p95, lo, extra, goal)).rstrip())
    name = label if label == floor[0] else "search `%s` (%s hits)" % (label.replace("|", "\\|"), h)
    if label == NOHIT:
        name = "search `%s`, no hits (search floor)" % label
    val = "p50 %.1f ms, p95 %.1f ms" % (p50, p95)
    if label != floor[0]:
        val += " (~%.1f ms over start-up)" % (p50 - f50)
    rows.append("| %s | %s | %s |" % (name, val, ("p50 < %g ms" % GOAL_MS) if sel else "-"))
print("   'p50 - start-up floor' estimates the in-process time (open, query, print);"
      " selective-term goal: p50 < %g ms per call" % GOAL_MS)
with open(table, "w") as fh:
    fh.write("\n".join(rows) + "\n")
EOF

# ---------------------------------------------------------------- 4b. tagging
# plenary tag over the full database, against ripgrep scanning the same passages
# with the same patterns, and a straightforward Python pipeline (re + sqlite3).
lexdir="$top/lexicons"
say "tagging the full database with the shipped lexicons"
# The first run compiles the prefilter and caches it; later runs load it.
export PLENARY_CACHE_DIR="$work/cache"
timed "$work/tag" "$plenary" --db "$work/full.db" tag --format tsv
[ "$t_rc" -eq 0 ] || die "plenary tag failed: $(tail -n 3 "$work/tag.err")"
cold_wall=$t_wall
timed "$work/tag" "$plenary" --db "$work/full.db" tag --format tsv
[ "$t_rc" -eq 0 ] || die "plenary tag failed: $(tail -n 3 "$work/tag.err")"
tag_wall=$t_wall tag_rss=$t_rss
tags=$(sqlite3 "$work/full.db" "SELECT count(*) FROM tags WHERE source = 'lexicon'")
text_bytes=$(sqlite3 "$work/full.db" 'SELECT sum(length(CAST(text AS BLOB))) FROM passages')
# The references are slow with these patterns: they run on every 20th passage
# and their times are scaled up (x20) to the whole corpus.
sqlite3 "$work/full.db" "SELECT replace(text, char(10), ' ') FROM passages WHERE id % 20 = 0" \
	>"$work/sample.txt"
"$plenary" lexicon patterns "$lexdir/gcm.lex" "$lexdir/gcm-principles.lex" >"$work/patterns.txt"
npat=$(wc -l <"$work/patterns.txt")
# ripgrep joins -f patterns into one regex: too large for PCRE2 (which the
# patterns need: possessive quantifiers, lookarounds), so it gets them in
# groups of 25, one scan each, as a script using it would have to.
rg_note="rg -P -i --no-unicode -c -f, 25 patterns per scan"
split -l 25 "$work/patterns.txt" "$work/chunk."
rg_start=$(date +%s.%N)
for chunk in "$work"/chunk.*; do
	rg -P -i --no-unicode -c -f "$chunk" "$work/sample.txt" >/dev/null 2>"$work/rg.err" ||
		[ $? -eq 1 ] || die "ripgrep failed: $(head -c 300 "$work/rg.err")"
done
rg_wall=$(calc '%.1f' "($(date +%s.%N) - $rg_start) * 20")
# ripgrep's own engine, as the reference scan is usually written, with the
# patterns it can read (not those with lookarounds), all in one scan.
while IFS= read -r pat; do
	printf '%s\n' "$pat" >"$work/one.txt"
	rg_rc=0
	rg -i --no-unicode -c -f "$work/one.txt" /dev/null >/dev/null 2>&1 || rg_rc=$?
	if [ "$rg_rc" -le 1 ]; then printf '%s\n' "$pat"; fi
done <"$work/patterns.txt" >"$work/rg-patterns.txt"
rg_npat=$(wc -l <"$work/rg-patterns.txt")
rg2_start=$(date +%s.%N)
rg -i --no-unicode -c -f "$work/rg-patterns.txt" "$work/sample.txt" >/dev/null 2>"$work/rg.err" ||
	[ $? -eq 1 ] || die "ripgrep failed: $(head -c 300 "$work/rg.err")"
rg2_wall=$(calc '%.1f' "($(date +%s.%N) - $rg2_start) * 20")
rg2_note="rg -i --no-unicode -c -f, the $rg_npat patterns its engine reads, one scan"
# Each pattern on each passage, as a script would; on every 20th passage
# only (the whole corpus takes many minutes), its time scaled up.
timed "$work/py" python3 -c '
import re, sqlite3, sys
pats = [re.compile(l.rstrip("\n"), re.I) for l in open(sys.argv[2], encoding="utf-8")]
db = sqlite3.connect(sys.argv[1])
n = 0
for (text,) in db.execute("SELECT text FROM passages WHERE id % 20 = 0"):
    for p in pats:
        if p.search(text):
            n += 1
print(n)' "$work/full.db" "$work/patterns.txt"
py_wall=$(calc '%.1f' "$t_wall * 20") py_ok=$t_rc
tag_mbps=$(calc '%.1f' "$text_bytes / 1000000 / $tag_wall")
rg_mbps=$(calc '%.1f' "$text_bytes / 1000000 / $rg_wall")
rg2_mbps=$(calc '%.1f' "$text_bytes / 1000000 / $rg2_wall")
tag_ratio=$(calc '%.3f' "$tag_wall / $rg2_wall")
py_note="$py_wall s (every 20th passage timed, x20)"
[ "$py_ok" -eq 0 ] || py_note="failed (a pattern Python's re cannot read)"
echo
echo "4b. tagging: $passages passages, $(mb "$text_bytes") MB of text, $npat patterns, $tags tags"
echo "   plenary tag:  wall $tag_wall s   $tag_mbps MB/s   $(calc '%.0f' "$passages / $tag_wall") passages/s   peak RSS $(kib_mb "$tag_rss") MB (writes included)"
echo "   plenary tag, first run (compiles and caches the prefilter): wall $cold_wall s"
echo "   $rg2_note: $rg2_wall s   $rg2_mbps MB/s (every 20th passage timed, x20)"
echo "   $rg_note: $rg_wall s   $rg_mbps MB/s (every 20th passage timed, x20)"
echo "   python re + sqlite3, every pattern on every passage: $py_note"
echo "   ratio plenary tag / rg -i --no-unicode = $tag_ratio   (goal <= 1.0)"

# ---------------------------------------------------------------- 4c. CSV
# The Polis exports (comments.csv and summary.csv of every conversation), then
# a 10,000-row CSV whose rows are resampled from their comments: real bodies,
# quoted, multi-line, English, German and Chinese. rows/s counts data rows.
polis="$top/../shared/corpora/polis-opendata"
[ -d "$polis" ] || die "missing $polis (the Polis open data exports)"
csv_rows=$(python3 - "$polis" "$work/synthetic.csv" <<'EOF'
import csv, glob, random, sys
src, out = sys.argv[1:3]
files = sorted(glob.glob(src + "/*/*.csv"))
rows = [list(csv.DictReader(open(f, encoding="utf-8"))) for f in files]
comments = [r for f, rs in zip(files, rows) if f.endswith("/comments.csv") for r in rs]
cols = ["timestamp", "datetime", "comment-id", "author-id", "agrees", "disagrees",
        "moderated", "comment-body"]
rng = random.Random(20181219)
with open(out, "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(cols)
    for i in range(10000):
        r = rng.choice(comments)
        w.writerow([i if c == "comment-id" else r.get(c, "") for c in cols])
print(sum(len(rs) for rs in rows), len(files))
EOF
)
read -r polis_rows polis_files <<<"$csv_rows"
say "ingesting $polis_files Polis CSV exports ($polis_rows rows)"
timed "$work/polis" "$plenary" --db "$work/polis.db" ingest -q "$polis"/*/*.csv
check_ingest polis
polis_wall=$t_wall polis_rss=$t_rss
polis_passages=$(sqlite3 "$work/polis.db" 'SELECT count(*) FROM passages')
polis_rps=$(calc '%.0f' "$polis_rows / $polis_wall")
say "ingesting a 10,000-row CSV resampled from the Polis comments"
timed "$work/synth" "$plenary" --db "$work/synth.db" ingest -q "$work/synthetic.csv"
check_ingest synth
synth_wall=$t_wall synth_rss=$t_rss
synth_passages=$(sqlite3 "$work/synth.db" 'SELECT count(*) FROM passages')
synth_rps=$(calc '%.0f' "10000 / $synth_wall")
echo
echo "4c. CSV ingest"
echo "   Polis exports: $polis_files files, $polis_rows rows -> $polis_passages passages: wall $polis_wall s   $polis_rps rows/s   peak RSS $(kib_mb "$polis_rss") MB"
echo "   resampled CSV: 10000 rows, $(mb "$(wc -c <"$work/synthetic.csv")") MB -> $synth_passages passages: wall $synth_wall s   $synth_rps rows/s   peak RSS $(kib_mb "$synth_rss") MB"

# ---------------------------------------------------------------- 5. summary
echo
echo "5. summary ($(date -u +%Y-%m-%d), $("$plenary" --version), $cpu cores, load average at start $load)"
echo
echo "| measurement | result | goal |"
echo "|---|---|---|"
echo "| ingest, $files files, $(mb "$bytes") MB | $full_wall s, $full_mbps MB/s, $full_pps passages/s ($passages passages), peak RSS $(kib_mb "$full_rss") MB | - |"
echo "| FTS5 'porter unicode61' load, same passages | $ref_wall s, $ref_mbps MB/s | - |"
echo "| ingest time / porter load time | $ratio | <= 1.0 ($ratio_ok) |"
echo "| peak RSS, quarter ($q_files files) vs full ($files files) | $(kib_mb "$q_rss") MB vs $(kib_mb "$full_rss") MB (x$rss_ratio) | flat (~1.0) |"
echo "| tagging, $npat patterns | $tag_wall s, $tag_mbps MB/s | - |"
echo "| tagging, first run (prefilter compiled and cached) | $cold_wall s | - |"
echo "| $rg2_note, same text | $rg2_wall s, $rg2_mbps MB/s | - |"
echo "| $rg_note, same text | $rg_wall s, $rg_mbps MB/s | - |"
echo "| tag time / ripgrep time | $tag_ratio | <= 1.0 |"
echo "| python re + sqlite3 | $py_note | - |"
echo "| CSV ingest, $polis_files Polis exports, $polis_rows rows | $polis_wall s, $polis_rps rows/s | - |"
echo "| CSV ingest, 10,000 rows resampled from Polis | $synth_wall s, $synth_rps rows/s | - |"
cat "$work/search.md"
