#!/bin/sh
# Ingest of awkward document content: ROBUSTNESS.md cases 1-16. Every fixture
# is made here, in $T/in; each group of cases has its own database.
. "$(dirname "$0")/lib.sh"

mkdir -p "$T/in"
F=$(cd "$T/in" && pwd -P)   # documents.path is the real path

# line PATH: the verdict line plenary printed for PATH (stderr of the last run).
line() { grep -F -- "$1" "$T/err" | head -n 1; }
# docs SQL-WHERE: number of documents matching, in $PLENARY_DB.
docs() { sql "SELECT count(*) FROM documents WHERE $1"; }
# text NAME: the passages of document $F/NAME, one per line, in order.
text() { sql "SELECT p.text FROM passages p JOIN documents d ON d.id = p.document_id
	WHERE d.path = '$F/$1' ORDER BY p.ordinal"; }
# fffd NAME: how many U+FFFD the stored text of $F/NAME holds.
fffd() { sql "SELECT coalesce(sum(length(p.text) - length(replace(p.text, char(65533), ''))), -1)
	FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.path = '$F/$1'"; }
# all_utf8: there are passages, and every stored passage, title and path is
# valid UTF-8 without NUL.
all_utf8() {
	sql "SELECT hex(text) FROM passages UNION ALL SELECT hex(title) FROM documents
	     UNION ALL SELECT hex(path) FROM documents" | python3 -c '
import sys
lines = sys.stdin.readlines()
assert lines, "nothing stored"
for l in lines:
    b = bytes.fromhex(l.strip())
    b.decode("utf-8")
    assert b"\0" not in b, "NUL stored"
' 2>/dev/null
}
# verdict_is WORD PATH: the verdict line for PATH starts with WORD.
verdict_is() { line "$2" | grep -q "^$1 "; }
# says PATH REGEX: the verdict line for PATH matches REGEX (any case).
says() { line "$1" | grep -qi -- "$2"; }
# dump FILE: a digest of the whole database ($PLENARY_DB), and its number of
# documents, so that two dumps of nothing do not compare equal.
dump() { echo "$(docs 1) $(sqlite3 "$PLENARY_DB" .dump | md5sum)" >"$1"; }
# same_dump NAME: the dumps $T/dump1 and $T/dump2 are equal and not empty.
same_dump() {
	if [ "$(cut -d' ' -f1 "$T/dump1")" -gt 0 ] 2>/dev/null && cmp -s "$T/dump1" "$T/dump2"; then pass "$1"
	else fail "$1" "before: $(cat "$T/dump1")" "after:  $(cat "$T/dump2")"; fi
}

# ---- 1. invalid UTF-8, one file per class ----------------------------------
# Each file also holds a valid "é", so auto-detection keeps it UTF-8 (a file
# with no valid multi-byte sequence at all is taken as Windows-1252, case 5).
export PLENARY_DB="$T/utf8.db"
printf 'caf\303\251 stray \377 here\n' >"$F/stray.txt"                 # 1 invalid at 12
printf 'caf\303\251 truncated \342\202' >"$F/trunc.txt"                 # E2 82 at EOF: 1 at 16
printf 'caf\303\251 overlong \300\257 and \340\200\257\n' >"$F/overlong.txt"  # C0|AF|E0|80|AF: 5 at 15
printf 'caf\303\251 surrogate \355\240\200 end\n' >"$F/surrogate.txt"   # ED|A0|80: 3 at 16
printf 'caf\303\251 toobig \364\220\200\200 end\n' >"$F/toobig.txt"     # F4|90|80|80: 4 at 13
run utf8_invalid_ingested 0 pl ingest "$F/stray.txt" "$F/trunc.txt" "$F/overlong.txt" \
	"$F/surrogate.txt" "$F/toobig.txt" && pass utf8_invalid_ingested
for c in stray:1:12 trunc:1:16 overlong:5:15 surrogate:3:16 toobig:4:13; do
	n=${c%%:*} rest=${c#*:}
	want=${rest%%:*} at=${rest#*:}
	l=$(line "$F/$n.txt")
	case $l in
	"ingested "*"$want invalid UTF-8 sequence"*"first at byte $at"*) pass "utf8_${n}_verdict" ;;
	*) fail "utf8_${n}_verdict" "want '$want invalid UTF-8 sequence(s) ... first at byte $at'" "got: $l" ;;
	esac
	same "utf8_${n}_stored_as_fffd" "$(fffd "$n.txt")" "$want"
done
same utf8_stray_text "$(text stray.txt)" "$(printf 'caf\303\251 stray \357\277\275 here')"
check utf8_all_stored_valid all_utf8
printf 'a good file\n' >"$F/good.txt"
run utf8_strict_fails 1 pl --db "$T/strict.db" ingest --strict-utf8 "$F/stray.txt" "$F/good.txt" &&
	check utf8_strict_verdict verdict_is failed "$F/stray.txt"
check utf8_strict_msg has "invalid UTF-8" "$T/err"
same utf8_strict_keeps_others "$(sqlite3 "$T/strict.db" "SELECT group_concat(path) FROM documents")" "$F/good.txt"

# ---- 2. UTF-8 byte-order mark ----------------------------------------------
printf '\357\273\277BOM first words.\n\nSecond paragraph.\n' >"$F/bom.txt"
run bom_ingested 0 pl ingest "$F/bom.txt" && pass bom_ingested
same bom_stripped "$(sql "SELECT hex(substr(CAST(p.text AS BLOB), 1, 3)) FROM passages p JOIN documents d
	ON d.id = p.document_id WHERE d.path = '$F/bom.txt' AND p.ordinal = 1")" "424F4D"
same bom_offsets_after_strip "$(sql "SELECT p.span_start FROM passages p JOIN documents d
	ON d.id = p.document_id WHERE d.path = '$F/bom.txt' AND p.ordinal = 1")" 0

# ---- 3, 4. UTF-16 with and without a byte-order mark -----------------------
u16='Caf\303\251 \342\200\234quoted\342\200\235 and \360\237\230\200 emoji.\n'
want16=$(printf 'Caf\303\251 \342\200\234quoted\342\200\235 and \360\237\230\200 emoji.')
# iconv encodes U+FEFF itself, so the mark is made by iconv too.
printf "\357\273\277$u16" | iconv -f UTF-8 -t UTF-16LE >"$F/u16le.txt"
printf "\357\273\277$u16" | iconv -f UTF-8 -t UTF-16BE >"$F/u16be.txt"
printf "$u16" | iconv -f UTF-8 -t UTF-16 >"$F/u16.txt"   # glibc: BOM + native order
printf "$u16" | iconv -f UTF-8 -t UTF-16LE >"$F/u16le-nobom.txt"
printf "$u16" | iconv -f UTF-8 -t UTF-16BE >"$F/u16be-nobom.txt"
printf '\377\376A\000 \000\000\330 \000B\000\n\000' >"$F/u16-lone.txt"  # lone high surrogate
run utf16_bom_ingested 0 pl ingest "$F/u16le.txt" "$F/u16be.txt" "$F/u16.txt" "$F/u16-lone.txt" &&
	pass utf16_bom_ingested
for n in u16le u16be u16; do
	same "utf16_${n}_text" "$(text $n.txt)" "$want16"
	case $(line "$F/$n.txt") in *UTF-16*) pass "utf16_${n}_noted" ;;
	*) fail "utf16_${n}_noted" "$(line "$F/$n.txt")" ;; esac
