# Core tests for dates, UTF-8, the id index, the pack loader and the letopis-pack tool,
# plus the libFuzzer harness for the loader (only with -DLT_FUZZ=ON and clang).
set(LT_CORE_PACK_TESTS date utf8 pack idmap pin)
foreach(name ${LT_CORE_PACK_TESTS})
    add_executable(core_${name} ${CMAKE_CURRENT_SOURCE_DIR}/core/test_${name}.c)
    target_include_directories(core_${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/core)
    target_link_libraries(core_${name} PRIVATE lt_core)
    add_test(NAME core_${name} COMMAND core_${name})
    set_tests_properties(core_${name} PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")
endforeach()

# The fuzz seed corpus through the loader in the normal (sanitized) build.
add_executable(core_pack_corpus ${CMAKE_CURRENT_SOURCE_DIR}/core/test_corpus.c)
target_include_directories(core_pack_corpus PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/core)
target_link_libraries(core_pack_corpus PRIVATE lt_core)
add_test(NAME core_pack_corpus
         COMMAND core_pack_corpus ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/pack)
set_tests_properties(core_pack_corpus PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")

# letopis-pack: exit codes and output.
set(LT_PACK_FIX ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/packs)
add_test(NAME core_cli_check_bad
         COMMAND sh -c "out=$(\"$0\" check \"$1\"); rc=$?; printf '%s\\n' \"$out\"; \
test $rc -eq 1 && printf '%s' \"$out\" | grep -q 'bad.yaml:7:11: error: bad date' \
&& printf '%s' \"$out\" | grep -q '^  hint: ' && printf '%s' \"$out\" | grep -q '^1 error$'"
                 $<TARGET_FILE:letopis-pack> ${LT_PACK_FIX}/errors/bad.yaml)
add_test(NAME core_cli_check_valid
         COMMAND sh -c "out=$(\"$0\" check \"$1\"); rc=$?; printf '%s\\n' \"$out\"; \
test $rc -eq 0 && test \"$out\" = 'ok: 6 events, 4 entities'"
                 $<TARGET_FILE:letopis-pack> ${LT_PACK_FIX}/valid)
add_test(NAME core_cli_usage
         COMMAND sh -c "\"$0\" frobnicate 2>/dev/null; a=$?; \"$0\" 2>/dev/null; b=$?; \
\"$0\" check 2>/dev/null; c=$?; \"$0\" check --bogus x 2>/dev/null; d=$?; \
\"$0\" dump \"$1\" --yaml 2>/dev/null; e=$?; \"$0\" check 2>&1 >/dev/null | grep -q usage; f=$?; \
\"$0\" --help | grep -q 'check PATH'; g=$?; \"$0\" --version | grep -q letopis-pack; h=$?; \
echo $a $b $c $d $e $f $g $h; test \"$a $b $c $d $e $f $g $h\" = '2 2 2 2 2 0 0 0'"
                 $<TARGET_FILE:letopis-pack> ${LT_PACK_FIX}/valid)
find_program(LT_PYTHON3 python3)
if(LT_PYTHON3)
    add_test(NAME core_cli_dump_json
             COMMAND sh -c "out=$(\"$0\" dump \"$1\" --json) || exit 1; \
printf '%s' \"$out\" | \"$2\" -c 'import json,sys; d=json.load(sys.stdin); \
assert d[\"id\"] == \"tiny\" and len(d[\"events\"]) == 6 and d[\"events\"][1][\"people\"][0][\"role\"] == \"signatory\"; \
assert d[\"levels\"][0][\"types\"] == [\"choice\", \"truefalse\", \"date\"] and d[\"levels\"][0][\"time\"] == 20; \
assert d[\"levels\"][0][\"pass\"] == 0.75 and d[\"levels\"][2][\"exam\"] is True and len(d[\"levels\"][2][\"events\"]) == 6; \
assert d[\"events\"][1][\"confusions\"][0][\"event\"] == \"F22\" and d[\"events\"][0][\"confusions\"][0][\"entity\"] == \"moscow\"; \
assert [q[\"type\"] for q in d[\"questions\"]] == [\"choice\", \"multi\", \"truefalse\", \"truefalse\", \"typed\", \"date\", \"date\", \"order\", \"match\", \"cloze\"]'"
                     $<TARGET_FILE:letopis-pack> ${LT_PACK_FIX}/valid ${LT_PYTHON3})
    set_tests_properties(core_cli_dump_json PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")
endif()
set_tests_properties(core_cli_check_bad core_cli_check_valid core_cli_usage
                     PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")
if(EXISTS ${CMAKE_SOURCE_DIR}/levels/1956-declaration/pack.yaml)
    add_test(NAME core_cli_default_pack
             COMMAND letopis-pack check ${CMAKE_SOURCE_DIR}/levels/1956-declaration)
    set_tests_properties(core_cli_default_pack PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")
endif()

if(LT_FUZZ)
    if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
        message(WARNING "LT_FUZZ needs clang (cmake -DCMAKE_C_COMPILER=clang); fuzz_pack skipped")
    else()
        # The core's sources are compiled into the harness so that libFuzzer
        # sees their coverage.
        file(GLOB LT_FUZZ_PACK_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/game/core/*.c)
        add_executable(fuzz_pack ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_pack.c ${LT_FUZZ_PACK_SRC})
        target_include_directories(fuzz_pack PRIVATE ${CMAKE_SOURCE_DIR}/game/core)
        target_compile_options(fuzz_pack PRIVATE -fsanitize=fuzzer,address,undefined)
        target_link_options(fuzz_pack PRIVATE -fsanitize=fuzzer,address,undefined)
        target_link_libraries(fuzz_pack PRIVATE PkgConfig::CYAML PkgConfig::SQLITE PkgConfig::SODIUM m)
    endif()
endif()

# Warnings (lt_pack_warnings, `check --json`): the warnings fixture and the template pack.
add_executable(core_warn ${CMAKE_CURRENT_SOURCE_DIR}/core/test_warn.c)
target_include_directories(core_warn PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/core)
target_link_libraries(core_warn PRIVATE lt_core)
add_test(NAME core_warn COMMAND core_warn ${LT_PACK_FIX}/warnings ${CMAKE_SOURCE_DIR}/levels/template)
add_test(NAME core_cli_check_warnings
         COMMAND sh -c "out=$(\"$0\" check \"$1\" 2>/dev/null); rc=$?; \
err=$(\"$0\" check \"$1\" 2>&1 >/dev/null); printf '%s\\n%s\\n' \"$out\" \"$err\"; \
test $rc -eq 0 && test \"$out\" = 'ok: 4 events, 1 entities' \
&& printf '%s' \"$err\" | grep -q 'pack.yaml:20:5: warning: event .E2. has no date' \
&& printf '%s' \"$err\" | grep -q '^5 warnings$' \
&& \"$0\" check --json \"$1\" | grep -q '\"errors\":0,\"warnings\":5,\"diagnostics\":\\[{\"severity\":\"warning\"' \
&& { \"$0\" check --json \"$2\"; test $? -eq 1; } && \"$0\" check --json \"$2\" | grep -q '\"severity\":\"error\"'"
         $<TARGET_FILE:letopis-pack> ${LT_PACK_FIX}/warnings ${LT_PACK_FIX}/errors/bad.yaml)
add_test(NAME core_cli_template_clean
         COMMAND sh -c "out=$(\"$0\" check \"$1\" 2>&1); rc=$?; printf '%s\\n' \"$out\"; \
test $rc -eq 0 && test $(printf '%s\\n' \"$out\" | wc -l) -eq 1"
         $<TARGET_FILE:letopis-pack> ${CMAKE_SOURCE_DIR}/levels/template)
set_tests_properties(core_warn core_cli_check_warnings core_cli_template_clean
                     PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")
