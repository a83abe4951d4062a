#!/usr/bin/env bash
# `make windows-test`: the proof that the Windows build works, under Wine on this Debian machine.
#  1. the test suites of the cross build (ctest --preset windows) through Wine, in a private Wine
#     prefix; where a server is needed they start the Linux sandbox (the dev build's) on loopback;
#  2. the installer, run silently (/S) in a fresh Wine prefix: the files, the Start-menu entry,
#     the uninstall entry and the .csv association are checked;
#  3. the installed leadentry-cli.exe submits a lead to the Linux sandbox, which checks its wire
#     format and creates it;
#  4. the installed app starts under Xvfb and its window is captured
#     (resources/screenshots/windows-en.png, windows-es.png);
#  5. the silent uninstall removes the program and keeps the user's data.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build/windows
sandbox=$root/build/dev/bin/leadentry-sandbox
setup=$(ls -t "$build"/packages/LeadEntry-*-win64-setup.exe | head -1) # the newest
work=$(mktemp -d)
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
cleanup() {
    [ -n "${sandbox_pid:-}" ] && kill "$sandbox_pid" 2>/dev/null || true
    WINEPREFIX=$work/tests wineserver -k 2>/dev/null || true
    WINEPREFIX=$work/install wineserver -k 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
step() { echo "windows-test: $*"; }
fail() { echo "windows-test: FAILED: $*" >&2; exit 1; }

# A new Wine prefix set to Windows 10 (Qt 6 expects it); its first start takes a while.
new_prefix() {
    WINEPREFIX=$1 wineboot -i >/dev/null 2>&1
    WINEPREFIX=$1 wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1
    WINEPREFIX=$1 wineserver -w
}

# --installer-only: steps 2 to 5 (after a change to the installer alone).
if [ "${1:-}" != "--installer-only" ]; then
    step "a Wine prefix for the suites"
    new_prefix "$work/tests"
    step "the suites under Wine"
    (cd "$root" && WINEPREFIX=$work/tests ctest --preset windows) || fail "the suites under Wine"
fi

step "the installer, silently, in a fresh prefix"
export WINEPREFIX=$work/install
new_prefix "$WINEPREFIX"
wine "$setup" /S
wineserver -w
user=$(whoami)
appdata_local=$WINEPREFIX/drive_c/users/$user/AppData/Local
installed=$appdata_local/Programs/LeadEntry
for f in leadentry.exe leadentry-cli.exe uninstall.exe Qt6Core.dll Qt6Widgets.dll libwinpthread-1.dll qt.conf \
    platforms/qwindows.dll sqldrivers/qsqlite.dll tls/qschannelbackend.dll styles/qwindowsvistastyle.dll \
    translations/qtbase_es.qm; do
    [ -f "$installed/$f" ] || fail "the installer did not put $f in $installed"
done
start_menu=$WINEPREFIX/drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start\ Menu/Programs
[ -f "$start_menu/LeadEntry.lnk" ] || fail "no Start-menu entry"
wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\LeadEntry' /v UninstallString \
    | grep -q uninstall.exe || fail "no uninstall entry"
wine reg query 'HKCU\Software\Classes\LeadEntry.csv\shell\open\command' | grep -q -- '--import' \
    || fail "no .csv association"
step "installed in $(du -sh "$installed" | cut -f1)"

step "the installed CLI submits a lead to the sandbox"
"$sandbox" --port 0 --key windows-key >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do grep -q "listening on" "$work/sandbox.log" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/sandbox.log" | head -1)
[ -n "$url" ] || fail "the sandbox did not start: $(cat "$work/sandbox.log")"
out=$(ALTERESTATE_API_URL=$url ALTERESTATE_API_KEY=windows-key wine "$installed/leadentry-cli.exe" submit \
    --full-name "Ana Pérez" --phone "809 555 0142" --email "ana.windows@example.com" --notes "desde Windows" --json \
    2>&1) || fail "leadentry-cli.exe submit: $out"
echo "$out"
echo "$out" | grep -q '"state": *"created"' || fail "the lead was not created: $out"
grep -q "POST /api/v1/leads/ 201" "$work/sandbox.log" || fail "the sandbox did not create it: $(cat "$work/sandbox.log")"
[ -d "$appdata_local/LeadEntry" ] || fail "no data folder under %LOCALAPPDATA%\\LeadEntry"

step "the installed app under Xvfb"
shots=$root/resources/screenshots
capture() { # capture LANGUAGE FILE
    local language=$1 file=$2
    wine "$installed/leadentry-cli.exe" config set language "$language" >/dev/null
    # Wine's windows go to the display its server started with: a new server for the new display.
    wineserver -k || true
    wineserver -w || true
    # A screen that holds the designed size: on a smaller one the app starts maximized, which Wine
    # without a window manager draws past the screen's edges.
    xvfb-run -a -s "-screen 0 1440x900x24" bash -c "
        wine '$installed/leadentry.exe' &
        for _ in \$(seq 120); do
            xdotool search --name '^LeadEntry' >/dev/null 2>&1 && break; sleep 0.5
        done
        xdotool search --name '^LeadEntry' >/dev/null 2>&1 || { wineserver -k; exit 1; }
        sleep 3
        import -window root '$file'
        wineserver -k" || fail "the app's window did not appear under Wine"
    step "captured $file"
}
capture en "$shots/windows-en.png"
capture es "$shots/windows-es.png"

step "the silent uninstall keeps the user's data"
wine "$installed/uninstall.exe" /S
wineserver -w
for _ in $(seq 50); do [ -f "$installed/leadentry.exe" ] || break; sleep 0.2; done
[ ! -e "$installed/leadentry.exe" ] || fail "the uninstaller left leadentry.exe"
[ -d "$appdata_local/LeadEntry" ] || fail "the uninstaller removed the user's data"
step "passed"