done
same utf16_lone_surrogate_fffd "$(text u16-lone.txt)" "$(printf 'A \357\277\275 B')"
run utf16_nobom_skipped 1 pl ingest "$F/u16le-nobom.txt" "$F/u16be-nobom.txt" &&
	check utf16_nobom_skipped verdict_is skipped "$F/u16le-nobom.txt"
check utf16_nobom_be_skipped verdict_is skipped "$F/u16be-nobom.txt"
check utf16_nobom_hint_le says "$F/u16le-nobom.txt" "binary.*--encoding utf-16le"
check utf16_nobom_hint_be says "$F/u16be-nobom.txt" "binary.*--encoding utf-16be"
same utf16_nobom_not_stored "$(docs "path LIKE '%nobom%'")" 0
run utf16_forced_encoding 0 pl ingest --encoding utf-16le "$F/u16le-nobom.txt" &&
	same utf16_forced_encoding_text "$(text u16le-nobom.txt)" "$want16"

# ---- 5. legacy 8-bit: Windows-1252 -----------------------------------------
printf 'Caf\351 and \223curly quotes\224 cost \200 10 \226 na\357ve.\n' >"$F/cp1252.txt"
run cp1252_ingested 0 pl ingest "$F/cp1252.txt" &&
	check cp1252_noted says "$F/cp1252.txt" "Windows-1252"
