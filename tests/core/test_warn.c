/* test_warn.c: lt_pack_warnings on the warnings fixture (one of each kind, with
 * positions and hints) and on the template pack (no warnings at all).
 * Usage: core_warn FIXTURE_DIR TEMPLATE_DIR. Depends on: lt_pack.h, lt_test.h. */
#include <stdio.h>
#include <string.h>

#include "lt_pack.h"
#include "lt_test.h"

/* The first warning whose message holds `needle`, or NULL. */
static const lt_diag *find(const lt_diags *d, const char *needle)
{
    for (size_t i = 0; i < d->count; i++) {
        if (d->items[i].severity == LT_SEV_WARNING && strstr(d->items[i].message, needle)) {
            return &d->items[i];
        }
    }
    return NULL;
}

static void check_at(const lt_diags *d, const char *needle, int line, int col)
{
    const lt_diag *w = find(d, needle);
    LT_CHECK(w != NULL);
    if (w) {
        LT_CHECK_INT(w->line, line);
        LT_CHECK_INT(w->col, col);
        LT_CHECK(w->hint != NULL && w->hint[0] != '\0');
        LT_CHECK(strstr(w->file, "pack.yaml") != NULL);
    }
}

int main(int argc, char **argv)
{
    lt_diags d = { 0 };
    lt_pack *pack;

    if (argc < 3) {
        fprintf(stderr, "usage: core_warn FIXTURE_DIR TEMPLATE_DIR\n");
        return 2;
    }
    pack = lt_pack_load(argv[1], &d);
    LT_CHECK(pack != NULL);
    LT_CHECK_INT(d.count, 0);
    if (pack) {
        lt_pack_warnings(pack, &d);
        LT_CHECK_INT(d.n_errors, 0);
        LT_CHECK_INT(d.n_warnings, 5);
        check_at(&d, "event 'E2' has no date", 20, 5);
        check_at(&d, "event 'E3' has no 'en' text for title", 23, 5);
        check_at(&d, "event 'E1' cannot be asked 'where': fewer than three", 14, 5);
        check_at(&d, "answer '?!' normalises to nothing", 32, 5);
        check_at(&d, "event 'E4' has the same title (ru) as event 'E1'", 27, 5);
        LT_CHECK(find(&d, "'when'") != NULL && find(&d, "cannot be asked 'when'") == NULL);
    }
    lt_pack_warnings(NULL, &d); /* no pack: nothing, no crash */
    lt_pack_free(pack);
    lt_diags_free(&d);

    memset(&d, 0, sizeof d);
    pack = lt_pack_load(argv[2], &d);
    LT_CHECK(pack != NULL);
    if (pack) {
        lt_pack_warnings(pack, &d);
    }
    for (size_t i = 0; i < d.count; i++) {
        fprintf(stderr, "template: %s:%d:%d: %s\n", d.items[i].file, d.items[i].line,
                d.items[i].col, d.items[i].message);
    }
    LT_CHECK_INT(d.count, 0);
    lt_pack_free(pack);
    lt_diags_free(&d);
    return LT_TEST_END();
}
