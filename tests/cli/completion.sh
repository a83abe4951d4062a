#!/usr/bin/env bash
# The bash completion of leadentry-cli (installer/completion/leadentry-cli.bash), driven as bash
# drives it: COMP_WORDS in, COMPREPLY out, against the built CLI in a private LeadEntry home.
set -u
completion=$1
cli=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
export LEADENTRY_HOME=$(mktemp -d)
trap 'rm -rf "$LEADENTRY_HOME"' EXIT
source "$completion"
failures=0
# expect "WORDS..." WANTED: completing the last word offers WANTED (among others).
expect() {
    local line=$1 wanted=$2
    read -r -a COMP_WORDS <<<"$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_WORDS[0]=$cli
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _leadentry_cli
    local got
    for got in "${COMPREPLY[@]}"; do
        [ "$got" = "$wanted" ] && { echo "ok: '$line' offers $wanted"; return; }
    done
    echo "FAIL: '$line' offers (${COMPREPLY[*]}), not $wanted"
    failures=$((failures + 1))
}
"$cli" event set "Expo Vivienda" utm_source=Expo >/dev/null || { echo "FAIL: event set"; exit 1; }
cd "$LEADENTRY_HOME" && touch feria.csv notas.txt
expect "leadentry-cli sub" submit
expect "leadentry-cli " config
expect "leadentry-cli submit --full" --full-name
expect "leadentry-cli submit --accept" --accept-unverified-phone
expect "leadentry-cli sync --" --force
expect "leadentry-cli history --state rej" rejected
expect "leadentry-cli history pu" purge
expect "leadentry-cli config get lang" language
expect "leadentry-cli config set kiosk_i" kiosk_idle_seconds
expect "leadentry-cli event show Ex" 'Expo\ Vivienda'
expect "leadentry-cli submit --event Ex" 'Expo\ Vivienda'
expect "leadentry-cli key " status
expect "leadentry-cli cat" catalog
expect "leadentry-cli catalog pro" properties
expect "leadentry-cli submit --prop" --property
expect "leadentry-cli import --ag" --agent
expect "leadentry-cli import fe" feria.csv
# A text file is not offered to import.
read -r -a COMP_WORDS <<<"leadentry-cli import no"
COMP_CWORD=2
COMPREPLY=()
_leadentry_cli
[ ${#COMPREPLY[@]} -eq 0 ] || { echo "FAIL: import offers (${COMPREPLY[*]})"; failures=$((failures + 1)); }
# Every command the CLI lists is offered (and it lists some: an empty loop proves nothing).
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | grep -o '^  [a-z]*')
[ -n "$commands" ] || { echo "FAIL: no commands found in leadentry-cli --help"; exit 1; }
for command in $commands; do
    expect "leadentry-cli ${command:0:2}" "$command"
done
[ "$failures" -eq 0 ] || { echo "$failures completion(s) missing"; exit 1; }
