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
[ $fail -eq 0 ] && echo "cli: all checks passed"
exit $fail
