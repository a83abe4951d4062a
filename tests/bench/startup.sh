#!/usr/bin/env bash
# Start-up of `leadentry --exit-after-startup` (start to first paint, then exit) with a history of
# ROWS rows, against a bare Qt 6 QMainWindow measured in the same run (ARCHITECTURE.md, Budgets):
#   tests/bench/startup.sh [ROWS=100000] [RUNS=15]
# As a desktop starts it: under Xvfb, in a D-Bus session whose keyring (gnome-keyring, unlocked)
# holds the API key; then again on Qt's offscreen platform. The programs run in turn, RUNS times
# each; the wall time, the CPU time (user + system) and the peak memory are printed with
# min/median/max, and the ratios of the medians (the goals: at most 1.2x, and bare + 12 MiB).
# Three floors are measured beside them: the bare window showing three labelled fields and a
# table's column titles (what LeadEntry's first paint shows of that kind), the bare window with
# LeadEntry's libraries preloaded, and the two together. Then one more run of each program writes
# its memory map at its first paint, and where LeadEntry's memory lies beyond the bare window's is
# printed.
# `--exit-after-startup` ends at the first paint: what the app does after it (the keychain, the
# phone-number module) is not in these figures, by design; each program reports its CPU time and
# peak memory at its first paint, and the wall time is until that report.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-100000}
runs=${2:-15}
make --no-print-directory test-deps configure >/dev/null
cmake --build --preset dev --target leadentry leadentry-cli bare_window bench_outbox >/dev/null
bin=$PWD/build/dev/bin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/run" "$work/data/LeadEntry" "$work/config" "$work/cache"
chmod 700 "$work/run"
export HOME=$work/home XDG_RUNTIME_DIR=$work/run XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config \
    XDG_CACHE_HOME=$work/cache
unset ALTERESTATE_API_KEY ALTERESTATE_PUBLIC_TOKEN LEADENTRY_HOME
"$bin/bench_outbox" history "$rows" "$XDG_DATA_HOME/LeadEntry/leadentry.sqlite" >"$work/fill.txt"
head -n 1 "$work/fill.txt"
# As after Settings' OK: every setting written, the region too (reading it must load no phone library).
"$bin/leadentry-cli" config set default_region DO >/dev/null

cat >"$work/measure.py" <<'PY'
# Runs the bare window and LeadEntry in turn; prints min/median/max and the ratios of the medians.
import os, re, statistics, subprocess, sys, time
runs, label, bare, app = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
# A floor beside them: the bare window with LeadEntry's shared libraries preloaded (what the loader
# must do before main for any program that links them).
preload = os.environ.get("FLOOR_PRELOAD", "")
# Each program prints what it used at its first paint ("first paint: CPU 98.6 ms, peak memory
# 38256 KiB") and then exits; the wall time is until that line arrives. Its exit is not start-up.
def once(cmd, env=None):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    line = proc.stdout.readline().decode()
    wall = (time.perf_counter() - start) * 1000
    proc.stdout.read()
    proc.wait()
    found = re.match(r"first paint: CPU (\S+) ms, peak memory (\d+) KiB", line)
    if not found or proc.returncode != 0:
        sys.exit("%s did not report its first paint (exit status %s): %r" % (" ".join(cmd), proc.returncode, line))
    return wall, float(found.group(1)), int(found.group(2)) / 1024
# And a second floor: the bare window showing three labelled fields and a table's column titles,
# as LeadEntry's first paint does (bare_window --form-and-table).
form = [bare, "--form-and-table"]
once([bare]); once(app); once(form)  # warm the caches once
figures = {"bare": [], "app": [], "floor": [], "form": [], "formfloor": []}
floor_env = dict(os.environ, LD_PRELOAD=preload)
for _ in range(runs):
    figures["bare"].append(once([bare]))
    figures["app"].append(once(app))
    figures["form"].append(once(form))
    if preload:
        figures["floor"].append(once([bare], floor_env))
        figures["formfloor"].append(once(form, floor_env))
def column(name, i):
    return [f[i] for f in figures[name]]
def spread(values, unit):
    return "%.0f/%.0f/%.0f %s" % (min(values), statistics.median(values), max(values), unit)
titles = [("bare", "bare QMainWindow"), ("app", "leadentry"), ("form", "bare QMainWindow with a form and a table")]
if preload:
    titles.append(("floor", "bare QMainWindow + LeadEntry's libraries"))
    titles.append(("formfloor", "bare QMainWindow with a form and a table + LeadEntry's libraries"))
for name, title in titles:
    print("%s, %s: wall %s, CPU %s, peak memory %s (min/median/max of %d)" % (label, title,
        spread(column(name, 0), "ms"), spread(column(name, 1), "ms"), spread(column(name, 2), "MiB"), runs))
med = lambda name, i: statistics.median(column(name, i))
print("%s ratio: wall %.2fx, CPU %.2fx the bare window (goal <= 1.2); peak memory bare + %.1f MiB (goal <= 12)" % (
    label, med("app", 0) / med("bare", 0), med("app", 1) / med("bare", 1), med("app", 2) - med("bare", 2)))
