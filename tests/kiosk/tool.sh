#!/bin/sh
# tool.sh: `letopis-pack kiosk`: hash-pin makes a line that check accepts,
# check reports errors with file:line:col and exit 1, export writes the day's
# CSV and JSON, summary reads the database (text and JSON), bad command lines
# exit 2. Usage: tool.sh LETOPIS-PACK KIOSK-SEED TMPDIR
set -u
tool="$1"; seed="$2"; tmp="$3"
export TZ=UTC
fail=0
rm -rf "$tmp"; mkdir -p "$tmp"
expect() { # expect CODE PATTERN ARGS...
    code=$1; pat=$2; shift 2
    out=$("$tool" kiosk "$@" 2>&1 </dev/null); rc=$?
    if [ "$rc" -ne "$code" ]; then echo "FAIL: kiosk $* exited $rc, want $code: $out"; fail=1; fi
    case "$out" in *"$pat"*) ;; *) echo "FAIL: kiosk $* printed no '$pat': $out"; fail=1;; esac
}

# hash-pin: a PIN on stdin gives a pin_hash line; a bad PIN exits 1.
line=$(echo 2468 | "$tool" kiosk hash-pin) || { echo "FAIL: hash-pin exited $?"; fail=1; }
case "$line" in 'pin_hash: "$argon2id$'*'"') ;; *) echo "FAIL: hash-pin printed: $line"; fail=1;; esac
echo 12ab | "$tool" kiosk hash-pin >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] || { echo "FAIL: hash-pin of a bad PIN exited $rc"; fail=1; }
grep -q "4 to 12 digits" "$tmp/err" || { echo "FAIL: hash-pin said: $(cat "$tmp/err")"; fail=1; }
"$tool" kiosk hash-pin </dev/null >/dev/null 2>&1; [ $? -eq 1 ] || { echo "FAIL: hash-pin without input"; fail=1; }

# check: the pasted line is accepted without a warning; errors exit 1.
printf 'round_length: 9\n%s\n' "$line" > "$tmp/ok.yaml"
expect 0 "ok.yaml: ok" check "$tmp/ok.yaml"
out=$("$tool" kiosk check "$tmp/ok.yaml" 2>&1)
case "$out" in *warning*) echo "FAIL: check warned: $out"; fail=1;; esac
printf 'round_length: 9\n' > "$tmp/nopin.yaml"
expect 0 "warning: no pin_hash" check "$tmp/nopin.yaml"
printf 'volume: 30\nvolum: 3\nround_length: 99\n' > "$tmp/bad.yaml"
expect 1 "bad.yaml:2:1: error: unknown key 'volum'; did you mean 'volume'?" check "$tmp/bad.yaml"
expect 1 "bad.yaml:3:15: error: round_length is 99" check "$tmp/bad.yaml"
expect 1 "cannot open" check "$tmp/none.yaml"
expect 2 "check takes one CONFIG" check

# export and summary on the fixed data set.
"$seed" "$tmp/data" || { echo "FAIL: kiosk_seed"; exit 1; }
expect 0 "kiosk-2026-01-05.csv" export --data-dir "$tmp/data" --day 2026-01-05 -o "$tmp/out"
row=$(tail -n 1 "$tmp/out/kiosk-2026-01-05.csv" | tr -d '\r')
[ "$row" = "2026-01-05,6,5,2,1,1,1,0,18,75.0,0.400,4,2,f1 (3/4); a-tie (2/3); f3 (2/3); f2 (1/3)" ] ||
    { echo "FAIL: export row: $row"; fail=1; }
grep -q '"completion_rate": 0.4,' "$tmp/out/kiosk-2026-01-05.json" || { echo "FAIL: export json"; fail=1; }
expect 0 "kiosk-stats/kiosk-2026-01-06.csv" export --data-dir "$tmp/data" --day 2026-01-06
[ -f "$tmp/data/kiosk-stats/kiosk-2026-01-06.json" ] || { echo "FAIL: default export folder"; fail=1; }
expect 0 "2026-01-05: 6 sessions, 5 finished, 2 completed (40.0%), mean length 75.0 s; ru 4, en 2" \
    summary --data-dir "$tmp/data" --day 2026-01-05
expect 0 "hardest 1: f1, 3 of 4 answers wrong" summary --data-dir "$tmp/data" --day 2026-01-05
expect 0 "idle resets:      1" summary --data-dir "$tmp/data" --day 2026-01-05
expect 0 '"sessions_total":8,' summary --data-dir "$tmp/data" --day 2026-01-05 --json
expect 0 '"day":{' summary --data-dir "$tmp/data" --day 2026-01-05 --json
expect 0 '"crashes":0,' summary --data-dir "$tmp/data" --json

# A reader never counts a crash: the kiosk's own next start sees none.
expect 0 "crashes:          0" summary --data-dir "$tmp/data"

# Bad command lines and missing databases.
expect 1 "no kiosk database" summary --data-dir "$tmp/nothing"
expect 1 "no kiosk database" export --data-dir "$tmp/nothing"
expect 2 "needs --data-dir" summary
expect 2 "--day takes a date" export --data-dir "$tmp/data" --day 2026-13-01
expect 2 "unknown option '--csv'" summary --data-dir "$tmp/data" --csv
expect 2 "unknown kiosk action 'frobnicate'" frobnicate
expect 2 "kiosk needs an action"
expect 0 "usage: letopis-pack kiosk" --help
[ $fail -eq 0 ] && echo "kiosk tool: all checks passed"
exit $fail
