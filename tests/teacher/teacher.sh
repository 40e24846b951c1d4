#!/bin/sh
# teacher.sh: the teacher screen through the real game, headless, replayed:
#  1. a class is seeded (autoplay answers, then tests/teacher/teacher_seed);
#  2. the first visit chooses a PIN (a too short one and a mismatch are
#     refused first), the results open, Esc leaves, the next visit asks for
#     the PIN; the store keeps an Argon2id hash, never the digits;
#  3. two wrong PINs leave the pad open, a third (tapped on the pad) locks it;
#  4. after a restart at the same clock the pad is still locked; the right
#     PIN typed during the lock is ignored, after lt_pin_lock_ms(3) = 5 s it
#     opens the results, and the failures are reset;
#  5. "Export CSV" writes exports/letopis-report-*.csv, byte for byte what
#     `letopis-pack report --csv` prints for the same folder and time;
#  6. an export that cannot be written says why and the game keeps running;
#  7. `letopis-pack pin --clear` removes the PIN: the next visit asks for a new one;
#  8. screenshots of the results (students ru, one student en, items en);
#  9. "Change PIN": the new PIN opens the results, the old one no longer does.
# Usage: teacher.sh LETOPIS LETOPIS_PACK TEACHER_SEED REPLAYS TMPDIR SHOTS
set -u
game="$1"; tool="$2"; seed="$3"; replays="$4"; tmp="$5"; shots="$6"
data="$tmp/class"
now="2026-01-20T10:00:00Z"
fail=0
rm -rf "$tmp"
mkdir -p "$tmp" "$shots"

# run NAME EXPECTED_SCENE ARGS...: runs the game, checks the summary's scene.
run() {
    name="$1"; want="$2"; shift 2
    out=$("$game" --headless "$@" 2>&1)
    rc=$?
    printf '%s\n' "$out" | grep -v "playing silently" | sed "s/^/[$name] /"
    if [ $rc -ne 0 ]; then
        echo "FAIL $name: exit $rc"; fail=1
    elif ! printf '%s\n' "$out" | grep -q "summary scene=$want "; then
        echo "FAIL $name: expected scene=$want"; fail=1
    else
        echo "ok   $name: scene=$want"
    fi
}

# setting KEY: prints the stored value of a settings key ("" when absent).
setting() {
    python3 -c "import sqlite3, sys
r = sqlite3.connect(sys.argv[1]).execute('SELECT value FROM settings WHERE key = ?', (sys.argv[2],)).fetchone()
print(r[0] if r else '')" "$data/letopis.db" "$1"
}

check() { # check DESCRIPTION COMMAND...
    what="$1"; shift
    if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fail=1; fi
}

# 1. the class
"$game" --headless --autoplay 40 --accuracy 0.6 --seed 3 --data-dir "$data" > /dev/null 2>&1 || { echo "FAIL autoplay"; exit 1; }
"$seed" "$data" || { echo "FAIL seed"; exit 1; }

# 2. choose a PIN, leave, come back
run set-and-return teacher-pin --data-dir "$data" --lang ru --now "$now" \
    --replay "$replays/teacher-set.txt" --frames 90
hash=$(setting teacher_pin_hash)
check "an Argon2id hash is stored" sh -c "case '$hash' in '\$argon2id\$'*) true;; *) false;; esac"
check "the digits are not stored" sh -c "! printf '%s' '$hash' | grep -q 2468"

# 3. two wrong PINs: still open; a third: locked
run two-wrong teacher-pin --data-dir "$data" --lang ru --now "$now" --replay "$replays/teacher-wrong2.txt" --frames 40
check "two failures counted" test "$(setting teacher_pin_failures)" = 2
run third-wrong teacher-locked --data-dir "$data" --lang en --now "$now" \
    --replay "$replays/teacher-wrong1.txt" --frames 40 --screenshot "$shots/teacher-locked-en.png"
check "three failures counted" test "$(setting teacher_pin_failures)" = 3

# 4. a restart keeps the lock; the right PIN after the delay opens the results
run restart-locked teacher-locked --data-dir "$data" --lang ru --now "$now" \
    --replay "$replays/teacher-unlock.txt" --frames 30
