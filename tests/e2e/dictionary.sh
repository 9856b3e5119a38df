#!/bin/sh
# Dictionary import end to end: LIWC .dic and quanteda YAML files become
# lexicons that load, classify as their entries say, and can be used
# directly wherever a lexicon is taken; malformed ones are refused with
# FILE:LINE and -o never leaves a broken file.
. "$(dirname "$0")/lib.sh"
D="$PLENARY_TOP/tests/data/dictionaries"

# ---- LIWC ----
run liwc_import 0 pl lexicon import --language en "$D/migration.dic" &&
	check liwc_import_header grep -qx 'lexicon  migration' "$T/out"
check liwc_import_language grep -qx 'language en' "$T/out"
check liwc_import_categories test "$(grep -c '^category ' "$T/out")" = 6
# Patterns: one per entry and category ("<of>5/10" is two).
npat=$(awk -F'\t' 'seen == 2 { n += NF - 1 + gsub("/", "/") } /^%$/ { seen++ } END { print n }' "$D/migration.dic")
run liwc_import_file 0 pl lexicon import -o "$T/liwc.lex" "$D/migration.dic" &&
	check liwc_import_file_quiet test ! -s "$T/out"
run liwc_check 0 pl lexicon check "$T/liwc.lex" &&
	check liwc_check_counts has "ok, lexicon migration sha256:[0-9a-f]\\{12\\}, 6 categories, $npat patterns" "$T/out"

# One sentence a line; the categories each must get, in lexicon order.
cat >"$T/liwc-in.txt" <<'EOT'
Refugees crossing the border need protection under non-refoulement.
Migrant workers with a work permit earn low wages.
What kind of language courses help social cohesion?
A kind word does wonders for one's well-being.
The weather was pleasant all afternoon.
Border checkpoints issued visas to the emigrants.
EOT
printf '%s\n' 'migration,protection,borders' 'migration,borders,labour' 'integration' \
	'wellbeing' '' 'migration,borders' >"$T/liwc-want.txt"
run liwc_classify 0 pl classify --lexicon "$T/liwc.lex" <"$T/liwc-in.txt" &&
	check liwc_classify_categories sh -c "cut -f2 '$T/out' | diff - '$T/liwc-want.txt'"
cp "$T/out" "$T/liwc-classified.txt"
# The dictionary itself as --lexicon: converted on the fly, the same tags.
run liwc_as_lexicon 0 pl classify --lexicon "$D/migration.dic" <"$T/liwc-in.txt" &&
	check liwc_as_lexicon_same cmp -s "$T/out" "$T/liwc-classified.txt"
run liwc_check_direct 0 pl lexicon check "$D/migration.dic" &&
	check liwc_check_direct_counts has "6 categories, $npat patterns" "$T/out"

# ---- quanteda YAML ----
run yaml_import 0 pl lexicon import --id mig --lexicon-version 2026.11 -o "$T/yaml.lex" \
	"$D/migration.yml" && pass yaml_import
run yaml_check 0 pl lexicon check "$T/yaml.lex" &&
	check yaml_check_counts has 'ok, lexicon mig 2026.11, 6 categories' "$T/out"
check yaml_nested_names grep -qx 'category mobility.labour  mobility.labour' "$T/yaml.lex"
check yaml_dunder_is_parent grep -qx 'category mobility  mobility' "$T/yaml.lex"
cat >"$T/yaml-in.txt" <<'EOT'
Seasonal workers need work permits.
Asylum seekers and displaced persons were held in detention.
Les frontières restent ouvertes.
Migration and mobility go together.
Money transfers home don’t come cheap.
The orchestra played Brahms.
EOT
printf '%s\n' 'mobility.labour' 'mobility.forced,borders.detention' 'borders.management' \
	'mobility' 'remittances' '' >"$T/yaml-want.txt"
