#!/bin/sh
# The terminal interface end to end: the real program driven in tmux (an
# isolated server, a fixed environment), the screen read with capture-pane
# and the database checked with sqlite3.
. "$(dirname "$0")/lib.sh"

if ! command -v tmux >/dev/null 2>&1; then
	echo "ok tui_skipped # tmux is not installed"
	exit 0
fi
SOCK=plenary-test$$
trap 'tmux -L "$SOCK" kill-server 2>/dev/null; rm -rf "$T"' EXIT INT TERM
tm() { tmux -L "$SOCK" "$@"; }
screen() { tm capture-pane -p -t tui; }
keys() { tm send-keys -t tui "$@"; }
# type TEXT: literal text, not key names.
type_text() { tm send-keys -t tui -l "$1"; }

# wait_for TEXT [SECONDS]: until the screen shows TEXT; 1 if it never does.
wait_for() {
	_n=$(( ${2:-5} * 10 ))
	while [ "$_n" -gt 0 ]; do
		screen | grep -qF -- "$1" && return 0
		sleep 0.1
		_n=$((_n - 1))
	done
	return 1
}
# see NAME TEXT: ok if the screen shows TEXT (within a few seconds).
see() {
	if wait_for "$2"; then pass "$1"; else fail "$1" "the screen never showed '$2':" "$(screen)"; fi
}
# start: a shell in an 80x24 tmux pane with the test's environment (and the
# sanitizers' options, for `make asan`).
start() {
	tm kill-server 2>/dev/null
	tm -f /dev/null new-session -d -s tui -x 80 -y 24 \
		"env -i PATH='$PATH' HOME='$T' LANG=C.UTF-8 TERM=tmux-256color TZ=UTC \
		PLENARY_DB='$PLENARY_DB' PS1='PROMPT\$ ' ASAN_OPTIONS='${ASAN_OPTIONS:-}' \
		LSAN_OPTIONS='${LSAN_OPTIONS:-}' UBSAN_OPTIONS='${UBSAN_OPTIONS:-}' sh"
	wait_for 'PROMPT$' || fail tui_shell "no shell prompt in tmux"
	keys "cd '$T' && clear" Enter
}
# one_line NAME SQL WANT
db_is() { same "$1" "$(sql "$2")" "$3"; }

# ---- fixtures: two speeches, terminal control text, wide and combining text
printf 'Zanzibarx statement one.\033[2J\033]0;pwned\007 Bold \033[1mtext\033[0m here.\n\nRemittances sent home by migrant workers matter.\n' >"$T/esc.txt"
printf 'Wideword 日本語の文章 and café (cafe\314\201) in one line that is long enough to be wrapped across the reader line of the terminal, with more 漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字 at the end.\n' >"$T/wide.txt"
pl ingest -q "$CORPORA/ungdc/BIH_75_2020.txt" "$T/esc.txt" "$T/wide.txt" >/dev/null 2>&1
pl tag --lexicon "$PLENARY_TOP/tests/data/mini.lex" >/dev/null 2>&1
check tui_fixture test "$(sql "SELECT count(*) FROM categories")" -gt 0

# ---- no terminal, unknown terminal ------------------------------------------
run tui_no_terminal 2 pl tui </dev/null && check tui_no_terminal_says has 'needs a terminal' "$T/err"

start
keys "TERM=nonexistent-term $PLENARY tui; echo rc=\$?" Enter
see tui_unknown_term 'unknown terminal type'
see tui_unknown_term_exit 'rc=2'
keys clear Enter

