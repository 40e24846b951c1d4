# Sessions: modes, grading into FSRS, one commit per answer, mastery rising
# over simulated days, practice leaving the schedule alone, level pass marks.
add_executable(test_session ${CMAKE_CURRENT_LIST_DIR}/session/test_session.c)
target_include_directories(test_session PRIVATE ${CMAKE_CURRENT_LIST_DIR}/quiz)
target_link_libraries(test_session PRIVATE lt_core)
add_test(NAME session COMMAND test_session ${CMAKE_SOURCE_DIR}/levels/1956-declaration
                              ${CMAKE_CURRENT_BINARY_DIR}/session-tmp)
set_tests_properties(session PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 300)
