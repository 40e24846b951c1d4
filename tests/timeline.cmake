# The timeline board's core (axis, ticks, lane layout, judging, rules game) over
# random packs and the default pack, and the 500-event benchmark pack generator.
add_executable(test_timeline ${CMAKE_CURRENT_LIST_DIR}/timeline/test_timeline.c)
target_link_libraries(test_timeline PRIVATE lt_core m)
add_test(NAME timeline COMMAND test_timeline ${CMAKE_SOURCE_DIR}/levels/1956-declaration)
set_tests_properties(timeline PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")

# scripts/make-timeline-pack writes a 500-event pack that letopis-pack checks clean.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    add_test(NAME timeline_bench_pack
             COMMAND ${CMAKE_COMMAND} -DPYTHON=${Python3_EXECUTABLE}
                     -DSCRIPT=${CMAKE_SOURCE_DIR}/scripts/make-timeline-pack
                     -DTOOL=$<TARGET_FILE:letopis-pack>
                     -DOUT=${CMAKE_CURRENT_BINARY_DIR}/timeline-bench-500
                     -P ${CMAKE_CURRENT_LIST_DIR}/timeline/check_bench_pack.cmake)
    set_tests_properties(timeline_bench_pack PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")
endif()