# ---- views -------------------------------------------------------------------
MINI="$PLENARY_TOP/tests/data/mini.lex"
keys "$PLENARY tui --lexicon '$MINI'; echo rc=\$?" Enter
see tui_objectives 'Objectives: '
see tui_objectives_counts 'O20 '
see tui_status_line 'Objectives  1/'
keys d
see tui_documents 'Documents: 3'
see tui_documents_meta 'BIH_75_2020'
keys '?'
see tui_help 'Keys (Esc or q to close)'
keys Space
see tui_help_lists_coding '+       add a category'
see tui_help_lists_crosstab 'c       crosstab view'
see tui_help_lists_counts 't       crosstab: count passages or documents'
see tui_help_lists_columns 'l       crosstab: next column'
see tui_help_lists_lexicon 'p       objectives, crosstab: the guiding principles'
keys q
see tui_help_back 'Documents: 3'
# Find in a view, and export an objective's passages (nothing is marked yet).
keys o /
type_text 'O20'
keys Enter
see tui_find 'found'
keys x
see tui_export_objective_prompt 'Export to:'
keys C-u
type_text "$T/o20.md"
keys Enter
see tui_export_objective 'listed passage'
same tui_export_objective_all "$(grep -c '^## ' "$T/o20.md")" "$(sql "SELECT count(*) FROM passage_tags WHERE category_id = 'O20'")"

# ---- search and the reader ------------------------------------------------------
keys s
type_text 'remittances'
see tui_search_results 'results for remittances'
# A malformed query: the error in the status line, the results kept.
type_text ' AND ('
see tui_search_error 'the query ends too early'
see tui_search_keeps_results 'results for remittances'
keys BSpace BSpace BSpace BSpace BSpace BSpace
keys Enter
sleep 0.3
keys Enter
see tui_reader 'Reader: '
see tui_reader_tags 'O20'

# ---- coding: add and remove a tag, mark, export --------------------------------
pid=$(sql "SELECT id FROM passages WHERE text LIKE 'Remittances sent home%'")
other=$(sql "SELECT id FROM passages WHERE text LIKE 'Remittances%' OR text LIKE '%remittances%' ORDER BY id LIMIT 1")
keys +
see tui_picker 'Add a category'
type_text 'O10'
keys Enter
see tui_tag_added 'added O10'
cur=$(screen | sed -n 's/.*added O10 to passage \([0-9]*\).*/\1/p')
db_is tui_tag_in_db "SELECT count(*) FROM tags WHERE passage_id = '$cur' AND category_id = 'O10' AND source = 'analyst' AND applied = 1" 1
keys -
see tui_picker_remove 'Remove a category'
type_text 'O10'
keys Enter
see tui_tag_removed 'removed O10'
db_is tui_untag_in_db "SELECT count(*) FROM tags WHERE passage_id = '$cur' AND category_id = 'O10' AND source = 'analyst' AND applied = 0" 1
db_is tui_untag_in_force "SELECT count(*) FROM passage_tags WHERE passage_id = '$cur' AND category_id = 'O10'" 0
keys m
see tui_marked 'marked as an excerpt'
db_is tui_mark_in_db "SELECT count(*) FROM excerpts WHERE passage_id = '$cur'" 1
keys x
see tui_export_prompt 'Export to:'
keys C-u
type_text "$T/out.md"
keys Enter
see tui_exported 'exported 1 marked excerpt'
check tui_export_file grep -q '^> ' "$T/out.md"
check tui_export_heading grep -q '^## ' "$T/out.md"
keys m
see tui_unmarked 'unmarked (0 marked)'
db_is tui_unmark_in_db "SELECT count(*) FROM excerpts" 0
keys x
see tui_export_list_prompt 'Export to:'
keys C-u
type_text "$T/list.md"
keys Enter
see tui_exported_list 'listed passage'
same tui_export_list_all "$(grep -c '^## ' "$T/list.md")" "$(sql "SELECT passage_count FROM documents d JOIN passages p ON p.document_id = d.id WHERE p.id = '$cur'")"
keys e
see tui_explain 'Explain: passage'
see tui_explain_rows 'Tag rows:'
# The lexicon run again: the score against the threshold, as plenary explain says it.
pl explain --lexicon "$MINI" "$cur" >"$T/explain" 2>&1
want=$(grep -m 1 'threshold' "$T/explain" | sed 's/^ *//; s/;.*//')
see tui_explain_threshold "$want"
check tui_explain_threshold_found test -n "$want"
see tui_explain_pattern '\bremittances?\b'
keys q
see tui_explain_back 'Reader: '
: "$pid$other"

