#!/usr/bin/env bash
# Builds what LeadEntry needs on Windows from Debian 12's own source packages, cross-compiled with
# Debian's MinGW-w64, into a cache outside the repository (LEADENTRY_WINDOWS_CACHE, by default
# ~/.cache/leadentry-windows). Each part is built once and re-used; a change to this script or to
# the toolchain file rebuilds everything. It says what it builds, how long each part took, and
# how big the cache is.
#
# Parts: qtbase (Core, Gui, Widgets, Network with Schannel, Sql with SQLite, Test), libcsv,
# abseil, protobuf (lite), ICU (uc, i18n) and libphonenumber. Logs: <cache>/<part>.log.
# The first build takes about 1 h 40 min on two cores here (qtbase alone about an hour).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${LEADENTRY_WINDOWS_CACHE:-$HOME/.cache/leadentry-windows}
prefix=$cache/prefix
src=$cache/src
jobs=${JOBS:-2}
mkdir -p "$cache" "$src"

# Each part is rebuilt when its recipe (its shell function and the toolchain file) changes.
toolchain_hash=$(sha256sum "$here/mingw-toolchain.cmake" | cut -c1-16)

sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
packages=(g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 nsis wine wine64 dpkg-dev cmake ninja-build
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n tcl icoutils librsvg2-bin
    xvfb xdotool imagemagick protobuf-compiler)
missing=()
for p in "${packages[@]}"; do
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)" = installed ] || missing+=("$p")
done
# Source packages come from the same archive as the binaries: a deb-src entry beside it.
if ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
        | $sudo tee /etc/apt/sources.list.d/leadentry-deb-src.sources >/dev/null
    $sudo apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "build-deps: installing ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# part NAME: runs build_NAME once per recipe, timed; a failure leaves its log and stops.
part() {
    local name=$1
    local recipe
    recipe=$( (declare -f "build_$name"; echo "$toolchain_hash") | sha256sum | cut -c1-16)
    if [ "$(cat "$cache/done-$name" 2>/dev/null)" = "$recipe" ]; then
        echo "build-deps: $name: cached"
        return
    fi
    local start=$SECONDS
    echo "build-deps: $name: building (log: $cache/$name.log)"
    # In a background job, so that `set -e` stops the recipe at its first failing command (it is
    # off inside a function whose status is tested).
    "build_$name" >"$cache/$name.log" 2>&1 &
    if ! wait $!; then
        echo "build-deps: $name: FAILED after $((SECONDS - start)) s; the end of its log:"
        tail -25 "$cache/$name.log"
        exit 1
    fi
    echo "$recipe" >"$cache/done-$name"
    echo "build-deps: $name: done in $(((SECONDS - start) / 60)) min $(((SECONDS - start) % 60)) s"
}

# A CMake project cross-built into the prefix.
cmake_part() {
    local source=$1 build=$2
    shift 2
    cmake -S "$source" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DCMAKE_TOOLCHAIN_FILE="$here/mingw-toolchain.cmake" -DLEADENTRY_WINDOWS_PREFIX="$prefix" \
        -DBUILD_SHARED_LIBS=OFF -DCMAKE_POSITION_INDEPENDENT_CODE=ON "$@"
    nice cmake --build "$build" --parallel "$jobs"
    cmake --install "$build"
}

# The unpacked source of a Debian source package, fetched once.
source_dir() {
    local package=$1
    local dir
    dir=$(find "$src" -maxdepth 1 -type d -name "${package}-[0-9]*" | head -1)
    if [ -z "$dir" ]; then
        (cd "$src" && apt-get source -qq "$package" >/dev/null 2>&1)
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
        -DCMAKE_TOOLCHAIN_FILE="$here/mingw-toolchain.cmake")
    nice cmake --build "$build" --parallel "$jobs"
    cmake --install "$build"
}

