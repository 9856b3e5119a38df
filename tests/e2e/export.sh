#!/bin/sh
# Export end to end: the Markdown and HTML reports, CSV and JSON Lines, the
# selection options, representative excerpts, and writes that land whole.
. "$(dirname "$0")/lib.sh"
unmount_on_exit
LEX="$PLENARY_TOP/tests/data/mini.lex"
export SOURCE_DATE_EPOCH=1767225600   # the export date: 2026-01-01T00:00:00Z

# The sample corpora, each speech with its country and year, and a fixture
# whose text would be markup, a formula or a CSV break if not escaped.
ingest_speeches
"$PLENARY" ingest -q "$CORPORA/unnm" 2>/dev/null
cat >"$T/fixture.txt" <<'EOF'
---
title: =HYPERLINK("http://example.com/x")
country: @MEX
---

=SUM(A1) is what a spreadsheet would run; remittances "matter", a lot.

<script>alert(1)</script> remittances & <b>bold</b> 'quoted', and trafficking of migrants.

+1 remittances, -2 remittances
EOF
"$PLENARY" ingest -q "$T/fixture.txt" 2>/dev/null
fx=$(sql "SELECT id FROM documents WHERE path LIKE '%fixture.txt'")
# A passage with a line break and a tab (survey answers have them).
sql "UPDATE passages SET text = replace(text, ' and trafficking', char(10) || char(9) || 'and trafficking') WHERE document_id = $fx AND ordinal = 2"
sql "INSERT INTO passage_meta VALUES((SELECT id FROM passages WHERE document_id = $fx AND ordinal = 3), 'answer', '-note, with \"quotes\"')"
"$PLENARY" tag --lexicon "$LEX" >/dev/null 2>&1
# analyst decisions: one added, one removed
added=$(sql "SELECT id FROM passages WHERE id NOT IN (SELECT passage_id FROM tags) ORDER BY id LIMIT 1")
removed=$(sql "SELECT passage_id FROM tags WHERE category_id = 'O20' AND source = 'lexicon' ORDER BY passage_id LIMIT 1")
"$PLENARY" tag --lexicon "$LEX" --add O17 "$added" >/dev/null 2>&1
"$PLENARY" tag --lexicon "$LEX" --remove O20 "$removed" >/dev/null 2>&1
check setup_tagged test "$(sql "SELECT count(*) FROM passage_tags WHERE category_id = 'O20'")" -gt 2

# ---- Markdown ------------------------------------------------------------------
run md_export 0 pl export -o "$T/r.md" && check md_stdout_empty test ! -s "$T/out"
check md_date has '^- Exported 2026-01-01T00:00:00Z by plenary ' "$T/r.md"
check md_db_path has "from $PLENARY_DB" "$T/r.md"
run_line=$(sql "SELECT 'run ' || id || ': lexicon ' || lexicon_id || ' version ' || lexicon_version || ', sha256 ' || lexicon_hash FROM tag_runs ORDER BY id DESC LIMIT 1")
check md_run_stated has "$run_line" "$T/r.md"
check md_decisions has 'analyst decisions among them: 2$' "$T/r.md"
# every count of the summary table against the database
check md_counts_add_up python3 - "$T/r.md" "$PLENARY_DB" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[2])
rows = [l.split("|")[1:-1] for l in open(sys.argv[1]) if l.startswith("| O")]
assert len(rows) == 3, rows
for cat, _title, passages, docs, _speakers, shown in rows:
    cat = cat.strip()
    want = db.execute("SELECT count(*), count(DISTINCT p.document_id) FROM passage_tags t"
                      " JOIN passages p ON p.id = t.passage_id WHERE category_id = ?", (cat,)).fetchone()
    assert (int(passages), int(docs)) == want, (cat, passages, docs, want)
    assert int(shown) == want[0], (cat, shown)
EOF
same md_excerpts_all "$(grep -c '^### ' "$T/r.md")" "$(sql "SELECT count(*) FROM passage_tags")"
check md_script_escaped has '\\<script\\>alert(1)\\</script\\>' "$T/r.md"
check md_no_raw_markup hasnt '<script>' "$T/r.md"
check md_formula_literal has '^> \\=SUM(A1)' "$T/r.md"
check md_list_marker_escaped has '^> \\+1 remittances' "$T/r.md"
check md_citation has '^Passage id [0-9]*, country: [A-Z]*, year: 20' "$T/r.md"
run md_stdout 0 pl export && check md_reproducible cmp -s "$T/out" "$T/r.md"