# ---- terminal control text and wide characters -----------------------------------
keys s s C-u
type_text 'Zanzibarx'
keys Enter
sleep 0.3
keys Enter
see tui_escape_reader 'Reader: esc'
see tui_escape_shown '\x1b[2J'
screen >"$T/screen"
check tui_escape_header_intact sh -c "head -n 1 '$T/screen' | grep -q 'Reader: esc'"
check tui_escape_status_intact sh -c "tail -n 1 '$T/screen' | grep -q 'Reader  1/2'"
check tui_escape_osc_shown grep -qF '\x1b]0;pwned\x07' "$T/screen"
keys s s C-u
type_text 'Wideword'
keys Enter
sleep 0.3
keys Enter
see tui_wide_reader '日本語の文章'
screen >"$T/screen"
cat >"$T/width.py" <<'EOP'
import sys, unicodedata
def width(l):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l)
bad = [l for l in open(sys.argv[1], encoding="utf-8").read().splitlines() if width(l) > 80]
sys.exit("too wide: %r" % bad if bad else 0)
EOP
check tui_wide_fits python3 "$T/width.py" "$T/screen"

# ---- resize -------------------------------------------------------------------
tm resize-window -t tui -x 20 -y 6
see tui_too_small 'terminal too small'
tm resize-window -t tui -x 80 -y 24
see tui_resize_back 'Reader: wide'
see tui_resize_status 'Tab o d s r'

# ---- quit: the shell prompt is back and the terminal works -------------------------
keys Q
see tui_quit_prompt 'PROMPT$'
see tui_quit_exit 'rc=0'
keys 'echo sane-$((2+3))' Enter
see tui_terminal_restored 'sane-5'

# ---- SIGINT and SIGTERM restore the terminal too; `plenary` alone opens the TUI --
keys clear Enter
keys "$PLENARY; echo rc=\$?" Enter
see tui_bare_command_opens 'Objectives: '
keys C-c
see tui_sigint_exit 'rc=130'
keys 'echo again-$((3+4))' Enter
see tui_sigint_restored 'again-7'
keys clear Enter
keys "$PLENARY tui; echo rc=\$?" Enter
wait_for 'Objectives: ' >/dev/null
shell=$(tm display -p -t tui '#{pane_pid}')
child=$(pgrep -P "$shell" | head -n 1)
[ -n "$child" ] && kill -TERM "$child"
see tui_sigterm_exit 'rc=143'
keys 'echo term-$((4+4))' Enter
see tui_sigterm_restored 'term-8'

# ---- monochrome: a terminal without colours still shows everything -------------
keys clear Enter
keys "TERM=xterm-mono $PLENARY tui; echo rc=\$?" Enter
see tui_mono_objectives 'Objectives: '
keys d
see tui_mono_documents 'Documents: 3'
keys c
see tui_mono_crosstab 'Crosstab by'
keys Q
see tui_mono_exit 'rc=0'

# ---- the principles toggle and the crosstab, on a database with metadata -------
# Eleven countries (more columns than 80 columns hold), one value in wide
# characters, one document without the key; the objectives and the principles.
XDB="$T/x.db"
for c in $(ls "$CORPORA"/ungdc/ | sed -n 's/^\([A-Z][A-Z][A-Z]\)_.*/\1/p' | sort -u); do
	PLENARY_DB="$XDB" pl ingest -q --meta country="$c" "$CORPORA/ungdc/$c"_*.txt >/dev/null 2>&1
