#!/usr/bin/env bash
# Start-up and memory of `leadentry --exit-after-startup` with a history of ROWS rows, against a
# bare Qt 6 QMainWindow, under Xvfb (ARCHITECTURE.md, Budgets): tests/bench/startup.sh [ROWS=100000] [RUNS=15]
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-100000}
runs=${2:-15}
make --no-print-directory test-deps configure >/dev/null
cmake --build --preset dev --target leadentry bare_window bench_outbox >/dev/null
bin=$PWD/build/dev/bin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run ALTERESTATE_API_KEY=bench
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME/LeadEntry" && chmod 700 "$XDG_RUNTIME_DIR"
"$bin/bench_outbox" history "$rows" "$XDG_DATA_HOME/LeadEntry/leadentry.sqlite" >"$work/fill.txt"
head -n 1 "$work/fill.txt"

cat >"$work/measure.sh" <<'INNER'
#!/usr/bin/env bash
# Runs each program RUNS times; prints the median wall time and the median peak RSS.
set -euo pipefail
measure() {
    local name=$1; shift
    local times=() rss=()
    "$@" >/dev/null 2>&1 || true # warm the caches once
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>&1 || true
        out=$(tail -n 1 "$WORK/time.txt")
        times+=("${out% *}"); rss+=("${out#* }")
    done
    t=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    m=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "$name: median start to first paint $(awk -v t="$t" 'BEGIN {printf "%d", t * 1000}') ms, peak memory $((m / 1024)) MB"
    last_time=$t last_rss=$m
}
measure "bare QMainWindow" "$BIN/bare_window"
bare_time=$last_time bare_rss=$last_rss
measure "leadentry ($ROWS rows)" "$BIN/leadentry" --exit-after-startup
# The goal is a ratio against the bare window measured in the same run (absolute times drift).
awk -v a="$last_time" -v b="$bare_time" -v ma="$last_rss" -v mb="$bare_rss" 'BEGIN {
    printf "ratio: start-up %.2f x the bare window (goal <= 1.2), peak memory bare + %d MB (goal <= 12)\n",
        (b > 0 ? a / b : 0), (ma - mb) / 1024 }'
INNER
chmod +x "$work/measure.sh"
WORK=$work RUNS=$runs ROWS=$rows BIN=$bin xvfb-run -a -s "-screen 0 1280x800x24" "$work/measure.sh"
