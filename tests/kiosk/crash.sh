#!/bin/sh
# crash.sh: kill -9 in the middle of a kiosk run loses no finished session.
# A monkey plays headless and prints a line as each session ends; once five
# have ended the process is killed with SIGKILL. Every session it reported
# must be in kiosk.db, ended (not running, not "crash"); the next start must
# count the crash and close the session that was running as "crash".
# usage: crash.sh LETOPIS DATA_DIR
set -eu
game="$1"; data="$2"
rm -rf "$data"
mkdir -p "$data"
printf 'idle_warn_seconds: 10\nidle_reset_seconds: 5\n' > "$data/kiosk.yaml"
"$game" --kiosk --headless --data-dir "$data" --seed 3 --now 2026-01-05T09:00:00Z --monkey 3 --monkey-log \
        --draw-every 60 --frames 100000000 > "$data/out.txt" 2> "$data/err.txt" &
pid=$!
i=0
while [ "$(grep -c 'monkey session .* ended' "$data/out.txt" || true)" -lt 5 ]; do
    i=$((i + 1))
    if [ "$i" -gt 1200 ] || ! kill -0 "$pid" 2>/dev/null; then
        echo "crash: five sessions did not end in time"; cat "$data/err.txt"; kill -9 "$pid" 2>/dev/null || true
        exit 1
    fi
    sleep 0.05
done
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
ended="$(grep -c 'monkey session .* ended' "$data/out.txt")"
echo "crash: killed after $ended finished sessions"
python3 - "$data/kiosk.db" "$ended" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
n = int(sys.argv[2])
rows = db.execute("SELECT id, ended FROM visits ORDER BY id").fetchall()
print("crash: visits after kill -9 (id, end):", rows)
done = [r for r in rows if r[1] is not None]
assert len(done) >= n, "a finished session is missing"
assert all(r[1] in (0, 1) for r in done), "a finished session has a wrong end"
assert sum(1 for r in rows if r[1] is None) <= 1, "more than one session running"
PY
"$game" --kiosk --headless --data-dir "$data" --frames 30 > "$data/out2.txt" 2>&1
grep '^letopis: kiosk state' "$data/out2.txt"
grep -q 'crashes=1' "$data/out2.txt" || { echo "crash: the restart did not count the crash"; exit 1; }
python3 - "$data/kiosk.db" "$ended" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT COUNT(*), SUM(ended IS NULL), SUM(ended IN (0, 1)) FROM visits").fetchone()
print("crash: after the restart (all, running, completed or idle):", rows)
assert rows[1] == 0 and rows[2] >= int(sys.argv[2]), rows
PY