# ---- CSV ------------------------------------------------------------------------
run csv_export 0 pl export --format csv -o "$T/long.csv" && pass csv_export
check csv_parses python3 - "$T/long.csv" "$PLENARY_DB" <<'EOF'
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
# records end in CRLF; text keeps its own LF line breaks, quoted
assert open(sys.argv[1], "rb").read().count(b"\r\n") == len(rows) + 1, "line ends are CRLF"
cols = list(rows[0].keys())
assert cols[:9] == ["passage_id", "document", "title", "speaker", "ordinal", "category",
                    "source", "score", "text"], cols
assert "country" in cols and "year" in cols and "answer" in cols, cols
# one row per passage and tag in force, one row for each untagged passage
for cat, n in db.execute("SELECT category_id, count(*) FROM passage_tags GROUP BY 1"):
    got = sum(r["category"] == cat for r in rows)
    assert got == n, (cat, got, n)
untagged = db.execute("SELECT count(*) FROM passages WHERE id NOT IN"
                      " (SELECT passage_id FROM passage_tags)").fetchone()[0]
assert sum(r["category"] == "" for r in rows) == untagged
src = {(r["passage_id"], r["category"]): r["source"] for r in rows}
for pid, cat, s in db.execute("SELECT passage_id, category_id, source FROM passage_tags"):
    assert src[(str(pid), cat)] == s, (pid, cat, s)
# no cell a spreadsheet would evaluate; neutralised cells keep their text
for r in rows:
    for k, v in r.items():
        assert not v or v[0] not in "=+-@\t\r", (k, v)
texts = {r["passage_id"]: r["text"] for r in rows}
for pid, text in db.execute("SELECT id, text FROM passages"):
    want = "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
    assert texts[str(pid)] == want, (pid, texts[str(pid)][:60], want[:60])
fx = [r for r in rows if r["document"].endswith("fixture.txt")]
assert fx[0]["title"] == "'=HYPERLINK(\"http://example.com/x\")", fx[0]["title"]
assert fx[0]["text"].startswith("'=SUM(A1)"), fx[0]["text"]
assert all(r["country"] == "'@MEX" for r in fx)
assert any("\n\tand trafficking" in r["text"] for r in fx)
assert any(r["answer"] == "'-note, with \"quotes\"" for r in fx)
EOF
run csv_wide 0 pl export --format csv --wide && check csv_wide_parses python3 - "$T/out" "$PLENARY_DB" <<'EOF'
import csv, io, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
rows = list(csv.DictReader(io.open(sys.argv[1], newline="", encoding="utf-8")))
assert len(rows) == db.execute("SELECT count(*) FROM passages").fetchone()[0]
assert "category" not in rows[0]
for cat, n in db.execute("SELECT c.id, (SELECT count(*) FROM passage_tags t WHERE t.category_id = c.id)"
                         " FROM categories c"):
    assert sum(r[cat] == "1" for r in rows) == n, cat
    assert all(r[cat] in ("0", "1") for r in rows)
EOF

# ---- JSON Lines -----------------------------------------------------------------
run jsonl_export 0 pl export --format jsonl -o "$T/all.jsonl" && pass jsonl_export
check jsonl_parses python3 - "$T/all.jsonl" "$PLENARY_DB" <<'EOF'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[-1] == ""
rows = [json.loads(l) for l in lines[:-1]]
assert len(rows) == db.execute("SELECT count(*) FROM passages").fetchone()[0]
for r in rows:
    pid = r["passage_id"]
    text, doc, path = db.execute("SELECT p.text, d.id, d.path FROM passages p JOIN documents d"
                                 " ON d.id = p.document_id WHERE p.id = ?", (pid,)).fetchone()
    assert r["text"] == text and r["document"]["id"] == doc and r["document"]["path"] == path
    want = sorted(db.execute("SELECT category_id, source FROM passage_tags WHERE passage_id = ?", (pid,)))
    assert sorted((t["id"], t["source"]) for t in r["tags"]) == want, (pid, r["tags"], want)
    nspans = db.execute("SELECT count(*) FROM tag_spans WHERE passage_id = ? AND category_id IN"
                        " (SELECT category_id FROM passage_tags WHERE passage_id = ?)", (pid, pid)).fetchone()[0]
    assert len(r["spans"]) == nspans, pid
    for s in r["spans"]:
        assert s["kind"] in ("hit", "excluded", "context") and 0 <= s["start"] <= s["end"] <= len(text.encode())
