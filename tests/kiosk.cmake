# kiosk.cmake: kiosk mode from the engine and app side: the engine's kiosk
# switches (no way out, cursor, signals, draw_every), kiosk replays through
# the real binary, and a bounded soak of monkey visitors.
add_executable(kiosk_test_engine ${CMAKE_CURRENT_LIST_DIR}/kiosk/test_eng_kiosk.c)
target_include_directories(kiosk_test_engine PRIVATE ${CMAKE_CURRENT_LIST_DIR}/engine)
target_link_libraries(kiosk_test_engine PRIVATE lt_engine PkgConfig::SDL2)
add_test(NAME kiosk_engine COMMAND kiosk_test_engine ${CMAKE_SOURCE_DIR}/assets)
set_tests_properties(kiosk_engine PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" LABELS kiosk TIMEOUT 60)

# lt_kiosk_test(NAME ARGS <args...> [CONFIG <yaml lines...>] [PIN digits]
#               [EXIT status] [EXPECT <strings...>] [REJECT <strings...>])
# The real binary with --kiosk --headless and a fresh data folder holding
# kiosk.yaml (tests/kiosk/run_kiosk.cmake).
set(LT_KIOSK_REPLAYS ${CMAKE_CURRENT_LIST_DIR}/kiosk-replays)
function(lt_kiosk_test name)
    cmake_parse_arguments(K "" "PIN;EXIT" "ARGS;CONFIG;EXPECT;REJECT" ${ARGN})
    string(REPLACE ";" "|" args "${K_ARGS}")
    string(REPLACE ";" "|" config "${K_CONFIG}")
    string(REPLACE ";" "|" expect "${K_EXPECT}")
    string(REPLACE ";" "|" reject "${K_REJECT}")
    set(defs -DGAME=$<TARGET_FILE:letopis> -DTOOL=$<TARGET_FILE:letopis-pack>
             -DDATA=${CMAKE_CURRENT_BINARY_DIR}/data-${name} "-DARGS=${args}" "-DCONFIG=${config}"
             "-DEXPECT=${expect}" "-DREJECT=${reject}")
    if(DEFINED K_PIN)
        list(APPEND defs -DPIN=${K_PIN})
    endif()
    if(DEFINED K_EXIT)
        list(APPEND defs -DEXIT=${K_EXIT})
    endif()
    add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} ${defs} -P ${CMAKE_CURRENT_LIST_DIR}/kiosk/run_kiosk.cmake)
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" LABELS kiosk TIMEOUT 120)
endfunction()

# No way out: window close / Alt+F4 and Esc in attract and mid-round are
# ignored; the run lasts to --frames and the visitor is still in the round.
lt_kiosk_test(kiosk_no_way_out
    ARGS --seed 5 --replay ${LT_KIOSK_REPLAYS}/no-way-out.txt --frames 300
    EXPECT "kiosk state=round" "ticks=300" "quit_requests=2" "escapes=3" "ignored back 3, quit 2")

# Walking away: the warning after idle_warn_seconds, the reset after the
# countdown (the visit ends "idle"); a touch during the countdown keeps the round.
set(LT_KIOSK_IDLE_CFG "idle_warn_seconds: 10" "idle_reset_seconds: 5")
lt_kiosk_test(kiosk_idle_warning
    ARGS --seed 5 --replay ${LT_KIOSK_REPLAYS}/idle.txt --frames 800 --draw-every 4
    CONFIG ${LT_KIOSK_IDLE_CFG}
    EXPECT "kiosk: state idle_warning" "kiosk state=idle_warning" "resets=0"
    REJECT "visit ended idle")
lt_kiosk_test(kiosk_idle_reset
    ARGS --seed 5 --replay ${LT_KIOSK_REPLAYS}/idle.txt --frames 1100 --draw-every 4
    CONFIG ${LT_KIOSK_IDLE_CFG}
    EXPECT "kiosk: state idle_warning" "kiosk: visit ended idle" "kiosk state=attract" "sessions=1" "resets=1")
lt_kiosk_test(kiosk_idle_resume
    ARGS --seed 5 --replay ${LT_KIOSK_REPLAYS}/idle-resume.txt --frames 1100 --draw-every 4
    CONFIG ${LT_KIOSK_IDLE_CFG}
    EXPECT "kiosk: state idle_warning" "kiosk state=round" "resets=0"
    REJECT "visit ended idle")

