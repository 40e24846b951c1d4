#!/bin/sh
# watchdog.sh: scripts/kiosk/watchdog takes a fresh status file for healthy
# (exit 0), an old or missing one for hung (exit 1), and with --kill sends
# SIGKILL to the pid the stale file names (a sleeping stand-in here).
# usage: watchdog.sh WATCHDOG TMPDIR
set -eu
wd="$1"; tmp="$2"
rm -rf "$tmp"
mkdir -p "$tmp"
sleep 60 &
pid=$!
printf '{"state":"attract","pid":%d}\n' "$pid" > "$tmp/status.json"
"$wd" --status "$tmp/status.json" --max-age 30 || { echo "watchdog: a fresh file was taken for stale"; exit 1; }
if "$wd" --status "$tmp/missing.json" 2>/dev/null; then echo "watchdog: a missing file passed"; exit 1; fi
touch -d '-2 minutes' "$tmp/status.json"
if "$wd" --status "$tmp/status.json" --max-age 30 --kill; then echo "watchdog: a stale file passed"; exit 1; fi
sleep 0.2
if kill -0 "$pid" 2>/dev/null; then echo "watchdog: --kill left pid $pid running"; kill "$pid"; exit 1; fi
echo "watchdog: fresh ok, missing and stale caught, the stale pid killed"