same cp1252_text "$(text cp1252.txt)" \
	"$(printf 'Caf\303\251 and \342\200\234curly quotes\342\200\235 cost \342\202\254 10 \342\200\223 na\303\257ve.')"
same cp1252_encoding "$(sql "SELECT encoding FROM documents WHERE path = '$F/cp1252.txt'")" cp1252

# ---- 6. NUL bytes ----------------------------------------------------------
printf 'abc\000def\n' >"$F/nul.txt"
{ head -c 10000 /dev/zero | tr '\0' 'x'; printf '\n\000late NUL\n'; } >"$F/latenul.txt"
run nul_skipped 1 pl ingest "$F/nul.txt" "$F/latenul.txt" "$F/good.txt" &&
	check nul_skipped verdict_is skipped "$F/nul.txt"
check nul_binary_msg says "$F/nul.txt" "binary"
check nul_late_skipped verdict_is skipped "$F/latenul.txt"
check nul_others_ingested verdict_is ingested "$F/good.txt"
same nul_not_stored "$(docs "path LIKE '%nul.txt'")" 0
run nul_text_option 0 pl ingest --text "$F/nul.txt" &&
	same nul_text_replaced "$(text nul.txt)" "$(printf 'abc\357\277\275def')"
same nul_never_stored "$(sql "SELECT count(*) FROM passages WHERE instr(CAST(text AS BLOB), x'00')")" 0

# ---- 7. CRLF and lone CR ---------------------------------------------------
printf 'Line one\nline two.\n\nPara two.\n' >"$F/lf.txt"
printf 'Line one\r\nline two.\r\n\r\nPara two.\r\n' >"$F/crlf.txt"
printf 'Line one\rline two.\r\rPara two.\r' >"$F/cr.txt"
run crlf_ingested 0 pl ingest "$F/lf.txt" "$F/crlf.txt" "$F/cr.txt" && pass crlf_ingested
same crlf_no_cr_stored "$(sql "SELECT count(*) FROM passages WHERE instr(text, char(13))")" 0
same crlf_same_as_lf "$(text crlf.txt)" "$(text lf.txt)"
same cr_same_as_lf "$(text cr.txt)" "$(text lf.txt)"
case $(sql "SELECT notes FROM documents WHERE path = '$F/crlf.txt'") in *CRLF*) pass crlf_recorded ;;
*) fail crlf_recorded "documents.notes does not mention CRLF" ;; esac
case $(sql "SELECT notes FROM documents WHERE path = '$F/cr.txt'") in *CR*) pass cr_recorded ;;
*) fail cr_recorded "documents.notes does not mention CR" ;; esac