print("%s floor: a window with a form and a table is %.2fx the bare window's wall, %.2fx its CPU, + %.1f MiB;"
    " leadentry is %.2fx its wall, %.2fx its CPU, + %.1f MiB" % (label, med("form", 0) / med("bare", 0),
    med("form", 1) / med("bare", 1), med("form", 2) - med("bare", 2), med("app", 0) / med("form", 0),
    med("app", 1) / med("form", 1), med("app", 2) - med("form", 2)))
# Where the memory lies: one more run of each program, which writes its memory map at its first
# paint; the resident memory of each mapping, beyond the bare window's, in groups.
def memory_map(cmd):
    path = os.path.join(os.environ["WORK"], "memory-map")
    env = dict(os.environ, LEADENTRY_BENCH_MEMORY_MAP=path)
    once(cmd, env)
    resident, name = {}, "[anonymous]"
    with open(path) as lines:
        for line in lines:
            head = re.match(r"[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$", line)
            if head:
                name = head.group(1).strip() or "[anonymous]"
            elif line.startswith("Rss:"):
                resident[name] = resident.get(name, 0) + int(line.split()[1]) / 1024
    return resident
def is_library(name):
    return re.search(r"\.so(\.[0-9.]+)?$", name) is not None
base = memory_map([bare])
def breakdown(resident, program):
    groups = {"own": 0.0, "new": 0.0, "more": 0.0, "files": 0.0, "memory": 0.0}
    new = {}
    for name in set(resident) | set(base):
        more = resident.get(name, 0) - base.get(name, 0)
        if name == program:
            groups["own"] += more
        elif is_library(name) and name not in base:
            groups["new"] += more
            new[os.path.basename(name).split(".so")[0]] = more
        elif is_library(name):
            groups["more"] += more
        elif name.startswith("/") and not name.startswith("/memfd:") and not name.startswith("/SYSV"):
            groups["files"] += more
        else:
            groups["memory"] += more
    top = ", ".join("%s %.1f" % item for item in sorted(new.items(), key=lambda item: -item[1])[:5])
    top = " (%s)" % top if top else ""
    return ("+%.1f MiB = its own code %.1f, libraries the bare window does not load %.1f%s, more of the"
        " libraries both load %.1f, fonts and other files %.1f, heap, stacks and shared memory %.1f") % (
        sum(resident.values()) - sum(base.values()), groups["own"], groups["new"], top, groups["more"],
        groups["files"], groups["memory"])
print("%s memory at the first paint beyond the bare window's, by mapping (one run each): leadentry %s;"
    " the window with a form and a table %s" % (label, breakdown(memory_map(app), os.path.realpath(app[0])),
    breakdown(memory_map(form), os.path.realpath(form[0]))))
if preload:
    print("%s floor: the libraries alone are %.2fx the bare window's wall, %.2fx its CPU, + %.1f MiB" % (
        label, med("floor", 0) / med("bare", 0), med("floor", 1) / med("bare", 1), med("floor", 2) - med("bare", 2)))
    print("%s floor: a window with a form and a table and LeadEntry's libraries is %.2fx the bare window's wall,"
        " %.2fx its CPU, + %.1f MiB; leadentry is %.2fx its wall, %.2fx its CPU, + %.1f MiB" % (label,
        med("formfloor", 0) / med("bare", 0), med("formfloor", 1) / med("bare", 1),
        med("formfloor", 2) - med("bare", 2), med("app", 0) / med("formfloor", 0),
        med("app", 1) / med("formfloor", 1), med("app", 2) - med("formfloor", 2)))
PY

# The libraries LeadEntry links that a bare window does not (Qt's SQLite driver, and SQLite, are
# loaded after the first paint, when the history file is opened).
floor=$(comm -13 <(ldd "$bin/bare_window" | awk '$3 ~ /^\// {print $3}' | sort) \
    <(ldd "$bin/leadentry" | awk '$3 ~ /^\// {print $3}' | sort) | tr '\n' ':')

# Under Xvfb with a session bus and an unlocked keyring that holds the key, as on a desktop.
cat >"$work/desktop.sh" <<'INNER'
#!/bin/sh
set -eu
printf 'startup-bench-password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
printf 'bench-key\n' | "$BIN/leadentry-cli" key set >/dev/null
exec python3 "$WORK/measure.py" "$RUNS" "Xvfb + D-Bus + keyring" "$BIN/bare_window" "$BIN/leadentry" --exit-after-startup
INNER
chmod +x "$work/desktop.sh"
FLOOR_PRELOAD=$floor WORK=$work RUNS=$runs BIN=$bin xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- "$work/desktop.sh"

# Qt's offscreen platform: no X server, no keyring (the key from the environment).
WORK=$work FLOOR_PRELOAD=$floor ALTERESTATE_API_KEY=bench QT_QPA_PLATFORM=offscreen \
    python3 "$work/measure.py" "$runs" "offscreen" "$bin/bare_window" "$bin/leadentry" --exit-after-startup
