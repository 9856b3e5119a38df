#!/bin/sh
# Hostile and oversized input end to end: what a reader takes in reaches the
# database whole and valid, and leaves it only escaped.
. "$(dirname "$0")/lib.sh"

# ---- a CSV with more metadata columns than a fixed table would hold ------------
python3 -c 'import csv, sys
w = csv.writer(open(sys.argv[1], "w", newline="", encoding="utf-8"))
w.writerow(["c%d" % i for i in range(300)] + ["comment"])
w.writerow(["v%d" % i for i in range(300)] + ["Remittances cost migrant families too much."])' "$T/wide.csv"
export PLENARY_DB="$T/wide.db"
run wide_csv_ingest 0 pl ingest --text-columns comment "$T/wide.csv" && pass wide_csv_ingest
# 300 columns, then the question and the row number
same wide_csv_all_metadata "$(sql 'SELECT count(*) FROM passage_meta')" 302
same wide_csv_last_column "$(sql "SELECT value FROM passage_meta WHERE key = 'c299'")" v299
same wide_csv_row "$(sql "SELECT value FROM passage_meta WHERE key = 'row'")" 1

# ---- hostile names: a CSV header, a WebVTT voice, DOCX properties ---------------
export PLENARY_DB="$T/hostile.db"
python3 - "$T" "$PLENARY_TOP/tests/e2e" <<'PY'
import sys
sys.path.insert(0, sys.argv[2])
import office_fixtures as of
t = sys.argv[1]
open(t + "/evil.csv", "w", encoding="utf-8").write(
    'id,"coun\x1b[31mtry\'""x",comment\n'
    '1,"Fr\x1b]52;c;aGVsbG8=\x07ance","=cmd|\' /C calc\'!A0 Zebras and remittances for migrant families sent home"\n')
open(t + "/evil.vtt", "w", encoding="utf-8").write(
    "WEBVTT\n\n00:00.000 --> 00:05.000\n<v Bob\x1b[2J\x07\x08Evil>Zebras cost \x1b[31mmore\x1b[0m.\n")
title = "&lt;script&gt;alert(1)&lt;/script&gt; \u009b2J\u202eevil"
body = of.w_par(title, "Title") + of.w_par("Zebras said &lt;img src=x onerror=alert(1)&gt; \u009b31m.")
of.write_docx(t + "/evil.docx", of.docx_document(body), of.CORE.replace(of.TITLE, title))
PY
run hostile_ingest 0 pl ingest "$T/evil.csv" "$T/evil.vtt" "$T/evil.docx" && pass hostile_ingest
# raw control characters of documents, to a terminal: ESC, BEL, CSI (C1), RLO
raw_controls() { grep -q "$(printf '\033\\|\007\\|\302\233\\|\342\200\256')" "$1"; }
no_raw_controls() { sed 's/\x1b\[\(1\|0\|22\|\)m//g' "$1" >"$1.plain"; ! raw_controls "$1.plain"; }
# clean_file FILE PATTERN: neither PATTERN (raw markup) nor raw controls in FILE
clean_file() { ! grep -q "$2" "$1" && ! raw_controls "$1"; }
check hostile_ingest_stderr_escaped no_raw_controls "$T/err"
KEY=$(printf 'coun\033[31mtry'"'"'"x')
for cmd in "search zebras" "kwic zebras" "stats --by speaker" "stats --by title"; do
	name=hostile_tty_$(echo "$cmd" | tr ' -' '__')
	timeout 20 script -qec "'$PLENARY' --db '$PLENARY_DB' $cmd" /dev/null </dev/null >"$T/out" 2>&1
	check "$name" no_raw_controls "$T/out"
done
run hostile_stats_by_key 0 pl stats --by "$KEY" --format jsonl &&
	check hostile_stats_by_key_json python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert any((r.get("value") or "").startswith("Fr\x1b]52") for r in rows), rows' "$T/out"
run hostile_export_html 0 pl export --format html -o "$T/r.html" &&
	check hostile_html_escaped clean_file "$T/r.html" '<script\|<img'
run hostile_export_csv 0 pl export --format csv -o "$T/r.csv" &&
	check hostile_csv_cells python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert any(h.startswith("coun\x1b[31mtry") for h in rows[0]), rows[0]
for r in rows:
    assert len(r) == len(rows[0]), r
    assert not any(c[:1] in "=+-@\t\r" and c for c in r), r' "$T/r.csv"
run hostile_export_md 0 pl export --format md -o "$T/r.md" &&
	check hostile_md_escaped clean_file "$T/r.md" '[^\\]<script\|^<script'
run hostile_export_meta_quote 2 pl export --meta "k'=v" && pass hostile_export_meta_quote

# ---- a file size limit (ulimit -f) during an export ---------------------------
# The write must fail like a full disk (exit 1, a message, the old file kept,
# no temporary file left), not kill the export with SIGXFSZ mid-file.
export PLENARY_DB="$T/limit.db"
mkdir -p "$T/limit"
pl ingest -q "$CORPORA"/ungdc/*.txt 2>/dev/null
printf 'old\n' >"$T/limit/r.jsonl"
# 512-byte blocks: 128 KiB, past the database's own files, short of the export
sh -c 'ulimit -f 256 && exec "$@"' - "$PLENARY" export --format jsonl -o "$T/limit/r.jsonl" \
	>"$T/out" 2>"$T/err"
same fsize_limit_exit "$?" 1
check fsize_limit_msg has 'File too large' "$T/err"
same fsize_limit_old_kept "$(cat "$T/limit/r.jsonl")" old
same fsize_limit_no_temp "$(ls -A "$T/limit")" r.jsonl

# ---- a document's own highlight bytes -----------------------------------------
# \x02 and \x03 mark search hits in snippets; a document's own must not turn
# its text bold on a terminal, or pass for a hit in the TUI.
printf 'Quokkas \002fake hit\003 and remittances.\n' >"$T/marks.txt"
run marks_ingest 0 pl ingest "$T/marks.txt" && pass marks_ingest
same marks_not_stored "$(sql "SELECT instr(text, char(2)) + instr(text, char(3)) FROM passages WHERE text LIKE 'Quokkas%'")" 0
timeout 20 script -qec "'$PLENARY' --db '$PLENARY_DB' search quokkas" /dev/null </dev/null >"$T/out" 2>&1
check marks_not_bold sh -c '! grep -q "$(printf "\033")\[1mfake" "$1" && grep -q "\\\\x1afake" "$1"' - "$T/out"

# ---- a --by key with escape sequences, echoed in the headings -----------------
ESCKEY=$(printf 'k\033[2Jey')
for cmd in "stats --by" "stats --count-by" "stats --coverage --by"; do
	name=escaped_key_$(echo "$cmd" | tr ' -' '__')
	timeout 20 script -qec "'$PLENARY' --db '$PLENARY_DB' $cmd '$ESCKEY'" /dev/null </dev/null >"$T/out" 2>&1
	check "$name" no_raw_controls "$T/out"
done