# ---- 8. a 100 MB line, a 20 MB word ----------------------------------------
export PLENARY_DB="$T/big.db"
yes 'lorem ipsum ' | head -c 100M | tr -d '\n' >"$F/bigline.txt"
head -c 20M /dev/zero | tr '\0' a >"$F/bigword.txt"
big=$(wc -c <"$F/bigline.txt")
# bounded_run NAME FILE: ingest in a time box, peak RSS into $T/rss (KiB).
bounded_run() {
	t0=$(now_ms)
	run "$1" 0 /usr/bin/time -f %M -o "$T/rss" timeout -k 5 120 "$PLENARY" ingest "$2" || return 1
	ms=$(($(now_ms) - t0))
	rss=$(tail -n 1 "$T/rss")
	if [ "$rss" -lt 1572864 ]; then pass "$1_memory"; else fail "$1_memory" "peak RSS ${rss} KiB (limit 1.5 GiB)"; fi
	if [ "$ms" -lt 90000 ]; then pass "$1_time"; else fail "$1_time" "took $ms ms"; fi
}
if bounded_run bigline "$F/bigline.txt"; then
	same bigline_passage_bound "$(sql "SELECT max(length(CAST(text AS BLOB))) <= 4096 FROM passages")" 1
	# nothing lost: the text is all there, less one space per cut
	check bigline_all_text test "$(sql "SELECT sum(length(CAST(text AS BLOB))) + count(*) FROM passages")" -ge "$big"
	check bigline_split_noted says "$F/bigline.txt" "split"
fi
if bounded_run bigword "$F/bigword.txt"; then
	same bigword_passage_bound "$(sql "SELECT max(length(CAST(p.text AS BLOB))) <= 4096 FROM passages p
		JOIN documents d ON d.id = p.document_id WHERE d.path = '$F/bigword.txt'")" 1
	same bigword_all_text "$(sql "SELECT sum(length(CAST(p.text AS BLOB))) FROM passages p
		JOIN documents d ON d.id = p.document_id WHERE d.path = '$F/bigword.txt'")" 20971520
fi
run max_file_size_skips 1 pl --db "$T/max.db" ingest --max-file-size 10M "$F/bigline.txt" "$F/good.txt" &&
	check max_file_size_skips verdict_is skipped "$F/bigline.txt"
check max_file_size_msg says "$F/bigline.txt" "size limit"
rm -f "$F/bigline.txt" "$F/bigword.txt" "$T/big.db" "$T/big.db-wal" "$T/big.db-shm"

# ---- 9. empty and whitespace-only files ------------------------------------
export PLENARY_DB="$T/misc.db"
: >"$F/empty.txt"
printf '  \n\t\n\n   \r\n' >"$F/blank.txt"
run empty_recorded 0 pl ingest "$F/empty.txt" "$F/blank.txt" && pass empty_recorded
same empty_zero_passages "$(sql "SELECT group_concat(passage_count || '/' ||
	(SELECT count(*) FROM passages p WHERE p.document_id = d.id)) FROM documents d
	WHERE path IN ('$F/empty.txt', '$F/blank.txt')")" "0/0,0/0"
dump "$T/dump1"
run empty_reingest 0 pl ingest "$F/empty.txt" "$F/blank.txt" &&
	check empty_reingest_unchanged verdict_is unchanged "$F/empty.txt"
check blank_reingest_unchanged verdict_is unchanged "$F/blank.txt"
dump "$T/dump2"
same_dump empty_reingest_no_write

# ---- 10. binary files ------------------------------------------------------
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001' >"$F/image.png"
printf 'some text to compress\n' | gzip -n >"$F/notes.txt.gz"
printf '%%PDF-1.4\n%%\342\343\317\323\n1 0 obj\n<< /Length 9 >>\nstream\n\000\001\002\003\000\nendstream\n' >"$F/report.pdf"
cp /bin/true "$F/program"
run binary_skipped 1 pl ingest "$F/image.png" "$F/notes.txt.gz" "$F/report.pdf" "$F/program" &&
	pass binary_skipped
