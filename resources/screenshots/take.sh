#!/usr/bin/env bash
# Regenerates the README's screenshots: the real app under Xvfb, driven with xdotool, against
# leadentry-sandbox, with a history that holds every state. Needs xvfb, xdotool, imagemagick,
# dbus and gnome-keyring (a private keyring), and trayer, a notification area for the tray's picture
# (apt-get install xvfb xdotool imagemagick dbus gnome-keyring trayer), and a built tree (make build).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../../build/dev/bin}
for tool in xvfb-run dbus-run-session gnome-keyring-daemon xdotool import convert trayer; do
    command -v "$tool" >/dev/null || { echo "take.sh: $tool is missing" >&2; exit 1; }
done
if [ -z "${TAKE_INSIDE_XVFB:-}" ]; then
    # A private D-Bus session with an unlocked, throw-away keyring: the kiosk PIN is kept there, and
    # no "choose a password for the new keyring" prompt covers the screen.
    keyring_home=$(mktemp -d)
    trap 'rm -rf "$keyring_home"' EXIT
    HOME=$keyring_home TAKE_INSIDE_XVFB=1 xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- sh -c '
        printf take | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        exec "$@"' sh "$0" "$bin"
    exit
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
sandbox busy --latency-ms 400 --allow-duplicates
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

start_app() { # base URL, language, more arguments
    "$bin/leadentry-cli" config set language "$2"
    local url=$1; shift 2
    ALTERESTATE_API_URL=$url "$bin/leadentry" "$@" &
    app=$!
    sleep 2.5
    xdotool mousemove 300 150 click 1 # give the window the keyboard (there is no window manager)
}
stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; }
shot() { import -window root "$here/$1"; }
name_field() { xdotool mousemove 250 115 click 1; }
# The kiosk's first start asks for a staff PIN, twice (where no keychain keeps it, every start does).
pin_if_asked() {
    if xdotool search --onlyvisible --name "Kiosk PIN|PIN del quiosco" >/dev/null 2>&1; then
        xdotool type "4821"; xdotool key Return; sleep 0.7
        xdotool type "4821"; xdotool key Return
    fi
}

"$bin/leadentry-cli" event set "Expo Vivienda 2026" utm_source=Expo utm_medium=Feria utm_campaign=Vivienda2026 \
    form_name="Stand 4" platform=Presencial listing_type=buy >/dev/null
"$bin/leadentry-cli" config set active_event "Expo Vivienda 2026"
# The sandbox company's catalog, fetched once; the expo's kiosk asks about three of its listings,
# and one lead went out with a listing and an agent picked by name.
ALTERESTATE_API_URL=$ok_url ALTERESTATE_PUBLIC_TOKEN=demo "$bin/leadentry-cli" catalog refresh >/dev/null 2>&1
"$bin/leadentry-cli" event set "Expo Vivienda 2026" --kiosk-listing "Torre Naco 5" \
    --kiosk-listing "Torre Piantini 2" --kiosk-listing "Villa Cap Cana 1" >/dev/null
cli "$ok_url" --full-name "Sofía Marte" --phone "809 555 0164" --email sofia.marte@example.com \
    --property "Torre Piantini 2" --agent "José Rodríguez"
# The event's logo, for the kiosk (a picture made here: nothing to download).
convert -size 640x160 xc:'#0b3d91' -fill white -font DejaVu-Sans-Bold -pointsize 60 -gravity center \
    -annotate 0 'EXPO VIVIENDA' "$work/expo-logo.png"
"$bin/leadentry-cli" config set kiosk_logo "$work/expo-logo.png"
{
    printf '\xEF\xBB\xBFNombre;Tel\xC3\xA9fono;Correo;Notas\r\n'
    for i in $(seq 10 129); do printf 'Visitante %s;809 555 %04d;visitante%s@example.com;\r\n' "$i" "$((1000 + i))" "$i"; done
    printf 'Sin correo;809 555 0999;;\r\n'
} >"$work/feria.csv"

# English: the history with every state (nothing listens at the app's address, so Juan stays queued),
# and a lead typed and submitted.
start_app "http://127.0.0.1:9" en
name_field
xdotool type --delay 10 "María Núñez"; xdotool key Tab
xdotool type --delay 10 "8095550123"; xdotool key Tab
xdotool type --delay 10 "maria@example"; xdotool key Tab
xdotool mousemove 62 215 click 1 # "More fields": the event profile's values, marked
sleep 0.5
shot main-window-en.png
xdotool key ctrl+comma
sleep 1.5
shot settings-en.png
xdotool key Escape
sleep 0.5
xdotool mousemove 679 33 click 1 # the toolbar's "Event profiles…"
sleep 1.5
shot event-profiles-en.png
xdotool key Escape
stop_app

# The import dialog half-way, against a server that takes its time.
start_app "$busy_url" en --import "$work/feria.csv"
sleep 1
xdotool key alt+i
sleep 2.5
shot import-en.png
xdotool key alt+c
sleep 0.5
xdotool key Escape
stop_app

# The kiosk, in English and in Spanish (the first start asks for the staff PIN).
for lang in en es; do
    start_app "$ok_url" "$lang"
    xdotool key ctrl+k
    sleep 1
    pin_if_asked
    sleep 1.5
    xdotool type --delay 10 "Laura"
    sleep 0.5
    shot "kiosk-$lang.png"
    # Return with the phone and email still empty: each says what it needs, under it.
    xdotool key Tab; xdotool type --delay 10 "809 555"; xdotool key Return
    sleep 0.7
    shot "kiosk-errors-$lang.png"
    stop_app
