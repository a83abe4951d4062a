#!/usr/bin/env python3
"""Issue 14's table in one run: each row against its reference measured in the same run.

    tests/bench/run.sh [--leads 10000] [--rows 1000000] [--import-rows 100000] [--rounds 5]

Rows: start-up against a bare QMainWindow (startup.sh); client CPU per delivered lead against
QNetworkAccessManager alone, with the outbox's own transactions (store-only) and curl beside them;
a dry-run import against Python's csv module on the same file; the history's searches at ROWS rows
against a search that finds its row; an idle app against an idle bare window (idle.sh). Figures
are min/median/max over the rounds; ratios are of the medians. run.sh builds what this needs.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.path.join(ROOT, "build", "dev", "bin")
rows_out = []  # (what, leadentry, reference, ratio, goal, verdict)


def spread(values, fmt="%.3g"):
    return "%s / %s / %s" % (fmt % min(values), fmt % statistics.median(values), fmt % max(values))


def add(what, leadentry, reference, ratio, goal, met):
    verdict = "—" if met is None else "met" if met else "**missed**"
    rows_out.append((what, leadentry, reference, ratio, goal, verdict))


class Timed:
    """A child run with its own resource usage (wall ms, CPU ms, peak memory MiB), via os.wait4.
    Its output goes to files, so that neither pipe can fill up and stall it, and only their last
    256 KiB are read: a child's peak memory (ru_maxrss) starts from this process's size when it is
    forked, so this process must not grow by holding a long output (an import prints a line per
    row)."""

    TAIL = 256 * 1024

    def __init__(self, cmd, env=None):
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
            _, status, usage = os.wait4(proc.pid, 0)
            self.wall = (time.perf_counter() - start) * 1000
            proc.returncode = self.status = os.waitstatus_to_exitcode(status)
            self.cpu = (usage.ru_utime + usage.ru_stime) * 1000
            self.rss = usage.ru_maxrss / 1024  # ru_maxrss is in KiB
            self.stdout, self.stderr = (self.tail(f) for f in (out, err))

    @classmethod
    def tail(cls, f):
        f.seek(0, os.SEEK_END)
        f.seek(max(0, f.tell() - cls.TAIL))
        return f.read().decode(errors="replace")


def startup(args):
    print("== start-up (tests/bench/startup.sh)", flush=True)
    out = subprocess.run([os.path.join(ROOT, "tests/bench/startup.sh"), "100000", str(max(args.rounds, 11))],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=True).stdout.decode()
    print("\n".join(l for l in out.splitlines() if "fd limit" not in l))
    for label in ("Xvfb + D-Bus + keyring", "offscreen"):
        bare = re.search(re.escape(label) + r", bare QMainWindow: wall (\S+)/(\S+)/(\S+) ms, CPU (\S+)/(\S+)/(\S+) ms, peak memory \S+/(\S+)/", out)
        app = re.search(re.escape(label) + r", leadentry: wall (\S+)/(\S+)/(\S+) ms, CPU (\S+)/(\S+)/(\S+) ms, peak memory \S+/(\S+)/", out)
        ratio = re.search(re.escape(label) + r" ratio: wall (\S+)x, CPU (\S+)x .* bare \+ (\S+) MiB", out)
        wall, cpu, memory = float(ratio.group(1)), float(ratio.group(2)), float(ratio.group(3))
        add("start to first paint, 100k-row history, %s: wall" % label, "%s/%s/%s ms" % app.group(1, 2, 3),
            "bare window %s/%s/%s ms" % bare.group(1, 2, 3), "%.2f×" % wall, "≤ 1.2×", wall <= 1.2)
        add("… CPU", "%s/%s/%s ms" % app.group(4, 5, 6), "%s/%s/%s ms" % bare.group(4, 5, 6), "%.2f×" % cpu,
            "≤ 1.2×", cpu <= 1.2)
        add("… peak memory", "%s MiB" % app.group(7), "%s MiB" % bare.group(7), "+%.1f MiB" % memory, "≤ +12 MiB",
            memory <= 12)
        def floor_against(window, title):
            # "<label> floor: <window> is Wx the bare window's wall, Cx its CPU, + M MiB; leadentry is ..."
            found = re.search(re.escape(label) + " floor: " + re.escape(window) + r" is (\S+)x the bare window's "
                              r"wall, (\S+)x its CPU, \+ (\S+) MiB; leadentry is (\S+)x its wall, (\S+)x its CPU, "
                              r"\+ (\S+) MiB", out)
            if found:
                add(title, "—", "the floor is %s× the bare window's wall, %s× its CPU, +%s MiB" % found.group(1, 2, 3),
                    "%s× wall, %s× CPU, +%s MiB" % found.group(4, 5, 6), "—", None)

        floor_against("a window with a form and a table",
                      "… LeadEntry against a floor: the bare window with three fields and a table's column titles "
                      "(`bare_window --form-and-table`)")
        floor = re.search(re.escape(label) + r" floor: the libraries alone are (\S+)x the bare window's wall, (\S+)x its CPU, \+ (\S+) MiB", out)
        if floor:
            add("… a floor: the bare window with LeadEntry's libraries preloaded", "—", "—",
                "%s× wall, %s× CPU, +%s MiB" % floor.groups(), "—", None)
        floor_against("a window with a form and a table and LeadEntry's libraries",
                      "… LeadEntry against both floors together: the window with three fields and a table's column "
                      "titles, LeadEntry's libraries preloaded")

def start_sandbox(work):
    log = open(os.path.join(work, "sandbox.log"), "w+")
    proc = subprocess.Popen([os.path.join(BIN, "leadentry-sandbox"), "--port", "0", "--allow-duplicates"],
                            stdout=log, stderr=subprocess.STDOUT)
    for _ in range(200):
        log.seek(0)
        found = re.search(r"listening on (http://127\.0\.0\.1:\d+)", log.read())
        if found:
            return proc, found.group(1)
        time.sleep(0.05)
    sys.exit("the sandbox did not start")


def delivery(args, work):
    print("== delivery of %d leads to the sandbox on loopback, %d rounds" % (args.leads, args.rounds), flush=True)
    sandbox, url = start_sandbox(work)
    per_lead = {"qt": [], "leadentry": [], "store": []}
    rates = {"qt": [], "leadentry": []}
    try:
        for r in range(args.rounds):
            db = os.path.join(work, "deliver-%d.sqlite" % r)
            for name, cmd in (("qt", ["qt", url, str(args.leads)]),
                              ("leadentry", ["deliver", url, str(args.leads), db]),
                              ("store", ["store", str(args.leads), db + ".store"])):
                t = Timed([os.path.join(BIN, "bench_outbox")] + cmd)
                if t.status != 0:
                    sys.exit("bench_outbox %s failed: %s %s" % (name, t.stdout, t.stderr))
                print("  " + t.stdout.strip(), flush=True)
                per_lead[name].append(float(re.search(r"CPU ([0-9.]+) ms per lead", t.stdout).group(1)))
                if name in rates:
                    rates[name].append(float(re.search(r"\((\d+) leads/s\)", t.stdout).group(1)))
        # curl, six at a time in one process reusing its connections (its best case), nothing stored.
        config = os.path.join(work, "curl.cfg")
        with open(config, "w") as f:
            for i in range(args.leads):
                body = '{"email":"lead%d@example.com","full_name":"Ana %d","phone":"+1809%07d"}' % (i, i, 2000000 + i)
                f.write('%surl = "%s/api/v1/leads/"\ndata = "%s"\nheader = "Content-Type: application/json"\n'
                        'header = "Authorization: Token bench"\noutput = "/dev/null"\n'
                        % ("next\n" if i else "", url, body.replace('"', '\\"')))
        curl = Timed(["curl", "-sS", "--parallel", "--parallel-max", "6", "-K", config])
        curl_rate = args.leads * 1000 / curl.wall
        curl_cpu = curl.cpu / args.leads
        print("  curl --parallel: %d POSTs in %.0f ms (%.0f leads/s), CPU %.3f ms per lead, nothing stored"
              % (args.leads, curl.wall, curl_rate, curl_cpu))
    finally:
        sandbox.kill()
        sandbox.wait()
    le, qt, store = (statistics.median(per_lead[k]) for k in ("leadentry", "qt", "store"))
    add("client CPU per lead delivered (%d leads, 6 in flight)" % args.leads,
        "%s ms" % spread(per_lead["leadentry"]), "Qt alone %s ms" % spread(per_lead["qt"]), "%.2f×" % (le / qt),
        "≤ 1.3×", le / qt <= 1.3)
    add("… the floor: Qt alone + the outbox's own transactions (store-only, no network)",
        "%.3f ms" % le, "%.3f + %s ms = %.3f ms" % (qt, spread(per_lead["store"]), qt + store),
        "%.2f×" % ((qt + store) / qt), "—", None)
    add("… leads per second", "%s" % spread(rates["leadentry"], "%.0f"),
        "Qt alone %s; curl --parallel %.0f (CPU %.3f ms per lead)" % (spread(rates["qt"], "%.0f"), curl_rate, curl_cpu),
        "%.2f× Qt" % (statistics.median(rates["leadentry"]) / statistics.median(rates["qt"])), "—", None)


def write_csv(path, rows, bad=False):
    """rows leads; with bad, every phone is too short, so every row is refused."""
    first = ["María", "José", "Ana", "Luis", "Carmen", "Pedro", "Rosa", "Juan"]
    last = ["Núñez", "Pérez", "Gómez", "Rodríguez", "Peña", "Santos", "Díaz", "Reyes"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("full_name,phone,email,utm_source,utm_campaign,notes\n")
        for i in range(rows):
            area = (809, 829, 849)[i % 3]
            if bad:
                area = 8
            f.write('%s %s %d,(%d) %03d-%04d,lead%d@example.com,feria,expo-2026,"Visto en la feria, mesa %d"\n'
                    % (first[i % 8], last[(i // 8) % 8], i, area, 200 + (i // 10000) % 800, i % 10000, i, i % 40))


def import_rows(args, work):
    print("== dry-run import of %d rows, %d rounds" % (args.import_rows, args.rounds), flush=True)
    csv_path = os.path.join(work, "import.csv")
    write_csv(csv_path, args.import_rows)
    env = dict(os.environ, LEADENTRY_HOME=os.path.join(work, "import-home"))
    python_csv = "import csv, sys\nn = sum(1 for _ in csv.reader(open(sys.argv[1], encoding='utf-8')))\n"
    le, py = [], []
    for _ in range(args.rounds):
        t = Timed([os.path.join(BIN, "leadentry-cli"), "import", "--dry-run", csv_path], env=env)
        if t.status != 0 or "%d valid" % args.import_rows not in t.stderr:
            sys.exit("leadentry-cli import failed: " + t.stderr[-2000:])
        le.append(t)
        py.append(Timed([sys.executable, "-c", python_csv, csv_path]))
    speed = [args.import_rows * 1000 / t.wall for t in le]
    print("  leadentry-cli: %s rows/s, peak %s MiB; Python csv: %s rows/s, peak %s MiB"
          % (spread(speed, "%.0f"), spread([t.rss for t in le], "%.0f"),
             spread([args.import_rows * 1000 / t.wall for t in py], "%.0f"), spread([t.rss for t in py], "%.0f")))
    median_speed = statistics.median(speed)
    add("dry-run import of %d rows: speed" % args.import_rows, "%s rows/s" % spread(speed, "%.0f"),
        "Python csv (reading only) %s rows/s" % spread([args.import_rows * 1000 / t.wall for t in py], "%.0f"),
        "—", "≥ 30,000 rows/s", median_speed >= 30000)
    le_rss, py_rss = statistics.median(t.rss for t in le), statistics.median(t.rss for t in py)
    add("… peak memory", "%.0f MiB" % le_rss, "Python csv %.0f MiB" % py_rss, "%.1f×" % (le_rss / py_rss),
        "< 60 MiB", le_rss < 60)
    # A 50 MB file, and files larger and worse: memory must not grow with any of them.
    big = os.path.join(work, "big.csv")
    big_rows = int(args.import_rows * 50e6 / os.path.getsize(csv_path))
    write_csv(big, big_rows)
    t = Timed([os.path.join(BIN, "leadentry-cli"), "import", "--dry-run", big], env=env)
    if t.status != 0:
        sys.exit("leadentry-cli import of the big file failed: " + t.stderr[-2000:])
    size = os.path.getsize(big) / 1e6
    print("  %.0f MB file (%d rows): %.0f rows/s, peak %.0f MiB" % (size, big_rows, big_rows * 1000 / t.wall, t.rss))
    add("dry-run import of a %.0f MB file (%d rows): peak memory" % (size, big_rows), "%.0f MiB" % t.rss,
        "Python csv %.0f MiB (%d rows)" % (py_rss, args.import_rows), "—", "< 60 MiB", t.rss < 60)
    # The same file stored (no API key: nothing is sent), every lead then read back and printed.
    # Nothing may reach the real service should a key be found after all: the address is a closed
    # local port (the environment's address wins over the settings), and the keychain is out of
    # reach (a session bus that is not there; an unset address would fall back to the user's).
    stored_env = dict(env, LEADENTRY_HOME=os.path.join(work, "import-stored-home"), ALTERESTATE_API_KEY="",
                      ALTERESTATE_API_URL="http://127.0.0.1:9",
                      DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/leadentry-bench-bus")
    t = Timed([os.path.join(BIN, "leadentry-cli"), "import", big], env=stored_env)
    if t.status != 4 or "%d valid" % big_rows not in t.stderr:  # 4: stored, not delivered yet
        sys.exit("leadentry-cli import (stored) of the big file failed: " + t.stderr[-2000:])
    print("  stored: %.0f rows/s, peak %.0f MiB" % (big_rows * 1000 / t.wall, t.rss))
    add("… the same file stored (`leadentry-cli import`, no API key, so nothing is sent; every lead read back"
        " and printed)", "%.0f MiB" % t.rss, "—", "—", "< 60 MiB",
        t.rss < 60)
    os.remove(big)
    # As many rows, every one refused: each reported as it is read.
    write_csv(big, big_rows, bad=True)
    t = Timed([os.path.join(BIN, "leadentry-cli"), "import", "--dry-run", big], env=env)
    if t.status != 2 or "%d invalid" % big_rows not in t.stderr:
        sys.exit("leadentry-cli import of the bad file failed: " + t.stderr[-2000:])
    print("  every row refused: %.0f rows/s, peak %.0f MiB" % (big_rows * 1000 / t.wall, t.rss))
    add("dry-run import of as many rows, every one refused (each printed as it is read)", "%.0f MiB" % t.rss, "—", "—",
        "< 60 MiB", t.rss < 60)
    os.remove(big)
    # Four times that: past 131,072 valid rows the repeat check is on disk, and memory stays put.
    huge_rows = 4 * big_rows
    write_csv(big, huge_rows)
    t = Timed([os.path.join(BIN, "leadentry-cli"), "import", "--dry-run", big], env=env)
    if t.status != 0 or "%d valid" % huge_rows not in t.stderr:
        sys.exit("leadentry-cli import of the huge file failed: " + t.stderr[-2000:])
    size = os.path.getsize(big) / 1e6
    os.remove(big)
    print("  %.0f MB file (%d rows): %.0f rows/s, peak %.0f MiB" % (size, huge_rows, huge_rows * 1000 / t.wall, t.rss))
    add("dry-run import of a %.0f MB file (%d rows): peak memory" % (size, huge_rows), "%.0f MiB" % t.rss,
        "—", "—", "< 60 MiB", t.rss < 60)
    huge_speed = huge_rows * 1000 / t.wall
    add("… speed", "%.0f rows/s" % huge_speed, "—", "—", "≥ 30,000 rows/s", huge_speed >= 30000)


def search(args, work):
    print("== history of %d rows" % args.rows, flush=True)
    db = os.path.join(work, "history.sqlite")
    # Filled first, then searched by a process of its own, as the app opens a history it kept: the
    # filling process's searches are faster (its heap and caches warm) and are not the figure.
    fill = Timed([os.path.join(BIN, "bench_outbox"), "history", str(args.rows), db])
    print("\n".join("  fill: " + l for l in fill.stdout.strip().splitlines()))
    # Each search is timed in three such processes: the median of each is the figure.
    firsts, runs = [], []
    for _ in range(3):
        t = Timed([os.path.join(BIN, "bench_outbox"), "history", str(args.rows), db])
        print("\n".join("  " + l for l in t.stdout.strip().splitlines()))
        firsts.append(float(re.search(r"first screen \(\d+ rows\) in ([0-9.]+) ms", t.stdout).group(1)))
        runs.append({m.group(1): (float(m.group(2)), float(m.group(3))) for m in re.finditer(
            r'search "([^"]*)" -> \d+ rows in ([0-9.]+) ms, \S+ counted in ([0-9.]+) ms more', t.stdout)})
    first = statistics.median(firsts)
    if any(r.keys() != runs[0].keys() for r in runs):
        sys.exit("bench_outbox history printed different searches in its three runs")
    searches = {k: statistics.median(r[k][0] for r in runs) for k in runs[0]}
    counts = {k: statistics.median(r[k][1] for r in runs) for k in runs[0]}
    there = next(s for s in searches if re.fullmatch(r"lead\d+@example\.com", s))
    found = searches.pop(there)
    counts.pop(there)
    worst = max(searches, key=searches.get)
    worst_count = max(counts, key=counts.get)
    add("history of %d rows, reopened: first screen (median of 3 processes)" % args.rows, "%.1f ms" % first, "—", "—", "< 100 ms", first < 100)
    add("… every search, to its rows, medians (%s)" % ", ".join('"%s"' % s for s in searches),
        "slowest \"%s\" %.1f ms" % (worst, searches[worst]),
        "an email that is there (%s) %.1f ms" % (there, found), "%.0f×" % (searches[worst] / max(found, 0.01)), "< 10 ms",
        searches[worst] < 10)
    add("… then the count of a full page's matches (up to 1,000), once the rows are shown",
        "slowest \"%s\" %.1f ms more" % (worst_count, counts[worst_count]), "—", "—", "—", None)


def idle(args):
    out = subprocess.run([os.path.join(ROOT, "tests/bench/idle.sh"), str(args.idle_seconds)],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=True).stdout.decode()
    print(out.strip())
    bare = re.search(r"bare QMainWindow, open: (\S+) ms CPU per minute, (\S+) wake-ups per second", out)
    app = re.search(r"leadentry, open, nothing waiting: (\S+) ms CPU per minute, (\S+) wake-ups per second", out)
    add("idle app, %d s" % args.idle_seconds, "%s ms CPU/min, %s wake-ups/s" % app.groups(),
        "bare window %s ms CPU/min, %s wake-ups/s" % bare.groups(), "—", "no periodic wake-up",
        float(app.group(2)) < 0.5)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--leads", type=int, default=10000)
    parser.add_argument("--rows", type=int, default=1000000)
    parser.add_argument("--import-rows", type=int, default=100000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--idle-seconds", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        startup(args)
        delivery(args, work)
        import_rows(args, work)
        search(args, work)
        idle(args)
    print("\n| what | LeadEntry (min / median / max) | reference, same run | ratio | goal | |")
    print("|---|---|---|---|---|---|")
    for row in rows_out:
        print("| %s |" % " | ".join(row))


if __name__ == "__main__":
    main()