run yaml_classify 0 pl classify --lexicon "$T/yaml.lex" <"$T/yaml-in.txt" &&
	check yaml_classify_categories sh -c "cut -f2 '$T/out' | diff - '$T/yaml-want.txt'"
run yaml_as_lexicon_jsonl 0 pl classify --format jsonl --lexicon "$D/migration.yml" <"$T/yaml-in.txt" &&
	check yaml_as_lexicon_spans has '"text":"work permits"' "$T/out"

# A dictionary tags a database like any lexicon; the run records its id.
pl ingest -q "$CORPORA/unnm" >/dev/null 2>&1
run tag_with_dictionary 0 pl tag --lexicon "$D/migration.yml" &&
	check tag_records_dictionary test "$(sql "SELECT lexicon_id FROM tag_runs")" = migration
check tag_dictionary_tags test "$(sql "SELECT count(*) FROM tags WHERE category_id = 'mobility'")" -gt 0

# ---- malformed ----
run liwc_conditional_refused 1 pl lexicon import "$D/bad-liwc2007.dic" &&
	check liwc_conditional_line has 'bad-liwc2007.dic:9: .(02 134)125/464. depends on the categories of the word before' "$T/err"
check liwc_unknown_category_line has 'bad-liwc2007.dic:10: unknown category .7.' "$T/err"
run yaml_anchor_refused 1 pl lexicon import "$D/bad-anchor.yml" &&
	check yaml_anchor_line has 'bad-anchor.yml:2: .&forced. starts an anchor' "$T/err"
run bad_dictionary_as_lexicon 1 pl classify --lexicon "$D/bad-anchor.yml" </dev/null &&
	check bad_dictionary_as_lexicon_line has 'bad-anchor.yml:2: ' "$T/err"
printf '%%\n1\tA\n%%\nna\357ve\t1\n' >"$T/latin1.dic"
run invalid_utf8_refused 1 pl lexicon import "$T/latin1.dic" &&
	check invalid_utf8_line has 'latin1.dic:4: invalid UTF-8' "$T/err"
printf 'a:\n  - x\000y\n' >"$T/nul.yml"
run nul_refused 1 pl lexicon import "$T/nul.yml" && check nul_line has 'nul.yml:2: NUL byte' "$T/err"
head -c 200000 /dev/urandom >"$T/random.yml"
run random_refused 1 pl lexicon import "$T/random.yml" && check random_says_line has 'random.yml:[0-9]*: ' "$T/err"

# -o is replaced only by a complete lexicon: a failed import leaves it as it was.
cp "$T/yaml.lex" "$T/keep.lex"
run output_kept_on_failure 1 pl lexicon import -o "$T/keep.lex" "$D/bad-liwc2007.dic" &&
	check output_unchanged cmp -s "$T/keep.lex" "$T/yaml.lex"
check output_no_temp_left test -z "$(find "$T" -name '.keep.lex.*')"
run output_replaced 0 pl lexicon import -o "$T/keep.lex" "$D/migration.dic" &&
	check output_replaced_content grep -qx 'lexicon  migration' "$T/keep.lex"
mkdir "$T/dir.lex"
run output_not_regular 2 pl lexicon import -o "$T/dir.lex" "$D/migration.dic" && pass output_not_regular

# ---- usage ----
run usage_no_file 2 pl lexicon import && pass usage_no_file
run usage_bad_format 2 pl lexicon import --format json "$D/migration.yml" && pass usage_bad_format
run usage_bad_id 2 pl lexicon import --id 'two words' "$D/migration.yml" && pass usage_bad_id
run missing_file 1 pl lexicon import "$T/none.dic" && check missing_file_says has 'cannot open' "$T/err"
run format_forced 1 pl lexicon import --format liwc "$D/migration.yml" &&
	check format_forced_liwc has "migration.yml:1: a LIWC dictionary starts with a '%' line" "$T/err"
run help 0 pl lexicon import --help && check help_mentions_import has 'lexicon import' "$T/out"
