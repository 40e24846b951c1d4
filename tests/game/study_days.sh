#!/bin/sh
# study_days.sh: a student studies on three days through the real scenes (the
# same replay each day, the clock set with --now). Every answer reaches the
# review log, mastery rises from day to day, and day two brings cards back.
set -u
game="$1"; replay="$2"; data="$3"
rm -rf "$data"
fail=0
for day in 05 06 09; do
    out=$("$game" --headless --data-dir "$data" --seed 5 --lang ru --now "2026-01-${day}T10:00:00Z" \
          --replay "$replay" --frames 2600 2>&1) || { echo "FAIL: day $day exited non-zero: $out"; fail=1; }
    case "$out" in *"scene=results rounds=1"*) ;; *) echo "FAIL: day $day did not finish: $out"; fail=1;; esac
done
python3 - "$data/letopis.db" <<'PY' || fail=1
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT COUNT(*), COUNT(DISTINCT date(time_ms/1000, 'unixepoch')) FROM review_log").fetchone()
print(f"study_days: {rows[0]} answers on {rows[1]} days")
assert rows == (60, 3), rows
again = db.execute("SELECT COUNT(*) FROM review_log WHERE state_before >= 1 AND date(time_ms/1000,'unixepoch') > '2026-01-05'").fetchone()[0]
print(f"study_days: {again} answers on later days were reviews of cards seen before")
assert again > 0
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
PY
[ $fail -eq 0 ] && echo "study_days: ok"
exit $fail
