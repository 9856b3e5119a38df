#!/bin/sh
# Synthesis end to end: crosstab (stats --by), --count-by, --cooccur,
# --coverage, kwic and keyness on the sample corpora tagged with the shipped
# lexicons; every count is checked against SQL on passage_tags.
. "$(dirname "$0")/lib.sh"

# Each UN General Debate statement with its country, as index.tsv gives it.
tail -n +2 "$CORPORA/ungdc/index.tsv" | while IFS='	' read -r file cc _session year _bytes; do
	pl ingest -q --meta "country=$cc" --meta "year=$year" "$CORPORA/ungdc/$file" 2>/dev/null
done
pl ingest -q "$CORPORA/unnm" 2>/dev/null
run setup_tag 0 pl tag && pass setup_tag

jsonl_ok() { python3 -c 'import json,sys; [json.loads(l) for l in sys.stdin]' <"$T/out"; }
# The widest line of $T/out from the one matching $1 on, in characters.
widest() { python3 -c '
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
start = next(i for i, l in enumerate(lines) if re.search(sys.argv[2], l))
print(max(len(l) for l in lines[start:]))' "$T/out" "${1:-.}"; }

# ---- crosstab ----------------------------------------------------------------
if run crosstab_tsv 0 pl stats --by country --format tsv; then
	same crosstab_header "$(head -n 1 "$T/out")" "$(printf 'kind\tcategory\tvalue\tpassages\tdocuments\ttitle')"
	got=$(awk -F'\t' '$1 == "category" { print $2 "=" $4 }' "$T/out" | sort | tr '\n' ' ')
	want=$(sql "SELECT c.id || '=' || (SELECT count(*) FROM passage_tags t WHERE t.category_id = c.id) FROM categories c ORDER BY 1" | sort | tr '\n' ' ')
	same crosstab_rows_match_sql "$got" "$want"
	# One value per passage: a category's cells add up to its total.
	same crosstab_cells_add_up "$(awk -F'\t' '$1 == "category" { t[$2] = $4 } $1 == "cell" { s[$2] += $4 }
		END { for (c in t) if (t[c] != s[c] + 0) print c, t[c], s[c] + 0 }' "$T/out")x" "x"
	same crosstab_total_distinct "$(awk -F'\t' '$1 == "total" { print $4 "/" $5 }' "$T/out")" \
		"$(sql "SELECT count(DISTINCT passage_id) || '/' || count(DISTINCT p.document_id) FROM passage_tags t JOIN passages p ON p.id = t.passage_id")"
	# Per value: the distinct tagged passages of that country.
	same crosstab_value_count "$(awk -F'\t' '$1 == "value" && $3 == "PHL" { print $4 }' "$T/out")" \
		"$(sql "SELECT count(DISTINCT t.passage_id) FROM passage_tags t JOIN passages p ON p.id = t.passage_id JOIN document_meta m ON m.document_id = p.document_id AND m.key = 'country' WHERE m.value = 'PHL'")"
	same crosstab_none_column "$(awk -F'\t' '$1 == "value" && $3 == "" { print $4 }' "$T/out")" \
		"$(sql "SELECT count(DISTINCT t.passage_id) FROM passage_tags t JOIN passages p ON p.id = t.passage_id WHERE p.document_id NOT IN (SELECT document_id FROM document_meta WHERE key = 'country')")"
	o7=$(awk -F'\t' '$1 == "category" && $2 == "O7" { print $4 }' "$T/out")
	run crosstab_vs_search 0 pl search --count --tag O7 &&
		same crosstab_vs_search "$(cat "$T/out")" "$o7"
fi
run crosstab_jsonl 0 pl stats --by year --format jsonl && check crosstab_jsonl_parses jsonl_ok
run crosstab_lexicon 0 pl stats --by year --lexicon-id gcm-principles --format tsv &&
	check crosstab_lexicon_only_gp test "$(awk -F'\t' '$1 == "category" && $2 !~ /^GP/' "$T/out" | wc -l)" = 0
if run crosstab_text 0 pl stats --by country; then
	check crosstab_text_shows_table has '^categories by country' "$T/out"
	check crosstab_text_80_columns test "$(widest "^categories by")" -le 80
	check crosstab_text_says_more has 'more values of country not shown' "$T/out"
fi
run crosstab_top 0 pl stats --by country --top 3 &&
	check crosstab_top_columns test "$(grep -c '^all ' "$T/out")" = 1 -a "$(grep '^all ' "$T/out" | wc -w)" -le 6

# Untagged: --by keeps its plain listing (the search tests check it adds up).
pl --db "$T/untagged.db" ingest -q --meta country=PHL "$CORPORA/ungdc/PHL_74_2019.txt" 2>/dev/null
run untagged_by 0 pl --db "$T/untagged.db" stats --by country --format tsv &&
	same untagged_by_header "$(head -n 1 "$T/out")" "$(printf 'group\tvalue\tdocuments\tpassages\twords')"

# ---- count-by, cooccur, coverage ------------------------------------------------
if run count_by 0 pl stats --count-by country --format tsv; then
	same count_by_o2 "$(awk -F'\t' '$1 == "O2" { print $2 "/" $4 }' "$T/out")" \
		"$(sql "SELECT count(*) || '/' || count(DISTINCT m.value) FROM passage_tags t JOIN passages p ON p.id = t.passage_id LEFT JOIN document_meta m ON m.document_id = p.document_id AND m.key = 'country' WHERE t.category_id = 'O2'")"
fi
run count_by_jsonl 0 pl stats --count-by speaker --format jsonl && check count_by_jsonl_parses jsonl_ok
run count_by_text 0 pl stats --count-by country && check count_by_text_80_columns test "$(widest)" -le 80

if run cooccur 0 pl stats --cooccur --format tsv; then
	first=$(sed -n 2p "$T/out")
	a=$(echo "$first" | cut -f1) b=$(echo "$first" | cut -f2)
	same cooccur_both "$(echo "$first" | cut -f3)" \
		"$(sql "SELECT count(*) FROM passage_tags x JOIN passage_tags y ON y.passage_id = x.passage_id WHERE x.category_id = '$a' AND y.category_id = '$b'")"
	same cooccur_sorted "$(tail -n +2 "$T/out" | cut -f6 | sort -rn | head -n 5)" "$(tail -n +2 "$T/out" | cut -f6 | head -n 5)"
fi
run cooccur_min 0 pl stats --cooccur --min 5 --format tsv &&
	check cooccur_min_holds test "$(tail -n +2 "$T/out" | awk -F'\t' '$3 < 5' | wc -l)" = 0
run cooccur_jsonl 0 pl stats --cooccur --format jsonl && check cooccur_jsonl_parses jsonl_ok

if run coverage 0 pl stats --coverage --by country --format tsv; then
	got=$(awk -F'\t' '$1 == "none" { print $2 }' "$T/out" | sort | tr '\n' ' ')
	want=$(sql "SELECT id FROM categories WHERE id NOT IN (SELECT category_id FROM passage_tags)" | sort | tr '\n' ' ')
	same coverage_unraised "$got" "$want"
	ncountries=$(sql "SELECT count(DISTINCT value) FROM document_meta WHERE key = 'country'")
	raised=$(sql "SELECT count(DISTINCT m.value) FROM passage_tags t JOIN passages p ON p.id = t.passage_id JOIN document_meta m ON m.document_id = p.document_id AND m.key = 'country' WHERE t.category_id = 'O7'")
	same coverage_silent_o7 "$(awk -F'\t' '$1 == "silent" && $2 == "O7"' "$T/out" | wc -l | tr -d ' ')" "$((ncountries - raised))"
fi
run coverage_text 0 pl stats --coverage --few 3 && check coverage_text_threshold has 'fewer than 3 documents' "$T/out"
run coverage_jsonl 0 pl stats --coverage --by year --format jsonl && check coverage_jsonl_parses jsonl_ok

# ---- kwic ----------------------------------------------------------------------
if run kwic_text 0 pl kwic --width 25 migrants; then
	check kwic_has_lines test "$(wc -l <"$T/out")" -gt 5
	# The match starts at the same column on every line (marked **...** off a terminal).
	check kwic_aligned test "$(python3 -c '
import sys
cols = {l.index("**") for l in open(sys.argv[1], encoding="utf-8")}
print(len(cols))' "$T/out")" = 1
	check kwic_keyword_matches test "$(grep -vci '\*\*migrant' "$T/out")" = 0
fi
run kwic_regex 0 pl kwic --regex --format tsv 'remittanc\w*' &&
	same kwic_regex_count "$(tail -n +2 "$T/out" | wc -l | tr -d ' ')" \
		"$(python3 -c '
import re, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(sum(len(re.findall(r"(?i)remittanc\w*", t)) for (t,) in db.execute("SELECT text FROM passages")))' "$PLENARY_DB")"
run kwic_tag 0 pl kwic --tag O20 --format jsonl remittances && check kwic_tag_jsonl jsonl_ok
check kwic_tag_only test "$(python3 -c '
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ok = {r[0] for r in db.execute("SELECT passage_id FROM passage_tags WHERE category_id = ?", ("O20",))}
lines = [json.loads(l) for l in open(sys.argv[2])]
print(int(bool(lines) and all(l["passage_id"] in ok for l in lines)))' "$PLENARY_DB" "$T/out")" = 1
run kwic_bad_regex 2 pl kwic --regex '(' && check kwic_bad_regex_says has 'malformed pattern' "$T/err"
# Runaway backtracking stops at PCRE2's match limit and says so.
run kwic_costly_regex 2 pl kwic --regex '(\w+\s?)*$' && check kwic_costly_regex_says has 'gave up' "$T/err"
run kwic_no_query 2 pl kwic && pass kwic_no_query
run kwic_filters_only 2 pl kwic tag:O20 && check kwic_filters_only_says has 'no words' "$T/err"

# ---- keyness -------------------------------------------------------------------
if run keyness_o20 0 pl keyness O20 --limit 10 --format tsv; then
	check keyness_o20_remittance test "$(tail -n +2 "$T/out" | cut -f1 | grep -c '^remitt')" -ge 1
	same keyness_o20_word "$(awk -F'\t' '$1 == "remitt" { print $2 }' "$T/out")" remittances
fi
run keyness_jsonl 0 pl keyness O7 --format jsonl && check keyness_jsonl_parses jsonl_ok
run keyness_under 0 pl keyness O7 --under --format tsv &&
	check keyness_under_negative test "$(tail -n +2 "$T/out" | awk -F'\t' '$3 >= 0' | wc -l)" = 0
run keyness_text 0 pl keyness O10 && check keyness_text_traffick has 'traffick' "$T/out"
run keyness_unknown 2 pl keyness O99 && check keyness_unknown_says has "no category 'O99'" "$T/err"
run keyness_no_id 2 pl keyness && pass keyness_no_id
run stats_views_alone 2 pl stats --cooccur --coverage && pass stats_views_alone
