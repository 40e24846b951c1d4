#!/usr/bin/env bash
# smoke_kiosk.sh: the real letopis --kiosk on its own Xvfb shaped like a
# portrait touch screen (1080x1920) without a window manager, as a bare kiosk
# session has it: the window must cover the whole screen (not SDL's windowed
# size), the picture must be drawn in the middle band, Esc, Alt+F4, Ctrl+Q
# and F11 must leave it running and full screen, and SIGTERM must end it
# cleanly (exit 0, the status file written). Exit 77 = no Xvfb.
# usage: smoke_kiosk.sh LETOPIS [folder for screenshots]
set -euo pipefail

GAME="${1:?usage: smoke_kiosk.sh path/to/letopis [folder for screenshots]}"
OUT="${2:-}"
command -v Xvfb >/dev/null 2>&1 || { echo "smoke_kiosk: SKIP: no Xvfb"; exit 77; }
for tool in xdotool xwininfo import convert xdpyinfo; do
    command -v "$tool" >/dev/null 2>&1 || { echo "smoke_kiosk: FAIL: $tool is missing" >&2; exit 1; }
done

TMP="$(mktemp -d)"
XVFB_PID=""
GAME_PID=""
cleanup() {
    if [ -n "$GAME_PID" ] && kill -0 "$GAME_PID" 2>/dev/null; then kill -KILL "$GAME_PID" 2>/dev/null || true; fi
    if [ -n "$XVFB_PID" ] && kill -0 "$XVFB_PID" 2>/dev/null; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT
fail() {
    echo "smoke_kiosk: FAIL: $*" >&2
    tail -n 40 "$TMP/game.log" >&2 2>/dev/null || true
    exit 1
}

W=1080 H=1920
for n in 90 91 92 93 94 95 96 97 98 99; do
    if [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; then
        continue
    fi
    Xvfb ":$n" -nolisten tcp -screen 0 "${W}x${H}x24" -nocursor >"$TMP/xvfb.log" 2>&1 &
    XVFB_PID=$!
    export DISPLAY=":$n"
    for _ in $(seq 1 100); do
        kill -0 "$XVFB_PID" 2>/dev/null || break
        xdpyinfo >/dev/null 2>&1 && break
        sleep 0.1
    done
    if kill -0 "$XVFB_PID" 2>/dev/null && xdpyinfo >/dev/null 2>&1; then
        break
    fi
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=""
done
[ -n "$XVFB_PID" ] || fail "could not start Xvfb on any of :90..:99"

export XDG_DATA_HOME="$TMP/xdg-data" HOME="$TMP/home"
mkdir -p "$XDG_DATA_HOME" "$HOME" "$TMP/data"
unset SDL_VIDEODRIVER SDL_RENDER_DRIVER
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"

"$GAME" --kiosk --data-dir "$TMP/data" >"$TMP/game.log" 2>&1 </dev/null &
GAME_PID=$!
win=""
for _ in $(seq 1 200); do
    kill -0 "$GAME_PID" 2>/dev/null || fail "letopis exited before showing a window"
    win="$(xdotool search --onlyvisible --pid "$GAME_PID" 2>/dev/null | tail -n 1 || true)"
    [ -n "$win" ] && break
    sleep 0.1
done
[ -n "$win" ] || fail "no visible window after 20 s"
sleep 3

geometry() { xwininfo -id "$1" | awk '/Absolute upper-left X/ {x=$NF} /Absolute upper-left Y/ {y=$NF} /Width:/ {w=$NF} /Height:/ {h=$NF} END {print w "x" h "+" x "+" y}'; }
g="$(geometry "$win")"
echo "smoke_kiosk: window $g on a ${W}x${H} screen"
[ "$g" = "${W}x${H}+0+0" ] || fail "the kiosk window is $g, not the whole ${W}x${H} screen"

# The landscape canvas letterboxes into the middle band: its centre is drawn.
import -window root "$TMP/attract.png" || fail "import could not capture the screen"
[ -z "$OUT" ] || { mkdir -p "$OUT" && cp "$TMP/attract.png" "$OUT/kiosk-portrait.png"; }
band="$(convert "$TMP/attract.png" -crop "${W}x400+0+$((H / 2 - 200))" -colorspace Gray -format '%[fx:mean] %[fx:standard_deviation]' info:)"
echo "smoke_kiosk: middle band mean and deviation: $band"
awk -v m="${band% *}" -v s="${band#* }" 'BEGIN { exit !(m > 0.02 && s > 0.01) }' || fail "the middle of the screen is not drawn"

# No way out from the keyboard.
xdotool mousemove --sync $((W / 2)) $((H / 2)) >/dev/null 2>&1 || true
for key in Escape alt+F4 ctrl+q F11 ctrl+w; do
    xdotool key "$key" || fail "xdotool could not send $key"
    sleep 0.4
done
sleep 1
kill -0 "$GAME_PID" 2>/dev/null || fail "the kiosk ended after Esc / Alt+F4 / Ctrl+Q / F11"
g="$(geometry "$win")"
[ "$g" = "${W}x${H}+0+0" ] || fail "after F11 the window is $g"
echo "smoke_kiosk: still running and full screen after Esc, Alt+F4, Ctrl+Q, F11, Ctrl+W"

# SIGTERM (systemctl stop) ends it cleanly.
kill -TERM "$GAME_PID"
rc=0
for _ in $(seq 1 100); do kill -0 "$GAME_PID" 2>/dev/null || break; sleep 0.1; done
kill -0 "$GAME_PID" 2>/dev/null && fail "still running 10 s after SIGTERM"
wait "$GAME_PID" || rc=$?
GAME_PID=""
[ "$rc" -eq 0 ] || fail "exit status $rc after SIGTERM"
grep -q '"pid"' "$TMP/data/kiosk-status.json" || fail "no status file"
grep -q 'kiosk: stopped' "$TMP/game.log" || fail "the kiosk did not stop cleanly"
echo "smoke_kiosk: SIGTERM ended it cleanly (exit 0)"
