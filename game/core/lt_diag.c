/* lt_diag.c: diagnostics (errors and warnings with a position and a hint)
 * collected by loaders and printed by tools.
 * Depends on: lt_pack.h, libc. */
#include "lt_pack.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *diag_strdup(const char *s)
{
    size_t n;
    char *p;
    if (!s) {
        return NULL;
    }
    n = strlen(s);
    p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n + 1);
    }
    return p;
}

const char *lt_diag_code_name(lt_diag_code c)
{
    static const char *const names[] = {
        "other", "io", "utf8", "syntax", "unknown-key", "missing-field", "duplicate-key",
        "bad-type", "bad-value", "bad-date", "duplicate-id", "unknown-ref", "wrong-kind",
        "bad-enum", "source-missing", "path-outside", "paragraph", "format", "empty", "nomem",
        "bad-image"
    };
    if ((unsigned)c >= sizeof names / sizeof names[0]) {
        return "other";
    }
    return names[c];
}

void lt_diags_addf(lt_diags *d, lt_severity sev, lt_diag_code code, const char *file,
                   int line, int col, const char *hint, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    lt_diag *item;

    if (!d) {
        return;
    }
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        lt_diag *items = realloc(d->items, cap * sizeof *items);
        if (!items) {
            return;
        }
        d->items = items;
        d->cap = cap;
    }
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    item = &d->items[d->count];
    memset(item, 0, sizeof *item);
    item->severity = sev;
    item->code = code;
    item->line = line;
    item->col = col;
    item->file = diag_strdup(file ? file : "");
    item->message = diag_strdup(msg);
    item->hint = diag_strdup(hint);
    if (!item->file || !item->message || (hint && !item->hint)) {
        free(item->file);
        free(item->message);
        free(item->hint);
        return;
    }
    d->count++;
    if (sev == LT_SEV_ERROR) {
        d->n_errors++;
    } else {
        d->n_warnings++;
    }
}

void lt_diags_free(lt_diags *d)
{
    if (!d) {
        return;
    }
    for (size_t i = 0; i < d->count; i++) {
        free(d->items[i].file);
        free(d->items[i].message);
        free(d->items[i].hint);
    }
    free(d->items);
    memset(d, 0, sizeof *d);
}

char *lt_diag_format(const lt_diag *d)
{
    const char *sev = d->severity == LT_SEV_ERROR ? "error" : "warning";
    char pos[64] = "";
    size_t len;
    char *out;

    if (d->line > 0) {
        snprintf(pos, sizeof pos, ":%d:%d", d->line, d->col > 0 ? d->col : 1);
    }
    len = strlen(d->file ? d->file : "") + strlen(pos) + strlen(sev) +
          strlen(d->message ? d->message : "") + (d->hint ? strlen(d->hint) : 0) + 16;
    out = malloc(len);
    if (!out) {
        return NULL;
    }
    snprintf(out, len, "%s%s: %s: %s%s%s%s", d->file ? d->file : "", pos, sev,
             d->message ? d->message : "", d->hint ? " (" : "", d->hint ? d->hint : "",
             d->hint ? ")" : "");
    return out;
}
