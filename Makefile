# The two commands a newcomer needs: `make run` and `make test`. Each installs what is missing,
# configures once, builds incrementally with Ninja, then starts the app or runs the whole suite.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)

.PHONY: all deps test-deps configure build run test fuzz format translations package windows windows-test clean

all: build

deps:
	@./installer/install-deps.sh

test-deps:
	@./installer/install-deps.sh --test

$(BUILD_DIR)/build.ninja:
	cmake --preset $(PRESET)

configure: $(BUILD_DIR)/build.ninja

build: deps configure
	cmake --build --preset $(PRESET)

run: build
	$(BUILD_DIR)/bin/leadentry

test: test-deps configure
	cmake --build --preset $(PRESET)
	ctest --preset $(PRESET)

# The parsers under libFuzzer with ASan and UBSan (clang), FUZZ_SECONDS per target (CI: 60).
FUZZ_SECONDS ?= 60
fuzz: test-deps
	cmake --preset fuzz
	cmake --build --preset fuzz
	tests/fuzz/run.sh build/fuzz/bin $(FUZZ_SECONDS)

format: configure
	cmake --build --preset $(PRESET) --target format

# Refreshes translations/leadentry_es.ts from the sources (lupdate); then translate what is new in
# the .ts file, by hand or in Qt Linguist (`linguist translations/leadentry_es.ts`).
translations: configure
	cmake --build --preset $(PRESET) --target update_translations

# The .deb (on Debian; NSIS on Windows, a disk image on macOS) in build/$(PRESET)/packages.
package: build
	cd $(BUILD_DIR) && cpack

# Windows, cross-built here (installer/windows/): the dependencies once into a cache outside the
# repository (LEADENTRY_WINDOWS_CACHE), then the programs and build/windows/packages/
# LeadEntry-<version>-win64-setup.exe. `make windows-test` runs the suites under Wine, installs
# the installer silently in a fresh Wine prefix, submits a lead with the installed CLI to the
# sandbox and captures the installed app's window.
LEADENTRY_WINDOWS_CACHE ?= $(HOME)/.cache/leadentry-windows
export LEADENTRY_WINDOWS_CACHE
windows:
	./installer/windows/build-deps.sh
	cmake --preset windows -DLEADENTRY_WINDOWS_PREFIX=$(LEADENTRY_WINDOWS_CACHE)/prefix
	cmake --build --preset windows --target all installer

windows-test: windows deps configure
	cmake --build --preset dev --target leadentry-sandbox
	./installer/windows/test.sh

clean:
	rm -rf $(BUILD_DIR)
