# check_bench_pack.cmake: generates the 500-event timeline pack into OUT with
# SCRIPT and fails unless `letopis-pack check` (TOOL) reports it clean:
# exit 0, "ok: 500 events", no error lines. Warnings (for instance a title
# that names its place, so no "where" question) are fine for a speed test pack.
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${PYTHON} ${SCRIPT} ${OUT} 500 RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "make-timeline-pack failed (${rc}): ${out}${err}")
endif()
execute_process(COMMAND ${TOOL} check ${OUT} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "letopis-pack check: ${out}${err}")
if(NOT rc EQUAL 0 OR NOT "${out}${err}" MATCHES "ok: 500 events" OR "${out}${err}" MATCHES ": error:")
    message(FATAL_ERROR "the generated pack is not clean (exit ${rc})")
endif()