done
# (three passages: its column comes first)
printf 'Migrants face trafficking; remittances help.\n\nMigrant trafficking, again.\n\nMigrants, trafficking.\n' >"$T/wide-country.txt"
printf 'Trafficking of migrants must end.\n' >"$T/no-country.txt"
PLENARY_DB="$XDB" pl ingest -q --meta country='日本語の国名ですよ' "$T/wide-country.txt" >/dev/null 2>&1
PLENARY_DB="$XDB" pl ingest -q "$T/no-country.txt" >/dev/null 2>&1
PLENARY_DB="$XDB" pl tag --lexicon "$MINI" --lexicon "$PLENARY_TOP/lexicons/gcm-principles.lex" >/dev/null 2>&1
xsql() { sqlite3 "$XDB" "$1"; }
check tui_x_fixture test "$(xsql "SELECT count(DISTINCT value) FROM document_meta WHERE key = 'country'")" -gt 10
# cell VALUE CATEGORY WHAT: passages (or documents) of a category with a
# country, or with none when VALUE is "(none)".
cell() {
	xsql "SELECT count(DISTINCT $3) FROM passage_tags t JOIN passages p ON p.id = t.passage_id
		LEFT JOIN document_meta m ON m.document_id = p.document_id AND m.key = 'country'
		WHERE t.category_id = '$2' AND
		CASE WHEN '$1' = '(none)' THEN m.value IS NULL ELSE m.value = '$1' END"
}
# shown: the header's current cell as "CATEGORY VALUE COUNT".
shown() { screen | head -n 1 | sed -n 's/.*: \([A-Z0-9]*\) x \(.*\) = \([0-9]*\)  (column.*/\1 \2 \3/p'; }
keys clear Enter
keys "PLENARY_DB='$XDB' $PLENARY tui" Enter
see tui_x_objectives 'categories of lexicon mini'
keys p
see tui_toggle_principles 'Principles: 10 categories of lexicon gcm-principles'
see tui_toggle_gp_rows 'GP10 '
check tui_toggle_no_objectives sh -c "! tmux -L '$SOCK' capture-pane -p -t tui | grep -q '^O20 '"
keys c
see tui_crosstab 'Crosstab by country, passages'
see tui_crosstab_principles 'GP10 '
keys p
see tui_crosstab_objectives 'O10 '
see tui_crosstab_status 'Crosstab  1/3'
# The "all" row: tagged passages, as the passage_tags view counts them.
all=$(xsql "SELECT count(DISTINCT t.passage_id) FROM passage_tags t JOIN categories c ON c.id = t.category_id WHERE c.lexicon_id = 'mini'")
check tui_crosstab_total sh -c "tmux -L '$SOCK' capture-pane -p -t tui | grep -Eq '^all +$all '"
keys / C-u; type_text 'O10'; keys Enter l
wait_for ' x ' >/dev/null
set -- $(shown)
same tui_crosstab_cell "$1 $3" "O10 $(cell "$2" O10 t.passage_id)"
# Across the columns: the first ones scroll out of sight.
first=$2
keys l l l l l l l l l l l
see tui_crosstab_scrolled '(column 13/'
check tui_crosstab_scrolled_marker sh -c "tmux -L '$SOCK' capture-pane -p -t tui | sed -n 2p | grep -q ' < '"
set -- $(shown)
check tui_crosstab_first_gone sh -c "! tmux -L '$SOCK' capture-pane -p -t tui | sed -n 2p | grep -qw '$first'"
same tui_crosstab_cell_scrolled "$1 $3" "O10 $(cell "$2" O10 t.passage_id)"
keys t
see tui_crosstab_documents 'Crosstab by country, documents'
set -- $(shown)
same tui_crosstab_cell_documents "$1 $3" "O10 $(cell "$2" O10 p.document_id)"
keys t
# Enter: the cell's passages in the search view, as many as the cell says.
keys h h h h h h h h h h h h h h
wait_for '(column 1/' >/dev/null
set -- $(shown)
# The wide value's header is cut whole characters at a time, and lines fit.
screen >"$T/screen"
check tui_crosstab_wide_header grep -q "日本…" "$T/screen"
check tui_crosstab_fits python3 "$T/width.py" "$T/screen"
keys Enter
see tui_crosstab_enter "results for tag:O10 country:\"$2\""
see tui_crosstab_enter_count "Search: $3 results"
keys q
see tui_crosstab_back 'Crosstab by country'
# Another key from the picker.
keys c
see tui_crosstab_picker 'Cross the categories by'
type_text 'language'
keys Enter
see tui_crosstab_language 'Crosstab by language'
tm resize-window -t tui -x 20 -y 6
see tui_crosstab_too_small 'terminal too small'
tm resize-window -t tui -x 80 -y 24
see tui_crosstab_resize_back 'Crosstab by language'
see tui_crosstab_resize_status 'Tab o d s r c'
keys Q
see tui_crosstab_quit 'PROMPT$'