# Staff: the corner held 5 s opens the PIN pad; the right PIN the admin
# screen; Exit + Yes ends the program (eng_quit gets through kiosk mode only
# that way): the run stops before --frames, with exit status 10 (the unit
# does not restart on it).
lt_kiosk_test(kiosk_corner_pin
    ARGS --seed 5 --replay ${LT_KIOSK_REPLAYS}/corner-pin.txt --frames 1200
    PIN 2468 EXIT 10
    EXPECT "kiosk: state admin_pin" "kiosk: pin ok" "kiosk: state admin" "kiosk: stopped" "left kiosk mode"
    REJECT "ticks=1200" "pin wrong")
# Wrong PINs: the third locks the pad; the right PIN during the lock does
# nothing (still on the pad at tick 450), after the lock it opens admin.
lt_kiosk_test(kiosk_pin_locked
    ARGS --seed 5 --replay ${LT_KIOSK_REPLAYS}/wrong-pin.txt --frames 450
    PIN 2468
    EXPECT "kiosk: pin wrong" "kiosk state=admin_pin" "admin_keys=1"
    REJECT "pin ok")
lt_kiosk_test(kiosk_pin_after_lock
    ARGS --seed 5 --replay ${LT_KIOSK_REPLAYS}/wrong-pin.txt --frames 750
    PIN 2468
    EXPECT "kiosk: pin wrong" "kiosk: pin ok" "kiosk state=admin")

# The leaderboard: a tap on the initials keyboard inside its 2 s guard is
# ignored (else the initials would be ЖКО), КОТ after it is saved.
lt_kiosk_test(kiosk_leaderboard
    ARGS --seed 5 --lang ru --replay ${LT_KIOSK_REPLAYS}/leaderboard.txt --frames 600 --draw-every 4
    CONFIG "round_length: 3"
    EXPECT "kiosk: end keys" "kiosk: board КОТ" "board=КОТ:"
    REJECT "board Ж" "board=Ж")

# A config with errors: each as file:line:col, and the kiosk runs on the
# defaults all the same (it never refuses to start).
lt_kiosk_test(kiosk_bad_config
    ARGS --frames 60
    CONFIG "round_length: 99" "volum: 5"
    EXPECT "kiosk.yaml:1:" "kiosk.yaml:2:1" "running on the defaults" "kiosk state=attract")

# A bounded soak (200 monkey sessions, about four hours of kiosk time) and a
# kill -9 mid-run that must lose no finished session (tests/kiosk/*.sh).
add_test(NAME kiosk_soak COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/kiosk/soak.sh $<TARGET_FILE:letopis>
                                    $<TARGET_FILE:letopis-pack> ${CMAKE_CURRENT_BINARY_DIR}/data-kiosk-soak)
set_tests_properties(kiosk_soak PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" LABELS kiosk TIMEOUT 300)
add_test(NAME kiosk_crash COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/kiosk/crash.sh $<TARGET_FILE:letopis>
                                     ${CMAKE_CURRENT_BINARY_DIR}/data-kiosk-crash)
set_tests_properties(kiosk_crash PROPERTIES ENVIRONMENT "${LT_TEST_ENV};TZ=UTC" LABELS kiosk TIMEOUT 120)

# A real window on a portrait Xvfb without a window manager: full screen, the
# keyboard's ways out ignored, SIGTERM clean (skipped, 77, without Xvfb).
add_test(NAME kiosk_smoke
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/kiosk/smoke_kiosk.sh $<TARGET_FILE:letopis> ${CMAKE_BINARY_DIR}/smoke)
set_tests_properties(kiosk_smoke PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120 LABELS "kiosk;smoke"
                     ENVIRONMENT "LETOPIS_ROOT=${CMAKE_SOURCE_DIR};${LT_LSAN}")

# scripts/kiosk/watchdog: fresh, missing and stale status files.
add_test(NAME kiosk_watchdog COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/kiosk/watchdog.sh
                                        ${CMAKE_SOURCE_DIR}/scripts/kiosk/watchdog ${CMAKE_CURRENT_BINARY_DIR}/kiosk-watchdog)
set_tests_properties(kiosk_watchdog PROPERTIES LABELS kiosk TIMEOUT 30)
