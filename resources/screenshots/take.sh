#!/usr/bin/env bash
# Regenerates the README's screenshots: the real app under Xvfb, driven with xdotool, against the sandbox.
# Needs xvfb, xdotool and imagemagick (apt-get install xvfb xdotool imagemagick) and a built tree.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../../build/dev/bin}
for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "take.sh: $tool is missing" >&2; exit 1; }
done
if [ -z "${TAKE_INSIDE_XVFB:-}" ]; then
    TAKE_INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 760x660x24" "$0" "$bin"
fi

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$bin/leadentry-sandbox" --port 0 --key demo >"$work/sandbox.log" &
for _ in $(seq 50); do grep -q listening "$work/sandbox.log" && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$work/sandbox.log" | cut -d: -f2)
export ALTERESTATE_API_URL=http://127.0.0.1:$port ALTERESTATE_API_KEY=demo

shoot() { # language, output, then the typing as a function name
    "$bin/leadentry-cli" config set language "$1"
    "$bin/leadentry" & local app=$!
    sleep 2
    xdotool mousemove 400 47 click 1 # give the window the keyboard (there is no window manager)
    "$3"
    sleep 1.5
    import -window root -crop 720x640+0+0 "$here/$2"
    kill "$app"; wait "$app" 2>/dev/null || true
}
created() {
    xdotool type --delay 15 "María Núñez"; xdotool key Tab
    xdotool type --delay 15 "809 555 0123"; xdotool key Tab
    xdotool type --delay 15 "maria@example.com"; xdotool key ctrl+Return
}
invalid() {
    xdotool type --delay 15 "Pedro Gómez"; xdotool key Tab
    xdotool type --delay 15 "809 1234"; xdotool key Tab
    xdotool type --delay 15 "pedro@correo"; xdotool key ctrl+Return
}
shoot en main-window-en.png created
shoot es main-window-es.png invalid
echo "take.sh: screenshots written to $here"
