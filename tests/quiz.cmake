# Question generation, answer normalisation, scoring and the settings store (core, no display).
set(LT_DEFAULT_PACK_DIR ${CMAKE_SOURCE_DIR}/levels/1956-declaration)

add_executable(test_quiz ${CMAKE_CURRENT_LIST_DIR}/quiz/test_quiz.c ${CMAKE_CURRENT_LIST_DIR}/quiz/test_quiz_types.c
                         ${CMAKE_CURRENT_LIST_DIR}/quiz/test_quiz_hand.c)
target_link_libraries(test_quiz PRIVATE lt_core)
add_test(NAME quiz_generation COMMAND test_quiz ${LT_DEFAULT_PACK_DIR})
add_test(NAME quiz_types COMMAND test_quiz --types ${LT_DEFAULT_PACK_DIR})

# The golden catalog: every question of a round for fixed seeds, both languages,
# then a few questions of every type.
add_test(NAME quiz_catalog
         COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:test_quiz> -DPACK=${LT_DEFAULT_PACK_DIR}
                 -DGOLDEN=${CMAKE_CURRENT_LIST_DIR}/golden/catalog-1956.txt
                 -DOUT=${CMAKE_CURRENT_BINARY_DIR}/catalog-1956.txt
                 -P ${CMAKE_CURRENT_LIST_DIR}/quiz/compare_catalog.cmake)

add_executable(test_norm ${CMAKE_CURRENT_LIST_DIR}/quiz/test_norm.c)
target_link_libraries(test_norm PRIVATE lt_core)
add_test(NAME quiz_norm COMMAND test_norm)

add_executable(test_store ${CMAKE_CURRENT_LIST_DIR}/quiz/test_store.c)
target_link_libraries(test_store PRIVATE lt_core)
add_test(NAME store COMMAND test_store ${CMAKE_CURRENT_BINARY_DIR}/store-tmp)

add_executable(test_score ${CMAKE_CURRENT_LIST_DIR}/quiz/test_score.c)
target_link_libraries(test_score PRIVATE lt_core)
add_test(NAME score COMMAND test_score)
