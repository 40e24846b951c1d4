/* fuzz_extract.c: libFuzzer harness for the text extractor: any bytes, read
 * as ru and as en, must give a result and a draft YAML, never crash or leak.
 * Depends on: lt_extract.h. Built only with -DLT_FUZZ=ON and clang. */
#include <stdint.h>
#include <stdlib.h>

#include "lt_extract.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (int lang = 0; lang < 2; lang++) {
        lt_extract *x = lt_extract_run((const char *)data, size, (lt_ex_lang)lang);
        if (x) {
            char *yaml = lt_extract_yaml(x, (lt_ex_lang)lang, "draft-fuzz", "source.txt");
            free(yaml);
            lt_extract_free(x);
        }
    }
    return 0;
}
