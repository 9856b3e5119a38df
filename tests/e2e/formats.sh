#!/bin/sh
# Ingest formats end to end: CSV/TSV exports (the real Polis ones, and
# quoting, ragged rows and an unclosed quote written here), WebVTT and SRT
# captions, ParlaMint transcripts; then search, stats and tag on them.
. "$(dirname "$0")/lib.sh"

DATA=$PLENARY_TOP/tests/data/formats
POLIS=$SHARED/polis-opendata

# bodies FILE: comment bodies of a Polis export with a word in them (not
# just "?" or "..."), counted by Python's csv module.
bodies() {
	python3 -c 'import csv, sys
print(sum(1 for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))
          if any(c.isalnum() or ord(c) >= 128 for c in r["comment-body"])))' "$1"
}
# doc_passages PATH-SUFFIX: passages stored for the document whose path ends so.
doc_passages() { sql "SELECT count(*) FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.path LIKE '%$1'"; }
# pmeta KEY TEXT-LIKE: the KEY metadata of the passage whose text matches.
pmeta() {
	sql "SELECT m.value FROM passage_meta m JOIN passages p ON p.id = m.passage_id
	     WHERE m.key = '$1' AND p.text LIKE '$2' LIMIT 1"
}

# ---- Polis exports ------------------------------------------------------------
run polis_ingest 0 pl ingest "$DATA/polis-vtaiwan-uberx.csv" "$DATA/polis-football-concussions.csv" &&
	pass polis_ingest
cp "$T/err" "$T/polis.err"
same polis_chinese_count "$(doc_passages polis-vtaiwan-uberx.csv)" "$(bodies "$DATA/polis-vtaiwan-uberx.csv")"
# Its answers are short ("Hello", "Yes I agree"): the column is still text.
same polis_short_answers_count "$(doc_passages polis-football-concussions.csv)" \
	"$(bodies "$DATA/polis-football-concussions.csv")"
check polis_columns_reported has 'text: comment-body; metadata: timestamp, datetime, comment-id, author-id, agrees, disagrees, moderated' "$T/polis.err"
run polis_search_chinese 0 pl search --format tsv '計程車'
check polis_search_chinese has '計程車' "$T/out"
run polis_search_german 0 pl search --format tsv 'Football wird'
check polis_search_german has 'noch lange ein wichtiges Spiel' "$T/out"
same polis_meta_question "$(pmeta question 'Ich denke Football wird%')" comment-body
same polis_meta_author "$(pmeta author-id 'Ich denke Football wird%')" \
	"$(python3 -c 'import csv, sys
