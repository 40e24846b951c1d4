# teacher.cmake: the teacher screen (issue 5 point 7): the lt_report
# additions in the core (class wrong answer, sums per profile, hardest-first
# order, CSV writer and export folder), and the real game replayed headless:
# choosing a PIN, the lock after wrong PINs kept across a restart, the right
# PIN after the delay, the CSV export against `letopis-pack report --csv`,
# `letopis-pack pin --clear`, and screenshots of the results (ru and en).
add_executable(test_teacher_report ${CMAKE_CURRENT_LIST_DIR}/teacher/test_teacher_report.c)
target_link_libraries(test_teacher_report PRIVATE lt_core)
target_include_directories(test_teacher_report PRIVATE ${CMAKE_CURRENT_LIST_DIR}/quiz)
add_test(NAME teacher_report
         COMMAND test_teacher_report $<TARGET_FILE:letopis-pack> ${CMAKE_CURRENT_BINARY_DIR}/teacher-report-tmp)
set_tests_properties(teacher_report PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 60)

# A small class in several scripts for the screenshots (tests/teacher/teacher_seed.c).
add_executable(teacher_seed ${CMAKE_CURRENT_LIST_DIR}/teacher/teacher_seed.c)
target_link_libraries(teacher_seed PRIVATE lt_core)

add_test(NAME game_teacher
         COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/teacher/teacher.sh $<TARGET_FILE:letopis> $<TARGET_FILE:letopis-pack>
                 $<TARGET_FILE:teacher_seed> ${CMAKE_CURRENT_LIST_DIR}/replays ${CMAKE_CURRENT_BINARY_DIR}/teacher-tmp
                 ${CMAKE_CURRENT_BINARY_DIR}/shots)
set_tests_properties(game_teacher PROPERTIES ENVIRONMENT "${LT_TEST_ENV}" TIMEOUT 300)
