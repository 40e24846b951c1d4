/* lt_tool_report.c: `letopis-pack report --data-dir DIR [--pack ID] [--now T] [--csv|--json]`:
 * class results per profile and fact, and per fact over all profiles, as a
 * text table, CSV (RFC 4180, UTF-8 with BOM) or JSON. Depends on: lt_report.h, lt_json.h. */
#include "lt_tool_report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "lt_json.h"
#include "lt_report.h"
#include "lt_store.h"

enum { REP_OK = 0, REP_ERRORS = 1, REP_USAGE = 2 };
enum { REP_TEXT, REP_CSV, REP_JSON };

static int rep_usage(FILE *out, const char *msg, const char *arg)
{
    if (msg) {
        fprintf(stderr, "letopis-pack report: ");
        fprintf(stderr, msg, arg);
        fprintf(stderr, "\n");
    }
    fprintf(out,
            "usage: letopis-pack report --data-dir DIR [--pack ID] [--now TIME] [--csv|--json]\n\n"
            "Class results from DIR/" LT_STORE_FILE ":\n"
            "  per profile and fact: attempts, %% right (right or close), last seen (UTC date),\n"
            "  R now (FSRS-6 default parameters), the most common wrong answer;\n"
            "  per fact over all profiles: attempts, %% right, mean answer time, profiles.\n"
            "  --pack ID    only this pack\n"
            "  --now TIME   YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]Z (default: now)\n"
            "  --csv        one CSV table (RFC 4180, UTF-8 with BOM, CRLF); column `table` is\n"
            "               `profile` or `fact`\n"
            "  --json       {\"profiles\":[...],\"facts\":[...]}\n"
            "exit status: 0 printed, 1 no database in DIR (or it cannot be read), 2 bad command line\n");
    return REP_USAGE;
}

/* ---- JSON (CSV: lt_report_write_csv) ---- */

static void json_str(const char *key, const char *s, bool comma)
{
    size_t n = strlen(s);
    char *buf = malloc(6 * n + 3);
    if (buf == NULL) {
        return;
    }
    lt_json_escape(buf, 6 * n + 3, s, n);
    printf("\"%s\":%s%s", key, buf, comma ? "," : "");
    free(buf);
}

static void print_json(const lt_report *r, int64_t now_ms)
{
    char date[16];
    lt_report_format_date(now_ms, date, sizeof date);
    printf("{\"now\":\"%s\",\"profiles\":[", date);
    for (size_t i = 0; i < r->n_rows; i++) {
        const lt_report_row *w = &r->rows[i];
        lt_report_format_date(w->last_ms, date, sizeof date);
        printf("%s\n{\"profile_id\":%lld,", i ? "," : "", (long long)w->profile);
        json_str("profile", w->name, true);
        json_str("pack", w->pack, true);
        json_str("fact", w->fact, true);
        printf("\"attempts\":%d,\"right\":%d,\"pct_right\":%.1f,\"last_seen\":\"%s\",\"r_now\":%.4f,", w->attempts,
               w->right, w->pct_right, date, w->r_now);
        json_str("wrong_answer", w->wrong, true);
        printf("\"wrong_count\":%d}", w->wrong_count);
    }
    printf("],\n\"facts\":[");
    for (size_t i = 0; i < r->n_items; i++) {
        const lt_report_item *it = &r->items[i];
        printf("%s\n{", i ? "," : "");
        json_str("pack", it->pack, true);
        json_str("fact", it->fact, true);
        printf("\"attempts\":%d,\"right\":%d,\"pct_right\":%.1f,\"mean_answer_ms\":%.0f,\"profiles\":%d}",
               it->attempts, it->right, it->pct_right, it->mean_answer_ms, it->profiles);
    }
    printf("]}\n");
}

/* ---- text ---- */

/* Prints s left-aligned in `width` columns (counting code points, not bytes)
 * and one space after. */
static void text_cell(const char *s, int width)
{
    int n = 0;
    for (const char *p = s; *p; p++) {
        n += ((unsigned char)*p & 0xC0) != 0x80;
    }
    fputs(s, stdout);
    for (; n < width + 1; n++) {
        putchar(' ');
    }
}

