# plenary: plain GNU make. `make` builds ./plenary; `make check` runs every test;
# `make asan` runs them again under AddressSanitizer/UBSan; `make demo`, `make bench`.

CC      ?= cc
PKGS    := sqlite3 libpcre2-8 libhs ncursesw
PKGS    += libzip libxml-2.0
WARN    := -Wall -Wextra -Wshadow -Wformat=2 -Wstrict-prototypes -Wvla
CFLAGS  ?= -O2 -g
# What the code needs, whatever CFLAGS the user (or `make asan`) gives.
ALL_CFLAGS = $(CFLAGS) -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) -Iinclude \
             $(PKG_CFLAGS)
ALL_LDLIBS = $(PKG_LIBS) -lstemmer -lpthread $(LDLIBS)
ALL_LDLIBS += -lm
# libcsv (CSV/TSV ingest) has no pkg-config file on Debian.
ALL_LDLIBS += -lcsv

BUILD   ?= build
BIN     ?= plenary

# pkg-config is asked only when building, so `make deps` works on a bare machine.
ifeq ($(filter deps clean,$(MAKECMDGOALS)),)
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
endif

CORE_SRC := $(wildcard src/core/*.c)
CLI_SRC  := $(wildcard src/cli/*.c)
TUI_SRC  := $(wildcard src/tui/*.c)
UNIT_SRC := $(wildcard tests/unit/test_*.c)

CORE_OBJ := $(CORE_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TUI_OBJ  := $(TUI_SRC:%.c=$(BUILD)/%.o)
UNIT_OBJ := $(UNIT_SRC:%.c=$(BUILD)/%.o) $(BUILD)/tests/unit/harness.o
UNIT_OBJ += $(BUILD)/tests/unit/zipmem.o
LIB      := $(BUILD)/libplenary.a

.PHONY: all deps check unit e2e asan demo bench clean
all: $(BIN)

deps:
	@scripts/deps.sh

$(BIN): $(CLI_OBJ) $(TUI_OBJ) $(LIB)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(ALL_LDLIBS)

$(LIB): $(CORE_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# The shipped lexicons are found where this tree is, unless $PLENARY_LEXICONS says.
$(BUILD)/src/cli/lexicons.o: ALL_CFLAGS += -DPLENARY_LEXICON_DIR='"$(CURDIR)/lexicons"'


$(BUILD)/unit-tests: $(UNIT_OBJ) $(LIB)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(ALL_LDLIBS)

# Every test prints "ok"/"FAIL" lines; tests/run.sh adds them up into "N passed, N failed".
check: deps
	@$(MAKE) --no-print-directory $(BIN) $(BUILD)/unit-tests
	@tests/run.sh $(BUILD)/unit-tests ./$(BIN)

asan: deps
	@$(MAKE) --no-print-directory BUILD=build/asan BIN=plenary-asan \
	  CFLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined" \
	  LDFLAGS="-fsanitize=address,undefined" plenary-asan build/asan/unit-tests
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  tests/run.sh build/asan/unit-tests ./plenary-asan

demo: deps
	@$(MAKE) --no-print-directory $(BIN)
	@scripts/demo.sh ./$(BIN)

bench: deps
	@$(MAKE) --no-print-directory $(BIN)
	@scripts/bench.sh ./$(BIN)

clean:
	rm -rf build $(BIN) plenary-asan

# Fuzzing (tests/fuzz/, README "Tests"): one libFuzzer target per parser, built with
# clang, ASan and UBSan into build/fuzz/; `make fuzz` runs each for FUZZ_SECONDS.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 30
FUZZ_TARGETS ?=
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_SRC     := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_OBJ     := $(FUZZ_SRC:%.c=$(BUILD)/%.o) $(BUILD)/tests/fuzz/common.o $(BUILD)/tests/unit/zipmem.o
.PHONY: fuzz fuzz-build fuzz-targets
fuzz: fuzz-build
	@FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh build/fuzz $(FUZZ_TARGETS)

fuzz-build: deps
	@command -v $(FUZZ_CC) >/dev/null || { echo "plenary: $(FUZZ_CC) is needed to fuzz (make deps)" >&2; exit 1; }
	@$(MAKE) --no-print-directory BUILD=build/fuzz CC=$(FUZZ_CC) LDFLAGS="$(FUZZ_SAN)" \
	  CFLAGS="-O1 -g -fno-omit-frame-pointer $(FUZZ_SAN) -fsanitize=fuzzer-no-link" fuzz-targets

fuzz-targets: $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/%)

$(BUILD)/fuzz_%: $(BUILD)/tests/fuzz/fuzz_%.o $(BUILD)/tests/fuzz/common.o \
                 $(BUILD)/tests/unit/zipmem.o $(LIB)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -fsanitize=fuzzer -o $@ $^ $(ALL_LDLIBS)

-include $(CORE_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TUI_OBJ:.o=.d) $(UNIT_OBJ:.o=.d)
-include $(FUZZ_OBJ:.o=.d)