# libcsv: one C file.
build_libcsv() {
    local csv
    csv=$(source_dir libcsv)
    mkdir -p "$prefix/include" "$prefix/lib"
    x86_64-w64-mingw32-gcc-posix -O2 -c "$csv/libcsv.c" -I"$csv" -o "$cache/libcsv.o"
    x86_64-w64-mingw32-gcc-ar-posix rcs "$prefix/lib/libcsv.a" "$cache/libcsv.o"
    cp "$csv/csv.h" "$prefix/include/"
}

build_abseil() {
    cmake_part "$(source_dir abseil)" "$cache/build-abseil" -DABSL_PROPAGATE_CXX_STD=ON -DCMAKE_CXX_STANDARD=17 \
        -DBUILD_TESTING=OFF
}

# protobuf: the libraries only (lite is what libphonenumber needs); Debian's host protoc
# (the same 3.21.12) generates the code.
build_protobuf() {
    cmake_part "$(source_dir protobuf)" "$cache/build-protobuf" -Dprotobuf_BUILD_TESTS=OFF \
        -Dprotobuf_BUILD_PROTOC_BINARIES=OFF -Dprotobuf_BUILD_LIBPROTOC=OFF -Dprotobuf_WITH_ZLIB=OFF \
        -Dprotobuf_BUILD_SHARED_LIBS=OFF
}

# ICU's C++ libraries (Windows' own icu.dll has only the C API). Cross-building ICU takes a
# native build of the same source first, for its tools and data.
build_icu() {
    local icu host cross
    icu=$(source_dir icu)
    host=$cache/build-icu-host
    cross=$cache/build-icu
    mkdir -p "$host" "$cross"
    (cd "$host" && "$icu/source/configure" --disable-tests --disable-samples && nice make -j"$jobs")
    (cd "$cross" && "$icu/source/configure" --host=x86_64-w64-mingw32 --with-cross-build="$host" \
        --prefix="$prefix" --enable-static --disable-shared --disable-tests --disable-samples --disable-tools --disable-extras \
        --with-data-packaging=static CC=x86_64-w64-mingw32-gcc-posix CXX=x86_64-w64-mingw32-g++-posix \
        && nice make -j"$jobs" && make install)
}

# libphonenumber's own CMake builds its tests with everything else and wants gtest's headers even
# when they are not built: it gets Debian's googletest headers, and only the library is built.
build_libphonenumber() {
    local phonenumber gtest build
    phonenumber=$(source_dir libphonenumber)
    gtest=$(source_dir googletest)
    build=$cache/build-libphonenumber
    cmake -S "$phonenumber/cpp" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DCMAKE_TOOLCHAIN_FILE="$here/mingw-toolchain.cmake" -DLEADENTRY_WINDOWS_PREFIX="$prefix" \
        -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_STANDARD=17 -DBUILD_SHARED_LIBS=OFF \
        -DUSE_BOOST=OFF -DUSE_STDMUTEX=ON -DUSE_ICU_REGEXP=ON -DUSE_RE2=OFF -DBUILD_GEOCODER=OFF \
        -DREGENERATE_METADATA=OFF -DUSE_PROTOBUF_LITE=ON -DBUILD_STATIC_LIB=ON -DBUILD_SHARED_LIB=OFF \
        -DGTEST_INCLUDE_DIR="$gtest/googletest/include" -DGTEST_LIB=gtest-not-built \
        -DPROTOBUF_INCLUDE_DIR="$prefix/include" -DPROTOBUF_LIB="$prefix/lib/libprotobuf-lite.a" \
        -DPROTOC_BIN=/usr/bin/protoc \
        -DICU_UC_INCLUDE_DIR="$prefix/include" -DICU_UC_LIB="$prefix/lib/libsicuuc.a" \
        -DICU_I18N_INCLUDE_DIR="$prefix/include" -DICU_I18N_LIB="$prefix/lib/libsicuin.a"
    nice cmake --build "$build" --parallel "$jobs" --target phonenumber
    cmake --install "$build"
}

part qtbase
part libcsv
part abseil
part protobuf
part icu
part libphonenumber
echo "build-deps: the cache at $cache holds $(du -sh "$prefix" 2>/dev/null | cut -f1) in $prefix"