for c in image.png:PNG notes.txt.gz:gzip program:ELF; do
	n=${c%%:*} hint=${c#*:}
	l=$(line "$F/$n")
	case $l in "skipped "*"$hint"*) pass "binary_${hint}_hint" ;;
	*) fail "binary_${hint}_hint" "want 'skipped ... $hint'" "got: $l" ;; esac
done
same binary_not_stored "$(docs "path IN ('$F/image.png', '$F/notes.txt.gz', '$F/report.pdf', '$F/program')")" 0
# A PDF is read by pdftotext (tests/e2e/office.sh), which refuses this broken one.
case $(line "$F/report.pdf") in "failed "*"pdftotext"*) pass binary_PDF_to_pdftotext ;;
*) fail binary_PDF_to_pdftotext "got: $(line "$F/report.pdf")" ;; esac

# ---- 11, 12. directories, special files, symbolic links --------------------
mkdir -p "$F/tree/sub"
printf 'alpha text\n' >"$F/tree/a.txt"
printf 'beta text\n' >"$F/tree/sub/b.txt"
printf 'hidden text\n' >"$F/tree/.hidden.txt"
run dir_recursed 0 pl ingest "$F/tree" &&
	same dir_recursed "$(sql "SELECT group_concat(path, ' ') FROM (SELECT path FROM documents
		WHERE path LIKE '$F/tree/%' ORDER BY path)")" "$F/tree/a.txt $F/tree/sub/b.txt"
mkfifo "$F/fifo"
python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$F/socket"
t0=$(now_ms)
if PL_TIMEOUT=20 run special_files_skipped 1 pl ingest "$F/fifo" /dev/zero /dev/urandom "$F/socket" "$F/good.txt"; then
	pass special_files_skipped
	ms=$(($(now_ms) - t0))
	if [ "$ms" -lt 10000 ]; then pass special_files_not_read; else fail special_files_not_read "took $ms ms"; fi
fi
for p in "$F/fifo" /dev/zero /dev/urandom "$F/socket"; do
	check "special_$(basename "$p")_skipped" verdict_is skipped "$p"
done
check special_others_ingested verdict_is ingested "$F/good.txt"
same special_not_stored "$(docs "path IN ('$F/fifo', '/dev/zero', '/dev/urandom', '$F/socket')")" 0
ln -s loop "$F/loop"
ln -s nowhere "$F/dangling"
PL_TIMEOUT=20 run symlink_loop_failed 1 pl ingest "$F/loop" "$F/dangling" "$F/good.txt" &&
	check symlink_loop_failed verdict_is failed "$F/loop"
check symlink_loop_named says "$F/loop" "loop\|too many levels"
check symlink_dangling_failed verdict_is failed "$F/dangling"

# ---- 13. file names that are not UTF-8 or hold a newline -------------------
mkdir -p "$F/names"
ff=$(printf '\377')
nl=$(printf 'bad\nname')
printf 'byte ff name\n' >"$F/names/$ff.txt"
printf 'newline name\n' >"$F/names/$nl.txt"
printf 'literal backslash name\n' >"$F/names/\\xff.txt"   # the 4 characters \xff
run odd_names_ingested 0 pl ingest "$F/names" && pass odd_names_ingested
same odd_names_three_documents "$(docs "path LIKE '$F/names/%'")" 3
same odd_name_ff_escaped "$(docs "path = '$F/names/\\xff.txt'")" 1
same odd_name_newline_escaped "$(docs "path = '$F/names/bad\\x0aname.txt'")" 1
same odd_names_no_raw_newline "$(docs "instr(path, char(10))")" 0
check odd_names_utf8 all_utf8
# every stderr line is a verdict or a plenary message: no name was split
check odd_names_stderr_lines sh -c '! grep -v "^\(ingested\|replaced\|unchanged\|skipped\|failed\) \|^plenary" "$1"' - "$T/err"
check odd_names_stderr_escaped grep -qF 'bad\x0aname.txt' "$T/err"

