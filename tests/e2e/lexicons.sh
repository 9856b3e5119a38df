#!/bin/sh
# The shipped lexicons: they load, their examples hold, and their measured
# accuracy does not fall below the figures in the README (a regression guard).
. "$(dirname "$0")/lib.sh"
LEX="$PLENARY_TOP/lexicons"
GOLD="$PLENARY_TOP/tests/gold"

for f in gcm gcm-principles; do
	run "lexicon_check_$f" 0 "$PLENARY" lexicon check "$LEX/$f.lex" &&
		check "lexicon_check_$f" has 'ok, lexicon' "$T/out"
	run "lexicon_examples_$f" 0 "$PLENARY" lexicon test "$LEX/$f.lex" &&
		check "lexicon_examples_$f" has ' 0 failed' "$T/out"
done

# micro-F1 of a gold set must reach a floor; with "all", every category too.
f1_at_least() { # NAME GOLD FLOOR [all|-] [LEXICON]
	name=$1 gold=$2 floor=$3 every=${4:-} lexicon=${5:-gcm}
	[ "$every" = - ] && every=
	if ! "$PLENARY" lexicon eval --errors 0 --gold "$GOLD/$gold" --lexicon "$LEX/$lexicon.lex" >"$T/eval" 2>"$T/err"; then
		fail "$name" "lexicon eval failed: $(head -c 300 "$T/err")"
		return
	fi
	micro=$(awk '$1 == "micro" { print $4 }' "$T/eval")
	low=$(awk -v f="$floor" '$1 ~ /^O[0-9]+$/ && $2 > 0 && $7 < f { printf "%s=%s ", $1, $7 }' "$T/eval")
	echo "  # $gold: micro-F1 $micro"
	if awk -v m="$micro" -v f="$floor" 'BEGIN { exit !(m >= f) }' && { [ -z "$every" ] || [ -z "$low" ]; }; then
		pass "$name"
	else
		fail "$name" "micro-F1 $micro (floor $floor); below the floor: ${low:-none}"
	fi
}
f1_at_least eval_dev gcm-dev.tsv 0.85
f1_at_least eval_dev_every_category gcm-dev.tsv 0.6 all
f1_at_least eval_dev2 gcm-dev2.tsv 0.85
f1_at_least eval_dev3 gcm-dev3.tsv 0.80
f1_at_least eval_heldout gcm-heldout.tsv 0.65
f1_at_least eval_heldout3 gcm-heldout3.tsv 0.68
f1_at_least eval_sample gcm-sample.tsv 0.64
f1_at_least eval_dev4 gcm-dev4.tsv 0.76
f1_at_least eval_principles gcm-principles.tsv 0.45 - gcm-principles
