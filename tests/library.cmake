# library.cmake: teacher packs in the game: the pack library core (scan,
# summaries, sort, drops, import), the file watcher, live reload through the
# real engine, and the real binary taking a dropped GIFT file, a weird file,
# `--pack FILE.gift`, and the library screen (screenshots to look at:
# <build>/tests/shots/library-*.png).
set(LT_LIB_FIX ${CMAKE_CURRENT_LIST_DIR}/library)
set(LT_LIB_TMP ${CMAKE_CURRENT_BINARY_DIR}/library-tmp)
file(MAKE_DIRECTORY ${LT_LIB_TMP})

add_executable(core_packlib ${LT_LIB_FIX}/test_packlib.c)
target_include_directories(core_packlib PRIVATE ${CMAKE_CURRENT_LIST_DIR}/core)
target_link_libraries(core_packlib PRIVATE lt_core)
add_test(NAME core_packlib COMMAND core_packlib ${LT_LIB_FIX} ${LT_LIB_TMP}/packlib)
set_tests_properties(core_packlib PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 60)

add_executable(core_watch ${LT_LIB_FIX}/test_watch.c)
target_include_directories(core_watch PRIVATE ${CMAKE_CURRENT_LIST_DIR}/core)
target_link_libraries(core_watch PRIVATE lt_core)
add_test(NAME core_watch COMMAND core_watch ${LT_LIB_TMP}/watch)
set_tests_properties(core_watch PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 60)

add_executable(test_reload ${LT_LIB_FIX}/test_reload.c)
target_include_directories(test_reload PRIVATE ${CMAKE_CURRENT_LIST_DIR}/engine)
target_link_libraries(test_reload PRIVATE lt_scenes)
add_test(NAME scn_reload COMMAND test_reload ${CMAKE_SOURCE_DIR}/assets ${LT_LIB_TMP})
set_tests_properties(scn_reload PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 120)

# Replays that drop files: the paths are absolute, so they are written here
# (a space in a path is \s in the replay format).
function(lt_drop_replay out path)
    string(REPLACE "\\" "\\\\" esc "${path}")
    string(REPLACE " " "\\s" esc "${esc}")
    file(WRITE ${out} "letopis-replay 1\n5 drop_file 0 0 0 0 ${esc}\n")
endfunction()
lt_drop_replay(${LT_LIB_TMP}/drop-gift.txt ${LT_LIB_FIX}/history-quiz.gift)
lt_drop_replay(${LT_LIB_TMP}/drop-png.txt ${CMAKE_SOURCE_DIR}/docs/screenshot.png)
lt_drop_replay(${LT_LIB_TMP}/drop-pack.txt ${LT_LIB_FIX}/packs/good)

# A GIFT file dropped on the menu is imported into <data>/packs and opened;
# the panel shows the summary and the skipped essay with its file:line.
lt_game_test(game_library_drop_gift
    ARGS --lang ru --replay ${LT_LIB_TMP}/drop-gift.txt --frames 30
         --screenshot ${LT_SHOTS}/library-drop-ru.png
    EXPECT "scene=menu" "pack=history-quiz" "imported 3, skipped 1" "history-quiz.gift:10: essay")
# A picture: a clear message, the pack stays.
lt_game_test(game_library_drop_png
    ARGS --lang en --replay ${LT_LIB_TMP}/drop-png.txt --frames 30
    EXPECT "screenshot.png: neither a pack nor a file of questions" "pack=1956-declaration")
# A pack folder dropped opens it.
lt_game_test(game_library_drop_pack
    ARGS --lang en --replay ${LT_LIB_TMP}/drop-pack.txt --frames 30
    EXPECT "scene=menu" "pack=lib-good")
# --pack with a GIFT file imports it first.
lt_game_test(game_library_pack_gift
    ARGS --lang en --pack ${LT_LIB_FIX}/history-quiz.gift --frames 10
    EXPECT "scene=menu" "pack=history-quiz" "imported 3, skipped 1")
# The library from the menu (a click on "Packs"): its cards, in both
# languages; then Enter on the focused (open) pack goes back to the menu.
lt_game_test(game_library_screen_ru
    ARGS --lang ru --replay ${LT_LIB_FIX}/to-library.txt --frames 30
         --screenshot ${LT_SHOTS}/library-ru.png
    EXPECT "scene=library" "pack=1956-declaration")
lt_game_test(game_library_screen_en
    ARGS --lang en --replay ${LT_LIB_FIX}/to-library.txt --frames 30
         --screenshot ${LT_SHOTS}/library-en.png
    EXPECT "scene=library")
# Choosing the template pack (second card, key 2 then Enter) opens it and
# remembers it: the next start opens it too.
add_test(NAME game_library_choose
         COMMAND sh ${LT_LIB_FIX}/choose.sh $<TARGET_FILE:letopis> ${LT_LIB_FIX}/choose-template.txt
                 ${LT_LIB_TMP}/data-choose)
set_tests_properties(game_library_choose PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 120)
# By touch: a tap on "Packs", a tap on the second card (the template pack).
lt_game_test(game_library_touch
    ARGS --lang ru --replay ${LT_LIB_FIX}/touch-template.txt --frames 20
    EXPECT "scene=menu" "pack=template")