# ---- 14. terminal control text ---------------------------------------------
printf 'Escape zebra \033[2J clear \033[31mred \033]52;c;SGVsbG8=\007 osc \302\233 csi and \342\200\256 reversed zebra.\n' >"$F/control.txt"
run control_ingested 0 pl ingest "$F/control.txt" && pass control_ingested
same control_stored_as_is "$(sql "SELECT instr(hex(p.text), '1B5B324A') > 0 AND instr(hex(p.text), '1B5D35323B') > 0
	AND instr(hex(p.text), 'E280AE') > 0 AND instr(hex(p.text), 'C29B') > 0 FROM passages p
	JOIN documents d ON d.id = p.document_id WHERE d.path = '$F/control.txt'")" 1
# jsonl keeps the data exactly, escaped
run control_jsonl 0 pl search --format jsonl zebra &&
	check control_jsonl_roundtrip python3 -c '
import json, sys
want = open(sys.argv[1], encoding="utf-8").read().strip()
got = [json.loads(l)["text"] for l in open(sys.argv[2], encoding="utf-8")]
assert want in got, got
' "$F/control.txt" "$T/out"
# on a terminal, nothing of the document may reach it raw; only plenary's own
# bold on/off (ESC[1m, ESC[0m, ESC[22m) may remain
tty_clean() {
	sed 's/\x1b\[\(1\|0\|22\|\)m//g' "$1" | grep -q "$(printf '\033\\|\007\\|\302\233\\|\342\200\256')" && return 1
	grep -q 'zebra' "$1"
}
for mode in snippet full; do
	opt=; [ $mode = full ] && opt=--full
	timeout 20 script -qec "'$PLENARY' --db '$PLENARY_DB' search $opt zebra" /dev/null </dev/null >"$T/out" 2>"$T/err"
	check "control_tty_${mode}_escaped" tty_clean "$T/out"
done

# ---- 15. re-ingest, changes, duplicates ------------------------------------
export PLENARY_DB="$T/reingest.db"
cp "$CORPORA/unnm/"*.md "$F/remarks.md"
printf 'First paragraph about quokkas.\n\nSecond paragraph about wombats.\n' >"$F/doc.txt"
cp "$F/doc.txt" "$F/twin.txt"
run reingest_first 0 pl ingest "$F/remarks.md" "$F/doc.txt" "$F/twin.txt" && pass reingest_first
same duplicate_both_ingested "$(sql "SELECT count(*) FROM documents WHERE passage_count = 2 AND path IN ('$F/doc.txt', '$F/twin.txt')")" 2
same duplicate_both_found "$(pl search --count wombats)" 2
dump "$T/dump1"
touch -d '2001-02-03 04:05:06' "$F/doc.txt"   # a new mtime alone changes nothing
run reingest_unchanged 0 pl ingest "$F/remarks.md" "$F/doc.txt" "$F/twin.txt" &&
	check reingest_unchanged sh -c '[ "$(grep -c "^unchanged " "$1")" = 3 ]' - "$T/err"
dump "$T/dump2"
same_dump reingest_dump_identical
printf 'First paragraph about quokkas.\n\nSecond paragraph about numbats.\n\nThird paragraph about bilbies.\n' >"$F/doc.txt"
run reingest_modified 0 pl ingest "$F/doc.txt" &&
	check reingest_replaced verdict_is replaced "$F/doc.txt"
same reingest_passage_count "$(sql "SELECT passage_count || '/' || (SELECT count(*) FROM passages p
	WHERE p.document_id = d.id) FROM documents d WHERE path = '$F/doc.txt'")" 3/3
same reingest_one_row "$(docs "path = '$F/doc.txt'")" 1
same reingest_old_words_gone "$(pl search --count wombats)" 1
same reingest_new_words_found "$(pl search --count bilbies)" 1
fts_ok reingest_fts_consistent "$PLENARY_DB"