meta = {k: v for r in rows if r["document"]["path"].endswith("fixture.txt") for k, v in r["meta"].items()}
assert meta["country"] == "@MEX" and meta["answer"] == '-note, with "quotes"', meta
assert any(t["source"] == "analyst" for r in rows for t in r["tags"])
EOF

# ---- selection ------------------------------------------------------------------
# the query and filters go through search; --tag keeps the passages with the tag
pl search --format tsv --limit 100000 --meta country=PHL migrants >"$T/hits.tsv"
run select_query 0 pl export --format jsonl --tag O20 --tag O17 --query migrants --meta country=PHL &&
	check select_query_ids python3 - "$T/out" "$T/hits.tsv" "$PLENARY_DB" <<'EOF'
import csv, json, sqlite3, sys
db = sqlite3.connect(sys.argv[3])
got = sorted(json.loads(l)["passage_id"] for l in open(sys.argv[1]))
hits = {int(r["passage_id"]) for r in csv.DictReader(open(sys.argv[2]), delimiter="\t")}
tagged = {r[0] for r in db.execute("SELECT passage_id FROM passage_tags WHERE category_id IN ('O20', 'O17')")}
assert got == sorted(hits & tagged) and got and len(hits) > len(got), (got, len(hits))
EOF
sql "INSERT INTO excerpts(passage_id, marked_at) SELECT passage_id, 'now' FROM passage_tags WHERE category_id = 'O10' LIMIT 2"
run select_excerpts 0 pl export --format jsonl --excerpts &&
	same select_excerpts_ids "$(python3 -c 'import json,sys; print(sorted(json.loads(l)["passage_id"] for l in open(sys.argv[1])))' "$T/out")" \
		"$(python3 -c 'import sqlite3,sys; print(sorted(r[0] for r in sqlite3.connect(sys.argv[1]).execute("SELECT passage_id FROM excerpts")))' "$PLENARY_DB")"
run select_header 0 pl export --tag O20 --query 'remittances' --meta country=PHL --excerpts &&
	check select_header_states has '^- Selection: categories O20; query "remittances"; country=PHL; the analyst' "$T/out"
run select_unknown_tag 2 pl export --tag O99 && check select_unknown_tag_msg has "unknown category 'O99'" "$T/err"
run select_bad_query 2 pl export --query '"unbalanced' && pass select_bad_query
run select_bad_format 2 pl export --format pdf && pass select_bad_format
run select_wide_not_md 2 pl export --wide && pass select_wide_not_md

# ---- representative excerpts --------------------------------------------------------
run per_category 0 pl export --format csv --per-category 3 -o "$T/rep.csv" && pass per_category
run per_category_again 0 pl export --format csv --per-category 3 && check per_category_deterministic cmp -s "$T/out" "$T/rep.csv"
check per_category_spread python3 - "$T/rep.csv" "$PLENARY_DB" <<'EOF'
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
for (cat,) in db.execute("SELECT id FROM categories"):
    got = [r for r in rows if r["category"] == cat]
    n, docs = db.execute("SELECT count(*), count(DISTINCT p.document_id) FROM passage_tags t"
                         " JOIN passages p ON p.id = t.passage_id WHERE category_id = ?", (cat,)).fetchone()
    assert len(got) == min(3, n), (cat, len(got), n)
    # one per document until every document has given one
    assert len({r["document"] for r in got}) == min(3, docs), (cat, got)
    # the strongest evidence of the category is among them
    best = db.execute("SELECT max(score) FROM tags t JOIN passage_tags pt USING(passage_id, category_id)"
                      " WHERE t.category_id = ? AND t.source = 'lexicon'", (cat,)).fetchone()[0]
    if best is not None:
        assert max(float(r["score"] or 0) for r in got) == best, (cat, best)
EOF
run per_category_md 0 pl export --per-category 2 --tag O20 &&
	same per_category_md_shown "$(grep -c '^### ' "$T/out")" 2
run per_category_zero 2 pl export --per-category 0 && pass per_category_zero

