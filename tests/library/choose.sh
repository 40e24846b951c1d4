#!/bin/sh
# choose.sh: the library opens the chosen pack (the second card in Russian
# order, "Шаблон пакета", by key 2 and Enter), goes back to the menu and
# remembers the pack: the next start opens it; --pack overrides it and is
# not remembered. Also checks that the pack was marked as last played.
set -u
game="$1"; replay="$2"; data="$3"
rm -rf "$data"
out=$("$game" --headless --data-dir "$data" --lang ru --replay "$replay" --frames 30 2>&1) || exit 1
printf '%s\n' "$out"
printf '%s' "$out" | grep -q 'scene=menu' || { echo "choose: not back on the menu"; exit 1; }
printf '%s' "$out" | grep -q 'pack=template' || { echo "choose: the template pack was not opened"; exit 1; }
out=$("$game" --headless --data-dir "$data" --lang ru --frames 5 2>&1) || exit 1
printf '%s\n' "$out"
printf '%s' "$out" | grep -q 'pack=template' || { echo "choose: the choice was not remembered"; exit 1; }
root=$(dirname "$0")
out=$("$game" --headless --data-dir "$data" --lang ru --pack "$root/packs/good" --frames 5 2>&1) || exit 1
printf '%s' "$out" | grep -q 'pack=lib-good' || { echo "choose: --pack was not opened"; exit 1; }
out=$("$game" --headless --data-dir "$data" --lang ru --frames 5 2>&1) || exit 1
printf '%s' "$out" | grep -q 'pack=template' || { echo "choose: --pack replaced the remembered choice"; exit 1; }
python3 - "$data/letopis.db" <<'PY'
import sqlite3, sys
rows = dict(sqlite3.connect(sys.argv[1]).execute(
    "SELECT key, value FROM settings WHERE key LIKE 'pack%'").fetchall())
print("choose: settings", rows)
assert rows["pack_path"].endswith("levels/template"), rows
assert int(rows["pack_last_played:template"]) > 0, rows
PY
