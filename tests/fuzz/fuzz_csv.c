/* fuzz_csv.c: libFuzzer harness for the CSV/TSV importer: any bytes, with
 * any separator, import or are skipped with reasons; never a crash or leak.
 * Depends on: lt_import.h. Built only with -DLT_FUZZ=ON and clang. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lt_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char seps[] = { 0, ',', ';', '\t', '|' };
    lt_import_result res;
    char sep = size > 0 ? seps[data[0] % sizeof seps] : 0;

    memset(&res, 0, sizeof res);
    lt_import_csv("fuzz.csv", (const char *)data, size, sep, &res);
    for (size_t i = 0; i < res.n_questions; i++) {
        const lt_imp_question *q = &res.questions[i];
        if (!q->prompt || q->n_options < 0 || q->n_options > LT_IMPORT_MAX_OPTIONS) {
            abort();
        }
    }
    for (size_t i = 0; i < res.diags.count; i++) {
        char *s = lt_diag_format(&res.diags.items[i]);
        free(s);
    }
    lt_import_result_free(&res);
    (void)lt_import_csv_separator((const char *)data, size);
    /* through the decoder (BOM, Windows-1251) as the game reads a file */
    if (lt_import_buffer("fuzz.csv", (const char *)data, size, LT_IMPORT_CSV, &res)) {
        lt_import_result_free(&res);
    } else {
        lt_import_result_free(&res);
    }
    return 0;
}
