#!/bin/sh
# soak.sh: a bounded soak of the kiosk: a monkey visitor plays 200 sessions
# headless (random taps biased to the touch targets, drags, corner presses
# and holds onto a PIN pad it cannot open, walk-aways that trigger the idle
# reset), about four hours of kiosk time. Fails on a crash or sanitizer report
# (exit code), on a session count that does not add up in kiosk.db, or when
# the heap held outside the bounded caches (text labels, SQLite's page cache)
# grew by 2 MB or more between the window of sessions after warm-up and the
# last window. RSS is printed, not judged: under AddressSanitizer it grows
# with the sanitizer's own quarantine and caches; scripts/soak judges RSS on
# a release build.
# usage: soak.sh LETOPIS LETOPIS_PACK DATA_DIR
set -eu
game="$1"; tool="$2"; data="$3"
sessions=200
rm -rf "$data"
mkdir -p "$data"
printf 'idle_warn_seconds: 10\nidle_reset_seconds: 5\n' > "$data/kiosk.yaml"
# A 12-digit PIN: the monkey's corner holds open the pad, its taps never get in.
echo 480917253160 | "$tool" kiosk hash-pin >> "$data/kiosk.yaml"
"$game" --kiosk --headless --data-dir "$data" --seed 5 --now 2026-01-05T09:00:00Z \
        --monkey 7 --monkey-sessions "$sessions" --draw-every 240 --frames 4000000 > "$data/out.txt"
grep '^letopis: \(kiosk state\|monkey seed\)' "$data/out.txt"
line="$(grep '^letopis: monkey seed' "$data/out.txt")"
field() { printf '%s\n' "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
[ "$(field finished)" = "$sessions" ] || { echo "soak: $(field finished) sessions finished, not $sessions"; exit 1; }
[ "$(field corner_holds)" -gt 0 ] || { echo "soak: no corner hold happened"; exit 1; }
[ "$(field idle_resets)" -gt 0 ] || { echo "soak: no idle reset happened"; exit 1; }
growth="$(field heap_growth_kb)"
echo "soak: heap outside the bounded caches grew by $growth KiB; RSS $(field rss_start_kb) -> $(field rss_end_kb) KiB"
[ "$growth" -lt 2048 ] || { echo "soak: the heap grew by $growth KiB (limit 2048)"; exit 1; }
python3 - "$data/kiosk.db" "$sessions" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT COUNT(*), SUM(ended IS NULL), SUM(ended = 3) FROM visits").fetchone()
print("soak: visits in kiosk.db (all, running, crash):", rows)
assert rows[0] == int(sys.argv[2]) and rows[2] == 0, rows
PY
