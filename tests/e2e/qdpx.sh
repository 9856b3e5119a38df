#!/bin/sh
# REFI-QDA export end to end: the archive, project.qde valid against the test
# schema (tests/data/qdpx-project.rng), every selection exactly its passage
# and coded with its tags in force, hostile text, the selection options,
# byte-identical exports, and writes that land whole.
. "$(dirname "$0")/lib.sh"
unmount_on_exit
RNG="$PLENARY_TOP/tests/data/qdpx-project.rng"
CHK="$PLENARY_TOP/tests/e2e/qdpx_check.py"
export SOURCE_DATE_EPOCH=1767225600   # the export date: 2026-01-01T00:00:00Z

# The sample corpora (speeches with their country, Markdown with sections,
# ParlaMint and Polis with speakers and rows), ParlaMint from the shared
# corpora, and documents whose text would break XML if not escaped.
ingest_speeches
"$PLENARY" ingest -q "$CORPORA/unnm" "$CORPORA/parlamint" "$CORPORA/polis" "$CORPORA/gcm" 2>/dev/null
[ -d "$SHARED/parlamint" ] && "$PLENARY" ingest -q "$SHARED/parlamint" 2>/dev/null
printf -- '---\ntitle: <script>&"x"]]></title>\ncountry: <MEX> & "co"\n---\n\n' >"$T/hostile.txt"
printf 'Mr. P\303\251rez (Mexico): <script>alert(1)</script> remittances & ]]> more remittances.\n\n' >>"$T/hostile.txt"
printf 'Controls \001\002\033[2J\177 and \357\277\276 noncharacter, bidi \342\200\256 override, remittances.\n\n' >>"$T/hostile.txt"
printf 'Caf\303\251 \342\202\254 \360\237\230\200 wide and emoji, remittances to families.\n' >>"$T/hostile.txt"
"$PLENARY" ingest -q "$T/hostile.txt" 2>/dev/null
# invalid UTF-8 (U+FFFD at ingest: the valid "\303\251" keeps it from being
# taken for CP1252) and a NUL taken as text, beside other bytes
printf 'Invalid \377\376 bytes \300\257 and caf\303\251 remittances \355\240\200 here.\n\nA NUL \001\000\002 in remittances.\n' >"$T/bytes.txt"
"$PLENARY" ingest -q --text "$T/bytes.txt" 2>/dev/null
"$PLENARY" tag >/dev/null 2>&1
# analyst decisions: one added, one removed
added=$(sql "SELECT id FROM passages WHERE id NOT IN (SELECT passage_id FROM tags) ORDER BY id LIMIT 1")
removed=$(sql "SELECT passage_id FROM tags WHERE category_id = 'O20' AND source = 'lexicon' ORDER BY passage_id LIMIT 1")
"$PLENARY" tag --add O17 "$added" --note 'seen <here> & "there"' >/dev/null 2>&1
"$PLENARY" tag --remove O20 "$removed" >/dev/null 2>&1
check setup_hostile_tagged test "$(sql "SELECT count(*) FROM passage_tags t JOIN passages p ON p.id = t.passage_id
	JOIN documents d ON d.id = p.document_id WHERE d.path LIKE '%hostile.txt' OR d.path LIKE '%bytes.txt'")" -ge 4
check setup_bytes_replaced test "$(sql "SELECT count(*) FROM passages WHERE instr(text, char(65533)) > 0")" -ge 2

# members FILE.qdpx PATTERN: the members whose names match, one after another
members() {
	python3 -c 'import fnmatch, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for n in z.namelist():
    if fnmatch.fnmatch(n, sys.argv[2]):
        sys.stdout.buffer.write(z.read(n))' "$1" "$2"
}

# valid NAME FILE.qdpx: its project.qde (kept as $T/project.qde) is
# well-formed and valid against the schema
valid() {
	members "$2" project.qde >"$T/project.qde" &&
		xmllint --noout --relaxng "$RNG" "$T/project.qde" >"$T/out" 2>"$T/err"
	check "$1" test $? -eq 0
}

