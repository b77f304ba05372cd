# The two commands of the README: `make run` and `make test`.
# `make test` runs every test twice: in the normal build, then in a build with AddressSanitizer
# and UndefinedBehaviorSanitizer; then the bounded fuzzers; then the dependency-closure check
# (check-deps). docs/reliability.md has the figures.
BUILD_DIR ?= build
SANITIZE_DIR ?= build-asan
JOBS ?= $(shell nproc)
# Seconds each fuzz target runs in `make test` (scripts/run-fuzzers.sh SECONDS).
FUZZ_SECONDS ?= 30
FUZZ_SCRIPT := scripts/run-fuzzers.sh
CTEST := QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$(JOBS) --timeout 300
# Any error stops the test that hit it; leaks are reported too (Qt, fontconfig and SQLite need
# no suppressions today: docs/reliability.md).
# The window tests under xvfb-run have no D-Bus session: "disabled:" tells libdbus so, where its
# attempt to find one leaks inside libdbus (1032 bytes, seen by LeakSanitizer in the e2e test).
SANITIZE_ENV := ASAN_OPTIONS=abort_on_error=1:detect_stack_use_after_return=1:detect_leaks=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 DBUS_SESSION_BUS_ADDRESS=disabled:

.PHONY: run test deps build format sanitize-build sanitize-test fuzz check-deps package package-test \
	fresh-check screenshots

run: build
	./$(BUILD_DIR)/src/app/kuaibao

test: build
	cd $(BUILD_DIR) && $(CTEST)
	@$(MAKE) --no-print-directory sanitize-test
	@$(MAKE) --no-print-directory fuzz
	@$(MAKE) --no-print-directory package-test
	@$(MAKE) --no-print-directory check-deps

deps:
	@bash scripts/install-deps.sh

build: deps
	@test -f $(BUILD_DIR)/build.ninja || cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD_DIR) -j$(JOBS)

# Debug (Qt's own asserts on) at -O1, with line tables only (-g1: enough for the sanitizers'
# stack traces, and much less to compile and link), only the tests and the CLI they run.
sanitize-build: deps
	@test -f $(SANITIZE_DIR)/build.ninja || cmake -S . -B $(SANITIZE_DIR) -G Ninja \
		-DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DKUAIBAO_SANITIZE=ON
	cmake --build $(SANITIZE_DIR) -j$(JOBS) --target kuaibao_tests

# The second, PostgreSQL run of the storage and CLI suites (storage-pg:, cli-pg:) runs in the
# normal build only: the server paths run under the sanitizers in the pg: suite.
sanitize-test: sanitize-build
	cd $(SANITIZE_DIR) && $(SANITIZE_ENV) $(CTEST) \
		-E '^(storage-pg:|cli-pg:)'


# The bounded fuzz run, once the fuzz targets and their script are in the tree.
fuzz:
	@if [ -f $(FUZZ_SCRIPT) ]; then bash $(FUZZ_SCRIPT) $(FUZZ_SECONDS); \
	else echo "fuzz: $(FUZZ_SCRIPT) is not in this tree; no fuzzing"; fi

# The Debian package (CPack): kuaibao_VERSION_ARCH.deb in $(BUILD_DIR), from the RelWithDebInfo
# build's two programs (cpack runs only the install rules: cmake/packaging.cmake).
package: build
	cd $(BUILD_DIR) && cpack -G DEB

# Installs the package with apt-get, runs both programs from /usr/bin, removes it again
# (skipped, saying why, where apt-get cannot be run as root).
package-test: package
	bash scripts/test-package.sh $(BUILD_DIR)

# The README's two commands in a throwaway Debian 12 root made with mmdebstrap: the proof that
# scripts/packages.txt is enough on a fresh machine. Not part of CI: it downloads several
# hundred MB from Debian and takes about an hour (scripts/fresh-check.sh).
fresh-check:
	bash scripts/fresh-check.sh

# The manual's screenshots (docs/manual/images) from the real window under Xvfb; not part of
# `make test`; needs xdotool besides what install-deps installs.
screenshots: build
	bash scripts/screenshots.sh $(BUILD_DIR)

# Every header, library and program the builds and the tests used comes from a package that
# scripts/packages.txt (what install-deps installs) brings in; names the package to add if not.
check-deps:
	python3 scripts/check-deps-closure.py $(wildcard $(BUILD_DIR) $(SANITIZE_DIR) build-fuzz)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')
