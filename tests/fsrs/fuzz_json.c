/* fuzz_json.c: libFuzzer harness for the JSON reader: any bytes must parse or be
 * refused with a position, never crash, leak or recurse without bound.
 * Depends on: lt_json.h. Built only with -DLT_FUZZ=ON and clang. */
#include <stdint.h>
#include <stdlib.h>

#include "lt_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t walk(const lt_json *v)
{
    size_t n = 1;
    char buf[40];
    if (v->type == LT_JSON_NUMBER) {
        lt_json_format_number(buf, sizeof buf, v->num);
    }
    for (const lt_json *c = v->child; c; c = c->next) {
        n += walk(c);
    }
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lt_json_doc doc;
    lt_json_error err;
    if (lt_json_parse(&doc, (const char *)data, size, &err) == 0) {
        if (walk(doc.root) == 0) {
            abort();
        }
        lt_json_doc_free(&doc);
    } else if (err.line < 1 || err.col < 1 || err.offset > size) {
        abort();
    }
    return 0;
}
