#!/bin/sh
# DOCX, ODT and PDF ingest end to end: good files with known content, and
# bad ones (truncated zip, XML bomb, zip bomb, garbage PDF, PDF with no
# text) in the same batch, each with its verdict. The fixtures are written
# by office_fixtures.py, in $T/in.
. "$(dirname "$0")/lib.sh"

mkdir -p "$T/in"
F=$(cd "$T/in" && pwd -P)   # documents.path is the real path
python3 "$PLENARY_TOP/tests/e2e/office_fixtures.py" "$F" || { fail office_fixtures "cannot write them"; exit 1; }

line() { grep -F -- "$F/$1" "$T/err" | head -n 1; }
verdict_is() { line "$2" | grep -q "^$1 "; }
says() { line "$1" | grep -qi -- "$2"; }
doc() { sql "SELECT id FROM documents WHERE path = '$F/$1'"; }
meta() { sql "SELECT value FROM document_meta WHERE document_id = $(doc "$1") AND key = '$2'"; }
# passages NAME: "ordinal|section|text" of each passage of NAME, in order.
passages() { sql "SELECT ordinal, coalesce(section, ''), text FROM passages
	WHERE document_id = $(doc "$1") ORDER BY ordinal"; }
# pmeta NAME KEY: KEY of each passage of NAME, "ordinal=value", one line.
pmeta() { sql "SELECT group_concat(p.ordinal || '=' || m.value, ' ') FROM passages p
	JOIN passage_meta m ON m.passage_id = p.id AND m.key = '$2'
	WHERE p.document_id = $(doc "$1") ORDER BY p.ordinal"; }

# ---- one batch, good and bad files together --------------------------------
run office_batch 1 pl ingest "$F" && pass office_batch
for f in submission.docx submission.odt statement.pdf; do
	check "office_ingested_$f" verdict_is ingested "$f"
done
check office_truncated_zip says truncated.docx 'damaged or truncated'
check office_truncated_zip_failed verdict_is failed truncated.docx
check office_xml_bomb_refused says laughs.docx 'entity\|DTD'
check office_xml_bomb_failed verdict_is failed laughs.docx
check office_zip_bomb_refused says zipbomb.docx 'zip bomb'
check office_zip_bomb_failed verdict_is failed zipbomb.docx
check office_garbage_pdf says garbage.pdf "pdftotext cannot read it (exit [1-9]"
check office_garbage_pdf_failed verdict_is failed garbage.pdf
check office_scanned_pdf says scanned.pdf 'no text layer.*OCR'
check office_scanned_pdf_skipped verdict_is skipped scanned.pdf
same office_bad_files_not_stored "$(sql "SELECT count(*) FROM documents")" 3
check office_summary has '3 ingested.*1 skipped, 4 failed' "$T/err"

# ---- DOCX --------------------------------------------------------------------
same docx_format "$(sql "SELECT format FROM documents WHERE id = $(doc submission.docx)")" docx
same docx_title "$(sql "SELECT title FROM documents WHERE id = $(doc submission.docx)")" \
	"Submission on remittances"
same docx_author "$(meta submission.docx author)" "Zoë Nakamura"
same docx_date "$(meta submission.docx date)" "2024-03-05T10:00:00Z"
# The "Title" paragraph and the heading are sections, not passages; the tab
# between "safely," and "said" is a space; each table row is a passage.
same docx_passages "$(passages submission.docx)" "1|Financial inclusion|Lowering the cost of remittances helps families in Côte d'Ivoire.
2|Financial inclusion|Migrants’ savings should reach banks safely, said the délégation.
3|Financial inclusion|Corridor | Cost
4|Financial inclusion|Senegal–France | 7 %"
same docx_table_rows "$(pmeta submission.docx row)" "3=1 4=2"
same docx_table_number "$(pmeta submission.docx table)" "3=1 4=1"

# ---- ODT ---------------------------------------------------------------------
same odt_title "$(sql "SELECT title FROM documents WHERE id = $(doc submission.odt)")" \
	"Submission on remittances"
same odt_author "$(meta submission.odt author)" "Zoë Nakamura"
same odt_date "$(meta submission.odt date)" "2024-03-05T10:00:00Z"
same odt_same_passages_as_docx "$(passages submission.odt)" "$(passages submission.docx)"
same odt_table_rows "$(pmeta submission.odt row)" "3=1 4=2"

# ---- PDF ---------------------------------------------------------------------
same pdf_format "$(sql "SELECT format FROM documents WHERE id = $(doc statement.pdf)")" pdf
same pdf_pages "$(meta statement.pdf pages)" 2
# The running head and the page numbers are gone; the paragraph cut by the
# page break is one passage on pages 1-2; "govern-" + "ments" is one word.
same pdf_passages "$(passages statement.pdf)" "1||Remittances and financial inclusion
2||Migrant workers send money home every month, and the fees they pay are still far too high in most corridors. We ask the governments of countries of origin to promote digital transfers and to publish the costs of each provider in every corridor.
3||States should also protect migrants from exploitation by recruiters, and guarantee decent work in countries of destination."
same pdf_page_per_passage "$(pmeta statement.pdf page)" "1=1 2=1-2 3=2"
same pdf_no_running_head "$(sql "SELECT count(*) FROM passages WHERE text LIKE '%written input%'")" 0

# ---- search and tag see the text ---------------------------------------------
run office_search 0 pl search --format tsv 'Ivoire' &&
	same office_search_finds_both "$(grep -c "Submission on remittances" "$T/out")" 2
run office_search_pdf 0 pl search --format tsv 'governments' &&
	check office_search_pdf_found has "statement" "$T/out"
run office_tag 0 pl tag &&
	same office_tag_o20 "$(sql "SELECT count(DISTINCT d.format) FROM tags t JOIN passages p ON p.id = t.passage_id
		JOIN documents d ON d.id = p.document_id WHERE t.category_id = 'O20'")" 3
fts_ok office_fts_consistent "$PLENARY_DB"

# ---- again: nothing changes; the bad files get the same verdicts ------------
run office_again 1 pl ingest "$F" &&
	check office_again_unchanged verdict_is unchanged submission.docx &&
	check office_again_bomb_still_refused says zipbomb.docx 'zip bomb'

# ---- detection and --format ---------------------------------------------------
export PLENARY_DB="$T/detect.db"
cp "$F/submission.docx" "$T/noext"
cp "$F/submission.odt" "$T/odt.bin"
run office_magic_detected 0 pl ingest "$T/noext" "$T/odt.bin" &&
	same office_magic_formats "$(sql "SELECT group_concat(format, ' ') FROM (SELECT format FROM documents ORDER BY path)")" "docx odt"
printf 'plain words, not a zip\n' >"$T/fake.docx"
run office_fake_docx 1 pl ingest "$T/fake.docx" &&
	check office_fake_docx_verdict has 'fake.docx: not a readable DOCX file' "$T/err"
cp "$F/statement.pdf" "$T/statement.dat"
run office_forced_pdf 0 pl ingest --format pdf "$T/statement.dat" &&
	same office_forced_pdf_format "$(sql "SELECT format FROM documents WHERE path LIKE '%statement.dat'")" pdf

# ---- pdftotext missing ----------------------------------------------------------
export PLENARY_DB="$T/nopdftotext.db"
mkdir -p "$T/empty"
PATH="$T/empty" "$PLENARY" ingest "$F/statement.pdf" "$F/submission.docx" >"$T/out" 2>"$T/err"
same office_no_pdftotext_exit $? 1
check office_no_pdftotext_hint says statement.pdf 'install poppler-utils'
check office_no_pdftotext_others_go_on verdict_is ingested submission.docx
