/* fuzz_pack.c: libFuzzer harness for the pack loader (and the date parser):
 * any bytes must load or be refused with diagnostics, never crash or leak.
 * Depends on: lt_pack.h, lt_date.h. Built only with -DLT_FUZZ=ON and clang. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lt_date.h"
#include "lt_pack.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lt_diags diags = { 0 };
    lt_pack *pack;
    char text[96];
    lt_date d;
    size_t n = size < sizeof text - 1 ? size : sizeof text - 1;

    /* no source text can be found in this folder: the fuzzer never reads files */
    pack = lt_pack_load_mem((const char *)data, size, "fuzz.yaml", "/nonexistent-letopis-fuzz", &diags);
    if (pack) {
        char *json = lt_pack_to_json(pack);
        free(json);
        lt_pack_free(pack);
    }
    for (size_t i = 0; i < diags.count; i++) {
        char *s = lt_diag_format(&diags.items[i]);
        free(s);
    }
    lt_diags_free(&diags);

    memcpy(text, data, n);
    text[n] = '\0';
    if (lt_date_parse(text, &d, text, sizeof text)) {
        char out[128];
        long f, l;
        lt_date_format(&d, 0, out, sizeof out);
        lt_date_format(&d, 1, out, sizeof out);
        lt_date_to_string(&d, out, sizeof out);
        (void)lt_date_span(&d, &f, &l);
        (void)lt_date_order(&d, &d);
    }
    return 0;
}