# ---- front matter, --meta, speaker turns -----------------------------------
printf -- '---\ntitle: X\ncountry: MEX\n---\n\nBody text about migration.\n' >"$F/front.md"
run front_matter 0 pl ingest --meta country=ITA --meta stakeholder=ngo "$F/front.md" && pass front_matter
same front_matter_title "$(sql "SELECT title FROM documents WHERE path = '$F/front.md'")" X
same front_matter_wins "$(sql "SELECT group_concat(key || '=' || value, ' ') FROM (SELECT m.key, m.value
	FROM document_meta m JOIN documents d ON d.id = m.document_id WHERE d.path = '$F/front.md'
	ORDER BY m.key)")" "country=MEX stakeholder=ngo"
same front_matter_not_text "$(text front.md)" "Body text about migration."
printf 'THE CHAIR: The meeting is called to order.\n\nMr. P\303\251rez (Mexico): Thank you, Chair. Mexico supports the compact.\n\nTHE CHAIR: I thank the representative of Mexico.\n' >"$F/turns.txt"
run speaker_turns 0 pl ingest "$F/turns.txt" && pass speaker_turns
same speaker_labels "$(sql "SELECT group_concat(coalesce(p.speaker, '-'), '|') FROM (SELECT p.speaker
	FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.path = '$F/turns.txt'
	ORDER BY p.ordinal) p")" "THE CHAIR|Mr. P$(printf '\303\251')rez (Mexico)|THE CHAIR"
same speaker_label_not_in_text "$(text turns.txt)" "$(printf 'The meeting is called to order.\nThank you, Chair. Mexico supports the compact.\nI thank the representative of Mexico.')"

# ---- exit status: one bad file does not stop the others --------------------
export PLENARY_DB="$T/mixed.db"
printf 'one good file\n' >"$F/good1.txt"
printf 'another good file\n' >"$F/good2.txt"
run mixed_exit_1 1 pl ingest "$F/good1.txt" "$F/nul.txt" "$F/loop" "$F/good2.txt" && pass mixed_exit_1
same mixed_others_ingested "$(docs "path IN ('$F/good1.txt', '$F/good2.txt')")" 2
run mixed_all_fine_exit_0 0 pl ingest "$F/good1.txt" "$F/good2.txt" && pass mixed_all_fine_exit_0

# ---- 16. volumes: many tiny files, many one-word lines ---------------------
export PLENARY_DB="$T/volume.db"
mkdir -p "$F/tiny"
seq 1 3000 | sed 's/^/word /' | (cd "$F/tiny" && split -l 1 -a 4 - f)
seq 1 200000 | sed 's/^/w/' >"$F/lines.txt"
t0=$(now_ms)
if PL_TIMEOUT=60 run volume_ingested 0 pl ingest -q "$F/tiny" "$F/lines.txt"; then
	pass volume_ingested
	ms=$(($(now_ms) - t0))
	if [ "$ms" -lt 30000 ]; then pass volume_time; else fail volume_time "took $ms ms"; fi
fi
same volume_documents "$(docs 1)" 3001
same volume_words "$(sql "SELECT word_count FROM documents WHERE path = '$F/lines.txt'")" 200000

# ---- every database: consistent ---------------------------------------------
for db in utf8 misc reingest mixed volume; do
	check "${db}_db_integrity" test -s "$T/$db.db" -a "$(sqlite3 "$T/$db.db" 'PRAGMA integrity_check')" = ok
	fts_ok "${db}_db_fts" "$T/$db.db"
	same "${db}_db_passage_counts" "$(sqlite3 "$T/$db.db" "SELECT count(*) FROM documents d WHERE
		passage_count != (SELECT count(*) FROM passages p WHERE p.document_id = d.id)")" 0
done
