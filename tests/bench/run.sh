#!/usr/bin/env bash
# Runs the outbox and history benchmarks and prints their figures (ARCHITECTURE.md, Budgets):
#   tests/bench/run.sh [LEADS=10000] [HISTORY_ROWS=1000000]
# Builds what it needs in build/dev (installing packages first, as `make test` does).
set -euo pipefail
cd "$(dirname "$0")/../.."
leads=${1:-10000}
rows=${2:-1000000}
make --no-print-directory test-deps configure >/dev/null
cmake --build --preset dev --target leadentry-sandbox bench_outbox >/dev/null
command -v curl >/dev/null || { echo "run.sh: curl is missing (installer/install-deps.sh --test installs it)" >&2; exit 1; }
bin=build/dev/bin
work=$(mktemp -d)
sandbox_pid=""
trap '[ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"' EXIT

# Starts a fresh sandbox (duplicates allowed: every POST creates) and sets $addr and $sandbox_pid.
start_sandbox() {
    if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null; wait "$sandbox_pid" 2>/dev/null || true; fi
    "$bin/leadentry-sandbox" --port 0 --allow-duplicates >"$work/sandbox.log" 2>&1 &
    sandbox_pid=$!
    for _ in $(seq 100); do grep -q listening "$work/sandbox.log" && break; sleep 0.05; done
    addr=$(grep -o '127.0.0.1:[0-9]*' "$work/sandbox.log" | head -n 1)
}

echo "== delivery of $leads leads to the sandbox on loopback"
start_sandbox
"$bin/bench_outbox" deliver "http://$addr" "$leads" "$work/deliver.sqlite"

# The same bodies with curl, six at a time, in one process reusing connections (its best case).
start_sandbox
python3 - "$leads" "http://$addr/api/v1/leads/" >"$work/curl.cfg" <<'PY'
import sys
n, url = int(sys.argv[1]), sys.argv[2]
first = ["María", "José", "Ana", "Luis", "Carmen", "Pedro", "Rosa", "Juan"]
last = ["Núñez", "Pérez", "Gómez", "Rodríguez", "Peña", "Santos", "Díaz", "Reyes"]
for i in range(n):
    area = 809 if i % 3 == 0 else 829 if i % 3 == 1 else 849
    body = '{"email":"lead%d@example.com","full_name":"%s %s %d","phone":"+1%d%d"}' % (
        i, first[i % 8], last[(i // 8) % 8], i, area, 2000000 + i % 7999999)
    if i:
        print("next")
    print('url = "%s"\ndata = "%s"\nheader = "Content-Type: application/json"\nheader = "Authorization: Token bench"\noutput = "/dev/null"' % (url, body.replace('"', '\\"')))
PY
t0=$(date +%s%N)
curl -sS --no-progress-meter --parallel --parallel-max 6 -K "$work/curl.cfg"
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
echo "curl --parallel: $leads POSTs, 6 at a time in one process, in $ms ms ($(( leads * 1000 / (ms > 0 ? ms : 1) )) leads/s), nothing stored"

# …and as a shell script usually does it: one curl per lead, six at a time (a fifth of the leads).
part=$(( leads / 5 ))
awk -v n="$part" '/^data = / && c < n { c++; sub(/^data = "/, ""); sub(/"$/, ""); gsub(/\\"/, "\""); printf "%s%c", $0, 0 }' \
    "$work/curl.cfg" >"$work/bodies"
t0=$(date +%s%N)
xargs -0 -P 6 -I{} curl -sS -o /dev/null -H "Content-Type: application/json" -H "Authorization: Token bench" \
    --data '{}' "http://$addr/api/v1/leads/" <"$work/bodies"
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
echo "curl per lead (xargs -P 6): $part POSTs in $ms ms ($(( part * 1000 / (ms > 0 ? ms : 1) )) leads/s), nothing stored"

echo "== history of $rows rows"
"$bin/bench_outbox" history "$rows" "$work/history.sqlite"

tests/bench/idle.sh 30
