# smoke.cmake: the real letopis binary in a real window under its own Xvfb
# (tests/smoke/smoke.sh); skipped (77) only when Xvfb is not installed.
# Screenshots are kept in <build>/smoke/ to look at.
add_test(NAME smoke
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/smoke/smoke.sh $<TARGET_FILE:letopis> ${CMAKE_BINARY_DIR}/smoke)
set_tests_properties(smoke PROPERTIES
    SKIP_RETURN_CODE 77
    TIMEOUT 180
    LABELS smoke
    ENVIRONMENT "LETOPIS_ROOT=${CMAKE_SOURCE_DIR};${LT_LSAN}:fast_unwind_on_malloc=0")
