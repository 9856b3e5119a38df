#!/bin/sh
# Tagging end to end: tag, analyst decisions, classify, explain, lexicon commands.
. "$(dirname "$0")/lib.sh"
LEX="$PLENARY_TOP/tests/data/mini.lex"
GOLD="$PLENARY_TOP/tests/data/mini-gold.tsv"

"$PLENARY" ingest -q "$CORPORA/ungdc" "$CORPORA/unnm" 2>/dev/null

run tag_runs 0 "$PLENARY" tag --lexicon "$LEX" &&
	check tag_prints_counts has '^O20 ' "$T/out"
check tag_run_recorded test "$(sql "SELECT lexicon_id || ' ' || lexicon_version || ' ' || length(lexicon_hash) FROM tag_runs")" = "mini 1 64"
check tag_run_finished test "$(sql "SELECT count(*) FROM tag_runs WHERE finished_at IS NOT NULL AND passages > 0")" = 1
n20=$(sql "SELECT count(*) FROM tags WHERE category_id = 'O20' AND source = 'lexicon'")
g20=$(sql "SELECT count(*) FROM passages WHERE text LIKE '%remittance%'")
check tag_o20_matches_text test "$n20" = "$g20" -a "$n20" -gt 0
check tag_spans_point_at_words test "$(sql "SELECT count(*) FROM tag_spans s JOIN passages p ON p.id = s.passage_id WHERE s.category_id = 'O20' AND s.kind = 'hit' AND lower(substr(p.text, s.span_start + 1, 10)) NOT LIKE 'remittanc%'")" = 0
# Drug trafficking alone is not O10 (an exclusion), and O10 needs migration context.
check tag_exclusion_holds test "$(sql "SELECT count(*) FROM tags t JOIN passages p ON p.id = t.passage_id WHERE t.category_id = 'O10' AND p.text LIKE '%drug trafficking%' AND p.text NOT LIKE '%trafficking in%' AND (length(p.text) - length(replace(lower(p.text), 'trafficking', ''))) / 11 = 1")" = 0

pid=$(sql "SELECT p.id FROM passages p WHERE p.id NOT IN (SELECT passage_id FROM tags) LIMIT 1")
run analyst_add 0 "$PLENARY" tag --lexicon "$LEX" --add O17 "$pid" --note "checked by hand" && pass analyst_add
tagged=$(sql "SELECT passage_id FROM tags WHERE category_id = 'O20' AND source = 'lexicon' LIMIT 1")
run analyst_remove 0 "$PLENARY" tag --lexicon "$LEX" --remove O20 "$tagged" && pass analyst_remove
run analyst_unknown_category 2 "$PLENARY" tag --lexicon "$LEX" --add O99 "$pid" && pass analyst_unknown_category
run analyst_no_passage 2 "$PLENARY" tag --lexicon "$LEX" --add O17 999999999 && pass analyst_no_passage
"$PLENARY" tag --lexicon "$LEX" >/dev/null 2>&1
check retag_keeps_analyst_add test "$(sql "SELECT count(*) FROM passage_tags WHERE passage_id = $pid AND category_id = 'O17'")" = 1
check retag_keeps_analyst_remove test "$(sql "SELECT count(*) FROM passage_tags WHERE passage_id = $tagged AND category_id = 'O20'")" = 0
check retag_two_runs test "$(sql "SELECT count(*) FROM tag_runs")" = 2
check retag_no_duplicate_spans test "$(sql "SELECT count(DISTINCT run_id) FROM tag_spans")" = 1

run search_tag 0 "$PLENARY" search --format tsv --limit 1000 --tag O20 remittances &&
	check search_tag_filters test "$(tail -n +2 "$T/out" | wc -l)" = "$((n20 - 1))"
run search_tag_inline 0 "$PLENARY" search --count 'tag:O17' && check search_tag_inline_count has '^[1-9]' "$T/out"
run stats_categories 0 "$PLENARY" stats --format tsv && check stats_categories_rows has '^category	O20	' "$T/out"

run explain 0 "$PLENARY" explain --lexicon "$LEX" "$tagged" &&
	check explain_shows_pattern has 'remittances' "$T/out"
check explain_shows_analyst has 'analyst removed' "$T/out"

