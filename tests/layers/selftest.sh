#!/usr/bin/env bash
# selftest.sh: proves scripts/check-layers catches what it should: builds small
# temp trees (and tiny static libs) with one violation each and expects exit 1
# naming file:line; clean trees and allowed cases must pass. Usage: selftest.sh CHECKER
set -euo pipefail

CHECK="${1:?usage: selftest.sh path/to/check-layers}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
fails=0
n=0

# new_tree: a clean tree that follows every rule
new_tree() {
    rm -rf "$TMP/t"
    mkdir -p "$TMP/t/game/"{core,engine,scenes,app,tools}
    printf '/* lt_x.h */\n#include <stdio.h>\nint lt_x(void);\n' >"$TMP/t/game/core/lt_x.h"
    printf '#include "lt_x.h"\nint lt_x(void) { return 1; }\n' >"$TMP/t/game/core/lt_x.c"
    printf '/* eng.h: no SDL_Window here, only in comments */\n#include <stdint.h>\nvoid eng_init(uint32_t f);\n' >"$TMP/t/game/engine/eng.h"
    printf '#include <SDL.h>\nstruct eng_w { SDL_Window *w; Uint32 id; };\n' >"$TMP/t/game/engine/eng_internal.h"
    printf '#include "eng_internal.h"\n#include <SDL_ttf.h>\n' >"$TMP/t/game/engine/eng_text.c"
    printf '#include "eng.h"\n#include "lt_x.h"\n/* #include <SDL.h> is not allowed here */\n' >"$TMP/t/game/scenes/scn_menu.c"
    printf '#include "scn_menu.h"\n#include "eng.h"\nconst char *s = "#include <SDL.h>";\n' >"$TMP/t/game/app/main.c"
    printf '#include "lt_x.h"\n' >"$TMP/t/game/tools/pack.c"
}

# expect RC PATTERN LABEL [BUILD] (empty PATTERN = no output): run the checker on the tree, compare exit code and output
expect() {
    local want="$1" pattern="$2" label="$3"
    shift 3
    n=$((n + 1))
    local rc=0
    "$CHECK" --root "$TMP/t" "$@" >"$TMP/out" 2>&1 || rc=$?
    local seen=1
    if [ -z "$pattern" ]; then
        [ ! -s "$TMP/out" ] || seen=0 # a clean run prints nothing
    else
        grep -qE -- "$pattern" "$TMP/out" || seen=0
    fi
    if [ "$rc" -ne "$want" ] || [ "$seen" -eq 0 ]; then
        echo "FAIL: $label: want exit $want and /$pattern/, got exit $rc:" >&2
        sed 's/^/    /' "$TMP/out" >&2
        fails=$((fails + 1))
    else
        echo "ok: $label"
    fi
}

new_tree
expect 0 '' "clean tree passes"

new_tree
printf '/* pack */\n#include <stdlib.h>\n#include <SDL.h>\n' >"$TMP/t/game/core/lt_bad.c"
expect 1 '^game/core/lt_bad\.c:3: .*SDL\.h' "core including <SDL.h> fails with file:line"

new_tree
printf '#include "SDL_ttf.h"\n' >"$TMP/t/game/core/lt_bad.h"
expect 1 '^game/core/lt_bad\.h:1: .*SDL_ttf\.h' 'core including "SDL_ttf.h" fails'

new_tree
printf '\n  #  include <SDL2/SDL_image.h>\n' >"$TMP/t/game/core/lt_bad.c"
expect 1 '^game/core/lt_bad\.c:2: .*SDL2/SDL_image\.h' "core including <SDL2/...> fails"

new_tree
printf '#include "../engine/eng.h"\n' >"$TMP/t/game/core/lt_bad.c"
expect 1 '^game/core/lt_bad\.c:1: .*eng\.h' "core including eng.h fails"

new_tree
printf '#include "scn_play.h"\n' >"$TMP/t/game/core/lt_bad.c"
expect 1 '^game/core/lt_bad\.c:1: .*scn_play\.h' "core including a scene header fails"

