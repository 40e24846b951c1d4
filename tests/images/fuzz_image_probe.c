/* fuzz_image_probe.c: libFuzzer harness for the PNG/JPEG header probe: any
 * bytes give a status, never a read outside the buffer (the input is copied
 * to an exact-size allocation so ASan sees any overrun).
 * Depends on: lt_image_probe.h. Built only with -DLT_FUZZ=ON and clang. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lt_image_probe.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *copy = malloc(size ? size : 1);
    lt_image_info info;
    if (!copy) {
        return 0;
    }
    memcpy(copy, data, size);
    if (lt_image_probe(copy, size, &info) == LT_IMAGE_OK && info.format == LT_IMAGE_NONE) {
        abort();
    }
    free(copy);
    return 0;
}
