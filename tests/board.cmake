# board.cmake: the timeline board and the placement games, headless: pan and
# zoom by injected actions, a placement round by drags (mouse and touch) and
# keys with its answers committed, the rules mode, PNGs <build>/tests/board*.png.
add_executable(test_board ${CMAKE_CURRENT_LIST_DIR}/scenes/test_board.c)
target_include_directories(test_board PRIVATE ${CMAKE_CURRENT_LIST_DIR}/engine)
target_link_libraries(test_board PRIVATE lt_scenes)
add_test(NAME board
         COMMAND test_board ${CMAKE_SOURCE_DIR}/assets ${CMAKE_SOURCE_DIR}/levels/1956-declaration
                 ${CMAKE_CURRENT_BINARY_DIR})
set_tests_properties(board PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 120)