done

# Spanish: a lead with mistakes, against a server that answers.
start_app "$ok_url" es
name_field
xdotool type --delay 10 "Pedro Gómez"; xdotool key Tab
xdotool type --delay 10 "809 1234"; xdotool key Tab
xdotool type --delay 10 "pedro@correo"; xdotool key ctrl+Return
sleep 1
shot main-window-es.png
stop_app

# Pick, don't type: the property picked from the catalog as it is typed, its agent offered (from
# the listing's detail), and the lead in the history with both names; at both small sizes.
ini=$XDG_CONFIG_HOME/LeadEntry/leadentry.ini # "More fields" shown, whatever earlier scenes left
if grep -q '^moreFields=' "$ini"; then
    sed -i 's/^moreFields=.*/moreFields=true/' "$ini"
elif grep -q '^\[ui\]' "$ini"; then
    sed -i '/^\[ui\]/a moreFields=true' "$ini"
else
    printf '\n[ui]\nmoreFields=true\n' >>"$ini"
fi
for spec in 1366x768:en 1024x768:es; do
    size=${spec%:*} lang=${spec#*:}
    ALTERESTATE_PUBLIC_TOKEN=demo start_app "$ok_url" "$lang"
    id=$(xdotool search --onlyvisible --name LeadEntry | head -1)
    xdotool windowmove "$id" 0 0 windowsize "$id" "${size%x*}" "${size#*x}"
    xdotool windowfocus --sync "$id"
    sleep 1
    name_field
    if [ "$lang" = en ]; then person=("Marta Peralta" 8095550166 marta.peralta@example.com)
    else person=("Ramón Castillo" 8295550167 ramon.castillo@example.com); fi
    xdotool type --delay 10 "${person[0]}"; xdotool key Tab
    xdotool type --delay 10 "${person[1]}"; xdotool key Tab
    xdotool type --delay 10 "${person[2]}"; xdotool key Tab Tab # "More fields" (open), Property
    xdotool type --delay 20 "torre naco"
    sleep 1
    import -window root -crop "$size+0+0" +repage "$here/catalog-pick-$size-$lang.png"
    xdotool key Down Down Down Down Return
    sleep 1.5
    xdotool key Tab Tab Tab # the listing type, the agent, the offer of the listing's agent
    sleep 0.5
    import -window root -crop "$size+0+0" +repage "$here/catalog-picked-$size-$lang.png"
    xdotool key space ctrl+Return
    sleep 1.5
    xdotool mousemove 700 162 click 1 # the lead just sent, on top of the history
    sleep 1
    import -window root -crop "$size+0+0" +repage "$here/catalog-history-$size-$lang.png"
    stop_app
done

# The main window on the two commonest small screens, filling them as it does there (it starts
# maximized; without a window manager, xdotool sizes it), with the history above.
for size in 1366x768 1024x768; do
    for lang in en es; do
        start_app "http://127.0.0.1:9" "$lang"
        id=$(xdotool search --onlyvisible --name LeadEntry | head -1)
        xdotool windowmove "$id" 0 0 windowsize "$id" "${size%x*}" "${size#*x}"
        sleep 1
        import -window root -crop "$size+0+0" +repage "$here/main-window-$size-$lang.png"
        stop_app
    done
done
# Practice mode: the simulated AlterEstate, a lead typed and created, at both small sizes; then a
# practice kiosk (its PIN, asked first, lives only as long as practice).
for spec in 1366x768:en 1024x768:es; do
    size=${spec%:*} lang=${spec#*:}
    start_app "http://127.0.0.1:9" "$lang" --practice
    id=$(xdotool search --onlyvisible --name LeadEntry | head -1)
    xdotool windowmove "$id" 0 0 windowsize "$id" "${size%x*}" "${size#*x}"
    xdotool windowfocus --sync "$id"
    sleep 1
    xdotool type --delay 10 "Lucía Practica"; xdotool key Tab
    xdotool type --delay 10 "8295550188"; xdotool key Tab
    xdotool type --delay 10 "lucia.practica@example.com"; xdotool key ctrl+Return
    sleep 1.5
    import -window root -crop "$size+0+0" +repage "$here/practice-$size-$lang.png"
    if [ "$lang" = en ]; then
        xdotool key ctrl+k
        sleep 1
        pin_if_asked
        sleep 1.5
        shot kiosk-practice-en.png
    fi
    stop_app
done

# The tray: a notification area at the bottom right, a lead waiting, the icon's tooltip, then its
# menu.
trayer --edge bottom --align right --widthtype request --height 32 --transparent false --tint 0xdddddd &
pids+=($!)
sleep 1
start_app "http://127.0.0.1:9" en
ALTERESTATE_API_URL=http://127.0.0.1:9 "$bin/leadentry-cli" submit --full-name "Pedro Tray" --phone "809 555 0177" \
    --email pedro.tray@example.com >/dev/null 2>&1 || true
sleep 2
xdotool mousemove 1352 752
sleep 2.5
import -window root -crop 520x300+846+468 +repage "$here/tray-en.png"
xdotool click 3
sleep 1
import -window root -crop 520x300+846+468 +repage "$here/tray-menu-en.png"
xdotool key Escape
stop_app
echo "take.sh: screenshots written to $here"
