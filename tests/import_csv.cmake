# CSV/TSV import: unit checks and a golden summary over tests/import_csv/data,
# the fuzz seed corpus through lt_import_csv in the normal (sanitized) build,
# and the libFuzzer harness fuzz_csv (only with -DLT_FUZZ=ON and clang).
add_executable(import_csv_test ${CMAKE_CURRENT_SOURCE_DIR}/import_csv/test_csv.c)
target_include_directories(import_csv_test PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/core)
target_link_libraries(import_csv_test PRIVATE lt_core)
add_test(NAME import_csv
         COMMAND import_csv_test ${CMAKE_CURRENT_SOURCE_DIR}/import_csv/data
                 ${CMAKE_CURRENT_SOURCE_DIR}/import_csv/golden.txt)
add_test(NAME import_csv_corpus
         COMMAND import_csv_test --corpus ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/csv)
set_tests_properties(import_csv import_csv_corpus PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")

if(LT_FUZZ AND CMAKE_C_COMPILER_ID MATCHES "Clang")
    # every core source in the harness, so that libFuzzer sees their coverage
    file(GLOB LT_FUZZ_CSV_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/game/core/*.c)
    add_executable(fuzz_csv ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_csv.c ${LT_FUZZ_CSV_SRC})
    target_include_directories(fuzz_csv PRIVATE ${CMAKE_SOURCE_DIR}/game/core)
    target_compile_options(fuzz_csv PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(fuzz_csv PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(fuzz_csv PRIVATE PkgConfig::CYAML PkgConfig::SQLITE PkgConfig::SODIUM m)
endif()
