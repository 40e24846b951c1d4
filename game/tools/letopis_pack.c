/* letopis_pack.c: the letopis-pack command-line tool for pack authors:
 * `check` reports every problem with file:line:col, `dump` prints JSON, `import`
 * makes a pack from GIFT/Aiken/CSV/TSV. Depends on: lt_pack.h. Exit: 0 ok, 1 errors, 2 usage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lt_json.h"
#include "lt_pack.h"
#include "lt_tool_extract.h"
#include "lt_tool_import.h"
#include "lt_tool_kiosk.h"
#include "lt_tool_pin.h"
#include "lt_tool_report.h"
#include "lt_tool_srs.h"

enum { LT_EXIT_OK = 0, LT_EXIT_ERRORS = 1, LT_EXIT_USAGE = 2 };

typedef struct lt_cmd {
    const char *name;
    const char *args;
    const char *summary;
    int (*run)(int argc, char **argv); /* argv[0] is the command name */
} lt_cmd;

static int cmd_check(int argc, char **argv);
static int cmd_dump(int argc, char **argv);

static const lt_cmd lt_cmds[] = {
    { "check", "PATH [--json]", "check a pack folder or .yaml file; print every problem", cmd_check },
    { "dump", "PATH [--json]", "print a valid pack as JSON", cmd_dump },
    { "extract", "TEXT -o DIR", "a draft pack (dated events, names) from a plain text", lt_tool_extract },
    { "import", "FILE [-o DIR]", "GIFT, Aiken, CSV or TSV questions into a new pack", lt_tool_import },
    { "kiosk", "ACTION [ARGS]", "kiosk: hash-pin, check CONFIG, export, summary", lt_tool_kiosk },
    { "pin", "--data-dir DIR", "the game's teacher PIN: is it set; --clear if forgotten", lt_tool_pin },
    { "report", "--data-dir DIR", "class results per profile and fact, item analysis", lt_tool_report },
    { "srs", "replay [OPTIONS]", "replay review histories (JSON lines) through FSRS-6", lt_tool_srs },
};
#define LT_N_CMDS (sizeof lt_cmds / sizeof lt_cmds[0])

static void usage(FILE *out)
{
    fprintf(out, "usage: letopis-pack COMMAND [ARGS]\n\ncommands:\n");
    for (size_t i = 0; i < LT_N_CMDS; i++) {
        char left[40];
        snprintf(left, sizeof left, "%s %s", lt_cmds[i].name, lt_cmds[i].args);
        fprintf(out, "  %-22s %s\n", left, lt_cmds[i].summary);
    }
    fprintf(out, "\noptions:\n  --help                 show this text\n"
                 "  --version              show the version\n\n"
                 "exit status: 0 no errors (warnings allowed), 1 the pack (or srs input) has errors,\n"
                 "  2 bad command line\n"
                 "import options: --from gift|aiken|csv|tsv (default: by extension and\n"
                 "  content), --json (summary as JSON); exit 0 when something was imported\n"
                 "extract options: --lang ru|en (default: the text's script), --json, --force;\n"
                 "  exit 1 when no dated event is found\n"
                 "report options: --pack ID, --now TIME, --csv|--json; exit 1 when DIR has\n"
                 "  no database; details: letopis-pack report --help\n"
                 "pin: --data-dir DIR alone says whether a teacher PIN is set; --clear removes\n"
                 "  it (and the wrong-PIN lock); details: letopis-pack pin --help\n"
                 "kiosk: letopis-pack kiosk --help; docs/kiosk.md\n"
                 "srs replay options: --no-short-term, --retention R (0.70-0.97), --fuzz;\n"
                 "  details: letopis-pack srs --help\n"
                 "the pack format: docs/pack-format.md\n");
}

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "letopis-pack: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n\n");
    usage(stderr);
    return LT_EXIT_USAGE;
}

/* Prints one diagnostic as "file:line:col: error: message" and "  hint: ...". */
static void print_diag(FILE *out, const lt_diag *d)
{
    const char *sev = d->severity == LT_SEV_ERROR ? "error" : "warning";
    if (d->line > 0) {
        fprintf(out, "%s:%d:%d: %s: %s\n", d->file, d->line, d->col > 0 ? d->col : 1, sev,
                d->message);
    } else {
        fprintf(out, "%s: %s: %s\n", d->file, sev, d->message);
    }
    if (d->hint) {
        fprintf(out, "  hint: %s\n", d->hint);
    }
}

/* Parses "PATH" plus the flags in `flags` (NULL-ended); returns the path or
 * NULL after a usage message. `seen` gets one bool per flag. */
static const char *parse_args(int argc, char **argv, const char *const *flags, int *seen)
{
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] == '-' && a[1] != '\0') {
            bool known = false;
            for (int f = 0; flags && flags[f]; f++) {
                if (strcmp(a, flags[f]) == 0) {
                    seen[f] = 1;
                    known = true;
                }
            }
            if (!known) {
                usage_error("unknown option '%s'", a);
                return NULL;
            }
        } else if (path) {
            usage_error("one PATH only; extra argument '%s'", a);
            return NULL;
        } else {
            path = a;
        }
    }
    if (!path) {
        usage_error("'%s' needs a PATH (a pack folder or a .yaml file)", argv[0]);
    }
    return path;
}