print([r["author-id"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if r["comment-body"].startswith("Ich denke Football wird")][0])' "$DATA/polis-football-concussions.csv")"
same polis_meta_row "$(pmeta row 'Ich denke Football wird%')" 3
check polis_text_not_meta test -z "$(sql "SELECT 1 FROM passage_meta WHERE key = 'comment-body' LIMIT 1")"
run polis_search_meta 0 pl search --count --meta question=comment-body 'football'
n=$(cat "$T/out")
check polis_search_meta test "${n:-0}" -gt 0
run polis_search_meta_word 0 pl search --format tsv "wichtiges author-id:$(pmeta author-id 'Ich denke Football wird%')"
check polis_search_meta_word has 'Ich denke Football wird noch lange ein' "$T/out"
run polis_stats_by_meta 0 pl stats --by moderated --format tsv
check polis_stats_by_meta has '^moderated	-1	2	' "$T/out"

# The whole shared Polis folder: comments.csv files give passages, the
# summary.csv key/value sheets none, with a note; no file fails.
if [ -d "$POLIS" ]; then
	export PLENARY_DB="$T/polis.db"
	run polis_folder 0 pl ingest "$POLIS"
	check polis_folder_nofail has ' 0 skipped, 0 failed' "$T/err"
	check polis_folder_summary_note has 'summary.csv (0 passages); no free-text column' "$T/err"
	want=0
	for f in "$POLIS"/*/comments.csv; do want=$((want + $(bodies "$f"))); done
	same polis_folder_count "$(sql "SELECT count(*) FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.format = 'csv'")" "$want"
	export PLENARY_DB="$T/test.db"
fi

# ---- CSV quoting, options and bad inputs ------------------------------------------
printf '\357\273\277id,Country,Answer,Other\r\n7,MEX,"Migrants need safe, regular pathways; ""fair"" recruitment\r\nand decent work.",x\r\n8,FRA,,"a long other answer, with words in it, longer than forty bytes"\r\n' >"$T/quoted.csv"
run csv_quoted 0 pl ingest --text-columns answer --meta-columns country "$T/quoted.csv" && pass csv_quoted
same csv_quoted_text "$(sql "SELECT text FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.path LIKE '%quoted.csv'")" \
	'Migrants need safe, regular pathways; "fair" recruitment and decent work.'
same csv_meta_restricted "$(sql "SELECT group_concat(key || '=' || value, ' ') FROM (SELECT m.key, m.value FROM passage_meta m JOIN passages p ON p.id = m.passage_id WHERE p.text LIKE 'Migrants need safe%' ORDER BY m.key)")" \
	'country=MEX question=Answer row=1'
run csv_unknown_column 1 pl ingest --text-columns nosuch "$T/quoted.csv"
check csv_unknown_column has "no column 'nosuch' in the header (columns: id, Country, Answer, Other)" "$T/err"

printf 'name,comment\nA,first answer about labour migration and visas\nB\nC,third answer about border procedures,extra\nD,fourth answer about family reunification\nE,fifth answer about remittances sent home\n' >"$T/ragged.csv"
printf 'name,comment\nA,"this quote is never closed, whatever follows\nB,next row about return and readmission\n' >"$T/unclosed.csv"
printf 'Q1\tcomment\nyes\tThe consular services helped me during the crisis abroad\n' >"$T/answers.tsv"
run csv_batch 1 pl ingest --text-columns comment "$T/ragged.csv" "$T/unclosed.csv" "$T/answers.tsv"
cp "$T/err" "$T/batch.err"
check csv_ragged_noted has 'ragged.csv (4 passages).*2 rows (first at line 3) have not the header' "$T/batch.err"
check csv_unclosed_failed has 'failed .*unclosed.csv: unclosed quote: the quoted cell in the row that starts at line 2 never ends' "$T/batch.err"
check csv_batch_goes_on has 'ingested .*answers.tsv (1 passage); 1 row; text: comment; metadata: Q1' "$T/batch.err"
same csv_unclosed_nothing_stored "$(sql "SELECT count(*) FROM documents WHERE path LIKE '%unclosed.csv'")" 0
run tsv_guess 0 pl ingest --format tsv --meta-columns Q1 "$T/answers.tsv"
same tsv_guess_text "$(pmeta question 'The consular services%')" comment

printf 'a;b;c\n1;2;3\n4;5;6\n7;8;9\n10;11;12\n' >"$T/semicolon.csv"
printf 'a,b\n1,2\n3,4\n5,6\n7\n8\n9\n10\n' >"$T/mostly-ragged.csv"
printf 'a,b\n1,"x"y\n' >"$T/stray.csv"
run csv_bad 1 pl ingest "$T/mostly-ragged.csv" "$T/stray.csv" "$T/semicolon.csv"
check csv_header_unusable has 'mostly-ragged.csv: 4 of 7 rows do not have the header' "$T/err"
check csv_stray_quote has 'stray.csv: malformed quoting at line 2' "$T/err"
check csv_one_column_ok has 'ingested .*semicolon.csv (0 passages)' "$T/err"

# ---- captions ---------------------------------------------------------------------
run captions 0 pl ingest "$DATA/meeting.vtt" "$DATA/meeting.srt" && pass captions
cp "$T/err" "$T/captions.err"
check vtt_cues_noted has 'meeting.vtt (3 passages); 5 cues' "$T/captions.err"
run vtt_speakers 0 pl search --format tsv --speaker 'Amina Diallo' 'remittances'
same vtt_merged_turn "$(sql "SELECT text FROM passages WHERE speaker = 'Amina Diallo'")" \
	'Thank you, Chair. Remittances matter to families & communities. Transaction costs must fall below three per cent.'
same vtt_turn_times "$(pmeta start 'Thank you, Chair. Remittances%')-$(pmeta end 'Thank you, Chair. Remittances%')" \
	'00:00:08.000-00:01:05.000'
same vtt_speakers_in_order "$(sql "SELECT group_concat(speaker, '|') FROM (SELECT p.speaker FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.format = 'vtt' ORDER BY p.ordinal)")" \
	'Chair|Amina Diallo|Chair'
check vtt_no_markup test -z "$(sql "SELECT 1 FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.format IN ('vtt', 'srt') AND (text LIKE '%<%' OR text LIKE '%&amp;%' OR text LIKE '%-->%' OR text LIKE '%NOTE%' OR text LIKE '%cue(%')")"
same srt_label_turns "$(sql "SELECT group_concat(speaker || ':' || text, '|') FROM (SELECT p.speaker, p.text FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.format = 'srt' ORDER BY p.ordinal)")" \
	'MODERATOR:Welcome to the consultation on labour migration. Please keep statements short.|Ms. Ana Pérez (Mexico):Mexico supports safe pathways for workers.|MODERATOR:Thank you.'
same srt_times "$(pmeta start 'Mexico supports%') $(pmeta end 'Mexico supports%')" '00:00:06.100 00:00:09.400'

# A turn outgrowing --max-passage becomes several passages, each with times.
w='A sentence of the same speaker that goes on for a while about labour migration.'
printf 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Chair>%s %s\n\n00:00:02.000 --> 00:00:03.000\n<v Chair>%s %s\n\n00:00:03.000 --> 00:00:04.000\n<v Chair>%s\n' \
	"$w" "$w" "$w" "$w" "$w" >"$T/long.vtt"
run vtt_bounded 0 pl ingest --max-passage 256 "$T/long.vtt"
same vtt_bounded_split "$(sql "SELECT group_concat(value, ' ') FROM (SELECT m.value FROM passage_meta m JOIN passages p ON p.id = m.passage_id JOIN documents d ON d.id = p.document_id WHERE d.path LIKE '%long.vtt' AND m.key IN ('start', 'end') ORDER BY p.ordinal, m.key DESC)")" \
	'00:00:01.000 00:00:02.000 00:00:02.000 00:00:04.000'
printf 'WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nbroken arrow\n' >"$T/broken.vtt"
printf 'just some text\nwith no cues\n' >"$T/notcaptions.srt"
printf 'not a caption file\n' >"$T/nothead.vtt"
run captions_bad 1 pl ingest "$T/broken.vtt" "$T/notcaptions.srt" "$T/nothead.vtt"
check vtt_no_cue_failed has "failed .*broken.vtt: not WebVTT: no cue found" "$T/err"
check srt_no_cue_failed has "failed .*notcaptions.srt: not SRT: no cue found" "$T/err"
check vtt_header_failed has "failed .*nothead.vtt: not WebVTT: the first line must be 'WEBVTT'" "$T/err"

# ---- ParlaMint ---------------------------------------------------------------------
GB=$CORPORA/parlamint/ParlaMint-GB_2019-02-18-commons
run parlamint 0 pl ingest "$CORPORA/parlamint"
check parlamint_table_companion has "companion .*commons-meta.tsv: the speaker table of '.*commons.txt', read with it" "$T/err"
check parlamint_summary has '4 files: 2 ingested, .* 0 skipped, 0 failed, the rest read with other files' "$T/err"
same parlamint_format "$(sql "SELECT count(*) FROM documents WHERE format = 'parlamint'")" 2
same parlamint_count "$(sql "SELECT count(DISTINCT m.value) FROM passage_meta m JOIN passages p ON p.id = m.passage_id JOIN documents d ON d.id = p.document_id WHERE d.path LIKE '%commons.txt' AND m.key = 'utterance'")" "$(grep -c '	' "$GB.txt")"
check parlamint_no_ids test -z "$(sql "SELECT 1 FROM passages WHERE text LIKE 'ParlaMint-%'")"
same parlamint_speaker "$(sql "SELECT speaker FROM passages WHERE text LIKE 'It is with great sadness%'")" 'Bercow, John Simon'
same parlamint_meta "$(pmeta party 'It is with great sadness%') $(pmeta role 'It is with great sadness%') $(pmeta utterance 'It is with great sadness%')" \
	'CON Chairperson ParlaMint-GB_2019-02-18-commons.u1'
same parlamint_title "$(sql "SELECT title FROM documents WHERE path LIKE '%commons.txt'")" \
	'Minutes of the House of Commons, Daily Session 2019-02-18'
same parlamint_doc_meta "$(sql "SELECT value FROM document_meta m JOIN documents d ON d.id = m.document_id WHERE d.path LIKE '%commons.txt' AND m.key = 'house'")" 'Lower house'
run parlamint_by_party 0 pl stats --by party --format tsv
check parlamint_by_party has '^party	LAB	' "$T/out"
# Without its table a transcript still loses its ids, with a note.
sed -n 1,3p "$GB.txt" >"$T/alone.txt"
run parlamint_alone 0 pl ingest --format parlamint "$T/alone.txt"
check parlamint_alone_note has 'alone.txt (3 passages); no -meta.tsv beside it' "$T/err"

# ---- tagging a CSV-ingested database --------------------------------------------
export PLENARY_DB="$T/tag.db"
printf 'respondent,group,answer\n1,ngo,Transaction costs of remittances sent home by migrant workers must fall.\n2,state,We discussed the weather and nothing else at all today.\n' >"$T/tag.csv"
run tag_setup 0 pl ingest "$T/tag.csv" && pass tag_setup
run tag_run 0 pl tag
run tag_search 0 pl search --format tsv --tag O20 ''
check tag_search_hit has 'Transaction costs of remittances' "$T/out"
check tag_search_only_hit hasnt 'weather' "$T/out"
run tag_search_meta 0 pl search --count --tag O20 'group:ngo'
same tag_search_meta "$(cat "$T/out")" 1
