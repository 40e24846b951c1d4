# store.cmake: profiles, cards and the review log (schema v2, migration from
# v1, append-only log, one transaction per answer), the scheduler and grades,
# the headless autoplay, the SIGKILL test, and the core benchmark program.
add_executable(test_store_v2 ${CMAKE_CURRENT_LIST_DIR}/store/test_store_v2.c)
target_link_libraries(test_store_v2 PRIVATE lt_core)
target_include_directories(test_store_v2 PRIVATE ${CMAKE_CURRENT_LIST_DIR}/quiz)
add_test(NAME store_v2 COMMAND test_store_v2 ${CMAKE_CURRENT_BINARY_DIR}/store-v2-tmp)
set_tests_properties(store_v2 PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")

add_executable(test_sched ${CMAKE_CURRENT_LIST_DIR}/store/test_sched.c)
target_link_libraries(test_sched PRIVATE lt_core)
target_include_directories(test_sched PRIVATE ${CMAKE_CURRENT_LIST_DIR}/quiz)
add_test(NAME sched COMMAND test_sched)
set_tests_properties(sched PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")

# The real binary answering scheduled questions through the engine loop.
add_test(NAME store_autoplay
         COMMAND letopis --headless --autoplay 300 --accuracy 0.75 --seed 11
                 --data-dir ${CMAKE_CURRENT_BINARY_DIR}/store-autoplay-tmp)
set_tests_properties(store_autoplay PROPERTIES
    ENVIRONMENT "${LT_TEST_ENV}"
    TIMEOUT 300
    FIXTURES_REQUIRED store_autoplay_clean
    PASS_REGULAR_EXPRESSION "answer 300 card="
    FAIL_REGULAR_EXPRESSION "autoplay stopped|AddressSanitizer|runtime error")
add_test(NAME store_autoplay_clean
         COMMAND ${CMAKE_COMMAND} -E rm -rf ${CMAKE_CURRENT_BINARY_DIR}/store-autoplay-tmp)
set_tests_properties(store_autoplay_clean PROPERTIES FIXTURES_SETUP store_autoplay_clean)

# SIGKILL while committing: nothing printed as committed may be lost.
add_executable(test_kill ${CMAKE_CURRENT_LIST_DIR}/store/test_kill.c)
target_link_libraries(test_kill PRIVATE lt_core)
target_include_directories(test_kill PRIVATE ${CMAKE_CURRENT_LIST_DIR}/quiz)
add_test(NAME store_kill COMMAND test_kill $<TARGET_FILE:letopis> ${CMAKE_CURRENT_BINARY_DIR}/store-kill-tmp)
set_tests_properties(store_kill PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 600)

# Benchmarks of the core (scripts/bench runs it in Release and checks the targets).
add_executable(letopis-bench-core ${CMAKE_CURRENT_LIST_DIR}/store/bench_core.c)
target_link_libraries(letopis-bench-core PRIVATE lt_core)
