#!/bin/sh
# hint.sh: a right answer after the hint (the source paragraph) is graded
# Hard, and the hint shows on screen. Seed 7: question 1's right option is 3.
set -u
game="$1"; replay="$2"; data="$3"
rm -rf "$data"
"$game" --headless --data-dir "$data" --seed 7 --lang ru --now 2026-01-05T10:00:00Z --replay "$replay" \
        --frames 130 > /dev/null || exit 1
python3 - "$data/letopis.db" <<'PY'
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("SELECT rating, outcome FROM review_log").fetchall()
print("hint: review log", rows)
assert rows == [(2, 2)], rows   # Hard, right
PY
