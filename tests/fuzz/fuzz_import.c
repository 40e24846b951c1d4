/* fuzz_import.c: libFuzzer harness for the GIFT and Aiken importers (built
 * once per format: LT_FUZZ_FORMAT is LT_IMPORT_GIFT or LT_IMPORT_AIKEN, and
 * LT_FUZZ_NAME the file name the diagnostics use): any bytes are decoded,
 * parsed, checked and written as pack YAML, never crash or leak.
 * Depends on: lt_import.h. Built only with -DLT_FUZZ=ON and clang. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lt_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lt_import_result r;
    char *yaml;
    lt_import_buffer(LT_FUZZ_NAME, (const char *)data, size, LT_FUZZ_FORMAT, &r);
    lt_import_validate(&r);
    yaml = lt_import_pack_yaml(&r, "fuzz", "fuzz");
    if (yaml && r.n_questions > 0) {
        lt_diags d = { 0 };
        lt_pack *p = lt_pack_load_mem(yaml, strlen(yaml), "fuzz.yaml", "/nonexistent-letopis-fuzz", &d);
        if (!p) {
            abort(); /* validated questions must load */
        }
        lt_pack_free(p);
        lt_diags_free(&d);
    }
    free(yaml);
    lt_import_result_free(&r);
    return 0;
}
