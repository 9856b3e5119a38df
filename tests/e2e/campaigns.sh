#!/bin/sh
# Campaigns: form letters found at ingest, listed, counted once (ROBUSTNESS:
# the same text sent by hundreds of respondents).
. "$(dirname "$0")/lib.sh"
F="$T/letters"
mkdir -p "$F"
body="We call on the Government to ensure that every migrant worker can send remittances home at a fair cost, and that recruitment fees are never charged to workers."
# A letter sent 30 times word for word (case differs) and 12 times with a
# name and a closing sentence added: one campaign. Another letter sent 5
# times word for word: a second one. And 5 speeches, no campaign.
i=1
while [ $i -le 30 ]; do
	if [ $((i % 2)) -eq 0 ]; then printf '%s\n' "$body" | tr 'a-z' 'A-Z'; else printf '%s\n' "$body"; fi >"$F/exact-$i.txt"
	i=$((i + 1))
done
i=1
while [ $i -le 12 ]; do
	printf 'Dear Minister %s, we call on the Government to ensure that every migrant worker can send remittances home at a fair cost, and that recruitment fees are never charged to workers. Signed in town number %s, with our regards.\n' "Name$i" "$i" >"$F/near-$i.txt"
	i=$((i + 1))
done
i=1
while [ $i -le 5 ]; do
	printf 'Our association asks that children born to migrant parents are registered at birth and receive identity documents without delay or fees.\n' >"$F/other-$i.txt"
	i=$((i + 1))
done
for f in MEX_76_2021 PHL_75_2020 DEU_79_2024 BGD_79_2024 ECU_76_2021; do
	[ -f "$CORPORA/ungdc/$f.txt" ] && cp "$CORPORA/ungdc/$f.txt" "$F/"
done

run ingest_finds 0 pl ingest "$F" && check ingest_reports_campaigns has 'campaigns (identical or nearly identical passages)' "$T/err"
same near_group "$(sql "SELECT size || ' ' || documents FROM campaigns WHERE kind = 'near'")" "42 42"
same exact_group "$(sql "SELECT size || ' ' || documents FROM campaigns WHERE kind = 'exact'")" "5 5"
same representative_is_first "$(sql "SELECT count(*) FROM campaigns c WHERE c.representative != (SELECT min(passage_id) FROM campaign_members m WHERE m.campaign_id = c.id)")" 0
same members_add_up "$(sql "SELECT (SELECT sum(size) FROM campaigns) = (SELECT count(*) FROM campaign_members)")" 1
# Counted once: all passages minus the non-representative members.
same counted_once "$(sql "SELECT count(*) FROM passage_counted")" \
	"$(sql "SELECT (SELECT count(*) FROM passages) - (SELECT count(*) FROM campaign_members) + (SELECT count(*) FROM campaigns)")"
same near_similarities "$(sql "SELECT sum(m.similarity = 1) || ' ' || sum(m.similarity < 1 AND m.similarity >= 0.5) FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id WHERE c.kind = 'near'")" "30 12"
# No speech paragraph is mistaken for a letter.
same speeches_not_grouped "$(sql "SELECT count(*) FROM campaign_members m JOIN passages p ON p.id = m.passage_id JOIN documents d ON d.id = p.document_id WHERE d.path NOT LIKE '%exact-%' AND d.path NOT LIKE '%near-%' AND length(p.text) > 300")" 0

run list_text 0 pl campaigns && check list_largest_first sh -c 'head -n 1 "$1" | grep -q "^ *42 passages"' - "$T/out"
run list_tsv 0 pl campaigns --format tsv &&
	check list_tsv_parses python3 -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1]),delimiter="\t")); assert r[0][:3]==["campaign","kind","size"] and all(len(x)==7 for x in r), r[:2]' "$T/out"
run list_jsonl 0 pl campaigns --format jsonl --min-size 20 &&
	check list_jsonl_parses python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; assert len(r)==1 and r[0]["size"]==42 and r[0]["kind"]=="near", r' "$T/out"
# Only word-for-word copies at threshold 1.
run detect_exact_only 0 pl campaigns --detect --threshold 1 --format tsv &&
	same detect_exact_only_kinds "$(tail -n +2 "$T/out" | cut -f2,3 | sort -u | tr '\n\t' '  ')" "exact 30 exact 5 "
run bad_threshold 2 pl campaigns --threshold 1.5 && pass bad_threshold
run bad_min_size 2 pl campaigns --min-size 1 && pass bad_min_size

# A new copy joins the group; --no-campaigns leaves the groups as they were.
printf '%s\n' "$body" >"$F/exact-31.txt"
run ingest_new_copy 0 pl ingest "$F" && same new_copy_joins "$(sql "SELECT max(size) FROM campaigns")" 43
printf '%s\n' "$body" >"$F/exact-32.txt"
run ingest_no_campaigns 0 pl ingest --no-campaigns "$F" && same no_campaigns_unchanged "$(sql "SELECT max(size) FROM campaigns")" 43

# A database where nothing was ever detected lists nothing, read-only.
"$PLENARY" --db "$T/plain.db" ingest --no-campaigns -q "$CORPORA/unnm" 2>/dev/null
run list_before_detect 0 pl --db "$T/plain.db" campaigns &&
	same list_before_detect_empty "$(wc -c <"$T/out")" 0

# ---- counting campaigns once -------------------------------------------------
"$PLENARY" tag >/dev/null 2>&1
o20() { awk -F'\t' '$1 == "category" && $2 == "O20" { print $4 }' "$T/out"; }
run stats_count_all 0 pl stats --format tsv && all=$(o20)
run stats_count_once 0 pl stats --format tsv --campaigns count-once && once=$(o20)
# The letter (43 copies now, 2 more unrecorded) is about remittances: O20.
same count_once_drops_copies "$((all - once))" "$(sql "SELECT count(*) FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id JOIN passage_tags t ON t.passage_id = m.passage_id AND t.category_id = 'O20' WHERE m.passage_id != c.representative")"
check count_once_smaller test "$once" -lt "$all"
run stats_campaigns_equals 0 pl stats --campaigns=count-once --format tsv && same stats_campaigns_equals_form "$(o20)" "$once"
run stats_campaigns_list 0 pl stats --campaigns && check stats_campaigns_lists has '^ *43 passages' "$T/out"
run crosstab_count_once 0 pl stats --by language --format tsv --campaigns count-once &&
	same crosstab_count_once_total "$(awk -F'\t' '$1 == "category" && $2 == "O20" { print $4 }' "$T/out")" "$once"
run export_count_once 0 pl export --format jsonl --tag O20 --campaigns count-once &&
	check export_count_once_cited python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
letters = [r for r in rows if "remittances home at a fair cost" in r["text"]]
# the campaign once, and the copy ingested with --no-campaigns, in none yet
assert sorted(r["campaign_size"] for r in letters) == [0, 43], [(r["passage_id"], r["campaign_size"]) for r in letters]' "$T/out"
run export_md_count_once 0 pl export --tag O20 --campaigns count-once &&
	check export_md_says_once has 'counted once' "$T/out"
run bad_campaigns_mode 2 pl stats --campaigns=twice && pass bad_campaigns_mode
