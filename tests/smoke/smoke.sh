#!/usr/bin/env bash
# smoke.sh: runs the real letopis binary in a real X window on its own Xvfb,
# screenshots the menu and checks it is drawn, pokes it with a key, quits it;
# then checks `--frames 30 --screenshot` writes a 1920x1080 PNG. Exit 77 = no Xvfb.
set -euo pipefail

GAME="${1:?usage: smoke.sh path/to/letopis [folder for screenshots]}"
OUT="${2:-}"
SKIP=77

if ! command -v Xvfb >/dev/null 2>&1; then
    echo "smoke: SKIP: Xvfb is not installed (scripts/setup installs xvfb)"
    exit "$SKIP"
fi
for tool in xdotool import convert identify compare; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "smoke: FAIL: $tool is missing (scripts/setup installs xdotool and imagemagick)" >&2
        exit 1
    fi
done
[ -x "$GAME" ] || { echo "smoke: FAIL: $GAME is not an executable" >&2; exit 1; }

TMP="$(mktemp -d)"
XVFB_PID=""
GAME_PID=""
cleanup() {
    if [ -n "$GAME_PID" ] && kill -0 "$GAME_PID" 2>/dev/null; then
        kill -KILL "$GAME_PID" 2>/dev/null || true
    fi
    if [ -n "$XVFB_PID" ] && kill -0 "$XVFB_PID" 2>/dev/null; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT
fail() {
    echo "smoke: FAIL: $*" >&2
    if [ -s "$TMP/game.log" ]; then
        echo "---- game output ----" >&2
        tail -n 60 "$TMP/game.log" >&2
    fi
    exit 1
}

# x_ready: true when the X server on $DISPLAY accepts a client
x_ready() {
    if command -v xdpyinfo >/dev/null 2>&1; then
        xdpyinfo >/dev/null 2>&1
    else
        xdotool getdisplaygeometry >/dev/null 2>&1
    fi
}

# ---- our own X server on the first free display of :90..:99 ----------------
# The screen is the game's default window size, so the root screenshot is the
# game's window and a blank window cannot hide behind a black background.
W=1280 H=720
for n in 90 91 92 93 94 95 96 97 98 99; do
    if [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; then
        continue
    fi
    Xvfb ":$n" -nolisten tcp -screen 0 "${W}x${H}x24" -nocursor >"$TMP/xvfb.log" 2>&1 &
    XVFB_PID=$!
    export DISPLAY=":$n"
    for _ in $(seq 1 100); do
        kill -0 "$XVFB_PID" 2>/dev/null || break
        if [ -S "/tmp/.X11-unix/X$n" ] && x_ready; then
            break
        fi
        sleep 0.1
    done
    if kill -0 "$XVFB_PID" 2>/dev/null && x_ready; then
        break
    fi
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=""
done
if [ -z "$XVFB_PID" ]; then
    cat "$TMP/xvfb.log" >&2 || true
    fail "could not start Xvfb on any of :90..:99"
fi
echo "smoke: Xvfb on $DISPLAY (${W}x${H})"

# A fresh player: nothing from the real home, no audio device forced (the game
# must run silently when there is none). Sanitized builds: full stacks so the
# system-library leak suppressions (tests/lsan.supp) match through X11/Mesa.
export XDG_DATA_HOME="$TMP/xdg-data" XDG_CONFIG_HOME="$TMP/xdg-config" HOME="$TMP/home"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$HOME"
unset SDL_VIDEODRIVER SDL_RENDER_DRIVER
if [ -n "${ASAN_OPTIONS:-}" ]; then
    export ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0"
else
    export ASAN_OPTIONS="fast_unwind_on_malloc=0"
fi

# colours PNG: prints "<unique colours> <standard deviation>"
colours() {
    local uniq sd
    uniq="$(identify -format '%k' "$1")"
    sd="$(convert "$1" -colorspace Gray -format '%[fx:standard_deviation]' info:)"
    echo "$uniq $sd"
}
# drawn PNG LABEL: fails unless the picture has real content (not one colour)
drawn() {
    local uniq sd
    read -r uniq sd < <(colours "$1")
    echo "smoke: $2: $uniq colours, standard deviation $sd"
    [ "$uniq" -ge 8 ] || fail "$2 has only $uniq colour(s): nothing was drawn"
    awk -v s="$sd" 'BEGIN { exit !(s > 0.01) }' || fail "$2 is nearly flat (standard deviation $sd)"
}
keep() { [ -z "$OUT" ] || { mkdir -p "$OUT" && cp "$1" "$OUT/$2"; }; }

# ---- 1. the menu in a real window -------------------------------------------
mkdir -p "$TMP/data"
"$GAME" --data-dir "$TMP/data" >"$TMP/game.log" 2>&1 </dev/null &
GAME_PID=$!
win=""
for _ in $(seq 1 200); do      # up to 20 s: sanitized builds start slowly
    kill -0 "$GAME_PID" 2>/dev/null || fail "letopis exited before showing a window"
    win="$(xdotool search --onlyvisible --pid "$GAME_PID" 2>/dev/null | head -n 1 || true)"
    [ -n "$win" ] && break
    sleep 0.1
done
[ -n "$win" ] || fail "no visible letopis window after 20 s"
sleep 3                        # let the menu draw and settle
kill -0 "$GAME_PID" 2>/dev/null || fail "letopis died after opening its window"
import -window root "$TMP/menu.png" || fail "import could not capture the screen"
keep "$TMP/menu.png" menu.png
drawn "$TMP/menu.png" "menu screenshot"

# A key reaches the game: Down moves the menu focus, so the screen changes.
# The window is looked up again (the engine may have replaced its first window
# after probing OpenGL); the key goes by XTEST to the window under the pointer.
win="$(xdotool search --onlyvisible --pid "$GAME_PID" 2>/dev/null | tail -n 1 || true)"
[ -n "$win" ] || fail "the letopis window went away"
xdotool mousemove --sync $((W / 2)) $((H - 4)) >/dev/null 2>&1 || true
xdotool key Down || fail "xdotool could not send a key"
sleep 1
kill -0 "$GAME_PID" 2>/dev/null || fail "letopis died after a key press"
import -window root "$TMP/menu-down.png" || fail "import could not capture the screen"
keep "$TMP/menu-down.png" menu-down.png
diff_px="$(compare -metric AE "$TMP/menu.png" "$TMP/menu-down.png" null: 2>&1 || true)"
echo "smoke: the Down key changed $diff_px pixels"
awk -v d="$diff_px" 'BEGIN { exit !(d + 0 > 0) }' || fail "the Down key changed nothing on screen"

# a polite quit (SIGTERM becomes SDL_QUIT) ends it with status 0
kill -TERM "$GAME_PID"
for _ in $(seq 1 150); do
    kill -0 "$GAME_PID" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$GAME_PID" 2>/dev/null; then
    fail "letopis did not quit within 15 s of SIGTERM"
fi
rc=0
wait "$GAME_PID" || rc=$?
GAME_PID=""
[ "$rc" -eq 0 ] || fail "letopis exited with status $rc on quit (a sanitizer report?)"
echo "smoke: menu window ok, quit with status 0"

# ---- 2. --frames 30 --screenshot in the window ------------------------------
rc=0
timeout 60 "$GAME" --data-dir "$TMP/data" --frames 30 --screenshot "$TMP/frames.png" \
    >"$TMP/game.log" 2>&1 </dev/null || rc=$?
[ "$rc" -eq 0 ] || fail "letopis --frames 30 --screenshot exited with status $rc"
[ -s "$TMP/frames.png" ] || fail "--screenshot wrote no PNG"
size="$(identify -format '%wx%h' "$TMP/frames.png")"
[ "$size" = "1920x1080" ] || fail "--screenshot PNG is $size, want 1920x1080"
keep "$TMP/frames.png" frames.png
drawn "$TMP/frames.png" "--screenshot PNG"
echo "smoke: PASS"
