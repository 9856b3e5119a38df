#!/bin/sh
# The fuzz targets (tests/fuzz/), built with clang, ASan and UBSan, each run
# over its seeds (the repository's test files and the inputs in
# tests/fuzz/regress/ that once broke it) plus 2000 runs with a fixed random
# seed: one "ok fuzz_NAME" or "FAIL fuzz_NAME" line per target. `make fuzz`
# is the long run.
. "$(dirname "$0")/lib.sh"

if ! command -v clang >/dev/null 2>&1; then
	fail fuzz-clang "clang is not installed: the fuzz targets need it (scripts/deps.sh installs it)"
	exit 1
fi
# MAKEFLAGS='': not the options of a `make check` or `make asan` around us.
if ! MAKEFLAGS='' make -s -C "$PLENARY_TOP" fuzz-build >"$T/build" 2>&1; then
	fail fuzz-build "make fuzz-build failed:" "$(tail -n 20 "$T/build")"
	exit 1
fi
pass fuzz-build
"$PLENARY_TOP/tests/fuzz/run.sh" --check "$PLENARY_TOP/build/fuzz" >"$T/out" 2>&1
cat "$T/out"
# A target that did not run at all must not pass unnoticed.
same fuzz-every-target-ran "$(grep -c -E '^(ok|FAIL) fuzz_' "$T/out")" \
	"$(find "$PLENARY_TOP/tests/fuzz" -name 'fuzz_*.c' | wc -l | tr -d ' ')"
