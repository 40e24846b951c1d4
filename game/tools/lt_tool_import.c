/* lt_tool_import.c: `letopis-pack import FILE [-o DIR] [--from F] [--json]`:
 * imports, writes the pack, lists each skipped item with file:line and a
 * summary by reason. Depends on: lt_import.h, lt_json.h (core). */
#include "lt_tool_import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_import.h"
#include "lt_json.h"
#include "lt_packlib.h"

#define LT_IMP_MAX_REASONS 32

typedef struct reason_count {
    char key[48];
    size_t n;
} reason_count;

static int imp_usage(const char *msg, const char *arg)
{
    if (msg) {
        fprintf(stderr, "letopis-pack import: ");
        fprintf(stderr, msg, arg);
        fprintf(stderr, "\n");
    }
    fprintf(stderr, "usage: letopis-pack import FILE [-o DIR] [--from gift|aiken|csv|tsv] [--json]\n");
    return 2;
}

static void json_str(FILE *out, const char *s)
{
    size_t n = strlen(s), need = 6 * n + 3;
    char *buf = malloc(need);
    if (!buf) {
        fputs("\"\"", out);
        return;
    }
    lt_json_escape(buf, need, s, n);
    fputs(buf, out);
    free(buf);
}

/* "dir/name.ext" -> "name" */
static void base_noext(const char *path, char *out, size_t outlen)
{
    const char *b = strrchr(path, '/');
    const char *dot;
    size_t n;
    b = b ? b + 1 : path;
    dot = strrchr(b, '.');
    n = dot && dot != b ? (size_t)(dot - b) : strlen(b);
    snprintf(out, outlen, "%.*s", (int)n, b);
}

int lt_tool_import(int argc, char **argv)
{
    const char *file = NULL, *dir = NULL;
    int fmt = LT_IMPORT_AUTO;
    bool json = false, wrote = false;
    lt_import_result res;
    reason_count reasons[LT_IMP_MAX_REASONS];
    size_t n_reasons = 0;
    char base[256], defdir[256], id[64], err[512];
    int rc;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--json") == 0) {
            json = true;
        } else if (strcmp(a, "-o") == 0 || strcmp(a, "--from") == 0) {
            if (i + 1 >= argc) {
                return imp_usage("'%s' needs a value", a);
            }
            if (a[1] == 'o') {
                dir = argv[++i];
            } else {
                fmt = lt_import_format_parse(argv[++i]);
                if (fmt <= 0) {
                    return imp_usage("unknown format '%s' (gift, aiken, csv or tsv)", argv[i]);
                }
            }
        } else if (strcmp(a, "--help") == 0) {
            imp_usage(NULL, NULL);
            return 0;
        } else if (a[0] == '-' && a[1] != '\0') {
            return imp_usage("unknown option '%s'", a);
        } else if (file) {
            return imp_usage("one FILE only; extra argument '%s'", a);
        } else {
            file = a;
        }
    }
    if (!file) {
        return imp_usage("needs a FILE (GIFT, Aiken, CSV or TSV)%s", "");
    }
    base_noext(file, base, sizeof base);
    snprintf(defdir, sizeof defdir, "%s", base[0] ? base : "imported");
    if (!dir) {
        dir = defdir;
    }
    lt_packlib_id_of(base, id, sizeof id);

    if (lt_import_file(file, (lt_import_format)fmt, &res)) {
        lt_import_validate(&res);
    }
    err[0] = '\0';
    if (res.n_questions > 0) {
        wrote = lt_import_write_pack(&res, dir, id, base[0] ? base : id, err, sizeof err);
    }
    for (size_t i = 0; i < res.diags.count; i++) {
        const lt_diag *d = &res.diags.items[i];
        if (d->severity == LT_SEV_WARNING && !lt_import_diag_is_note(d)) {
            char key[48];
            size_t r = 0;
            lt_import_diag_reason(d, key, sizeof key);
            while (r < n_reasons && strcmp(reasons[r].key, key) != 0) {
                r++;
            }
            if (r == n_reasons && n_reasons < LT_IMP_MAX_REASONS) {
                snprintf(reasons[n_reasons].key, sizeof reasons[n_reasons].key, "%s", key);
                reasons[n_reasons++].n = 0;
            }
            if (r < n_reasons) {
                reasons[r].n++;
            }
        }
    }
    if (json) {
        printf("{\"imported\":%zu,\"skipped\":%zu,\"format\":\"%s\",\"encoding\":\"%s\","
               "\"lang\":\"%s\",\"reasons\":{",
               wrote ? res.n_questions : 0, res.skipped, lt_import_format_name(res.format),
               res.encoding, res.lang);
        for (size_t r = 0; r < n_reasons; r++) {
            printf("%s", r ? "," : "");
            json_str(stdout, reasons[r].key);
            printf(":%zu", reasons[r].n);
        }
        printf("},\"items\":[");
        for (size_t i = 0, k = 0; i < res.diags.count; i++) {
            const lt_diag *d = &res.diags.items[i];
            char key[48];
            lt_import_diag_reason(d, key, sizeof key);
            printf("%s{\"line\":%d,\"severity\":\"%s\",\"reason\":", k++ ? "," : "", d->line,
                   d->severity == LT_SEV_ERROR ? "error"
                   : lt_import_diag_is_note(d) ? "note" : "warning");
            json_str(stdout, lt_import_diag_is_note(d) ? "note" : key);
            printf(",\"message\":");
            json_str(stdout, d->message ? d->message : "");
            printf("}");
        }
        printf("],\"pack\":");
        if (wrote) {
            json_str(stdout, dir);
        } else {
            printf("null");
        }
        if (err[0]) {
            printf(",\"error\":");
            json_str(stdout, err);
        }
        printf("}\n");
    } else {
        for (size_t i = 0; i < res.diags.count; i++) {
            const lt_diag *d = &res.diags.items[i];
            const char *sev = d->severity == LT_SEV_ERROR ? "error"
                              : lt_import_diag_is_note(d) ? "note" : "warning";
            if (d->line > 0) {
                printf("%s:%d: %s: %s\n", d->file, d->line, sev, d->message);
            } else {
                printf("%s: %s: %s\n", d->file, sev, d->message);
            }
        }
        printf("imported %zu question%s, skipped %zu", wrote ? res.n_questions : 0,
               (wrote ? res.n_questions : 0) == 1 ? "" : "s", res.skipped);
        for (size_t r = 0; r < n_reasons; r++) {
            printf("%s%zu %s", r ? ", " : " (", reasons[r].n, reasons[r].key);
        }
        printf("%s\n", n_reasons ? ")" : "");
        if (wrote) {
            printf("pack: %s (%s, %s, %s)\n", dir, lt_import_format_name(res.format), res.encoding,
                   res.lang);
        } else if (err[0]) {
            fprintf(stderr, "letopis-pack import: %s\n", err);
        }
    }
    rc = wrote ? 0 : 1;
    lt_import_result_free(&res);
    return rc;
}