static void print_text(const lt_report *r)
{
    char date[16];
    printf("Per profile and fact\n");
    printf("%-20s %-16s %-24s %8s %7s %-10s %6s  %s\n", "profile", "pack", "fact", "attempts", "right%",
           "last seen", "R now", "common wrong answer");
    for (size_t i = 0; i < r->n_rows; i++) {
        const lt_report_row *w = &r->rows[i];
        lt_report_format_date(w->last_ms, date, sizeof date);
        text_cell(w->name, 20);
        text_cell(w->pack, 16);
        text_cell(w->fact, 24);
        printf("%8d %7.1f %-10s %6.3f  %s\n", w->attempts, w->pct_right, date, w->r_now, w->wrong);
    }
    if (r->n_rows == 0) {
        printf("(no answers yet)\n");
    }
    printf("\nPer fact, all profiles (item analysis)\n");
    printf("%-16s %-24s %8s %7s %10s %8s\n", "pack", "fact", "attempts", "right%", "mean ms", "profiles");
    for (size_t i = 0; i < r->n_items; i++) {
        const lt_report_item *it = &r->items[i];
        text_cell(it->pack, 16);
        text_cell(it->fact, 24);
        printf("%8d %7.1f %10.0f %8d\n", it->attempts, it->pct_right, it->mean_answer_ms, it->profiles);
    }
    if (r->n_items == 0) {
        printf("(no answers yet)\n");
    }
}

int lt_tool_report(int argc, char **argv)
{
    const char *dir = NULL, *pack = NULL, *now_text = NULL;
    int format = REP_TEXT;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            rep_usage(stdout, NULL, NULL);
            return REP_OK;
        } else if (strcmp(a, "--csv") == 0 || strcmp(a, "--json") == 0) {
            int f = a[2] == 'c' ? REP_CSV : REP_JSON;
            if (format != REP_TEXT && format != f) {
                return rep_usage(stderr, "%s: choose one of --csv and --json", a);
            }
            format = f;
        } else if (strcmp(a, "--data-dir") == 0 || strcmp(a, "--pack") == 0 || strcmp(a, "--now") == 0) {
            if (i + 1 >= argc) {
                return rep_usage(stderr, "%s needs a value", a);
            }
            const char **slot = a[2] == 'd' ? &dir : a[2] == 'p' ? &pack : &now_text;
            *slot = argv[++i];
        } else {
            return rep_usage(stderr, "unknown argument '%s'", a);
        }
    }
    if (dir == NULL) {
        return rep_usage(stderr, "%s", "--data-dir DIR is required");
    }
    int64_t now_ms = (int64_t)time(NULL) * 1000;
    if (now_text != NULL && !lt_report_parse_time(now_text, &now_ms)) {
        return rep_usage(stderr, "--now '%s': use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]Z", now_text);
    }
    char path[1200];
    struct stat sb;
    snprintf(path, sizeof path, "%s/%s", dir, LT_STORE_FILE);
    if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        fprintf(stderr, "letopis-pack report: no database at %s (is --data-dir the game's data folder?)\n",
                path);
        return REP_ERRORS;
    }
    char err[1400] = "";
    lt_store *s = lt_store_open(dir, err, sizeof err);
    if (s == NULL) {
        fprintf(stderr, "letopis-pack report: %s\n", err);
        return REP_ERRORS;
    }
    lt_report rep;
    if (!lt_report_build(s, pack, now_ms, &rep, err, sizeof err)) {
        fprintf(stderr, "letopis-pack report: %s\n", err);
        lt_store_close(s);
        return REP_ERRORS;
    }
    if (format == REP_CSV) {
        lt_report_write_csv(&rep, stdout);
    } else if (format == REP_JSON) {
        print_json(&rep, now_ms);
    } else {
        print_text(&rep);
    }
    lt_report_free(&rep);
    lt_store_close(s);
    return REP_OK;
}
