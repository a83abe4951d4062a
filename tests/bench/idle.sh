#!/usr/bin/env bash
# What an idle app costs: LeadEntry left open with nothing to do (a history of ROWS rows, nothing
# waiting), against a bare QMainWindow left open, under Xvfb, over SECONDS seconds after a settling
# pause. Prints CPU time per minute and wake-ups (context switches of all threads) per second:
#   tests/bench/idle.sh [SECONDS=30] [ROWS=1000]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
rows=${2:-1000}
make --no-print-directory test-deps configure >/dev/null
cmake --build --preset dev --target leadentry bare_window bench_outbox >/dev/null
bin=$PWD/build/dev/bin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LEADENTRY_HOME=$work/home XDG_RUNTIME_DIR=$work/run ALTERESTATE_API_KEY=bench ALTERESTATE_API_URL=http://127.0.0.1:9
mkdir -p "$LEADENTRY_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$bin/bench_outbox" history "$rows" "$LEADENTRY_HOME/leadentry.sqlite" >/dev/null
# The filled history's leads are queued: mark them sent, so that nothing waits.
python3 - "$LEADENTRY_HOME/leadentry.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE submissions SET state = 'created'")
db.commit()
PY

cat >"$work/measure.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
# CPU jiffies (user + system) of the process, then "tid switches" for each of its threads.
sample() {
    local pid=$1
    awk '{print $14 + $15}' "/proc/$pid/stat"
    for status in /proc/"$pid"/task/*/status; do
        awk -v t="${status%/status}" '/ctxt_switches/ {s += $2} END {n = split(t, p, "/"); print p[n], s}' "$status"
    done
}
measure() {
    local name=$1; shift
    "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep 5 # start-up and the first paint are not idling
    sample "$pid" >"$WORK/before"
    sleep "$SECONDS_IDLE"
    sample "$pid" >"$WORK/after"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    # Wake-ups: each thread's switches since the first sample (a thread born since counts whole; one
    # that ended is not seen, which can only lower the figure).
    awk -v n="$name" -v s="$SECONDS_IDLE" -v hz="$(getconf CLK_TCK)" '
        FNR == 1 { cpu[FILENAME] = $1; next }
        FILENAME == ARGV[1] { before[$1] = $2; next }
        { woke += $2 - before[$1] }
        END { printf "%s: %.0f ms CPU per minute, %.2f wake-ups per second (over %d s)\n", n,
              (cpu[ARGV[2]] - cpu[ARGV[1]]) * 1000 / hz * 60 / s, woke / s, s }' "$WORK/before" "$WORK/after"
}
measure "bare QMainWindow, open" "$BIN/bare_window" --stay
measure "leadentry, open, nothing waiting" "$BIN/leadentry"
INNER
chmod +x "$work/measure.sh"
echo "== an idle app, $seconds s"
WORK=$work SECONDS_IDLE=$seconds BIN=$bin xvfb-run -a -s "-screen 0 1280x800x24" "$work/measure.sh"
