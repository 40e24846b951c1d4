# GIFT and Aiken import and the pack writer: unit checks, golden pack dumps and
# summaries through `letopis-pack import`, the seed corpora through the
# importer, and libFuzzer harnesses (only with -DLT_FUZZ=ON and clang).
set(LT_IMP_DIR ${CMAKE_CURRENT_SOURCE_DIR}/import)

add_executable(import_unit ${LT_IMP_DIR}/test_import.c)
target_include_directories(import_unit PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/core)
target_link_libraries(import_unit PRIVATE lt_core)
add_test(NAME import_unit COMMAND import_unit)

add_executable(import_corpus ${LT_IMP_DIR}/test_import_corpus.c)
target_link_libraries(import_corpus PRIVATE lt_core)
add_test(NAME import_corpus COMMAND import_corpus ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/gift
                                    ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/aiken)

# Golden: `import --json` summary and `dump --json` of the written pack, per sample.
set(LT_IMP_WORK ${CMAKE_CURRENT_BINARY_DIR}/import-out)
file(MAKE_DIRECTORY ${LT_IMP_WORK})
foreach(sample all.gift errors.gift cp1251.gift bom_crlf.gift good.aiken errors.aiken)
    string(REPLACE "." "_" tag ${sample})
    add_test(NAME import_golden_${tag}
             COMMAND sh -c "rm -rf \"$3\" && mkdir -p \"$3\" && cd \"$3\" && \
\"$0\" import \"$1/data/$4\" -o pack --json > summary.json; rc=$?; test $rc -eq 0 || exit 1; \
\"$0\" dump pack --json > pack.json || exit 1; \
diff -u \"$1/golden/$2.summary.json\" summary.json && diff -u \"$1/golden/$2.pack.json\" pack.json"
                     $<TARGET_FILE:letopis-pack> ${LT_IMP_DIR} ${tag} ${LT_IMP_WORK}/${tag} ${sample})
endforeach()

# Text output: warnings name file:line, the summary groups skips by reason.
add_test(NAME import_cli_text
         COMMAND sh -c "cd \"$2\" && out=$(\"$0\" import \"$1/data/all.gift\" -o text-pack); rc=$?; \
printf '%s\\n' \"$out\"; test $rc -eq 0 && \
printf '%s' \"$out\" | grep -q 'all.gift:75: warning: essay: ' && \
printf '%s' \"$out\" | grep -q 'all.gift:77: warning: description: ' && \
printf '%s' \"$out\" | grep -q '^imported 19 questions, skipped 3 (2 essay, 1 description)$' && \
\"$0\" check text-pack | grep -q '^ok: 0 events'"
                 $<TARGET_FILE:letopis-pack> ${LT_IMP_DIR} ${LT_IMP_WORK})
# Exit codes: nothing importable 1, unreadable 1, usage 2; default DIR = basename.
add_test(NAME import_cli_exit
         COMMAND sh -c "cd \"$2\" && printf 'Essay {}\\n' > only_essay.gift && \
\"$0\" import only_essay.gift > /dev/null; a=$?; \"$0\" import /nonexistent.gift > /dev/null 2>&1; b=$?; \
\"$0\" import 2>/dev/null; c=$?; \"$0\" import x.gift --from xml 2>/dev/null; d=$?; \
\"$0\" import x.gift --bogus 2>/dev/null; e=$?; rm -rf good; \"$0\" import \"$1/data/good.aiken\" > /dev/null; f=$?; \
test -f good/pack.yaml; g=$?; echo $a $b $c $d $e $f $g; test \"$a $b $c $d $e $f $g\" = '1 1 2 2 2 0 0'"
                 $<TARGET_FILE:letopis-pack> ${LT_IMP_DIR} ${LT_IMP_WORK})

get_property(LT_IMP_TESTS DIRECTORY PROPERTY TESTS)
foreach(t import_unit import_corpus import_cli_text import_cli_exit)
    set_tests_properties(${t} PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")
endforeach()
foreach(sample all.gift errors.gift cp1251.gift bom_crlf.gift good.aiken errors.aiken)
    string(REPLACE "." "_" tag ${sample})
    set_tests_properties(import_golden_${tag} PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")
endforeach()

if(LT_FUZZ AND CMAKE_C_COMPILER_ID MATCHES "Clang")
    # The whole core is compiled into each harness so that libFuzzer sees the
    # coverage of the importer and of the loader that validates its output.
    file(GLOB LT_FUZZ_IMPORT_SRC ${CMAKE_SOURCE_DIR}/game/core/*.c)
    foreach(f gift aiken)
        string(TOUPPER ${f} F)
        add_executable(fuzz_${f} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_import.c ${LT_FUZZ_IMPORT_SRC})
        target_compile_definitions(fuzz_${f} PRIVATE LT_FUZZ_FORMAT=LT_IMPORT_${F} "LT_FUZZ_NAME=\"fuzz.${f}\"")
        target_include_directories(fuzz_${f} PRIVATE ${CMAKE_SOURCE_DIR}/game/core)
        target_compile_options(fuzz_${f} PRIVATE -fsanitize=fuzzer,address,undefined)
        target_link_options(fuzz_${f} PRIVATE -fsanitize=fuzzer,address,undefined)
        target_link_libraries(fuzz_${f} PRIVATE PkgConfig::CYAML PkgConfig::SQLITE PkgConfig::SODIUM m)
    endforeach()
endif()
