# bench.cmake: letopis-floor, the bare SDL2 + SDL2_ttf window that scripts/bench
# measures the game against. Built in the normal build; not a ctest (timing).
add_executable(letopis-floor ${CMAKE_CURRENT_LIST_DIR}/bench/floor.c)
target_link_libraries(letopis-floor PRIVATE PkgConfig::SDL2)
set_target_properties(letopis-floor PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})

# letopis-floor-labels: the floor for the timeline board benchmark (scripts/bench):
# N text labels panned every frame on SDL's software renderer, median frame CPU.
add_executable(letopis-floor-labels ${CMAKE_CURRENT_LIST_DIR}/bench/floor_labels.c)
target_link_libraries(letopis-floor-labels PRIVATE PkgConfig::SDL2)
set_target_properties(letopis-floor-labels PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