# ---- everything ----------------------------------------------------------------
run all_export 0 pl export --format qdpx -o "$T/all.qdpx" && check all_stdout_empty test ! -s "$T/out"
valid all_valid "$T/all.qdpx"
check all_content python3 "$CHK" "$T/all.qdpx" "$PLENARY_DB" --all-docs
members "$T/all.qdpx" 'sources/*' >"$T/all.txt"
check all_analyst_wins has 'O17 from an analyst: seen &lt;here&gt; &amp; &quot;there&quot;' "$T/project.qde"
check all_run_stated has "sha256 $(sql "SELECT lexicon_hash FROM tag_runs ORDER BY id LIMIT 1")" "$T/project.qde"
check all_parent_codes has 'name="gcm-principles" isCodable="false"' "$T/project.qde"
# hostile text: escaped in the XML, U+FFFD for what XML forbids in the text
check hostile_title_escaped has 'name="&lt;script&gt;&amp;&quot;x&quot;\]\]&gt;&lt;/title&gt;"' "$T/project.qde"
check hostile_no_raw_markup sh -c "! grep -q '<script>\\|<b>\\|\\]\\]>' '$T/project.qde'"
check hostile_no_controls sh -c "! cat '$T/project.qde' '$T/all.txt' | LC_ALL=C grep -q \"\$(printf '[\001-\010\013\014\016-\037]')\""
check hostile_speaker_label has '^Mr. P.*rez (Mexico): <script>' "$T/all.txt"
check hostile_fffd has "^Controls $(printf '\357\277\275\357\277\275\357\277\275')\\[2J$(printf '\177') and $(printf '\357\277\275') noncharacter" "$T/all.txt"

# the schema can fail: Description before Sources, a malformed GUID
sed 's#<Sources>#<Description>x</Description><Sources>#' "$T/project.qde" >"$T/bad1.qde"
sed '0,/guid="[0-9a-f-]*"/s//guid="not-a-guid"/' "$T/project.qde" >"$T/bad2.qde"
check schema_rejects_order sh -c "! xmllint --noout --relaxng '$RNG' '$T/bad1.qde' 2>/dev/null"
check schema_rejects_guid sh -c "! xmllint --noout --relaxng '$RNG' '$T/bad2.qde' 2>/dev/null"

# ---- determinism ------------------------------------------------------------------
run again_export 0 pl export --format qdpx -o "$T/again.qdpx" && check identical cmp -s "$T/all.qdpx" "$T/again.qdpx"
run tz_export 0 env TZ=JST-9 "$PLENARY" export --format qdpx -o "$T/tz.qdpx" &&
	check tz_identical cmp -s "$T/all.qdpx" "$T/tz.qdpx"
run stdout_export 0 sh -c "'$PLENARY' export --format qdpx > '$T/stdout.qdpx'" &&
	check stdout_identical cmp -s "$T/all.qdpx" "$T/stdout.qdpx"

# ---- selections -------------------------------------------------------------------
run tag_export 0 pl export --format qdpx --tag O20 --tag O17 -o "$T/tag.qdpx"
valid tag_valid "$T/tag.qdpx"
check tag_content python3 "$CHK" "$T/tag.qdpx" "$PLENARY_DB" --tag O20 --tag O17
run query_export 0 pl export --format qdpx --query 'migrants' --meta year=2023 -o "$T/q.qdpx"
valid query_valid "$T/q.qdpx"
pl search --limit 100000 --format tsv --meta year=2023 'migrants' | awk -F'\t' 'NR > 1 { print $2 }' | sort -n >"$T/hits"
sql "SELECT DISTINCT passage_id FROM passage_tags" | grep -Fx -f "$T/hits" >"$T/want"
check query_has_hits test -s "$T/want"
check query_content python3 "$CHK" "$T/q.qdpx" "$PLENARY_DB" --expect "$T/want"
run per_category_export 0 pl export --format qdpx --per-category 2 -o "$T/pc.qdpx"
valid per_category_valid "$T/pc.qdpx"
check per_category_two test "$(grep -c '<PlainTextSelection' "$T/project.qde")" -le $((2 * $(sql "SELECT count(*) FROM categories")))
run empty_export 0 pl export --format qdpx --query 'zzzunfindable' -o "$T/empty.qdpx"
valid empty_valid "$T/empty.qdpx"
run qdpx_by_refused 2 pl export --format qdpx --by country -o "$T/by.qdpx"
if command -v script >/dev/null; then
	run terminal_refused 2 script -qec "'$PLENARY' export --format qdpx" /dev/null &&
		check terminal_refused_msg has 'not for a terminal' "$T/out"
fi

# ---- writes that land whole --------------------------------------------------------
printf 'old project\n' >"$T/keep.qdpx"
run failed_keeps 2 pl export --format qdpx --query 'NOT' -o "$T/keep.qdpx" &&
	same failed_old_kept "$(cat "$T/keep.qdpx")" "old project"
check failed_no_temp test -z "$(find "$T" -maxdepth 1 -name '.keep.qdpx.*')"
run missing_dir 1 pl export --format qdpx -o "$T/no/such/dir.qdpx" &&
	check missing_dir_msg has 'cannot write' "$T/err"
pl export --format qdpx >/dev/full 2>"$T/err"
same stdout_full_exit "$?" 1
export_disk_full disk_full p.qdpx --format qdpx