/* Prints s as a quoted JSON string, or null. */
static void print_json_str(const char *s)
{
    size_t len, need;
    char *buf;
    if (!s) {
        fputs("null", stdout);
        return;
    }
    len = strlen(s);
    need = 6 * len + 3;
    buf = malloc(need);
    if (!buf) {
        fputs("null", stdout);
        return;
    }
    lt_json_escape(buf, need, s, len);
    fputs(buf, stdout);
    free(buf);
}

/* `check --json`: {"file","errors","warnings","diagnostics":[...]} on stdout. */
static void print_check_json(const char *path, const lt_diags *diags, size_t n_errors)
{
    fputs("{\"file\":", stdout);
    print_json_str(path);
    printf(",\"errors\":%zu,\"warnings\":%zu,\"diagnostics\":[", n_errors, diags->n_warnings);
    for (size_t i = 0; i < diags->count; i++) {
        const lt_diag *d = &diags->items[i];
        printf("%s{\"severity\":\"%s\",\"code\":\"%s\",\"file\":", i ? "," : "",
               d->severity == LT_SEV_ERROR ? "error" : "warning", lt_diag_code_name(d->code));
        print_json_str(d->file);
        printf(",\"line\":%d,\"col\":%d,\"message\":", d->line, d->col);
        print_json_str(d->message);
        fputs(",\"hint\":", stdout);
        print_json_str(d->hint);
        fputs("}", stdout);
    }
    fputs("]}\n", stdout);
}

/* Errors and the summary go to stdout, warnings and their count to stderr
 * (so "ok: ..." stays one line for scripts); --json puts everything on stdout. */
static int cmd_check(int argc, char **argv)
{
    static const char *const flags[] = { "--json", NULL };
    int seen[1] = { 0 };
    lt_diags diags = { 0 };
    const char *path = parse_args(argc, argv, flags, seen);
    lt_pack *pack;
    size_t n_errors;
    int rc;

    if (!path) {
        return LT_EXIT_USAGE;
    }
    pack = lt_pack_load(path, &diags);
    if (pack && diags.n_errors == 0) {
        lt_pack_warnings(pack, &diags);
    }
    n_errors = pack && diags.n_errors == 0 ? 0 : (diags.n_errors ? diags.n_errors : 1);
    rc = n_errors ? LT_EXIT_ERRORS : LT_EXIT_OK;
    if (seen[0]) {
        print_check_json(path, &diags, n_errors);
    } else {
        for (size_t i = 0; i < diags.count; i++) {
            const lt_diag *d = &diags.items[i];
            print_diag(d->severity == LT_SEV_ERROR ? stdout : stderr, d);
        }
        if (diags.n_warnings) {
            fprintf(stderr, "%zu warning%s\n", diags.n_warnings, diags.n_warnings == 1 ? "" : "s");
        }
        if (!n_errors) {
            printf("ok: %zu events, %zu entities\n", pack->n_events, pack->n_entities);
        } else {
            printf("%zu error%s\n", n_errors, n_errors == 1 ? "" : "s");
        }
    }
    lt_pack_free(pack);
    lt_diags_free(&diags);
    return rc;
}

static int cmd_dump(int argc, char **argv)
{
    static const char *const flags[] = { "--json", NULL };
    int seen[1] = { 0 };
    lt_diags diags = { 0 };
    const char *path = parse_args(argc, argv, flags, seen);
    lt_pack *pack;
    char *json;
    int rc = LT_EXIT_OK;

    if (!path) {
        return LT_EXIT_USAGE;
    }
    pack = lt_pack_load(path, &diags);
    if (!pack) {
        for (size_t i = 0; i < diags.count; i++) {
            print_diag(stderr, &diags.items[i]);
        }
        fprintf(stderr, "%zu error%s\n", diags.n_errors, diags.n_errors == 1 ? "" : "s");
        lt_diags_free(&diags);
        return LT_EXIT_ERRORS;
    }
    json = lt_pack_to_json(pack);
    if (json) {
        fputs(json, stdout);
    } else {
        fprintf(stderr, "letopis-pack: out of memory\n");
        rc = LT_EXIT_ERRORS;
    }
    free(json);
    lt_pack_free(pack);
    lt_diags_free(&diags);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return LT_EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return LT_EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("letopis-pack %s\n", LT_VERSION);
        return LT_EXIT_OK;
    }
    for (size_t i = 0; i < LT_N_CMDS; i++) {
        if (strcmp(argv[1], lt_cmds[i].name) == 0) {
            return lt_cmds[i].run(argc - 1, argv + 1);
        }
    }
    return usage_error("unknown command '%s'", argv[1]);
}
