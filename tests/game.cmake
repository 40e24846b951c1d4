# The real game binary, headless: command line, full rounds replayed through
# the real scenes, a broken pack, and golden screenshots.
add_executable(png_diff ${CMAKE_CURRENT_LIST_DIR}/game/png_diff.c)
target_link_libraries(png_diff PRIVATE PkgConfig::SDL2)

set(LT_REPLAYS ${CMAKE_CURRENT_LIST_DIR}/replays)
set(LT_GOLDEN ${CMAKE_CURRENT_LIST_DIR}/golden)
set(LT_SHOTS ${CMAKE_CURRENT_BINARY_DIR}/shots)
file(MAKE_DIRECTORY ${LT_SHOTS})

# lt_game_test(NAME ARGS <args...> [EXPECT <strings...>] [GOLDEN file.png])
function(lt_game_test name)
    cmake_parse_arguments(G "" "GOLDEN" "ARGS;EXPECT" ${ARGN})
    # Lists travel to the script joined with '|' (a ';' would split them).
    string(REPLACE ";" "|" args "${G_ARGS}")
    string(REPLACE ";" "|" expect "${G_EXPECT}")
    set(defs -DGAME=$<TARGET_FILE:letopis> -DDATA=${CMAKE_CURRENT_BINARY_DIR}/data-${name} "-DARGS=${args}")
    if(G_EXPECT)
        list(APPEND defs "-DEXPECT=${expect}")
    endif()
    if(G_GOLDEN)
        list(APPEND defs -DGOLDEN=${LT_GOLDEN}/${G_GOLDEN} -DSHOT=${LT_SHOTS}/${G_GOLDEN}
             -DDIFF=$<TARGET_FILE:png_diff>)
    endif()
    add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} ${defs} -P ${CMAKE_CURRENT_LIST_DIR}/game/run_game.cmake)
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 300)
endfunction()

add_test(NAME game_cli COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/game/cli.sh $<TARGET_FILE:letopis>
                                  ${CMAKE_CURRENT_BINARY_DIR}/data-cli)
set_tests_properties(game_cli PROPERTIES ENVIRONMENT "${LT_TEST_ENV}")

# Settings by keyboard: language switched to English, volume 80 -> 90.
lt_game_test(game_settings
    ARGS --lang ru --replay ${LT_REPLAYS}/settings.txt --frames 60
    EXPECT "scene=menu" "lang=en" "volume=90")

lt_game_test(game_round_keyboard
    ARGS --seed 1956 --lang ru --replay ${LT_REPLAYS}/round-keyboard.txt --frames 2400
    EXPECT "scene=results" "rounds=1" "right=8/10" "score=8300")
lt_game_test(game_round_mouse
    ARGS --seed 1956 --lang en --replay ${LT_REPLAYS}/round-mouse.txt --frames 2400
    EXPECT "scene=results" "rounds=1" "right=10/10" "score=13000")
lt_game_test(game_bad_pack
    ARGS --pack ${CMAKE_CURRENT_LIST_DIR}/game/broken-pack.yaml --frames 30
    EXPECT "broken-pack.yaml:4:" "scene=menu")
lt_game_test(game_missing_pack
    ARGS --pack /nonexistent/pack --frames 30
    EXPECT "/nonexistent/pack" "scene=menu")
lt_game_test(golden_menu_ru ARGS --lang ru --frames 10 --screenshot ${LT_SHOTS}/menu-ru.png GOLDEN menu-ru.png)
lt_game_test(golden_menu_en ARGS --lang en --frames 10 --screenshot ${LT_SHOTS}/menu-en.png GOLDEN menu-en.png)
lt_game_test(golden_question_ru
    ARGS --lang ru --seed 1956 --replay ${LT_REPLAYS}/to-question.txt --frames 120
         --screenshot ${LT_SHOTS}/question-ru.png
    GOLDEN question-ru.png)
lt_game_test(golden_feedback_en
    ARGS --lang en --seed 1956 --replay ${LT_REPLAYS}/to-feedback.txt --frames 200
         --screenshot ${LT_SHOTS}/feedback-en.png
    GOLDEN feedback-en.png)

# A study session replayed through the scenes, and three days of study.
lt_game_test(game_study
    ARGS --seed 5 --lang ru --now 2026-01-05T10:00:00Z --replay ${LT_REPLAYS}/study.txt --frames 2600
    EXPECT "scene=results" "rounds=1" "right=5/20" "score=4875")
add_test(NAME game_study_days COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/game/study_days.sh $<TARGET_FILE:letopis>
                                         ${LT_REPLAYS}/study.txt ${CMAKE_CURRENT_BINARY_DIR}/data-study-days)
set_tests_properties(game_study_days PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 300)
add_test(NAME game_hint COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/game/hint.sh $<TARGET_FILE:letopis>
                                   ${LT_REPLAYS}/hint.txt ${CMAKE_CURRENT_BINARY_DIR}/data-hint)
set_tests_properties(game_hint PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 120)

# The timeline board opened from the menu (a click on its item), in Russian.
lt_game_test(golden_board_ru
    ARGS --lang ru --seed 1956 --replay ${LT_REPLAYS}/to-board.txt --frames 60
         --screenshot ${LT_SHOTS}/board-ru.png
    GOLDEN board-ru.png)

# A placement round played by drags (mouse and finger) through the real
# binary: menu -> board -> key 1 -> five cards dragged to their dates
# (tests/replays/placement.txt, written by scripts/make-placement-replay);
# then the store must hold five committed timeline answers.
lt_game_test(game_placement
    ARGS --seed 1956 --lang ru --replay ${LT_REPLAYS}/placement.txt --frames 600
    EXPECT "scene=place" "rounds=1" "right=5/5" "score=500")
set_tests_properties(game_placement PROPERTIES FIXTURES_SETUP placement_round)
add_test(NAME game_placement_db
         COMMAND python3 -c "import sqlite3, sys; rows = sqlite3.connect(sys.argv[1]).execute(\"SELECT COUNT(*), COUNT(DISTINCT card) FROM review_log WHERE qtype = 'timeline'\").fetchone(); print('timeline answers committed, cards:', rows); sys.exit(0 if rows == (5, 5) else 1)"
                 ${CMAKE_CURRENT_BINARY_DIR}/data-game_placement/letopis.db)
set_tests_properties(game_placement_db PROPERTIES FIXTURES_REQUIRED placement_round TIMEOUT 30)
