/* lt_tool_pin.c: `letopis-pack pin --data-dir DIR [--clear]`: says whether
 * the teacher PIN of the game in DIR is set, or clears it together with the
 * wrong-PIN lock, so the next visit of "For teachers" asks for a new PIN.
 * Whoever can run this on the computer can read the database anyway; the
 * PIN only keeps students out of the teacher screen.
 * Depends on: lt_store.h, lt_report.h (the settings keys). */
#include "lt_tool_pin.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "lt_report.h"
#include "lt_store.h"

enum { PIN_OK = 0, PIN_ERRORS = 1, PIN_USAGE = 2 };

static int pin_usage(FILE *out, const char *msg, const char *arg)
{
    if (msg) {
        fprintf(stderr, "letopis-pack pin: ");
        fprintf(stderr, msg, arg);
        fprintf(stderr, "\n");
    }
    fprintf(out,
            "usage: letopis-pack pin --data-dir DIR [--clear]\n\n"
            "The teacher PIN of the game whose data folder is DIR (" LT_STORE_FILE " there):\n"
            "  without --clear  say whether a PIN is set\n"
            "  --clear          remove the PIN and the wrong-PIN lock; the next visit of\n"
            "                   \"For teachers\" asks for a new PIN (progress is kept)\n"
            "exit status: 0 done, 1 no database in DIR (or it cannot be written), 2 bad command line\n");
    return PIN_USAGE;
}

int lt_tool_pin(int argc, char **argv)
{
    const char *dir = NULL;
    bool clear = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            pin_usage(stdout, NULL, NULL);
            return PIN_OK;
        } else if (strcmp(a, "--clear") == 0) {
            clear = true;
        } else if (strcmp(a, "--data-dir") == 0) {
            if (i + 1 >= argc) {
                return pin_usage(stderr, "%s needs a value", a);
            }
            dir = argv[++i];
        } else {
            return pin_usage(stderr, "unknown argument '%s'", a);
        }
    }
    if (dir == NULL) {
        return pin_usage(stderr, "%s", "--data-dir DIR is required");
    }
    char path[1200];
    struct stat sb;
    snprintf(path, sizeof path, "%s/%s", dir, LT_STORE_FILE);
    if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        fprintf(stderr, "letopis-pack pin: no database at %s (is --data-dir the game's data folder?)\n", path);
        return PIN_ERRORS;
    }
    char err[1400] = "";
    lt_store *s = lt_store_open(dir, err, sizeof err);
    if (s == NULL) {
        fprintf(stderr, "letopis-pack pin: %s\n", err);
        return PIN_ERRORS;
    }
    char hash[256] = "";
    bool set = lt_store_get(s, LT_REPORT_PIN_KEY, hash, sizeof hash) && hash[0] != '\0';
    int rc = PIN_OK;
    if (!clear) {
        printf("%s: %s\n", path, set ? "a teacher PIN is set" : "no teacher PIN (the game asks for one on the next visit)");
    } else if (lt_store_set(s, LT_REPORT_PIN_KEY, "") && lt_store_set_int(s, LT_REPORT_PIN_FAILS_KEY, 0) &&
               lt_store_set(s, LT_REPORT_PIN_FAILED_AT_KEY, "0")) {
        printf("%s: %s\n", path,
               set ? "teacher PIN cleared; the game asks for a new one on the next visit of \"For teachers\""
                   : "no teacher PIN was set; the wrong-PIN lock is cleared");
    } else {
        fprintf(stderr, "letopis-pack pin: cannot write %s (read-only, or the game holds it locked?)\n", path);
        rc = PIN_ERRORS;
    }
    lt_store_close(s);
    return rc;
}
