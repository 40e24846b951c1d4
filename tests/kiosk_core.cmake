# kiosk_core.cmake: kiosk mode's core: the config file, the kiosk database
# (visits, crashes, leaderboard, day summaries, exports), the initials
# blocklist, the status file, and the `letopis-pack kiosk` command.
# Days are local days, so the tests run in UTC.
set(LT_KIOSK_ENV "${LT_TEST_ENV};TZ=UTC")
foreach(t kiosk_cfg kstore kiosk_words kiosk_status)
    add_executable(test_${t} ${CMAKE_CURRENT_LIST_DIR}/kiosk/test_${t}.c)
    target_link_libraries(test_${t} PRIVATE lt_core)
    add_test(NAME ${t} COMMAND test_${t} ${CMAKE_CURRENT_BINARY_DIR}/${t}-tmp)
    set_tests_properties(${t} PROPERTIES ENVIRONMENT "${LT_KIOSK_ENV}")
endforeach()

add_executable(kiosk_seed ${CMAKE_CURRENT_LIST_DIR}/kiosk/kiosk_seed.c)
target_link_libraries(kiosk_seed PRIVATE lt_core)
add_test(NAME kiosk_tool
         COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/kiosk/tool.sh $<TARGET_FILE:letopis-pack>
                 $<TARGET_FILE:kiosk_seed> ${CMAKE_CURRENT_BINARY_DIR}/kiosk-tool-tmp)
set_tests_properties(kiosk_tool PROPERTIES ENVIRONMENT "${LT_KIOSK_ENV}")
