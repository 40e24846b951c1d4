#!/bin/sh
# game_picture.sh: the real game, headless, on a pack whose facts have a
# picture; checks where the picture's parchment colour landed in the
# screenshot (in the picture column, not over the prompt, answers or
# feedback), and that a picture that cannot be decoded gives one log line and
# the framed alt text instead.
# Usage: game_picture.sh question|feedback|fallback GAME SHOT_PIXELS WORKDIR ROOT
set -u
what=$1 game=$2 pixels=$3 work=$4 root=$5
data=$work/data-$what shot=$work/picture-$what.png log=$work/picture-$what.log
rm -rf "$data" "$shot"
mkdir -p "$work"
# parchment of tests/images/game/seal.png, and the answers' text colour
parch="239 227 198 3"
text="244 239 228 6"

run() { # pack lang replay frames
    "$game" --headless --data-dir "$data" --pack "$1" --seed 1956 --lang "$2" \
        --replay "$root/tests/replays/$3" --frames "$4" --screenshot "$shot" >"$log" 2>&1
    rc=$?
    cat "$log"
    [ $rc -eq 0 ] || { echo "letopis exited with $rc"; exit 1; }
    grep -q "scene=play" "$log" || { echo "not in the play scene"; exit 1; }
}
px() { "$pixels" "$shot" "$@" || exit 1; }

case $what in
question)
    run "$root/tests/images/game" ru to-question.txt 120
    px 1280 150 560 700 $parch 30000            # the picture, in its column
    px 0 0 1270 1080 $parch 0 0                 # nothing of it over the prompt or answers
    px 1280 860 640 220 $parch 0 0              # nor below the column
    px 80 440 1160 410 $text 500                # the answers are drawn
    ;;
feedback)
    run "$root/tests/images/game" en to-feedback.txt 200
    px 1280 150 560 700 $parch 30000
    px 0 0 1270 1080 $parch 0 0
    px 0 855 1920 225 $parch 0 0                # the feedback panel and buttons stay clear
    ;;
fallback)
    run "$root/tests/images/game-broken" ru to-question.txt 120
    n=$(grep -c "image: cannot load .*broken.png" "$log")
    [ "$n" -eq 1 ] || { echo "want one 'cannot load' line (the failure remembered), got $n"; exit 1; }
    px 0 0 1920 1080 $parch 0 0                 # no picture
    px 1280 150 560 700 56 76 112 4 800         # the frame's border (SCN_PANEL_HI)
    px 1280 150 560 700 $text 300               # the alt text inside it
    ;;
*)
    echo "usage: game_picture.sh question|feedback|fallback GAME SHOT_PIXELS WORKDIR ROOT"
    exit 2
    ;;
esac
echo "ok: $what"
