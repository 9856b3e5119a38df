#!/bin/sh
# make demo: ingests the bundled corpora into demo.db, shows what is in it, tags it,
# and opens the terminal interface (when run in a terminal).
set -eu
plenary=${1:-./plenary}
top=$(cd "$(dirname "$0")/.." && pwd)
db=${PLENARY_DEMO_DB:-demo.db}
export PLENARY_DB="$db"

echo "== ingesting the bundled corpora into $db" >&2
# Each UN General Debate statement with its country, session and year.
tail -n +2 "$top/corpora/ungdc/index.tsv" | while IFS="$(printf '\t')" read -r file country session year bytes; do
	"$plenary" ingest -q --meta source=ungdc --meta country="$country" \
		--meta session="$session" --meta year="$year" "$top/corpora/ungdc/$file"
done
"$plenary" ingest -q --meta source=unnm --meta meeting=unnm-2022 "$top/corpora/unnm"
"$plenary" ingest -q --meta source=parlamint --meta country=GBR --lang en \
	"$top/corpora/parlamint/ParlaMint-GB_2019-02-18-commons.txt"
"$plenary" ingest -q --meta source=parlamint --meta country=FRA --lang fr \
	"$top/corpora/parlamint/ParlaMint-FR_2018-01-16-O1111.txt"
"$plenary" ingest -q --meta source=gcm --format lines "$top/corpora/gcm/gcm-paragraphs.tsv"
# Online consultations: one passage per comment, its columns as metadata.
"$plenary" ingest -q --meta source=polis "$top/corpora/polis/brexit-consensus/comments.csv"
"$plenary" ingest -q --meta source=polis --lang de "$top/corpora/polis/austria-climate/comments.csv"

echo >&2
echo "== plenary stats" >&2
"$plenary" stats
echo >&2
echo "== plenary stats --by country" >&2
"$plenary" stats --by country | head -n 12
echo >&2
echo "== plenary search --limit 3 'remittance'" >&2
"$plenary" search --limit 3 remittance
echo "== plenary search --limit 3 'NEAR(migrants smuggling, 8)'" >&2
"$plenary" search --limit 3 'NEAR(migrants smuggling, 8)'
echo "== plenary search --limit 2 'lang:fr séances' (French: finds \"séance\")" >&2
"$plenary" search --limit 2 'lang:fr séances'
echo "== plenary search --limit 3 'emigra*' (a prefix finds \"emigration\")" >&2
"$plenary" search --limit 3 'emigra*'
echo "Try: PLENARY_DB=$db $plenary search 'global compact' --limit 5" >&2
echo >&2
echo "== plenary tag (the shipped lexicons: counts for the objectives view)" >&2
"$plenary" tag
echo >&2
echo "== plenary stats --by year --lexicon-id gcm (objectives by year)" >&2
"$plenary" stats --by year --lexicon-id gcm | tail -n 28
echo "== plenary kwic --limit 5 remittances" >&2
"$plenary" kwic --limit 5 remittances
echo "== plenary keyness O2 --limit 8 (the words of 'drivers of migration')" >&2
"$plenary" keyness O2 --limit 8
echo "== plenary export --format html --per-category 3 --by year -o demo-report.html" >&2
"$plenary" export --format html --per-category 3 --by year -o demo-report.html
echo "   (open demo-report.html in a browser)" >&2
# The demo ends in the terminal interface when there is a terminal.
if [ -t 0 ] && [ -t 1 ]; then
	exec "$plenary" tui
fi
echo "Open the terminal interface: PLENARY_DB=$db $plenary tui" >&2
