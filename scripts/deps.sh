#!/bin/sh
# Installs the Debian packages plenary needs to build and test, when any is missing.
# Called by `make check`, `make demo`, `make bench` and .ci/run.
set -u
PKGS="gcc make pkg-config libsqlite3-dev libpcre2-dev libstemmer-dev libncurses-dev libhyperscan-dev
      libzip-dev libxml2-dev poppler-utils
      sqlite3 tmux python3 ripgrep
      libcsv-dev
      libxml2-utils clang libclang-rt-dev"
# Optional: tests that need these skip without them; PLENARY_DEPS_OPTIONAL=1 installs
# them too (chromium: tests/e2e/export.sh renders the HTML export headless).
OPTIONAL="chromium"
[ "${PLENARY_DEPS_OPTIONAL:-0}" = 1 ] && PKGS="$PKGS $OPTIONAL"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
	echo "plenary: missing Debian packages:$missing" >&2
	echo "plenary: install them with: sudo apt-get install -y$missing" >&2
	exit 1
fi
echo "plenary: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
# shellcheck disable=SC2086
apt-get install -y -qq $missing >/dev/null || {
	echo "plenary: apt-get install failed for:$missing" >&2
	exit 1
}
