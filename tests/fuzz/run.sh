#!/usr/bin/env bash
# Runs every libFuzzer target for a bounded time from its seed corpus (the `fuzz` preset's build).
# Usage: tests/fuzz/run.sh BUILD_BIN_DIR [SECONDS_PER_TARGET]
# A crash, a sanitizer report or a broken property stops it with the reproducer saved under
# build/fuzz/findings/<target>/; new inputs found stay in a scratch corpus, not in the repository.
set -euo pipefail
bin=${1:?usage: run.sh BUILD_BIN_DIR [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
work=$(dirname "$bin")/fuzz-work
findings=$(dirname "$bin")/findings
status=0
for target in response_parser csv_import stored_json search_query catalog_parser; do
    corpus=$work/$target
    mkdir -p "$corpus" "$findings/$target"
    echo "fuzz: $target for ${seconds}s"
    # ASan's leak checker off: Qt keeps process-lifetime caches libFuzzer would call leaks.
    if ! ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        QT_QPA_PLATFORM=offscreen \
        "$bin/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$findings/$target/" "$corpus" "$here/corpus/$target" \
        > "$work/$target.log" 2>&1; then
        echo "fuzz: $target FAILED; the last lines of its log ($work/$target.log):"
        tail -40 "$work/$target.log"
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$target.log" | sed "s/^/fuzz: $target /"
    fi
done
exit $status
