# kiosk_rules.cmake: kiosk mode's rules without a display: the state machine's
# transitions with explicit times (idle warning and reset, the admin corner,
# the PIN pad and its lock, the initials guard) and the visitor round.
add_executable(test_kiosk_rules ${CMAKE_CURRENT_LIST_DIR}/kiosk/test_kiosk_rules.c)
target_include_directories(test_kiosk_rules PRIVATE ${CMAKE_CURRENT_LIST_DIR}/core)
target_link_libraries(test_kiosk_rules PRIVATE lt_core)
add_test(NAME kiosk_rules COMMAND test_kiosk_rules ${CMAKE_SOURCE_DIR}/levels/1956-declaration)
set_tests_properties(kiosk_rules PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 60)
