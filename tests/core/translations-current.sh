#!/bin/sh
# Fails when the sources hold a user-visible string that translations/leadentry_es.ts lacks or has
# unfinished: lupdate runs into a copy (the source tree is left alone) and the copy is checked.
set -eu
source_dir=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/translations/leadentry_es.ts" "$work/es.ts"
"$lupdate" -silent -no-obsolete -locations none "$source_dir/src" "$source_dir/ui" -ts "$work/es.ts" >/dev/null
open=$(grep -c 'type="unfinished"' "$work/es.ts" || true)
if [ "$open" -gt 0 ]; then
    echo "FAIL: $open strings have no Spanish yet; run 'make translations' and translate them in translations/leadentry_es.ts:"
    grep -B2 'type="unfinished"' "$work/es.ts" | grep '<source>' | head -n 20
    exit 1
fi
echo "translations/leadentry_es.ts covers every string in src/ and ui/"
