# FSRS-6 and the JSON reader: unit tests (worked traces of fsrs6.md, properties,
# malformed JSON), `letopis-pack srs replay` against ts-fsrs 5.4.2 reference data
# (tests/fsrs/ref-*; regenerate with scripts/fsrs-reference.js), CLI errors, and a
# libFuzzer harness for the JSON reader (only with -DLT_FUZZ=ON and clang).
set(LT_FSRS_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fsrs)

foreach(name fsrs json)
    add_executable(test_${name} ${LT_FSRS_DIR}/test_${name}.c)
    target_include_directories(test_${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/core)
    target_link_libraries(test_${name} PRIVATE lt_core)
    add_test(NAME fsrs_unit_${name} COMMAND test_${name})
    set_tests_properties(fsrs_unit_${name} PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")
endforeach()

add_executable(compare_srs ${LT_FSRS_DIR}/compare_srs.c)
target_link_libraries(compare_srs PRIVATE lt_core)

# One test per reference file. Its name carries the options: st/lt (short-term
# on/off), rX.XX (--retention), -fuzz (--fuzz).
file(GLOB LT_FSRS_REFS CONFIGURE_DEPENDS ${LT_FSRS_DIR}/ref-*-input.jsonl)
foreach(input ${LT_FSRS_REFS})
    get_filename_component(base ${input} NAME)
    string(REGEX REPLACE "^ref-(.*)-input\\.jsonl$" "\\1" name ${base})
    set(flags "")
    if(name MATCHES "^lt-")
        string(APPEND flags " --no-short-term")
    endif()
    if(name MATCHES "-r([0-9.]+)")
        string(APPEND flags " --retention ${CMAKE_MATCH_1}")
    endif()
    if(name MATCHES "-fuzz")
        string(APPEND flags " --fuzz")
    endif()
    set(out ${CMAKE_CURRENT_BINARY_DIR}/fsrs-ref-${name}.out)
    add_test(NAME fsrs_ref_${name}
             COMMAND sh -c "\"$0\" srs replay ${flags} < \"$1\" > \"$2\" && \"$3\" \"$2\" \"$4\""
                     $<TARGET_FILE:letopis-pack> ${input} ${out} $<TARGET_FILE:compare_srs>
                     ${LT_FSRS_DIR}/ref-${name}-expected.jsonl)
    set_tests_properties(fsrs_ref_${name} PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")
endforeach()

# Bad lines: a message with the line number on stderr, exit 1, other lines still printed;
# bad options exit 2.
add_test(NAME fsrs_cli_bad_lines
         COMMAND sh -c "out=$(\"$0\" srs replay < \"$1\" 2>\"$2\"); rc=$?; cat \"$2\"; \
printf '%s\\n' \"$out\"; test $rc -eq 1 && test $(printf '%s\\n' \"$out\" | grep -c '\"id\"') -eq 3 \
&& printf '%s' \"$out\" | grep -q '\"id\":\"ok3\"' \
&& grep -q 'stdin:2: column' \"$2\" && grep -q 'stdin:3: review 1: \"rating\"' \"$2\" \
&& grep -q 'stdin:5: review 2: earlier' \"$2\" && grep -q 'stdin:6: review 1: \"t\"' \"$2\" \
&& grep -q 'stdin:7: \"id\"' \"$2\" && grep -q 'stdin:8: \"reviews\"' \"$2\" \
&& test $(wc -l < \"$2\") -eq 6"
                 $<TARGET_FILE:letopis-pack> ${LT_FSRS_DIR}/bad-lines.jsonl
                 ${CMAKE_CURRENT_BINARY_DIR}/fsrs-bad-lines.err)
add_test(NAME fsrs_cli_usage
         COMMAND sh -c "\"$0\" srs 2>/dev/null; a=$?; \"$0\" srs frob 2>/dev/null; b=$?; \
\"$0\" srs replay --retention 0.5 </dev/null 2>/dev/null; c=$?; \
\"$0\" srs replay --retention x </dev/null 2>/dev/null; d=$?; \
\"$0\" srs replay --bogus </dev/null 2>/dev/null; e=$?; \"$0\" srs replay </dev/null; f=$?; \
\"$0\" srs --help | grep -q no-short-term; g=$?; \"$0\" --help | grep -q 'srs replay'; h=$?; \
echo $a $b $c $d $e $f $g $h; test \"$a $b $c $d $e $f $g $h\" = '2 2 2 2 2 0 0 0'"
                 $<TARGET_FILE:letopis-pack>)
set_tests_properties(fsrs_cli_bad_lines fsrs_cli_usage PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")

if(LT_FUZZ AND CMAKE_C_COMPILER_ID MATCHES "Clang")
    add_executable(fuzz_json ${LT_FSRS_DIR}/fuzz_json.c ${CMAKE_SOURCE_DIR}/game/core/lt_json.c
                             ${CMAKE_SOURCE_DIR}/game/core/lt_arena.c)
    target_include_directories(fuzz_json PRIVATE ${CMAKE_SOURCE_DIR}/game/core)
    target_compile_options(fuzz_json PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(fuzz_json PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(fuzz_json PRIVATE m)
endif()
