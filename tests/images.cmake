# images.cmake: pictures in packs (issue 5, point 6). The core's header probe
# and the pack checker's `image:` rules (fixtures in tests/images/packs, with
# links, big files and the pack-wide limits made at run time), eng_image under
# the headless software renderer, `letopis-pack check`/`dump` on image
# packs, and the real game showing a question with its picture (and the alt
# text in a frame when the picture cannot be drawn), checked by its pixels.
set(LT_IMG_DIR ${CMAKE_CURRENT_LIST_DIR}/images)
set(LT_IMG_TMP ${CMAKE_CURRENT_BINARY_DIR}/images-tmp)
file(MAKE_DIRECTORY ${LT_IMG_TMP})

add_executable(images_core ${LT_IMG_DIR}/test_image_core.c)
target_include_directories(images_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/core)
target_link_libraries(images_core PRIVATE lt_core)
add_test(NAME images_core COMMAND images_core ${LT_IMG_DIR}/packs ${LT_IMG_TMP})

add_executable(images_engine ${LT_IMG_DIR}/test_image_engine.c)
target_include_directories(images_engine PRIVATE ${CMAKE_CURRENT_LIST_DIR}/engine)
target_link_libraries(images_engine PRIVATE lt_engine PkgConfig::SDL2)
add_test(NAME images_engine COMMAND images_engine ${CMAKE_SOURCE_DIR}/assets ${LT_IMG_TMP})

# letopis-pack: an image error as file:line:col with its hint; dump --json
# carries the image of the template pack.
add_test(NAME images_cli_check
         COMMAND sh -c "out=$(\"$0\" check \"$1/huge.yaml\"); rc=$?; printf '%s\\n' \"$out\"; \
test $rc -eq 1 && printf '%s' \"$out\" | grep -q 'huge.yaml:10:12: error: the image .pictures/huge.png. is 5000x3000 pixels; the limit is 4096x4096' \
&& printf '%s' \"$out\" | grep -q '^  hint: scale it down' \
&& \"$0\" check --json \"$1/fake.yaml\" | grep -q '\"code\":\"bad-image\"'"
                 $<TARGET_FILE:letopis-pack> ${LT_IMG_DIR}/packs)
add_test(NAME images_cli_dump
         COMMAND sh -c "\"$0\" dump \"$1\" --json | grep -q '\"image\":{\"file\":\"images/declaration.png\",\"width\":320,\"height\":240,\"format\":\"png\",\"alt\":{\"ru\":'"
                 $<TARGET_FILE:letopis-pack> ${CMAKE_SOURCE_DIR}/levels/template)
set_tests_properties(images_core images_engine images_cli_check images_cli_dump
                     PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" LABELS images TIMEOUT 120)

# The real game, headless: a question with its picture and the feedback after
# it (the picture in its column, nothing else covered), and a picture whose
# data is broken (one log line, the alt text in a frame). Screenshots are kept
# in <build>/tests/images-tmp to look at.
add_executable(images_shot_pixels ${LT_IMG_DIR}/shot_pixels.c)
target_link_libraries(images_shot_pixels PRIVATE PkgConfig::SDL2)
foreach(what question feedback fallback)
    add_test(NAME images_game_${what}
             COMMAND sh ${LT_IMG_DIR}/game_picture.sh ${what} $<TARGET_FILE:letopis>
                     $<TARGET_FILE:images_shot_pixels> ${LT_IMG_TMP} ${CMAKE_SOURCE_DIR})
    set_tests_properties(images_game_${what} PROPERTIES
                         ENVIRONMENT "${LT_TEST_ENV}" LABELS images TIMEOUT 300)
endforeach()

# libFuzzer harness for the header probe (only with -DLT_FUZZ=ON and clang);
# seeds: the pictures in tests/images/packs/pictures.
if(LT_FUZZ AND CMAKE_C_COMPILER_ID MATCHES "Clang")
    add_executable(fuzz_image_probe ${LT_IMG_DIR}/fuzz_image_probe.c
                   ${CMAKE_SOURCE_DIR}/game/core/lt_image_probe.c)
    target_include_directories(fuzz_image_probe PRIVATE ${CMAKE_SOURCE_DIR}/game/core)
    target_compile_options(fuzz_image_probe PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(fuzz_image_probe PRIVATE -fsanitize=fuzzer,address,undefined)
endif()
