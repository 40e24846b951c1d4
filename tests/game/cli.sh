#!/bin/sh
# cli.sh: the letopis command line: --help and --version succeed, unknown or
# malformed options say what is wrong and exit 2.
set -u
game="$1"
fail=0
expect() { # expect CODE PATTERN ARGS...
    code=$1; pat=$2; shift 2
    out=$("$game" "$@" 2>&1); rc=$?
    if [ "$rc" -ne "$code" ]; then echo "FAIL: letopis $* exited $rc, want $code"; fail=1; fi
    case "$out" in *"$pat"*) ;; *) echo "FAIL: letopis $* printed no '$pat': $out"; fail=1;; esac
}
expect 0 "Usage: letopis" --help
expect 0 "letopis " --version
expect 2 "unknown option '--bogus'" --bogus
expect 2 "--lang takes ru or en" --lang de
expect 2 "needs a value" --pack
expect 2 "--frames takes a positive number" --frames abc
expect 2 "--window takes" --window big
expect 2 "--seed takes a whole number" --seed -5
# The language chosen is remembered in the data folder.
data="$2"
rm -rf "$data"
expect 0 "lang=en" --headless --data-dir "$data" --lang en --frames 2
expect 0 "lang=en" --headless --data-dir "$data" --frames 2
expect 0 "lang=ru" --headless --data-dir "$data" --lang ru --frames 2
expect 0 "lang=ru" --headless --data-dir "$data" --frames 2
# A damaged database is moved aside with a message; the game still runs.
printf 'this is not a database, it is a test of recovery%.0s' 1 2 3 4 5 6 7 8 9 10 > "$data/letopis.db"
rm -f "$data/letopis.db-wal" "$data/letopis.db-shm"
expect 0 "was damaged" --headless --data-dir "$data" --frames 2
ls "$data" | grep -q 'letopis.db.corrupt-' || { echo "FAIL: damaged database not kept aside"; fail=1; }
[ $fail -eq 0 ] && echo "cli: all checks passed"
exit $fail