# ---- a long passage scrolls by lines; 100,000 passages scroll at once ----------
python3 -c "
import sys
words = ' '.join('word%d and more text' % i for i in range(120))
open(sys.argv[1], 'w').write('Short first.\n\n' + words + ' endofpassage.\n\nShort last.\n')
with open(sys.argv[2], 'w') as f:
    for i in range(100000):
        f.write('Passage number %d on migration and return.\n\n' % i)
" "$T/tall.txt" "$T/big.txt"
PLENARY_DB="$T/tall.db" pl ingest -q "$T/tall.txt" >/dev/null 2>&1
PLENARY_DB="$T/big.db" pl ingest -q "$T/big.txt" >/dev/null 2>&1
keys clear Enter
keys "PLENARY_DB='$T/tall.db' $PLENARY tui" Enter
wait_for 'Objectives: ' >/dev/null
keys d Enter j
see tui_tall_passage 'passage 2/3'
check tui_tall_starts_at_top sh -c "! tmux -L '$SOCK' capture-pane -p -t tui | grep -q endofpassage"
keys Space
see tui_tall_scrolls_to_end 'endofpassage'
see tui_tall_same_passage 'passage 2/3'
keys Q
wait_for 'PROMPT$' >/dev/null
keys clear Enter
keys "PLENARY_DB='$T/big.db' $PLENARY tui" Enter
wait_for 'Objectives: ' >/dev/null
keys d Enter
see tui_big_reader 'passage 1/100000'
t0=$(now_ms)
keys G
see tui_big_end 'passage 100000/100000'
keys k k k
see tui_big_back 'passage 99997/100000'
t1=$(now_ms)
check tui_big_fast test $((t1 - t0)) -lt 3000
keys Q
see tui_big_quit 'PROMPT$'

# ---- an export that cannot be written whole leaves the old file as it was ------
awk 'BEGIN { for (i = 1; i <= 700; i++) printf "Paragraph %d on remittances sent home by migrant workers to their families.\n\n", i }' >"$T/long.txt"
PLENARY_DB="$T/long.db" pl ingest -q "$T/long.txt" >/dev/null 2>&1
printf 'old\n' >"$T/kept.md"
keys clear Enter
# 64 KiB: room for the database's files, not for the export
keys "(ulimit -f 128; PLENARY_DB='$T/long.db' $PLENARY tui)" Enter
wait_for 'Objectives: ' >/dev/null
keys d Enter
wait_for 'passage 1/700' >/dev/null
keys x
see tui_export_limit_prompt 'Export to:'
keys C-u
type_text "$T/kept.md"
keys Enter
see tui_export_limit_fails 'cannot write the export'
keys Q
see tui_export_limit_quit 'PROMPT$'
same tui_export_limit_old_kept "$(cat "$T/kept.md")" old
same tui_export_limit_no_temp "$(ls -A "$T" | grep -c '^\.kept\.md\.')" 0