run right-after-delay teacher --data-dir "$data" --lang ru --now "$now" \
    --replay "$replays/teacher-unlock.txt" --frames 430
check "failures reset by the right PIN" test "$(setting teacher_pin_failures)" = 0

# 5. the export (made at tick 420, i.e. now + 7 s) against the command
n=$(ls "$data/exports" 2>/dev/null | grep -c '^letopis-report-[0-9-]*\.csv$')
check "one export file in exports/ ($n)" test "$n" = 1
csv=$(ls "$data"/exports/letopis-report-*.csv 2>/dev/null | head -n 1)
"$tool" report --data-dir "$data" --csv --now 2026-01-20T10:00:07Z > "$tmp/cli.csv"
check "the export matches letopis-pack report --csv" cmp "$csv" "$tmp/cli.csv"
check "the export has the header and both tables" sh -c \
    "head -c 200 '$csv' | grep -q 'table,profile_id,profile,pack,fact,attempts' &&
     grep -q '^profile,.*,Анна Смирнова,' '$csv' && grep -q '^fact,,,1956-declaration,' '$csv'"

# 6. an export that cannot be written
bad="$tmp/bad"
mkdir -p "$bad" && : > "$bad/exports"
out=$("$game" --headless --data-dir "$bad" --lang en --now "$now" --replay "$replays/teacher-export.txt" \
      --frames 30 --screenshot "$shots/teacher-export-failed-en.png" 2>&1)
printf '%s\n' "$out" | grep -v "playing silently" | sed "s/^/[export-fails] /"
check "a failed export says why" sh -c "printf '%s' \"\$1\" | grep -q 'export failed: .*/bad/exports is not a folder'" - "$out"
check "and the results stay open" sh -c "printf '%s' \"\$1\" | grep -q 'summary scene=teacher '" - "$out"

# 7. a forgotten PIN
check "pin: says it is set" sh -c "'$tool' pin --data-dir '$data' | grep -q 'a teacher PIN is set'"
check "pin --clear" "$tool" pin --data-dir "$data" --clear
check "pin: none now" sh -c "'$tool' pin --data-dir '$data' | grep -q 'no teacher PIN'"
check "pin without --data-dir: exit 2" sh -c "'$tool' pin --clear 2>/dev/null; test \$? = 2"
check "pin on a folder without a database: exit 1" sh -c "'$tool' pin --data-dir '$tmp/nowhere' --clear 2>/dev/null; test \$? = 1"
run after-clear teacher-set --data-dir "$data" --lang ru --now "$now" --replay "$replays/teacher-open.txt" --frames 8

# 8. screenshots of the results (a PIN chosen again first)
run set-again teacher --data-dir "$data" --lang ru --now "$now" --replay "$replays/teacher-export.txt" --frames 18
run shot-students-ru teacher --data-dir "$data" --lang ru --now "$now" --replay "$replays/teacher-open.txt" \
    --frames 20 --screenshot "$shots/teacher-students-ru.png"
run shot-student-en teacher-student --data-dir "$data" --lang en --now "$now" \
    --replay "$replays/teacher-student.txt" --frames 40 --screenshot "$shots/teacher-student-en.png"
run shot-items-en teacher-items --data-dir "$data" --lang en --now "$now" \
    --replay "$replays/teacher-items.txt" --frames 30 --screenshot "$shots/teacher-items-en.png"
# "Change PIN" (the button, by mouse): 2468 -> 1357 twice, back to the menu,
# and 1357 opens the results; 2468 no longer does.
run change-pin teacher --data-dir "$data" --lang en --now "$now" --replay "$replays/teacher-change.txt" \
    --frames 70
run old-pin-refused teacher-pin --data-dir "$data" --lang en --now "$now" --replay "$replays/teacher-open.txt" \
    --frames 20
for f in teacher-students-ru teacher-student-en teacher-items-en teacher-locked-en; do
    check "screenshot $f.png" test -s "$shots/$f.png"
done

[ $fail -eq 0 ] && echo "teacher: all passed" || echo "teacher: FAILED"
exit $fail