new_tree
printf '#include <stdbool.h>\ntypedef struct eng_img { SDL_Texture *t; } eng_img;\n' >"$TMP/t/game/engine/eng_img.h"
expect 1 '^game/engine/eng_img\.h:2: .*SDL_Texture' "public engine header naming SDL_Texture fails"

new_tree
printf '#include <SDL_events.h>\n' >"$TMP/t/game/engine/eng_input.h"
expect 1 '^game/engine/eng_input\.h:1: .*SDL_events\.h' "public engine header including SDL fails"

new_tree
printf 'void eng_key(Uint32 k);\n' >"$TMP/t/game/engine/eng_key.h"
expect 1 '^game/engine/eng_key\.h:1: .*Uint32' "public engine header naming Uint32 fails"

new_tree
printf '#include "eng.h"\n#include <SDL.h>\n' >"$TMP/t/game/scenes/scn_bad.c"
expect 1 '^game/scenes/scn_bad\.c:2: .*SDL\.h' "scenes including SDL fails"

new_tree
printf '#include "eng_internal.h"\n' >"$TMP/t/game/scenes/scn_bad.c"
expect 1 '^game/scenes/scn_bad\.c:1: .*eng_internal\.h' "scenes including eng_internal.h fails"

new_tree
printf '#include <SDL.h>\nint main(void){return 0;}\n' >"$TMP/t/game/app/main.c"
expect 1 '^game/app/main\.c:1: .*SDL\.h' "app including SDL fails"

new_tree
printf '#include "lt_x.h"\n#include "scn_menu.h"\n' >"$TMP/t/game/tools/pack.c"
expect 1 '^game/tools/pack\.c:2: .*scn_menu\.h' "tools including a scene header fails"

new_tree
printf '#include "eng.h"\n' >"$TMP/t/game/tools/pack.c"
expect 1 '^game/tools/pack\.c:1: .*eng\.h' "tools including eng.h fails"

# Symbols: tiny static libs standing in for a build folder.
if command -v cc >/dev/null && command -v ar >/dev/null; then
    mklib() { # mklib NAME.a 'C source'
        printf '%s\n' "$2" >"$TMP/src.c"
        cc -c -o "$TMP/obj.o" "$TMP/src.c"
        rm -f "$TMP/b/$1"
        ar rcs "$TMP/b/$1" "$TMP/obj.o"
    }
    new_tree
    mkdir -p "$TMP/b"
    mklib liblt_core.a 'static int helper(void){return 1;} int lt_ok(void){return helper();} int lt_table[3];'
    mklib liblt_engine.a 'int eng_ok(void){return 2;}'
    mklib liblt_scenes.a 'int scn_ok(void){return 3;}'
    expect 0 '' "libs with prefixed symbols pass" "$TMP/b"
    mklib liblt_core.a 'int lt_ok(void){return 1;} int parse_date(void){return 2;}'
    expect 1 'liblt_core\.a.*parse_date.*lt_' "core function without lt_ fails" "$TMP/b"
    mklib liblt_core.a 'int lt_ok(void){return 1;} const int LT_LIMIT = 4;'
    expect 0 '' "upper-case prefix on a global constant passes" "$TMP/b"
    mklib liblt_core.a 'int LT_ok(void){return 1;}'
    expect 1 'liblt_core\.a.*function LT_ok' "upper-case prefix on a function fails" "$TMP/b"
    mklib liblt_core.a 'int lt_ok(void){return 1;}'
    mklib liblt_scenes.a 'int scn_ok(void){return 3;} int menu_items = 4;'
    expect 1 'liblt_scenes\.a.*menu_items.*scn_' "scenes global without scn_ fails" "$TMP/b"
    rm -f "$TMP/b/liblt_engine.a"
    expect 1 'liblt_engine\.a not found' "a missing lib fails" "$TMP/b"
else
    echo "skip: no cc/ar for the symbol cases"
fi

echo "$((n - fails))/$n checks passed"
[ "$fails" -eq 0 ]
