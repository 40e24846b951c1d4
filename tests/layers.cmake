# layers.cmake: the layer rules of DESIGN.md as tests. `layers` runs
# scripts/check-layers on the sources and on the built static libs (symbol
# prefixes lt_/eng_/scn_); `layers_selftest` proves the checker catches breaks.
find_package(Python3 COMPONENTS Interpreter REQUIRED)
add_test(NAME layers
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/scripts/check-layers
                 --root ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR})
add_test(NAME layers_selftest
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/layers/selftest.sh ${CMAKE_SOURCE_DIR}/scripts/check-layers)
# The symbol check reads liblt_core.a, liblt_engine.a and liblt_scenes.a; they
# are built by ALL, and REQUIRED_FILES makes a missing one show plainly.
set_tests_properties(layers PROPERTIES
    REQUIRED_FILES "$<TARGET_FILE:lt_core>;$<TARGET_FILE:lt_engine>;$<TARGET_FILE:lt_scenes>"
    LABELS layers)
set_tests_properties(layers_selftest PROPERTIES LABELS layers)
