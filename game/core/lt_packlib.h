/* lt_packlib.h: the pack library: finds the packs in a folder (the bundled
 * levels/ and the user's pack folder), reads a short summary of each (title,
 * languages, counts, or the first error as file:line:col), sorts them; tells
 * what a dropped path is; imports a teacher's file (GIFT, Aiken, CSV, TSV)
 * into the user's pack folder under a name that overwrites nothing.
 * Depends on: lt_pack.h, lt_import.h, POSIX dirent/stat. No SDL. */
#ifndef LT_PACKLIB_H
#define LT_PACKLIB_H

#include <stdbool.h>
#include <stddef.h>

#include "lt_pack.h"

/* Packs listed per scanned folder at most (the rest: lib->truncated). */
#ifndef LT_PACKLIB_MAX_PACKS
#define LT_PACKLIB_MAX_PACKS 200
#endif
/* A pack file larger than this is listed as broken without being read. */
#ifndef LT_PACKLIB_MAX_YAML
#define LT_PACKLIB_MAX_YAML (4u * 1024u * 1024u)
#endif
#define LT_PACKLIB_PATH 1024

typedef enum lt_packlib_status {
    LT_PACKLIB_OK = 0,
    LT_PACKLIB_BROKEN,     /* the loader refused it: error holds the first error */
    LT_PACKLIB_NO_YAML,    /* a folder with files but no pack.yaml */
    LT_PACKLIB_TOO_BIG     /* the pack file is over LT_PACKLIB_MAX_YAML */
} lt_packlib_status;

typedef struct lt_packlib_entry {
    char path[LT_PACKLIB_PATH];    /* what lt_pack_load takes: the folder or the .yaml file */
    char file[LT_PACKLIB_PATH];    /* the YAML file itself (path/pack.yaml for a folder) */
    char name[256];                /* the folder's or file's own name */
    char id[72];                   /* "" unless OK */
    char title[LT_LANG_COUNT][256];/* "" for a language without a title */
    char languages[32];            /* "ru, en" */
    int version;
    size_t n_events, n_questions, n_levels;
    bool user;                     /* found in the user's pack folder */
    lt_packlib_status status;
    /* BROKEN: the first error, "pack.yaml:12:5: message" with the file named
     * relative to the pack folder; the count of errors in n_errors. */
    char error[512];
    size_t n_errors;
} lt_packlib_entry;

typedef struct lt_packlib {
    lt_packlib_entry *items;
    size_t count, cap;
    bool truncated;                /* a folder held more than LT_PACKLIB_MAX_PACKS */
} lt_packlib;

/* The entry's title in `lang`, else in the other language, else its name. */
const char *lt_packlib_title(const lt_packlib_entry *e, lt_lang lang);

/* Reads the summary of the pack at `path` (a folder or a .yaml file) into
 * *out (cleared first). Returns true when the pack loads (status OK); false
 * with status and error set otherwise. Never crashes on bad input. */
bool lt_packlib_summarize(const char *path, bool user, lt_packlib_entry *out);

/* Adds the packs found directly in `dir`: each subfolder holding pack.yaml,
 * each *.yaml / *.yml file; a subfolder with files but no pack.yaml is listed
 * as NO_YAML; empty subfolders and names starting with '.' are skipped. A
 * missing folder adds nothing. Returns how many entries were added. */
size_t lt_packlib_scan(lt_packlib *lib, const char *dir, bool user);

/* Bundled before the user's, then working packs by title in `lang`
 * (case-insensitive), broken ones last, ties by path. */
void lt_packlib_sort(lt_packlib *lib, lt_lang lang);

void lt_packlib_free(lt_packlib *lib);

/* ---- dropped paths ---------------------------------------------------- */

typedef enum lt_drop_kind {
    LT_DROP_MISSING = 0,   /* nothing there */
    LT_DROP_PACK,          /* a folder with pack.yaml, or a .yaml / .yml file */
    LT_DROP_IMPORT,        /* .gift, .aiken, .txt, .csv, .tsv: for lt_packlib_import */
    LT_DROP_FOLDER,        /* a folder without pack.yaml */
    LT_DROP_BINARY,        /* an importable name, but the content is not text */
    LT_DROP_UNKNOWN        /* any other file (an image, an archive, ...) */
} lt_drop_kind;

/* What `path` is, from its type, extension and (for text names) whether its
 * first 8 KiB hold a NUL byte. */
lt_drop_kind lt_packlib_classify(const char *path);

/* ---- import into the user's pack folder -------------------------------- */

typedef enum lt_packlib_import_status {
    LT_PACKLIB_IMPORTED = 0,  /* a new pack folder was written */
    LT_PACKLIB_SAME,          /* an identical pack was already there: reused */
    LT_PACKLIB_UNREADABLE,    /* the file cannot be read (error says why) */
    LT_PACKLIB_NOTHING,       /* not one question could be imported */
    LT_PACKLIB_WRITE_FAILED   /* the folder or pack.yaml could not be written */
} lt_packlib_import_status;

typedef struct lt_packlib_import_info {
    lt_packlib_import_status status;
    char dir[LT_PACKLIB_PATH];    /* IMPORTED / SAME: the pack folder to open */
    char id[72];                  /* its pack id */
    char format[8];               /* "gift", "aiken", "csv", "tsv" */
    size_t imported, skipped;
    /* One line per problem: "name.gift:12: essay: ..." (skipped) or
     * "name.gift:20: note: ..." (imported with a loss); "" when none.
     * Caller frees with lt_packlib_import_info_free. */
    char *report;
    size_t report_lines;
    char error[512];              /* UNREADABLE / WRITE_FAILED: the reason */
} lt_packlib_import_info;

/* Imports `file` (format guessed as `letopis-pack import` does) into a new
 * folder of `user_dir` (created with its parents when missing) named after
 * the file. An existing folder is never overwritten: when it holds exactly
 * the pack this import would write, it is reused (SAME); otherwise the name
 * (and the pack id) get a suffix "-2", "-3", ... Returns true for IMPORTED
 * and SAME. Always call lt_packlib_import_info_free afterwards. */
bool lt_packlib_import(const char *file, const char *user_dir, lt_packlib_import_info *out);
void lt_packlib_import_info_free(lt_packlib_import_info *info);

/* Creates `dir` and its parents (mode 0777 before umask). True when it
 * exists as a folder afterwards. */
bool lt_packlib_mkdirs(const char *dir);

/* The pack id for an imported file's name (without extension): [a-z0-9_-]
 * lowercased, at most 56 characters; a name with no such letters (Cyrillic)
 * gets "imported-" and a hash of the name, so two such files do not share
 * progress. Used by drops in the game and by `letopis-pack import`. */
void lt_packlib_id_of(const char *name, char *out, size_t outlen);

#endif
