#!/usr/bin/env bash
# Builds what LeadEntry needs on Windows from Debian 12's own source packages, cross-compiled with
# Debian's MinGW-w64, into a cache outside the repository (LEADENTRY_WINDOWS_CACHE, by default
# ~/.cache/leadentry-windows). Each part is built once and re-used; a change to this script or to
# the toolchain file rebuilds everything. It says what it builds, how long each part took, and
# how big the cache is.
#
# Parts so far: qtbase (Core, Gui, Widgets, Network with Schannel, Sql with SQLite, Test).
# Still to come (issue 11): libcsv, ICU, abseil, protobuf-lite, libphonenumber.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${LEADENTRY_WINDOWS_CACHE:-$HOME/.cache/leadentry-windows}
prefix=$cache/prefix
src=$cache/src
jobs=${JOBS:-2}
mkdir -p "$cache" "$src"

# A different recipe means a different prefix: start again.
recipe=$(cat "$0" "$here/mingw-toolchain.cmake" | sha256sum | cut -c1-16)
if [ "$(cat "$cache/recipe" 2>/dev/null)" != "$recipe" ]; then
    echo "build-deps: new recipe $recipe: building from scratch"
    rm -rf "$prefix" "$cache"/done-* "$cache"/build-*
    echo "$recipe" > "$cache/recipe"
fi

sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
packages=(g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 nsis wine wine64 dpkg-dev cmake ninja-build
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n tcl)
missing=()
for p in "${packages[@]}"; do
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)" = installed ] || missing+=("$p")
done
# Source packages come from the same archive as the binaries: a deb-src entry beside it.
if ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
        | $sudo tee /etc/apt/sources.list.d/leadentry-deb-src.sources >/dev/null
    $sudo apt-get update -q
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "build-deps: installing ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# part NAME COMMAND...: runs once, timed.
part() {
    local name=$1
    shift
    if [ -e "$cache/done-$name" ]; then
        echo "build-deps: $name: cached"
        return
    fi
    local start=$SECONDS
    echo "build-deps: $name: building"
    "$@"
    touch "$cache/done-$name"
    echo "build-deps: $name: done in $(((SECONDS - start) / 60)) min $(((SECONDS - start) % 60)) s"
}

# The unpacked source of a Debian source package, fetched once.
source_dir() {
    local package=$1
    local dir
    dir=$(find "$src" -maxdepth 1 -type d -name "${package}-[0-9]*" | head -1)
    if [ -z "$dir" ]; then
        (cd "$src" && apt-get source -q "$package" >/dev/null)
        dir=$(find "$src" -maxdepth 1 -type d -name "${package}-[0-9]*" | head -1)
    fi
    echo "$dir"
}

build_qtbase() {
    local qt sqlite build
    qt=$(source_dir qt6-base)
    # Debian removed the bundled SQLite amalgamation for licence reasons: make it from Debian's sqlite3.
    if [ ! -s "$qt/src/3rdparty/sqlite/sqlite3.c" ]; then
        sqlite=$(source_dir sqlite3)
        (cd "$sqlite" && { [ -f Makefile ] || ./configure --disable-tcl >/dev/null; } && make -s sqlite3.c >/dev/null)
        mkdir -p "$qt/src/3rdparty/sqlite"
        cp "$sqlite/sqlite3.c" "$sqlite/sqlite3.h" "$qt/src/3rdparty/sqlite/"
    fi
    build=$cache/build-qtbase
    mkdir -p "$build"
    (cd "$build" && "$qt/configure" -prefix "$prefix" -xplatform win32-g++ \
        -device-option CROSS_COMPILE=x86_64-w64-mingw32- -qt-host-path /usr -release -shared \
        -nomake examples -nomake tests -no-opengl -no-dbus -no-icu -no-pkg-config -no-openssl -schannel \
        -qt-zlib -qt-pcre -qt-libpng -qt-libjpeg -qt-harfbuzz -no-freetype -sql-sqlite -qt-sqlite \
        -no-feature-vulkan -no-feature-printsupport -no-feature-tabletevent -no-feature-concurrent \
        -no-feature-opengl -no-feature-sql-odbc -no-feature-sql-psql -no-feature-sql-mysql \
        -- -G Ninja -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DCMAKE_TOOLCHAIN_FILE="$here/mingw-toolchain.cmake" >"$cache/qtbase-configure.log" 2>&1) \
        || { tail -30 "$cache/qtbase-configure.log"; return 1; }
    nice cmake --build "$build" --parallel "$jobs" >"$cache/qtbase-build.log" 2>&1 \
        || { tail -30 "$cache/qtbase-build.log"; return 1; }
    cmake --install "$build" >"$cache/qtbase-install.log" 2>&1
}

part qtbase build_qtbase

echo "build-deps: the cache at $cache holds $(du -sh "$prefix" 2>/dev/null | cut -f1) in $prefix"
