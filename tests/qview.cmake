# qview.cmake: the question view (game/scenes/scn_qview*) on a headless engine:
# every question type answered right and wrong by keys, mouse and touch, and
# captures of each type (asked and judged, ru and en) as <build>/tests/qview-*.png.
add_executable(test_qview ${CMAKE_CURRENT_LIST_DIR}/scenes/test_qview.c)
target_include_directories(test_qview PRIVATE ${CMAKE_CURRENT_LIST_DIR}/engine)
target_link_libraries(test_qview PRIVATE lt_scenes)
add_test(NAME qview
         COMMAND test_qview ${CMAKE_SOURCE_DIR}/assets ${CMAKE_SOURCE_DIR}/levels/1956-declaration
                 ${CMAKE_CURRENT_BINARY_DIR})
set_tests_properties(qview PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" LABELS scenes TIMEOUT 120)