printf 'Remittances matter.\nnothing here\nDrug trafficking and migrants.\nMigrants and trafficking and xenophobia.\n' >"$T/in.txt"
run classify_tsv 0 "$PLENARY" classify --lexicon "$LEX" <"$T/in.txt"
check classify_tsv_lines test "$(cat "$T/out")" = "$(printf 'Remittances matter.\tO20\nnothing here\t\nDrug trafficking and migrants.\t\nMigrants and trafficking and xenophobia.\tO10,O17')"
run classify_jsonl 0 "$PLENARY" classify --lexicon "$LEX" --format jsonl <"$T/in.txt"
check classify_jsonl_valid python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [r["ids"] for r in rows] == [["O20"], [], [], ["O10", "O17"]], rows
s = rows[0]["categories"][0]["spans"][0]
assert (s["start"], s["end"], s["text"]) == (0, 11, "Remittances"), s
' "$T/out"
# Streaming: a million lines in constant memory.
yes 'Migrants send remittances home, fleeing trafficking.' | head -n 1000000 >"$T/big.txt"
/usr/bin/time -f '%M' -o "$T/rss" "$PLENARY" classify --lexicon "$LEX" <"$T/big.txt" >"$T/big.out" 2>"$T/err"
check classify_million_lines test "$(wc -l <"$T/big.out")" = 1000000
check classify_constant_memory test "$(cat "$T/rss")" -lt 60000

run lexicon_check 0 "$PLENARY" lexicon check "$LEX" && check lexicon_check_ok has 'ok, lexicon mini' "$T/out"
run lexicon_test 0 "$PLENARY" lexicon test "$LEX" && check lexicon_test_all_pass has '6 examples, 0 failed' "$T/out"
run lexicon_eval 0 "$PLENARY" lexicon eval --gold "$GOLD" --lexicon "$LEX" &&
	check lexicon_eval_micro has '^micro ' "$T/out"
check lexicon_eval_perfect has '8 passages, 8 entirely right' "$T/out"
run lexicon_patterns 0 "$PLENARY" lexicon patterns "$LEX" && check lexicon_patterns_count test "$(wc -l <"$T/out")" = 8

printf 'lexicon bad\ncategory A  A\npattern (unclosed\npattern a*\nfrobnicate x\ncategory A  again\n' >"$T/bad.lex"
run lexicon_refused 2 "$PLENARY" lexicon check "$T/bad.lex"
check lexicon_error_paren has "bad.lex:3:.*missing closing parenthesis" "$T/err"
check lexicon_error_empty has "bad.lex:4:.*empty string" "$T/err"
check lexicon_error_directive has "bad.lex:5:1:" "$T/err"
check lexicon_error_duplicate has "bad.lex:6:" "$T/err"
run tag_refuses_bad_lexicon 2 "$PLENARY" tag --lexicon "$T/bad.lex" && pass tag_refuses_bad_lexicon

# ---- the compiled prefilter kept between runs ------------------------------
# The cache is a shortcut only: with it, without it, damaged or unwritable,
# the same passages get the same tags.
tags_now() { sql "SELECT passage_id || category_id FROM tags WHERE source = 'lexicon' ORDER BY 1" | md5sum; }
cdir="$T/hscache"
ref=$(PLENARY_CACHE_DIR= "$PLENARY" tag --lexicon "$LEX" >/dev/null 2>&1; tags_now)
PLENARY_CACHE_DIR="$cdir" run cache_written 0 "$PLENARY" tag --lexicon "$LEX" &&
	check cache_file_made test "$(ls "$cdir"/*.hsdb 2>/dev/null | wc -l)" -ge 1
same cache_same_tags_first "$(tags_now)" "$ref"
PLENARY_CACHE_DIR="$cdir" run cache_used 0 "$PLENARY" tag --lexicon "$LEX" && same cache_used_same_tags "$(tags_now)" "$ref"
for f in "$cdir"/*.hsdb; do head -c 100 "$f" >"$f.cut" && mv "$f.cut" "$f"; done
PLENARY_CACHE_DIR="$cdir" run cache_truncated 0 "$PLENARY" tag --lexicon "$LEX" && same cache_truncated_same_tags "$(tags_now)" "$ref"
for f in "$cdir"/*.hsdb; do head -c 14 "$f" >"$f.cut" && head -c 5000 /dev/urandom >>"$f.cut" && mv "$f.cut" "$f"; done
PLENARY_CACHE_DIR="$cdir" run cache_garbage 0 "$PLENARY" tag --lexicon "$LEX" && same cache_garbage_same_tags "$(tags_now)" "$ref"
: >"$T/notadir"
PLENARY_CACHE_DIR="$T/notadir/x" run cache_unwritable 0 "$PLENARY" tag --lexicon "$LEX" &&
	same cache_unwritable_same_tags "$(tags_now)" "$ref"
