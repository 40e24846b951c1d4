# scenes_stats.cmake: the levels and statistics screens, headless: a profile
# with answers over several days, the stats queries checked against them, and
# PNGs of both screens in ru and en (<build>/tests/stats*.png, levels*.png).
add_executable(test_stats ${CMAKE_CURRENT_LIST_DIR}/scenes/test_stats.c)
target_include_directories(test_stats PRIVATE ${CMAKE_CURRENT_LIST_DIR}/engine)
target_link_libraries(test_stats PRIVATE lt_scenes)
add_test(NAME scenes_stats
         COMMAND test_stats ${CMAKE_SOURCE_DIR}/assets ${CMAKE_SOURCE_DIR}/levels/1956-declaration
                 ${CMAKE_CURRENT_BINARY_DIR})
set_tests_properties(scenes_stats PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 120)
