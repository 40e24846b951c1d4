# kiosk_scenes.cmake: kiosk mode through the real scene stack, headless, with
# a fresh data folder: attract, a round by taps, initials behind the guard and
# the leaderboard, idle warning and reset, Esc and window close ignored, the
# admin corner, the PIN lock, admin actions. PNGs <build>/tests/kiosk-*.png.
add_executable(test_kiosk_scenes ${CMAKE_CURRENT_LIST_DIR}/kiosk/test_kiosk_scenes.c)
target_include_directories(test_kiosk_scenes PRIVATE ${CMAKE_CURRENT_LIST_DIR}/engine)
target_link_libraries(test_kiosk_scenes PRIVATE lt_scenes)
add_test(NAME kiosk_scenes
         COMMAND test_kiosk_scenes ${CMAKE_SOURCE_DIR}/assets ${CMAKE_SOURCE_DIR}/levels/1956-declaration
                 ${CMAKE_CURRENT_BINARY_DIR} ${CMAKE_SOURCE_DIR})
set_tests_properties(kiosk_scenes PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 300)
