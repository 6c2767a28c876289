# jx: the compiler of budget performance targets.
#   make          build build/jxc (installs re2c, lemon and cJSON first when missing)
#   make demo     build, then compile every example to out/ (HTML, JSON, CSV)
#   make test     the whole test suite, also under AddressSanitizer and UBSan, and valgrind, and
#                 a 90-second fuzzing run (make check-fuzz)
#   make fuzz     the libFuzzer harness (FUZZ_SECONDS=N); make bench: the benchmark
#   make bench-lsp  the language server's re-check of a 1,000-indicator table
#   make deb      the Debian package, build/jxc_VERSION_ARCH.deb
# See README.md.

CC      ?= cc
CFLAGS  ?= -O2 -g
PREFIX  ?= /usr/local
DESTDIR ?=
B       := build

STD     := -std=c11 -D_XOPEN_SOURCE=700 -Wall -Wextra -Werror -Wno-unused-parameter
# Each with Debian's answer as the fallback: on a fresh machine these are read before
# scripts/deps.sh has installed pkg-config and the libraries (the first make then installs
# them), so the fallback is what the first build compiles with.
CJSON_CFLAGS := $(shell pkg-config --cflags libcjson 2>/dev/null || echo -I/usr/include/cjson)
CJSON_LIBS   := $(shell pkg-config --libs libcjson 2>/dev/null || echo -lcjson)
# libxlsxwriter writes the workbooks (jxc build -f xlsx)
XLSX_LIBS    := $(shell pkg-config --libs xlsxwriter 2>/dev/null || echo -lxlsxwriter -lz)
# libzip and libxml2 read them back (jxc import)
# (in a thread of their own, a sheet ahead of the finding of the tables: -pthread)
IMPORT_CFLAGS := $(shell pkg-config --cflags libzip libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2) -pthread
IMPORT_LIBS   := $(shell pkg-config --libs libzip libxml-2.0 2>/dev/null || echo -lzip -lxml2) -pthread
INCLUDES := -Icompiler -I$(B)/gen $(CJSON_CFLAGS) $(IMPORT_CFLAGS)

