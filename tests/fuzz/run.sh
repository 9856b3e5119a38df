#!/bin/sh
# Runs every fuzz target built in DIR (build/fuzz) from seeds taken from the
# repository's own files, and prints one line per target:
#   ok fuzz_csv: 123456 runs, 1028 exec/s
#   FAIL fuzz_csv: crash, input saved as build/fuzz/crashes/fuzz_csv-crash-...
# Usage: tests/fuzz/run.sh [--check] DIR [TARGET...]   (no TARGET: all of them)
#   default  each target for $FUZZ_SECONDS seconds (30); what it finds that
#            reaches new code is kept in DIR/corpus/NAME for the next run
#   --check  each target over its seeds plus 2000 runs, with a fixed random
#            seed and a throw-away corpus (make check)
# Exits 1 if any target crashed, leaked, hit undefined behaviour, ran out of
# memory or took over the time limit on one input; the input is in DIR/crashes/.
set -u
check=0
[ "${1:-}" = --check ] && { check=1; shift; }
dir=${1:?usage: tests/fuzz/run.sh [--check] DIR [TARGET...]}
shift
top=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${FUZZ_SECONDS:-30}
mkdir -p "$dir/crashes"
# Seeds and logs: in DIR, or for --check in a directory of its own, so a
# check can run beside a long `make fuzz`.
if [ "$check" = 1 ]; then
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
else
	work=$dir
fi
seeds=$work/seeds
rm -rf "$seeds"
# fuzz_query's database: where a crash that skips its clean-up leaves it.
export TMPDIR="$work/tmp"
mkdir -p "$TMPDIR"
mkdir -p "$seeds/parlamint" "$seeds/office" "$seeds/query"

# Generated seeds: a ParlaMint transcript and its table in one input (NUL
# between, as fuzz_parlamint.c splits them), the office fixtures of the
# e2e tests and their XML parts (NUL between), one query per line of queries.txt.
for t in "$top"/corpora/parlamint/*-meta.tsv; do
	txt=${t%-meta.tsv}.txt
	[ -f "$txt" ] && { cat "$txt"; printf '\0'; cat "$t"; } >"$seeds/parlamint/$(basename "$txt")"
done
python3 "$top/tests/e2e/office_fixtures.py" "$seeds/office" ||
	{ echo "FAIL fuzz-seeds: cannot write the office fixtures"; exit 1; }
python3 - "$seeds/office" <<'EOF' ||
import sys, zipfile, pathlib
d = pathlib.Path(sys.argv[1])
for name, doc, props in (("submission.docx", "word/document.xml", "docProps/core.xml"),
                         ("submission.odt", "content.xml", "meta.xml")):
    z = zipfile.ZipFile(d / name)
    (d / (name + ".xml")).write_bytes(z.read(doc) + b"\0" + z.read(props))
EOF
	{ echo "FAIL fuzz-seeds: cannot take the XML out of the office fixtures"; exit 1; }
n=0
while IFS= read -r q; do
	n=$((n + 1))
	printf '%s' "$q" >"$seeds/query/$n"
done <"$top/tests/fuzz/queries.txt"

# seeds_of NAME: the seed files of a target, one per line.
seeds_of() {
	case $1 in
	fuzz_text) ls "$top"/corpora/*/*.txt "$top"/corpora/*/*.md "$top"/corpora/README.md \
		"$top"/tests/data/formats/README.md "$top"/tests/data/formats/*.srt ;;
	fuzz_csv) ls "$top"/tests/data/formats/*.csv "$top"/corpora/polis/*/*.csv \
		"$top"/corpora/*/*.tsv "$top"/tests/data/*.tsv ;;
	fuzz_captions) ls "$top"/tests/data/formats/*.vtt "$top"/tests/data/formats/*.srt ;;
	fuzz_parlamint) ls "$seeds"/parlamint/* "$top"/corpora/parlamint/*.txt ;;
	fuzz_office) ls "$seeds"/office/* ;;
	fuzz_lexicon) ls "$top"/lexicons/*.lex "$top"/tests/data/*.lex ;;
	fuzz_dictionary) ls "$top"/tests/data/dictionaries/* ;;
	fuzz_query) ls "$seeds"/query/* ;;
	esac
}

# Longest input per target: past a few KiB an input only repeats structure
# the fuzzer already has, and runs slower. Inputs stay far below the
# product's own caps (256 MiB files, 16 KiB patterns, 100x zip inflation).
max_len_of() {
	case $1 in
	fuzz_office) echo 65536 ;;
	fuzz_csv|fuzz_parlamint) echo 16384 ;;
	fuzz_text|fuzz_captions|fuzz_lexicon|fuzz_dictionary) echo 8192 ;;
	*) echo 1024 ;;
	esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$top/tests/lsan.supp:print_suppressions=0}"
status=0
for bin in "$dir"/fuzz_*; do
	[ -x "$bin" ] || continue
	name=$(basename "$bin")
	[ $# -eq 0 ] || case " $* " in *" $name "*) ;; *) continue ;; esac
	list=$seeds/$name.list
	# Inputs that once broke the target (tests/fuzz/regress/) are seeds too.
	{ seeds_of "$name"; ls "$top"/tests/fuzz/regress/"$name"-*; } 2>/dev/null | paste -sd, >"$list"
	nseeds=$(tr ',' '\n' <"$list" | grep -c .)
	if [ "$check" = 1 ]; then
		corpus=$work/corpus-$name
		mkdir -p "$corpus"
		limit="-seed=1 -runs=$((nseeds + 2000))"
	else
		corpus=$dir/corpus/$name
		mkdir -p "$corpus"
		limit="-max_total_time=$seconds"
	fi
	dict=$top/tests/fuzz/$name.dict
	[ -f "$dict" ] && limit="$limit -dict=$dict"
	log=$work/$name.log
	# shellcheck disable=SC2086
	"$bin" $limit -seed_inputs=@"$list" -max_len="$(max_len_of "$name")" -timeout=10 \
		-rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$dir/crashes/$name-" \
		"$corpus" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
	summary="${runs:-0} runs"
	[ "$check" = 1 ] || summary="$summary, ${speed:-0} exec/s"
	if [ "$rc" -eq 0 ] && grep -q '^Done [0-9]* runs' "$log"; then
		echo "ok $name: $summary"
		continue
	fi
	status=1
	cp "$log" "$dir/crashes/$name.log"
	what=$(grep -o -m 1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): [a-z-]+|runtime error|contract broken' "$log")
	saved=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
	echo "FAIL $name: $summary; ${what:-exit $rc}; input saved as ${saved:-nothing}; log in $dir/crashes/$name.log"
	grep -m 3 -E 'ERROR|runtime error|contract broken' "$log" | sed 's/^/  # /'
done
exit "$status"