# ---- HTML -----------------------------------------------------------------------
run html_export 0 pl export --format html --by country -o "$T/r.html" && pass html_export
check html_charset has '<meta charset="utf-8">' "$T/r.html"
check html_script_escaped has '&lt;script&gt;alert(1)&lt;/script&gt;' "$T/r.html"
check html_no_script hasnt '<script' "$T/r.html"
check html_quotes_escaped has '&#39;quoted&#39;' "$T/r.html"
check html_run_stated has "$(sql "SELECT lexicon_hash FROM tag_runs ORDER BY id DESC LIMIT 1")" "$T/r.html"
check html_svg_bars has '<rect class="bar"' "$T/r.html"
check html_crosstab has '<h2 id="crosstab">Categories by country</h2>' "$T/r.html"
check html_no_external_resources sh -c "! grep -Eio '(src|href|action)=[\"'\'']?[a-z]*:?//|url\\(|@import' '$T/r.html'"
# the crosstab agrees with the database: passages of O20 from GRC
grc=$(sql "SELECT count(*) FROM passage_tags t JOIN passages p ON p.id = t.passage_id JOIN document_meta m ON m.document_id = p.document_id AND m.key = 'country' WHERE t.category_id = 'O20' AND m.value = 'GRC'")
check html_crosstab_cell python3 - "$T/r.html" "$grc" <<'EOF'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
table = html[html.index('id="crosstab"'):]
head = re.search(r"<thead>(.*?)</thead>", table).group(1)
cols = re.findall(r"<th>(.*?)</th>", head)
row = re.search(r"<tr><td>O20</td>(.*?)</tr>", table).group(1)
cells = re.findall(r'<td class="n">(\d+) \(\d+\)</td>', row)
got = int(cells[cols.index("GRC") - 1]) if "GRC" in cols else 0
assert got == int(sys.argv[2]), (got, sys.argv[2])
EOF
run md_by 0 pl export --by year --tag O20 && check md_by_table has '^## Categories by year' "$T/out"
run by_not_csv 2 pl export --format csv --by country && pass by_not_csv

# A real browser renders it, and asks for nothing outside the file.
if command -v chromium >/dev/null 2>&1; then
	timeout -k 5 60 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
		--host-resolver-rules="MAP * ~NOTFOUND" --enable-logging=stderr --v=0 \
		--screenshot="$T/shot.png" --window-size=1200,1600 "file://$T/r.html" \
		>"$T/chromium.out" 2>"$T/chromium.err"
	check html_screenshot python3 - "$T/shot.png" <<'EOF'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, w, h = 8, b"", 0, 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, color = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and color in (2, 6), (depth, color)
        bpp = 3 if color == 2 else 4
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
assert (w, h) == (1200, 1600), (w, h)
raw = zlib.decompress(idat)
stride = w * bpp + 1
# count rows that are not all one colour (filter byte aside): text, bars, rules
inked = 0
for y in range(h):
    line = raw[y * stride + 1:(y + 1) * stride]
    if line.count(line[:bpp]) != w:
        inked += 1
assert inked > h // 4, "the page looks blank: %d of %d rows have anything on them" % (inked, h)
EOF
	check html_no_requests sh -c "! grep -Ei 'ERR_NAME_NOT_RESOLVED|net::ERR' '$T/chromium.err'"
else
	echo "ok html_screenshot # skipped: no chromium (apt-get install chromium)"
fi

# ---- writes that land whole ------------------------------------------------------------
printf 'old report\n' >"$T/keep.md"
run atomic_failed_export 2 pl export --tag O99 -o "$T/keep.md" &&
	same atomic_old_file_kept "$(cat "$T/keep.md")" "old report"
check atomic_no_temp_left test -z "$(find "$T" -maxdepth 1 -name '.keep.md.*')"
run atomic_replaces 0 pl export --tag O20 -o "$T/keep.md" && check atomic_new_file has '^# Report' "$T/keep.md"
check atomic_mode test "$(stat -c %a "$T/keep.md")" = "$(umask -S >/dev/null; printf '%o' $((0666 & ~$(umask))))"
run not_regular 2 pl export -o /dev/null && check not_regular_msg has 'not a regular file' "$T/err"
pl export --format jsonl >/dev/full 2>"$T/err"
same stdout_full_exit "$?" 1
check stdout_full_msg has 'cannot write' "$T/err"
export_disk_full disk_full r.jsonl --format jsonl
