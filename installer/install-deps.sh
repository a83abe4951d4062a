#!/usr/bin/env bash
# Installs the Debian 12 packages LeadEntry needs to build, test and run.
# Idempotent and quick when everything is present: it asks dpkg first and only calls apt-get for
# what is missing. Runs as root, or through sudo when not root.
set -euo pipefail

# Build and runtime libraries.
packages=(
    cmake ninja-build g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-httpserver-dev qt6-websockets-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
    qtkeychain-qt6-dev
    libphonenumber-dev libprotobuf-dev libicu-dev libcsv-dev librsvg2-bin help2man
    clang-format
)
# What the tests use: a headless display and a real keychain on a private D-Bus session.
if [ "${1:-}" = "--test" ]; then
    packages+=(xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools curl procps python3 time desktop-file-utils appstream dpkg-dev)
    # Fuzzing (make fuzz): clang with libFuzzer and the sanitizer runtimes.
    packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# Update the package lists only when they have never been fetched or an install fails on them.
if ! ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1; then
    $sudo apt-get update -q
fi
if ! $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"; then
    $sudo apt-get update -q
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
