# report.cmake: class results (letopis-pack report): the per-profile and
# per-fact reads on a store with two profiles, the CSV/JSON/text output and
# exit codes of the command, and the v2 -> v3 migration (review_log.answer).
add_executable(test_report ${CMAKE_CURRENT_LIST_DIR}/report/test_report.c)
target_link_libraries(test_report PRIVATE lt_core)
target_include_directories(test_report PRIVATE ${CMAKE_CURRENT_LIST_DIR}/quiz)
add_test(NAME report COMMAND test_report $<TARGET_FILE:letopis-pack> ${CMAKE_CURRENT_BINARY_DIR}/report-tmp)
set_tests_properties(report PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")
