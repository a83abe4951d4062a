#!/usr/bin/env bash
# Regenerates the README's screenshots: the real app under Xvfb, driven with xdotool, against
# leadentry-sandbox, with a history that holds every state. Needs xvfb, xdotool and imagemagick
# (apt-get install xvfb xdotool imagemagick) and a built tree (make build).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../../build/dev/bin}
for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "take.sh: $tool is missing" >&2; exit 1; }
done
if [ -z "${TAKE_INSIDE_XVFB:-}" ]; then
    TAKE_INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 1200x760x24" "$0" "$bin"
fi

work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

sandbox() { # name, options…: starts one and sets ${name}_url
    local name=$1; shift
    "$bin/leadentry-sandbox" --port 0 --key demo "$@" >"$work/$name.log" &
    pids+=($!)
    for _ in $(seq 100); do grep -q listening "$work/$name.log" && break; sleep 0.05; done
    printf -v "${name}_url" 'http://127.0.0.1:%s' "$(grep -o '127.0.0.1:[0-9]*' "$work/$name.log" | cut -d: -f2)"
}
sandbox ok
sandbox refusing --fail-every 1 --fail-status 400
sandbox garbled --fail-every 1 --fail-status 200 --html-errors
sandbox slow --latency-ms 600000
export ALTERESTATE_API_KEY=demo
cli() { local url=$1; shift; ALTERESTATE_API_URL=$url "$bin/leadentry-cli" submit "$@" >/dev/null 2>&1 || true; }

# A history with every state.
cli "$ok_url" --full-name "Carmen Rodríguez" --phone "809 555 0142" --email carmen@example.com --utm-source Feria
cli "$ok_url" --full-name "Luis Peña" --phone "829 555 0178" --email luis.pena@example.com
cli "$ok_url" --full-name "Carmen R." --phone "809 555 0142" --email carmen.r@example.com
cli "$refusing_url" --full-name "Pedro Santos" --phone "849 555 0111" --email pedro@example.com
cli "$garbled_url" --full-name "Rosa Díaz" --phone "809 555 0190" --email rosa@example.com
cli "http://127.0.0.1:9" --full-name "Juan Reyes" --phone "829 555 0133" --email juan@example.com
ALTERESTATE_API_URL=$slow_url "$bin/leadentry-cli" submit --full-name "Ana Gómez" --phone "849 555 0155" \
    --email ana.gomez@example.com >/dev/null 2>&1 &
pids+=($!)
sleep 1

start_app() { # base URL, language
    "$bin/leadentry-cli" config set language "$2"
    ALTERESTATE_API_URL=$1 "$bin/leadentry" &
    app=$!
    sleep 2.5
    xdotool mousemove 300 150 click 1 # give the window the keyboard (there is no window manager)
}
stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; }
shot() { import -window root "$here/$1"; }
name_field() { xdotool mousemove 250 67 click 1; }

# English: the history with every state (nothing listens at the app's address, so Juan stays queued),
# and a lead typed and submitted.
start_app "http://127.0.0.1:9" en
name_field
xdotool type --delay 10 "María Núñez"; xdotool key Tab
xdotool type --delay 10 "8095550123"; xdotool key Tab
xdotool type --delay 10 "maria@example"; xdotool key Tab
sleep 0.5
shot main-window-en.png
xdotool key ctrl+comma
sleep 1.5
shot settings-en.png
xdotool key Escape
stop_app

# Spanish: a lead with mistakes, against a server that answers.
start_app "$ok_url" es
name_field
xdotool type --delay 10 "Pedro Gómez"; xdotool key Tab
xdotool type --delay 10 "809 1234"; xdotool key Tab
xdotool type --delay 10 "pedro@correo"; xdotool key ctrl+Return
sleep 1
shot main-window-es.png
stop_app
echo "take.sh: screenshots written to $here"
