#!/bin/sh
# Search end to end on the bundled corpora: stemming (English and French),
# FTS5 syntax, filters, output formats, malformed queries, ranking, stats.
. "$(dirname "$0")/lib.sh"

FR=$CORPORA/parlamint/ParlaMint-FR_2018-01-16-O1111.txt
printf 'Zanzibar statement on migration and borders. We don'"'"'t accept that.\n' >"$T/xx.txt"
printf 'THE CHAIR: The meeting on the compact is called to order.\n\nMr. P\303\251rez (Mexico): Thank you, Chair. Mexico supports the compact.\n' >"$T/turns.txt"
run setup_en 0 pl ingest -q "$CORPORA/ungdc" "$CORPORA/unnm" && pass setup_en
run setup_fr 0 pl ingest -q --lang fr "$FR" && pass setup_fr
run setup_meta 0 pl ingest -q --meta country=XXX --meta stakeholder=ngo "$T/xx.txt" && pass setup_meta
run setup_turns 0 pl ingest -q "$T/turns.txt" && pass setup_turns

# pycheck NAME CODE ARG...: ok if the Python code runs without an exception;
# otherwise the exception, on one line, is the detail.
pycheck() {
	_pn=$1 _pc=$2
	shift 2
	if _po=$(python3 -c "
import json, re, sys
try:
$(printf '%s\n' "$_pc" | sed 's/^/    /')
except Exception as e:
    sys.exit(type(e).__name__ + ': ' + str(e).replace(chr(10), ' ')[:400])
" "$@" 2>&1); then pass "$_pn"; else fail "$_pn" "$_po"; fi
}
# every_hit NAME PYTHON-EXPR: ok if the last search (jsonl in $T/out) has
# hits and EXPR, over t (the text) and h (the hit), holds for each.
every_hit() {
	pycheck "$1" '
hits = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert hits, "no hits"
for h in hits:
    t = h["text"]
    assert eval(sys.argv[2]), "false for: " + t[:200]' "$T/out" "$2"
}
count() { pl search --count "$@"; }

# ---- stemming ---------------------------------------------------------------
# The corpus has "remittances"/"Remittances" and never the singular.
run stem_remittance 0 pl search --format jsonl remittance &&
	every_hit stem_remittance_finds_plural \
		're.search(r"\bremittances\b", t, re.I) and not re.search(r"\bremittance\b", t, re.I)'
check stem_remittance_all test "$(count remittance)" -eq "$(cat "$CORPORA/ungdc/"*.txt "$CORPORA/unnm/"* | grep -ci 'remittances')"
same stem_symmetric "$(count remittances)" "$(count remittance)"
# French: the query's form is not in the passage, the stem is.
run stem_fr_verb 0 pl search --format jsonl 'lang:fr appeler' &&
	every_hit stem_fr_verb_form 're.search(r"\bappelle\b", t) and not re.search(r"\bappeler\b", t)'
run stem_fr_plural 0 pl search --format jsonl 'lang:fr séances' &&
	every_hit stem_fr_singular_found 're.search(r"\bséance\b", t) and not re.search(r"\bséances\b", t)'
# infinitive -er against the past participle -ée ("terminée", "levée")
run stem_fr_participle 0 pl search --format jsonl 'lang:fr terminer' &&
	every_hit stem_fr_participle_found 're.search(r"\bterminée\b", t) and not re.search(r"\bterminer\b", t)'
run stem_fr_participle2 0 pl search --format jsonl 'lang:fr lever' &&
	every_hit stem_fr_participle2_found 're.search(r"\blevée\b", t) and not re.search(r"\blever\b", t)'

# ---- FTS5 syntax ------------------------------------------------------------
run prefix 0 pl search --format jsonl --limit 100 'emigra*' &&
	every_hit prefix_matches 're.search(r"\bemigra", t, re.I)'
pycheck prefix_finds_emigration '
assert any("emigration" in json.loads(l)["text"] for l in open(sys.argv[1]))' "$T/out"
run phrase 0 pl search --format jsonl --limit 100 '"global compact"' &&
	every_hit phrase_adjacent 're.search(r"\bglobal\W+compacts?\b", t, re.I)'
check phrase_narrower test "$(count '"global compact"')" -lt "$(count global compact)"
run near 0 pl search --format jsonl --limit 100 'NEAR(safe regular, 2)' &&
	every_hit near_within_2 '(lambda w: any(abs(i - j) <= 3 for i, a in enumerate(w) if a.startswith("safe") for j, b in enumerate(w) if b.startswith("regular")))(re.findall(r"\w+", t.lower()))'
check near_distance_counts test "$(count 'NEAR(safe regular, 1)')" -lt "$(count 'NEAR(safe regular, 2)')" \
	-a "$(count 'NEAR(safe regular, 2)')" -le "$(count safe regular)"
a=$(count smuggling) b=$(count trafficking) ab=$(count smuggling trafficking)
check or_not_baseline test "$a" -gt "$ab" -a "$b" -gt "$ab" -a "$ab" -gt 0
same or_count "$(count smuggling OR trafficking)" $((a + b - ab))
same not_count "$(count smuggling NOT trafficking)" $((a - ab))
run not_excludes 0 pl search --format jsonl --limit 100 smuggling NOT trafficking &&
	every_hit not_excludes '"traffick" not in t.lower() and "smuggl" in t.lower()'
same grouping "$(count '(smuggling OR trafficking) AND migrants')" "$(count 'smuggling migrants OR trafficking migrants')"
# "AND is implied" (search --help) also next to a group
run grouping_implicit_and 0 pl search --count '(smuggling OR trafficking) migrants' &&
	same grouping_implicit_and "$(cat "$T/out")" "$(count '(smuggling OR trafficking) AND migrants')"
run grouping_implicit_and_before 0 pl search --count 'migrants (smuggling OR trafficking)' &&
	same grouping_implicit_and_before "$(cat "$T/out")" "$(count '(smuggling OR trafficking) AND migrants')"

# ---- --limit, --offset ------------------------------------------------------
run limit 0 pl search --format jsonl --limit 3 migration &&
	same limit_3 "$(wc -l <"$T/out")" 3
cp "$T/out" "$T/first3"
run limit_n 0 pl search --format jsonl -n 1 migration && same limit_n_1 "$(wc -l <"$T/out")" 1
run offset 0 pl search --format jsonl --limit 2 --offset 1 migration &&
	same offset_continues "$(python3 -c '
import json, sys
print([json.loads(l)["passage_id"] for l in open(sys.argv[1])])' "$T/out")" "$(python3 -c '
import json, sys
print([json.loads(l)["passage_id"] for l in open(sys.argv[1])][1:3])' "$T/first3")"

# ---- output formats -------------------------------------------------------
if run tsv 0 pl search --format tsv --limit 5 migration; then
	same tsv_header "$(head -n 1 "$T/out")" "$(printf 'rank\tpassage_id\tdocument_id\ttitle\tordinal\tspeaker\tscore\tsnippet')"
	same tsv_rows "$(tail -n +2 "$T/out" | wc -l)" 5
	same tsv_columns "$(awk -F'\t' '{ print NF }' "$T/out" | sort -u)" 8
	same tsv_numeric "$(tail -n +2 "$T/out" | awk -F'\t' '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ &&
		$5 ~ /^[0-9]+$/ && $7 ~ /^-?[0-9.]+$/' | wc -l)" 5
fi
run jsonl 0 pl search --format jsonl --limit 50 'migration OR chair' &&
	pycheck jsonl_fields '
n = 0
for l in open(sys.argv[1], encoding="utf-8"):
    h = json.loads(l)
    n += 1
    for k in ("passage_id", "document", "title", "ordinal", "speaker", "score", "snippet", "text"):
        assert k in h, (k, h)
    assert isinstance(h["passage_id"], int) and isinstance(h["ordinal"], int)
    assert isinstance(h["score"], (int, float)) and isinstance(h["snippet"], str)
    assert h["speaker"] is None or isinstance(h["speaker"], str)
    assert h["document"].startswith("/") and h["text"]
assert n == 50, n' "$T/out"
check jsonl_all_lines_parse sh -c 'test -s "$1" && python3 -c "import json,sys; [json.loads(l) for l in sys.stdin]" <"$1" 2>/dev/null' - "$T/out"
run speaker_filter 0 pl search --format jsonl 'speaker:chair compact' &&
	every_hit speaker_filter '(h["speaker"] or "").lower() == "the chair" and "THE CHAIR" not in t'
run speaker_option 0 pl search --format jsonl --speaker 'Pérez' compact &&
	every_hit speaker_option 'h["speaker"] == "Mr. Pérez (Mexico)" and h["text"].startswith("Thank you")'

# ---- filters -----------------------------------------------------------------
run filter_country 0 pl search --format jsonl 'country:XXX migration' &&
	every_hit filter_country_only 'h["document"].endswith("/xx.txt")'
same filter_country_count "$(count 'country:XXX migration')" 1
same filter_meta_option "$(count --meta country=XXX migration)" 1
same filter_meta_two "$(count --meta country=XXX --meta stakeholder=ngo migration)" 1
same filter_meta_other_value "$(count --meta country=YYY migration)" 0
check filter_unfiltered_more test "$(count migration)" -gt 1
run filter_lang 0 pl search --format jsonl 'lang:fr question' &&
	every_hit filter_lang_fr 'h["language"] == "fr"'
run filter_lang_en 0 pl search --format jsonl --limit 100 'lang:en question' &&
	every_hit filter_lang_en_only 'h["language"] == "en"'

# ---- malformed queries: exit 2, a message for people -----------------------
# malformed NAME QUERY: exit 2, a message on stderr that names no SQL or
# FTS5 internals, and nothing on stdout (never "0 results").
malformed() {
	run "malformed_$1" 2 pl search "$2" &&
		check "malformed_$1_message" sh -c 'test -s "$1" && ! grep -qi "fts5\|sql" "$1" && test ! -s "$2"' - "$T/err" "$T/out"
}
malformed unbalanced_quote '"unbalanced'
malformed leading_not 'NOT foo'
malformed trailing_and 'foo AND'
malformed open_paren '(foo'
malformed leading_star '*foo'
malformed near_distance 'NEAR(a b, x)'
malformed double_or 'foo OR OR bar'
# literal NAME QUERY: --literal searches the same text without error.
literal() { run "literal_$1" 0 pl search --literal "$2" && pass "literal_$1"; }
literal apostrophe "don't"
literal unbalanced_quote '"unbalanced'
literal trailing_and 'foo AND'
literal near_distance 'NEAR(a b, x)'
literal leading_star '*foo'
same literal_apostrophe_finds "$(count --literal "don't")" 1
same literal_quote_finds "$(count --literal '"unbalanced')" "$(count unbalanced)"
same literal_and_is_a_word "$(count --literal 'Zanzibar AND')" 1
same literal_or_is_a_word "$(count --literal 'Zanzibar OR Pemba')" 0
same raw_or_is_an_operator "$(count 'Zanzibar OR Pemba')" 1
same literal_no_filters "$(count --literal 'country:XXX migration')" 0
run empty_query 2 pl search '' && pass empty_query
run blank_query 2 pl search '   ' && pass blank_query
run no_match 0 pl search zzqxjv && check no_match_empty_stdout test ! -s "$T/out"
run no_match_count 0 pl search --count zzqxjv && same no_match_count "$(cat "$T/out")" 0

# ---- ranking -----------------------------------------------------------------
run ranked 0 pl search --format jsonl --limit 20 migrants &&
	pycheck ranked_by_score '
hits = [json.loads(l) for l in open(sys.argv[1])]
s = [h["score"] for h in hits]
assert len(s) >= 2 and s[0] >= s[1], s
assert all(a >= b for a, b in zip(s, s[1:])), s
assert [h["rank"] for h in hits] == list(range(1, len(hits) + 1))' "$T/out"
# more occurrences of the word rank first: the top passage has it at least as often
pycheck ranked_tf '
hits = [json.loads(l) for l in open(sys.argv[1])]
c = [len(re.findall(r"\bmigrants?\b", h["text"], re.I)) / max(1, len(h["text"].split())) for h in hits]
assert c[0] >= sorted(c)[len(c) // 2], c' "$T/out"

# ---- stats add up -------------------------------------------------------------
ndocs=$(sql 'SELECT count(*) FROM documents')
npass=$(sql 'SELECT count(*) FROM passages')
# sums GROUP FILE COLUMN: the total row's value and the sum over the other rows
tsv_sums() {
	awk -F'\t' -v c="$2" 'NR > 1 && $1 == "total" { t = $c } NR > 1 && $1 != "total" { s += $c }
		END { print t + 0, s + 0 }' "$1"
}
jsonl_sums() {
	python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
t = [r for r in rows if r["group"] == "total"]
assert len(t) == 1 and rows[0]["group"] == "total"
print(t[0][sys.argv[2]], sum(r[sys.argv[2]] for r in rows if r["group"] != "total"))
' "$1" "$2"
}
for by in language country stakeholder format; do
	opt="--by $by"
	[ $by = language ] && opt=
	# shellcheck disable=SC2086
	if run "stats_${by}_tsv" 0 pl stats $opt --format tsv; then
		same "stats_${by}_tsv_header" "$(head -n 1 "$T/out")" "$(printf 'group\tvalue\tdocuments\tpassages\twords')"
		same "stats_${by}_tsv_documents" "$(tsv_sums "$T/out" 3)" "$ndocs $ndocs"
		same "stats_${by}_tsv_passages" "$(tsv_sums "$T/out" 4)" "$npass $npass"
		words=$(tsv_sums "$T/out" 5)
		check "stats_${by}_tsv_words" test "${words% *}" -gt 0 -a "${words% *}" = "${words#* }"
	fi
	# shellcheck disable=SC2086
	if run "stats_${by}_jsonl" 0 pl stats $opt --format jsonl; then
		same "stats_${by}_jsonl_documents" "$(jsonl_sums "$T/out" documents)" "$ndocs $ndocs"
		same "stats_${by}_jsonl_passages" "$(jsonl_sums "$T/out" passages)" "$npass $npass"
	fi
done
run stats_country_value 0 pl stats --by country --format tsv &&
	same stats_country_value "$(awk -F'\t' '$2 == "XXX" { print $3 "/" $4 }' "$T/out")" "1/1"
same stats_languages "$(pl stats --format tsv | awk -F'\t' '$1 == "language" { print $2 "=" $3 }' | sort | tr '\n' ' ')" "en=$((ndocs - 1)) fr=1 "
run stats_text 0 pl stats && check stats_text_total grep -q "documents $ndocs," "$T/out"
