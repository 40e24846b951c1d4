# Text extraction (letopis-pack extract): rules on the bundled 1956 source and
# an English sample, the seed corpus through lt_extract, the CLI's exit codes,
# and the libFuzzer harness (only with -DLT_FUZZ=ON and clang).
add_executable(extract_rules ${CMAKE_CURRENT_SOURCE_DIR}/extract/test_extract.c)
target_include_directories(extract_rules PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/core)
target_link_libraries(extract_rules PRIVATE lt_core)
add_test(NAME extract_rules COMMAND extract_rules)

add_executable(extract_corpus ${CMAKE_CURRENT_SOURCE_DIR}/extract/test_extract_corpus.c)
target_include_directories(extract_corpus PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/core)
target_link_libraries(extract_corpus PRIVATE lt_core)
add_test(NAME extract_corpus
         COMMAND extract_corpus ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/extract)

# The CLI on the bundled source: exit 0, the draft passes `check`, the summary
# lists the dates; then the usage (2) and nothing-found / unreadable (1) codes.
set(LT_EX_OUT ${CMAKE_CURRENT_BINARY_DIR}/extract-draft)
add_test(NAME extract_cli_source
         COMMAND sh -c "rm -rf \"$2\"; out=$(\"$0\" extract \"$1\" --lang ru -o \"$2\") || exit 1; \
printf '%s\\n' \"$out\"; printf '%s' \"$out\" | grep -q '1956-11-late' || exit 1; \
printf '%s' \"$out\" | grep -q '^people: 4' || exit 1; \
head -1 \"$2/pack.yaml\" | grep -q '^# Draft made by letopis-pack extract: review every event before use$' || exit 1; \
cmp -s \"$1\" \"$2/source-1956-ru.txt\" || exit 1; \
\"$0\" check \"$2\" | grep -q '^ok: ' || exit 1; \
\"$0\" extract \"$1\" --lang ru -o \"$2\" 2>/dev/null; test $? -eq 1 || exit 1; \
\"$0\" extract \"$1\" --lang ru -o \"$2\" --force --json | grep -q '\"date\": \"1956-10-19\"'"
                 $<TARGET_FILE:letopis-pack> ${CMAKE_SOURCE_DIR}/levels/1956-declaration/source-1956-ru.txt
                 ${LT_EX_OUT})
add_test(NAME extract_cli_codes
         COMMAND sh -c "d=\"$2\"; rm -rf \"$d\"; mkdir -p \"$d\"; printf 'no dates here\\n' > \"$d/none.txt\"; \
\"$0\" extract \"$1\" 2>/dev/null; a=$?; \"$0\" extract 2>/dev/null; b=$?; \
\"$0\" extract \"$1\" --lang fr -o \"$d/x\" 2>/dev/null; c=$?; \"$0\" extract \"$1\" --bogus -o \"$d/x\" 2>/dev/null; e=$?; \
\"$0\" extract \"$d/none.txt\" -o \"$d/y\" 2>/dev/null; f=$?; \"$0\" extract \"$d/missing.txt\" -o \"$d/z\" 2>/dev/null; g=$?; \
test -e \"$d/y/pack.yaml\"; h=$?; \"$0\" --help | grep -q 'extract TEXT'; i=$?; \
echo $a $b $c $e $f $g $h $i; test \"$a $b $c $e $f $g $h $i\" = '2 2 2 2 1 1 1 0'"
                 $<TARGET_FILE:letopis-pack> ${CMAKE_SOURCE_DIR}/levels/1956-declaration/source-1956-ru.txt
                 ${CMAKE_CURRENT_BINARY_DIR}/extract-codes)
add_test(NAME extract_cli_en
         COMMAND sh -c "rm -rf \"$2\"; \"$0\" extract \"$1\" --lang en -o \"$2\" | grep -q 'late November 1956' \
&& \"$0\" check \"$2\" | grep -q '^ok: '"
                 $<TARGET_FILE:letopis-pack> ${CMAKE_CURRENT_SOURCE_DIR}/extract/sample-en.txt
                 ${CMAKE_CURRENT_BINARY_DIR}/extract-draft-en)
set_tests_properties(extract_rules extract_corpus extract_cli_source extract_cli_codes extract_cli_en
                     PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")

if(LT_FUZZ AND CMAKE_C_COMPILER_ID MATCHES "Clang")
    # every core source in the harness, so that libFuzzer sees their coverage
    file(GLOB LT_FUZZ_EXTRACT_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/game/core/*.c)
    add_executable(fuzz_extract ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_extract.c ${LT_FUZZ_EXTRACT_SRC})
    target_link_libraries(fuzz_extract PRIVATE PkgConfig::CYAML PkgConfig::SQLITE PkgConfig::SODIUM m)
    target_include_directories(fuzz_extract PRIVATE ${CMAKE_SOURCE_DIR}/game/core)
    target_compile_options(fuzz_extract PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(fuzz_extract PRIVATE -fsanitize=fuzzer,address,undefined)
endif()
