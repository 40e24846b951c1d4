# engine.cmake: unit tests of game/engine under SDL's dummy drivers (one
# executable per concern) and engine_demo, a scene that draws Cyrillic text
# and shapes and captures <build>/tests/engine-demo.png to look at.
set(LT_ENGINE_TEST_ENV "${LT_TEST_ENV}")
set(LT_ENGINE_TMP ${CMAKE_CURRENT_BINARY_DIR}/engine-tmp)
file(MAKE_DIRECTORY ${LT_ENGINE_TMP})

foreach(name text tween scene replay capture audio input)
    add_executable(engine_test_${name} ${CMAKE_CURRENT_LIST_DIR}/engine/test_${name}.c)
    target_include_directories(engine_test_${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/engine)
    target_link_libraries(engine_test_${name} PRIVATE lt_engine)
    add_test(NAME engine_${name}
             COMMAND engine_test_${name} ${CMAKE_SOURCE_DIR}/assets ${LT_ENGINE_TMP})
    set_tests_properties(engine_${name} PROPERTIES
        ENVIRONMENT "${LT_ENGINE_TEST_ENV}" LABELS engine TIMEOUT 60)
endforeach()
# The capture test reads its PNG back with SDL_image.
target_link_libraries(engine_test_capture PRIVATE PkgConfig::SDL2)
# The input test pushes device events through SDL itself.
target_link_libraries(engine_test_input PRIVATE PkgConfig::SDL2)

add_executable(engine_demo ${CMAKE_CURRENT_LIST_DIR}/engine/demo_scene.c)
target_link_libraries(engine_demo PRIVATE lt_engine)
add_test(NAME engine_demo
         COMMAND engine_demo ${CMAKE_SOURCE_DIR}/assets ${CMAKE_CURRENT_BINARY_DIR}/engine-demo.png)
set_tests_properties(engine_demo PROPERTIES
    ENVIRONMENT "${LT_ENGINE_TEST_ENV}" LABELS engine TIMEOUT 60)