# The layers of the compiler, one folder each (docs/architecture.md): a file includes the
# headers of its own and lower layers as "layer/file.h" (tests/layers.py checks the rules).
LAYERS  := base diag front model check emit review import driver lsp cli
SRCS    := $(foreach l,$(LAYERS),$(wildcard compiler/$(l)/*.c))
STDLIB  := $(sort $(shell find stdlib -name '*.jx' 2>/dev/null))
GEN_C   := $(B)/gen/lexer.c $(B)/gen/parser.c $(B)/gen/stdlib_data.c

OBJS       := $(SRCS:compiler/%.c=$(B)/obj/%.o) $(B)/obj/lexer.o $(B)/obj/parser.o $(B)/obj/stdlib_data.o
LIB_OBJS   := $(filter-out $(B)/obj/cli/main.o,$(OBJS))
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
ASAN_OBJS  := $(OBJS:$(B)/obj/%=$(B)/asan/%)

.PHONY: FORCE all deps demo demo-check test check check-asan check-valgrind check-fuzz unit golden install uninstall clean fuzz fuzz-import bench bench-lsp deb
all: $(B)/jxc

# ---- dependencies -----------------------------------------------------------------------
# Checked on every run (a few command lookups): a tool removed since the last build is
# installed again instead of failing the build. Order-only, so it never forces a rebuild.
$(B)/.deps-build: FORCE
	@mkdir -p $(B)
	@scripts/deps.sh build
FORCE:
deps: $(B)/.deps-build

# ---- generated sources --------------------------------------------------------------------
# The table of the language's words and signs (compiler/front/lang.def) gives the lexer its
# character classes and comparators, and the grammar its keyword lists.
$(B)/gen_lang: scripts/gen_lang.c compiler/front/lang.def
	@mkdir -p $(B)
	$(CC) -O1 -Icompiler -o $@ $<
$(B)/gen/lang.re: $(B)/gen_lang
	@mkdir -p $(B)/gen
	$(B)/gen_lang re2c > $@
$(B)/gen/keywords.y: $(B)/gen_lang
	@mkdir -p $(B)/gen
	$(B)/gen_lang lemon > $@

$(B)/gen/lexer.c: compiler/front/lexer.re $(B)/gen/lang.re | $(B)/.deps-build
	@mkdir -p $(B)/gen
	re2c -8 --input-encoding utf8 -W -Werror -I $(B)/gen -o $@ $<

# Lemon keeps an unchanged parser.h untouched; touch it so make sees it as up to date.
$(B)/gen/parser.c $(B)/gen/parser.h &: compiler/front/parser.y $(B)/gen/keywords.y | $(B)/.deps-build
	@mkdir -p $(B)/gen
	sed -e '/^@KEYWORDS@$$/{r $(B)/gen/keywords.y' -e 'd}' compiler/front/parser.y > $(B)/gen/parser.y
	lemon -T/usr/share/lemon/lempar.c -s -d$(B)/gen $(B)/gen/parser.y
	@touch $(B)/gen/parser.c $(B)/gen/parser.h

$(B)/embed: scripts/embed.c
	@mkdir -p $(B)
	$(CC) -O1 -o $@ $<

$(B)/gen/stdlib_data.c: $(STDLIB) $(B)/embed
	@mkdir -p $(B)/gen
	$(B)/embed $@ $(foreach f,$(STDLIB),$(patsubst stdlib/%,std/%,$(f))=$(f))

# ---- objects --------------------------------------------------------------------------------
$(B)/obj/%.o: compiler/%.c $(B)/gen/parser.h | $(B)/.deps-build
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CFLAGS) $(INCLUDES) -MMD -MP -c -o $@ $<
$(B)/obj/%.o: $(B)/gen/%.c $(B)/gen/parser.h
	@mkdir -p $(B)/obj
	$(CC) -std=c11 -D_XOPEN_SOURCE=700 $(CFLAGS) -Wall -Werror -Wno-unused-variable -Wno-unused-but-set-variable $(INCLUDES) -MMD -MP -c -o $@ $<

$(B)/jxc: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $(OBJS) $(CJSON_LIBS) $(XLSX_LIBS) $(IMPORT_LIBS)

$(B)/asan/%.o: compiler/%.c $(B)/gen/parser.h
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(ASAN_FLAGS) $(INCLUDES) -MMD -MP -c -o $@ $<
$(B)/asan/%.o: $(B)/gen/%.c $(B)/gen/parser.h
	@mkdir -p $(B)/asan
	$(CC) -std=c11 -D_XOPEN_SOURCE=700 $(ASAN_FLAGS) -Wall -Werror -Wno-unused-variable -Wno-unused-but-set-variable $(INCLUDES) -MMD -MP -c -o $@ $<
$(B)/asan/jxc: $(ASAN_OBJS)
	$(CC) $(ASAN_FLAGS) -o $@ $(ASAN_OBJS) $(CJSON_LIBS) $(XLSX_LIBS) $(IMPORT_LIBS)

-include $(wildcard $(B)/obj/*.d $(B)/asan/*.d $(B)/obj/*/*.d $(B)/asan/*/*.d)

# ---- tests ------------------------------------------------------------------------------------
UNIT_TESTS := $(patsubst tests/unit/%.c,$(B)/unit/%,$(wildcard tests/unit/*.c))
$(B)/unit/%: tests/unit/%.c $(LIB_OBJS)
	@mkdir -p $(B)/unit
	@$(CC) $(STD) $(CFLAGS) $(INCLUDES) -o $@ $< $(LIB_OBJS) $(CJSON_LIBS) $(XLSX_LIBS) $(IMPORT_LIBS)

unit: $(UNIT_TESTS)
	@python3 tests/layers.py
	@python3 tests/docs_lang.py
	@for t in $(UNIT_TESTS); do $$t || exit 1; done

golden: $(B)/jxc
	@tests/run-golden.sh $(B)/jxc

check: unit golden

check-asan: $(B)/asan/jxc
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 tests/run-golden.sh $(B)/asan/jxc

# The golden tests again under valgrind's memcheck: any invalid read or write, use of
# uninitialised memory, or definite leak fails the test (status 99).
check-valgrind: $(B)/jxc
	@scripts/deps.sh test
	@JXC_WRAPPER="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite" tests/run-golden.sh $(B)/jxc

test: $(B)/jxc
	@scripts/deps.sh test
	@$(MAKE) --no-print-directory unit golden check-asan check-valgrind check-fuzz
	@tests/run-suites.sh $(B)/jxc

# ---- fuzzing (tests/fuzz/, docs/robustness.md) ---------------------------------------------
#   make fuzz FUZZ_SECONDS=N   runs the libFuzzer harness for N seconds on one core
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_FLAGS   := -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_SRCS    := tests/fuzz/fuzz_jxc.c tests/fuzz/mutator.c $(filter-out compiler/cli/%,$(SRCS)) $(GEN_C)
$(B)/fuzz/fuzz_jxc: $(FUZZ_SRCS) $(wildcard compiler/*/*.h compiler/*/*.def) $(B)/gen/parser.h
	@scripts/deps.sh fuzz
	@mkdir -p $(B)/fuzz
	$(FUZZ_CC) -std=c11 -D_XOPEN_SOURCE=700 -Wall -Wno-unused-parameter -Wno-unused-variable -Wno-unused-but-set-variable \
	  $(FUZZ_FLAGS) $(INCLUDES) -o $@ $(FUZZ_SRCS) $(CJSON_LIBS) $(XLSX_LIBS) $(IMPORT_LIBS)

fuzz: $(B)/fuzz/fuzz_jxc
	@tests/fuzz/run.sh $(B)/fuzz/fuzz_jxc $(FUZZ_SECONDS)

# The importer's harness (tests/fuzz/fuzz_import.c): workbooks and CSVs, seeded from the
# examples' own (make fuzz-import FUZZ_SECONDS=N).
IMPORT_FUZZ_SRCS := tests/fuzz/fuzz_import.c $(filter-out compiler/cli/%,$(SRCS)) $(GEN_C)
$(B)/fuzz-import/fuzz_import: $(IMPORT_FUZZ_SRCS) $(wildcard compiler/*/*.h compiler/*/*.def) $(B)/gen/parser.h
	@scripts/deps.sh fuzz
	@mkdir -p $(B)/fuzz-import
	$(FUZZ_CC) -std=c11 -D_XOPEN_SOURCE=700 -Wall -Wno-unused-parameter -Wno-unused-variable -Wno-unused-but-set-variable \
	  $(FUZZ_FLAGS) $(INCLUDES) -o $@ $(IMPORT_FUZZ_SRCS) $(CJSON_LIBS) $(XLSX_LIBS) $(IMPORT_LIBS)

fuzz-import: $(B)/fuzz-import/fuzz_import $(B)/jxc
	@tests/fuzz/import_seeds.sh $(B)/jxc $(B)/fuzz-import/corpus
	@mkdir -p $(B)/fuzz-import/crashes
	$(B)/fuzz-import/fuzz_import $(B)/fuzz-import/corpus -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	  -max_len=262144 -print_final_stats=1 -artifact_prefix=$(B)/fuzz-import/crashes/

# A short run in make test, so a regression of the kind fuzzing finds fails the tests: from the
# seeds alone, with a fixed seed and number of runs (about 90 s on one core), so that what it
# finds in CI `make check-fuzz` finds again anywhere (a timed run from a random seed is not).
CHECK_FUZZ_RUNS ?= 2500
CHECK_FUZZ_SEED ?= 1
check-fuzz: $(B)/fuzz/fuzz_jxc
	@tests/fuzz/run.sh --check $(B)/fuzz/fuzz_jxc $(CHECK_FUZZ_RUNS) $(CHECK_FUZZ_SEED)

# ---- benchmark (bench/, docs/performance.md); never part of make test ----------------------
#   make bench                 1, 10 and 100 MB, both shapes (one file per unit; one file), paired
#                              runs, medians: jxc beside its lexer, wc, jq, Python, bean-check,
#                              hledger, ledger; report in build/bench/report.md
#   make bench BENCH_SIZES=1   quicker;  BENCH_SIZES=1,10,100,1000 adds the 1 GB one-file run
#   make bench BENCH_RUNS=3    repetitions (default 5)
BENCH_SIZES ?= 1,10,100
BENCH_RUNS  ?= 5
bench: $(B)/jxc
	@scripts/deps.sh bench
	@python3 bench/run.py --jxc $(B)/jxc --sizes $(BENCH_SIZES) --runs $(BENCH_RUNS) --out $(B)/bench

# The language server: a table of 1,000 indicators re-checked after each edit (bench/lsp.py)
bench-lsp: $(B)/jxc
	@python3 bench/lsp.py --jxc $(B)/jxc

# ---- demo -------------------------------------------------------------------------------------
# The examples hold the seeds' real mistakes as warnings: the demo says how many and where
# to see them, rather than printing them three times.
# The target tables of examples/ (not the self-evaluations of examples/evaluation/, which hold the
# published tables' own errors; jxc score reads them).
EXAMPLE_TABLES = $(shell find examples -name '*.jx' -not -path 'examples/evaluation/*' | LC_ALL=C sort)
demo: $(B)/jxc
	@mkdir -p out
	@$(B)/jxc build -f json -o out/examples.json $(EXAMPLE_TABLES) 2>/dev/null || { $(B)/jxc check $(EXAMPLE_TABLES); exit 1; }
	@$(B)/jxc build -f html -o out/examples.html $(EXAMPLE_TABLES) 2>/dev/null
	@$(B)/jxc build -f csv -o out/indicators.csv $(EXAMPLE_TABLES) 2>/dev/null
	@$(B)/jxc build -f xlsx -o out/examples.xlsx $(EXAMPLE_TABLES) 2>/dev/null
	@echo "jx demo: checked examples/: $$($(B)/jxc check --max-warnings=100000 $(EXAMPLE_TABLES) 2>&1 | tail -n 1) (examples/README.md explains each; to see them: make demo-check)"
	@echo "jx demo: wrote out/examples.html  (the official forms; open in a browser, prints on A4)"
	@echo "jx demo: wrote out/examples.json"
	@echo "jx demo: wrote out/indicators.csv (UTF-8 with BOM; opens in Excel, WPS and LibreOffice)"
	@echo "jx demo: wrote out/examples.xlsx (a workbook: one sheet per table as the official form, prints on A4)"

# The warnings and notes of the examples' target tables, all of them.
demo-check: $(B)/jxc
	@$(B)/jxc check --max-warnings=100000 $(EXAMPLE_TABLES)

# ---- install ----------------------------------------------------------------------------------
install: $(B)/jxc
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(B)/jxc $(DESTDIR)$(PREFIX)/bin/jxc
	install -m 644 docs/jxc.1 $(DESTDIR)$(PREFIX)/share/man/man1/jxc.1
	install -d $(DESTDIR)$(PREFIX)/share/man/zh_CN/man1
	install -m 644 docs/zh_CN/jxc.1 $(DESTDIR)$(PREFIX)/share/man/zh_CN/man1/jxc.1

# The Debian package (scripts/deb.sh): build/jxc_VERSION_ARCH.deb
deb: $(B)/jxc
	@scripts/deps.sh deb
	@scripts/deb.sh $(B)/jxc $(B)

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/jxc $(DESTDIR)$(PREFIX)/share/man/man1/jxc.1 $(DESTDIR)$(PREFIX)/share/man/zh_CN/man1/jxc.1

clean:
	rm -rf $(B) out
