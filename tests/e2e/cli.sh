#!/bin/sh
# The command line: usage, exit codes, init, help, version, database checks.
. "$(dirname "$0")/lib.sh"

run version 0 "$PLENARY" --version && check version has '^plenary [0-9]' "$T/out"
run help 0 "$PLENARY" --help && check help has 'ingest' "$T/out"
run no_command 2 "$PLENARY" && check no_command_usage has 'usage' "$T/err"
run unknown_command 2 "$PLENARY" frobnicate && check unknown_command_msg has "unknown command 'frobnicate'" "$T/err"
run unknown_option 2 "$PLENARY" search --bogus x && check unknown_option_msg has "unknown option" "$T/err"
for c in init ingest search stats; do
	run "help_$c" 0 "$PLENARY" "$c" --help && check "help_$c" has "usage: plenary" "$T/out"
done

run init 0 "$PLENARY" init && check init_creates test -s "$PLENARY_DB"
check init_app_id test "$(sql 'PRAGMA application_id')" = "1886154361"
check init_wal test "$(sql 'PRAGMA journal_mode')" = "wal"
run init_again 0 "$PLENARY" init && pass init_is_idempotent

run search_missing_db 1 "$PLENARY" --db "$T/none.db" search x &&
	check search_missing_db_msg has "no database at" "$T/err"
check search_missing_db_not_created test ! -e "$T/none.db"

head -c 8192 /dev/urandom >"$T/random.db"
run random_file_refused 1 "$PLENARY" --db "$T/random.db" stats &&
	check random_file_msg has "not a database\|malformed\|not a plenary" "$T/err"

sqlite3 "$T/other.db" "CREATE TABLE x(a); PRAGMA application_id = 42;"
run other_app_refused 1 "$PLENARY" --db "$T/other.db" ingest "$CORPORA/unnm" &&
	check other_app_msg has "not a plenary database" "$T/err"

cp "$PLENARY_DB" "$T/newer.db"
sqlite3 "$T/newer.db" "PRAGMA user_version = 99"
run newer_schema_refused 1 "$PLENARY" --db "$T/newer.db" stats &&
	check newer_schema_msg has "newer than this plenary" "$T/err"

PLENARY_DB="$T/env.db" "$PLENARY" init 2>/dev/null
check plenary_db_env test -s "$T/env.db"

run bad_meta 2 "$PLENARY" ingest --meta novalue "$CORPORA/unnm" && pass bad_meta
run bad_lang 2 "$PLENARY" ingest --lang klingon "$CORPORA/unnm" && check bad_lang_msg has "unknown language" "$T/err"
run bad_format_opt 2 "$PLENARY" stats --format xml && pass bad_format_opt
run ingest_nothing 2 "$PLENARY" ingest && pass ingest_nothing
