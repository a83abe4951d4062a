#!/bin/sh
# Builds the .deb with cpack, unpacks it into a temporary folder, validates its desktop entry and
# AppStream metainfo, checks the dependencies shlibdeps cannot see, and runs the packaged CLI.
# Exits 77 (skipped) where the packaging tools are missing.
set -eu
build=$1
for tool in cpack dpkg-deb desktop-file-validate appstreamcli dpkg-shlibdeps; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is not installed (installer/install-deps.sh --test)"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$build"
cpack -G DEB -B "$work/cpack" -D CPACK_OUTPUT_FILE_PREFIX="$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -x "$deb" "$work/root"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6sql6-sqlite libqt6keychain1 libphonenumber libcsv libqt6widgets6; do
    echo "$depends" | grep -q "$needed" || { echo "FAIL: Depends lacks $needed"; exit 1; }
done
for file in usr/bin/leadentry usr/bin/leadentry-cli usr/bin/leadentry-sandbox \
    usr/share/applications/com.leadentry.LeadEntry.desktop usr/share/metainfo/com.leadentry.LeadEntry.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/com.leadentry.LeadEntry.svg \
    usr/share/icons/hicolor/48x48/apps/com.leadentry.LeadEntry.png \
    usr/share/icons/hicolor/256x256/apps/com.leadentry.LeadEntry.png \
    usr/share/man/man1/leadentry.1.gz usr/share/man/man1/leadentry-cli.1.gz usr/share/man/man1/leadentry-sandbox.1.gz \
    usr/share/bash-completion/completions/leadentry-cli; do
    [ -e "$work/root/$file" ] || { echo "FAIL: $file is not in the package"; exit 1; }
done
desktop-file-validate "$work/root/usr/share/applications/com.leadentry.LeadEntry.desktop"
appstreamcli validate --no-net --explain "$work/root/usr/share/metainfo/com.leadentry.LeadEntry.metainfo.xml"
version=$("$work/root/usr/bin/leadentry-cli" --version)
echo "$version"
case "$version" in
    "leadentry-cli "*) ;;
    *) echo "FAIL: the packaged leadentry-cli printed '$version'"; exit 1 ;;
esac
# The phone-number module is found where the package puts it, from the packaged programs' folder.
module=$(find "$work/root/usr/lib" -name leadentry-phone.so)
[ -n "$module" ] || { echo "FAIL: the phone-number module is not in the package"; exit 1; }
echo "module: ${module#"$work/root"}"
printf 'full_name,phone,email\nAna Pérez,809 555 0123,ana@example.com\n' >"$work/one.csv"
checked=$(LEADENTRY_HOME="$work/home" "$work/root/usr/bin/leadentry-cli" import --dry-run "$work/one.csv" 2>&1) \
    || { echo "FAIL: the packaged leadentry-cli could not check a phone: $checked"; exit 1; }
echo "$checked"
# The man pages say what the programs say they do.
zcat "$work/root/usr/share/man/man1/leadentry-cli.1.gz" | grep -q "ALTERESTATE_API_KEY" \
    || { echo "FAIL: the man page of leadentry-cli lacks its environment"; exit 1; }
zcat "$work/root/usr/share/man/man1/leadentry-sandbox.1.gz" | grep -q "latency" \
    || { echo "FAIL: the man page of leadentry-sandbox lacks its options"; exit 1; }
echo "package OK"
