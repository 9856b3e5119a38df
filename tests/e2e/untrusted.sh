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
