# compare_catalog.cmake: writes the question catalog and diffs it with the
# checked-in golden file. Update with scripts/update-golden.
execute_process(COMMAND ${TOOL} --catalog ${PACK} OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "catalog tool failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${GOLDEN} RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
    execute_process(COMMAND diff -u ${GOLDEN} ${OUT})
    message(FATAL_ERROR "catalog differs from ${GOLDEN}; if the change is intended run scripts/update-golden")
endif()
