#!/bin/sh
# Runs a test inside a private D-Bus session with a freshly unlocked gnome-keyring, in throw-away
# HOME and XDG folders, so the real Secret Service is exercised without touching the user's keyring.
# Where the tools are missing the test still runs, told why in LEADENTRY_KEYRING_MISSING, and skips.
set -u
for tool in dbus-run-session gnome-keyring-daemon timeout; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        LEADENTRY_KEYRING_MISSING="$tool is not installed (installer/install-deps.sh --test installs it)"
        export LEADENTRY_KEYRING_MISSING
        exec "$@"
    fi
done
tmp=$(mktemp -d)
mkdir -p "$tmp/home" "$tmp/run" "$tmp/data" "$tmp/config" "$tmp/cache"
chmod 700 "$tmp/run"
HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
XDG_CACHE_HOME="$tmp/cache" timeout 120 dbus-run-session -- sh -c '
    printf "leadentry-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 ||
        { LEADENTRY_KEYRING_MISSING="gnome-keyring-daemon could not be started"; export LEADENTRY_KEYRING_MISSING; }
    exec "$@"' sh "$@"
status=$?
rm -rf "$tmp"
exit $status
