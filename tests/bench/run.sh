#!/usr/bin/env bash
# Prints issue 14's whole table, each row against its reference measured in the same run
# (docs/ARCHITECTURE.md, Budgets; README, Performance):
#   tests/bench/run.sh [--leads 10000] [--rows 1000000] [--import-rows 100000] [--rounds 5] [--idle-seconds 30]
# Builds what it needs in build/dev (installing packages first, as `make test` does); takes about
# seventeen minutes with the defaults on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
make --no-print-directory test-deps configure >/dev/null
cmake --build --preset dev --target leadentry leadentry-cli leadentry-sandbox bench_outbox bare_window >/dev/null
command -v curl >/dev/null || { echo "run.sh: curl is missing (installer/install-deps.sh --test installs it)" >&2; exit 1; }
exec python3 tests/bench/run.py "$@"
