/* scn_packs.c: the open pack while the game runs: safe replacement (old packs
 * retired until no scene can point into them), opening and importing by
 * path, and one engine overlay for file drops, the reload watcher, notices
 * and the problem panel.
 * Depends on: scn_packs.h, scn.h, scn_ui.h, scn_text.h, eng.h, lt_packlib.h,
 * lt_watch.h, lt_i18n.h, lt_store.h. */
#include "scn_packs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lt_i18n.h"
#include "lt_packlib.h"
#include "lt_watch.h"
#include "scn_text.h"
#include "scn_ui.h"

#define SCN_PACKS_RETIRED_MAX 8
#define SCN_PACKS_PANEL_MAX (64u * 1024u) /* bytes of panel text kept */
#define SCN_PACKS_ERRORS_MAX 60           /* errors listed in a panel */

/* The panel: a title and lines; an error panel of a failed reload goes away
 * by itself once the file is fixed. */
typedef enum scn_panel_kind { SCN_PANEL_NONE = 0, SCN_PANEL_INFO, SCN_PANEL_ERROR, SCN_PANEL_RELOAD } scn_panel_kind;

typedef struct scn_packs {
    scn_ctx *ctx;
    int handle;                      /* overlay handle; 0 when not started */
    lt_watch watch;
    bool pending;                    /* a change waits for the round to end */
    bool later_told;                 /* the "after the round" notice was shown */
    char notice[256];
    double notice_ms;                /* time the notice has left */
    scn_panel_kind panel;
    char title[512];
    char *text;                      /* lines separated by '\n' */
    int scroll;                      /* first line shown */
    int lines_shown;                 /* lines that fitted at the last draw */
    int lines_total;
    scn_buttons close;
    bool dragging;
    float drag_y;
    int drag_scroll;
    char top[32];                    /* the top scene at the last tick */
    lt_pack *retired[SCN_PACKS_RETIRED_MAX];
    int n_retired;
} scn_packs;

static scn_packs scn_pk;

/* ---- retiring packs ----------------------------------------------------- */

static void scn_packs_free_retired(void)
{
    for (int i = 0; i < scn_pk.n_retired; i++) {
        lt_pack_free(scn_pk.retired[i]);
        scn_pk.retired[i] = NULL;
    }
    scn_pk.n_retired = 0;
}

static void scn_packs_retire(lt_pack *p)
{
    if (p == NULL) {
        return;
    }
    if (scn_pk.n_retired == SCN_PACKS_RETIRED_MAX) {
        /* The oldest was retired several callbacks ago: nothing points into it. */
        lt_pack_free(scn_pk.retired[0]);
        memmove(scn_pk.retired, scn_pk.retired + 1, (SCN_PACKS_RETIRED_MAX - 1) * sizeof scn_pk.retired[0]);
        scn_pk.n_retired--;
    }
    scn_pk.retired[scn_pk.n_retired++] = p;
}

/* ---- notices and the panel ---------------------------------------------- */

static void scn_packs_notify(const char *text)
{
    snprintf(scn_pk.notice, sizeof scn_pk.notice, "%s", text);
    scn_pk.notice_ms = SCN_PACKS_NOTICE_MS;
    eng_redraw();
}

static int scn_packs_count_lines(const char *text)
{
    int n = 0;
    for (const char *p = text; p != NULL && *p != '\0'; n++) {
        p = strchr(p, '\n');
        p = p != NULL ? p + 1 : NULL;
    }
    return n;
}

/* Shows the panel; takes `text` (malloc'ed, may be NULL). */
static void scn_packs_panel_show(scn_panel_kind kind, const char *title, char *text)
{
    free(scn_pk.text);
    scn_pk.text = text;
    scn_pk.panel = kind;
    snprintf(scn_pk.title, sizeof scn_pk.title, "%s", title);
    scn_pk.scroll = 0;
    scn_pk.lines_shown = 0;
    scn_pk.dragging = false;
    scn_pk.lines_total = scn_packs_count_lines(text);
    scn_pk.notice[0] = '\0'; /* a notice would contradict or hide under the panel */
    scn_pk.notice_ms = 0;
    scn_buttons_init(&scn_pk.close, false);
    scn_buttons_add(&scn_pk.close, (eng_rect){ENG_CANVAS_W - 160 - 60 - 300, 1080 - 120 - 60 - 120, 300, 120});
    eng_redraw();
}

static void scn_packs_panel_hide(void)
{
    free(scn_pk.text);
    scn_pk.text = NULL;
    scn_pk.panel = SCN_PANEL_NONE;
    scn_pk.title[0] = '\0';
    eng_redraw();
}

/* A growing text of lines. */
typedef struct scn_lines {
    char *buf;
    size_t len, cap;
} scn_lines;

static void scn_lines_add(scn_lines *l, const char *s)
{
    size_t n = strlen(s);
    if (l->len + n + 2 > SCN_PACKS_PANEL_MAX) {
        return;
    }
    if (l->len + n + 2 > l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 1024;
        while (cap < l->len + n + 2) {
            cap *= 2;
        }
        char *b = realloc(l->buf, cap);
        if (b == NULL) {
            return;
        }
        l->buf = b;
        l->cap = cap;
    }
    memcpy(l->buf + l->len, s, n);
    l->len += n;
    l->buf[l->len++] = '\n';
    l->buf[l->len] = '\0';
}

/* Appends each line of a multi-line text. */
static void scn_lines_add_text(scn_lines *l, const char *text)
{
    for (const char *p = text != NULL ? text : ""; *p != '\0';) {
        const char *nl = strchr(p, '\n');
        size_t n = nl != NULL ? (size_t)(nl - p) : strlen(p);
        char one[1400];
        snprintf(one, sizeof one, "%.*s", (int)(n < sizeof one - 1 ? n : sizeof one - 1), p);
        scn_lines_add(l, one);
        p += n + (nl != NULL ? 1 : 0);
    }
}

/* Appends the errors of d as "pack.yaml:3:5: error: ..." relative to dir. */
static void scn_lines_diags(scn_lines *l, const lt_diags *d, const char *dir)
{
    size_t shown = 0, n = 0;
    size_t dl = dir != NULL ? strlen(dir) : 0;
    for (size_t i = 0; i < d->count; i++) {
        const lt_diag *g = &d->items[i];
        if (g->severity != LT_SEV_ERROR) {
            continue;
        }
        n++;
        if (shown >= SCN_PACKS_ERRORS_MAX) {
            continue;
        }
        const char *file = g->file != NULL ? g->file : "";
        if (dl > 0 && strncmp(file, dir, dl) == 0 && file[dl] == '/') {
            file += dl + 1;
        }
        char line[1200];
        if (g->line > 0) {
            snprintf(line, sizeof line, "%s:%d:%d: error: %s", file, g->line, g->col > 0 ? g->col : 1,
                     g->message != NULL ? g->message : "");
        } else {
            snprintf(line, sizeof line, "%s: error: %s", file, g->message != NULL ? g->message : "");
        }
        scn_lines_add(l, line);
        if (g->hint != NULL && g->hint[0] != '\0') {
            snprintf(line, sizeof line, "    %s", g->hint);
            scn_lines_add(l, line);
        }
        shown++;
    }
    if (n > shown) {
        char more[64];
        snprintf(more, sizeof more, "(+%zu)", n - shown);
        scn_lines_add(l, more);
    }
}

/* ---- swapping ----------------------------------------------------------- */

static void scn_packs_watch_arm(const lt_pack *p)
{
    lt_watch_clear(&scn_pk.watch);
    if (p == NULL || p->file == NULL) {
        return;
    }
    lt_watch_add(&scn_pk.watch, p->file);
    for (size_t i = 0; i < p->n_sources; i++) {
        if (p->sources[i].file == NULL) {
            continue;
        }
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", p->dir != NULL ? p->dir : ".", p->sources[i].file);
        lt_watch_add(&scn_pk.watch, path);
    }
    /* Pictures of facts and questions (a shared one is watched once). */
    for (size_t i = 0; i < p->n_events + p->n_questions; i++) {
        const lt_image *im = i < p->n_events ? &p->events[i].image : &p->questions[i - p->n_events].image;
        if (im->file != NULL) {
            char path[2048];
            snprintf(path, sizeof path, "%s/%s", p->dir != NULL ? p->dir : ".", im->file);
            lt_watch_add(&scn_pk.watch, path);
        }
    }
}

static void scn_packs_mark_played(scn_ctx *ctx)
{
    if (ctx->store == NULL || ctx->pack == NULL) {
        return;
    }
    char key[128], val[32];
    snprintf(key, sizeof key, "pack_last_played:%s", ctx->pack->id);
    snprintf(val, sizeof val, "%lld", (long long)scn_now_ms(ctx));
    lt_store_set(ctx->store, key, val);
}

void scn_packs_swap(scn_ctx *ctx, lt_pack *p, const char *path, bool opened)
{
    if (p == NULL) {
        return;
    }
    /* Scenes above the bottom one may hold pointers into the old pack: close
     * them while it is still valid (their destroy runs when the engine's
     * callback returns), and free the old pack only after that. */
    while (eng_scene_depth() > 1) {
        eng_scene_pop();
    }
    scn_packs_retire(ctx->pack);
    ctx->pack = p;
    eng_image_forget_all(); /* a picture changed on disk is read again */
    scn_pk.pending = false;
    scn_pk.later_told = false;
    scn_packs_watch_arm(p);
    if (opened) {
        if (!ctx->pack_pinned && path != NULL && path[0] != '\0') {
            lt_store_set(ctx->store, "pack_path", path);
        }
        scn_packs_mark_played(ctx);
    }
    eng_scene *bottom = eng_scene_top();
    if (bottom != NULL && bottom->enter != NULL) {
        bottom->enter(bottom); /* the menu counts what is due in the new pack */
    }
    eng_redraw();
}

/* Loads path; on failure fills lines with the errors. */
static lt_pack *scn_packs_load(const char *path, scn_lines *errors)
{
    lt_diags d = {0};
    lt_pack *p = lt_pack_load(path, &d);
    if (p == NULL && errors != NULL) {
        /* File names in the lines are relative to the pack folder. */
        char dir[LT_PACKLIB_PATH];
        snprintf(dir, sizeof dir, "%s", path);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            size_t n = strlen(dir);
            while (n > 1 && dir[n - 1] == '/') {
                dir[--n] = '\0';
            }
        } else {
            char *slash = strrchr(dir, '/');
            if (slash != NULL) {
                *slash = '\0';
            } else {
                dir[0] = '\0';
            }
        }
        scn_lines_diags(errors, &d, dir);
    }
    lt_diags_free(&d);
    return p;
}

bool scn_packs_open(scn_ctx *ctx, const char *path, char *err, size_t errlen)
{
    scn_lines lines = {0};
    lt_pack *p = scn_packs_load(path, &lines);
    if (err != NULL && errlen > 0) {
        snprintf(err, errlen, "%s", lines.buf != NULL ? lines.buf : "");
    }
    free(lines.buf);
    if (p == NULL) {
        return false;
    }
    scn_packs_swap(ctx, p, path, true);
    return true;
}

/* ---- drops and imports -------------------------------------------------- */

static const char *scn_packs_base(const char *path)
{
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/') {
        n--;
    }
    const char *b = path + n;
    while (b > path && b[-1] != '/') {
        b--;
    }
    return b;
}

/* Shows a refusal: what and where, and that nothing changed. */
static void scn_packs_refuse(lt_lang L, const char *line, scn_lines *more)
{
    scn_lines l = {0};
    scn_lines_add(&l, line);
    if (more != NULL && more->buf != NULL) {
        scn_lines_add(&l, "");
        scn_lines_add_text(&l, more->buf);
    }
    scn_lines_add(&l, "");
    scn_lines_add(&l, scn_tr(L, SCN_S_DROP_NOTHING_CHANGED));
    fprintf(stderr, "letopis: %s\n", line);
    scn_packs_panel_show(SCN_PANEL_ERROR, scn_tr(L, SCN_S_DROP_FAILED_TITLE), l.buf);
    eng_sound_play(ENG_SND_WRONG);
}

/* The import summary and its problems as panel lines. */
static void scn_packs_import_lines(lt_lang L, const lt_packlib_import_info *in, scn_lines *l)
{
    char line[1400];
    snprintf(line, sizeof line, scn_tr(L, SCN_S_DROP_IMPORTED), in->imported, in->skipped);
    scn_lines_add(l, line);
    if (in->status == LT_PACKLIB_IMPORTED || in->status == LT_PACKLIB_SAME) {
        snprintf(line, sizeof line, scn_tr(L, in->status == LT_PACKLIB_SAME ? SCN_S_DROP_SAME : SCN_S_DROP_SAVED),
                 in->dir);
        scn_lines_add(l, line);
    }
    if (in->report != NULL && in->report[0] != '\0') {
        scn_lines_add(l, "");
        scn_lines_add(l, scn_tr(L, SCN_S_DROP_PROBLEMS));
        scn_lines_add_text(l, in->report);
    }
}

/* Imports `file`; on success the pack folder is in in->dir. On failure the
 * reason line goes into `why`. */
static bool scn_packs_import(scn_ctx *ctx, const char *file, lt_packlib_import_info *in, char *why, size_t len)
{
    lt_lang L = ctx->lang;
    const char *name = scn_packs_base(file);
    if (ctx->user_pack_dir == NULL) {
        snprintf(why, len, scn_tr(L, SCN_S_DROP_WRITE), "-");
        memset(in, 0, sizeof *in);
        return false;
    }
    if (lt_packlib_import(file, ctx->user_pack_dir, in)) {
        return true;
    }
    switch (in->status) {
    case LT_PACKLIB_UNREADABLE:
        snprintf(why, len, scn_tr(L, SCN_S_DROP_UNREADABLE), name, in->error);
        break;
    case LT_PACKLIB_NOTHING:
        snprintf(why, len, scn_tr(L, SCN_S_DROP_NOTHING), name);
        break;
    default:
        snprintf(why, len, scn_tr(L, SCN_S_DROP_WRITE), in->error);
        break;
    }
    return false;
}

bool scn_packs_open_any(scn_ctx *ctx, const char *path)
{
    lt_lang L = ctx->lang;
    const char *name = scn_packs_base(path);
    char line[1400];
    switch (lt_packlib_classify(path)) {
    case LT_DROP_MISSING:
        snprintf(line, sizeof line, scn_tr(L, SCN_S_DROP_MISSING), path);
        scn_packs_refuse(L, line, NULL);
        return false;
    case LT_DROP_FOLDER:
        snprintf(line, sizeof line, scn_tr(L, SCN_S_DROP_FOLDER), path);
        scn_packs_refuse(L, line, NULL);
        return false;
    case LT_DROP_BINARY:
        snprintf(line, sizeof line, scn_tr(L, SCN_S_DROP_BINARY), path);
        scn_packs_refuse(L, line, NULL);
        return false;
    case LT_DROP_UNKNOWN:
        snprintf(line, sizeof line, scn_tr(L, SCN_S_DROP_UNKNOWN), path);
        scn_packs_refuse(L, line, NULL);
        return false;
    case LT_DROP_PACK: {
        scn_lines errs = {0};
        lt_pack *p = scn_packs_load(path, &errs);
        if (p == NULL) {
            snprintf(line, sizeof line, scn_tr(L, SCN_S_DROP_PACK_ERRORS), path);
            scn_packs_refuse(L, line, &errs);
            free(errs.buf);
            return false;
        }
        free(errs.buf);
        fprintf(stderr, "letopis: opened the pack %s\n", path);
        scn_packs_swap(ctx, p, path, true);
        if (scn_pk.panel != SCN_PANEL_NONE) {
            scn_packs_panel_hide();
        }
        snprintf(line, sizeof line, scn_tr(L, SCN_S_PACK_OPENED), lt_text_get(&p->title, L));
        scn_packs_notify(line);
        eng_sound_play(ENG_SND_CLICK);
        return true;
    }
    case LT_DROP_IMPORT:
    default:
        break;
    }
    lt_packlib_import_info in;
    bool ok = scn_packs_import(ctx, path, &in, line, sizeof line);
    scn_lines l = {0};
    char title[512];
    snprintf(title, sizeof title, scn_tr(L, SCN_S_DROP_IMPORT_TITLE), name);
    if (!ok) {
        scn_lines_add(&l, line);
        if (in.report != NULL && in.report[0] != '\0') {
            scn_lines_add(&l, "");
            scn_lines_add(&l, scn_tr(L, SCN_S_DROP_PROBLEMS));
            scn_lines_add_text(&l, in.report);
        }
        scn_lines_add(&l, "");
        scn_lines_add(&l, scn_tr(L, SCN_S_DROP_NOTHING_CHANGED));
        fprintf(stderr, "letopis: %s\n%s", line, in.report != NULL ? in.report : "");
        scn_packs_panel_show(SCN_PANEL_ERROR, title, l.buf);
        eng_sound_play(ENG_SND_WRONG);
        lt_packlib_import_info_free(&in);
        return false;
    }
    scn_lines errs = {0};
    lt_pack *p = scn_packs_load(in.dir, &errs);
    if (p == NULL) {
        snprintf(line, sizeof line, scn_tr(L, SCN_S_DROP_PACK_ERRORS), in.dir);
        scn_packs_refuse(L, line, &errs);
        free(errs.buf);
        lt_packlib_import_info_free(&in);
        return false;
    }
    free(errs.buf);
    scn_packs_swap(ctx, p, in.dir, true);
    fprintf(stderr, "letopis: imported %zu, skipped %zu: %s\n%s", in.imported, in.skipped, in.dir,
            in.report != NULL ? in.report : "");
    scn_packs_import_lines(L, &in, &l);
    scn_packs_panel_show(SCN_PANEL_INFO, title, l.buf);
    eng_sound_play(ENG_SND_CLICK);
    lt_packlib_import_info_free(&in);
    return true;
}

bool scn_packs_import_arg(scn_ctx *ctx, const char *file, char *out, size_t outlen)
{
    if (outlen > 0) {
        out[0] = '\0';
    }
    if (file == NULL || lt_packlib_classify(file) != LT_DROP_IMPORT) {
        return false;
    }
    lt_lang L = ctx->lang;
    lt_packlib_import_info in;
    char why[1400];
    scn_lines l = {0};
    char title[512];
    snprintf(title, sizeof title, scn_tr(L, SCN_S_DROP_IMPORT_TITLE), scn_packs_base(file));
    if (!scn_packs_import(ctx, file, &in, why, sizeof why)) {
        size_t used = strlen(ctx->message);
        snprintf(ctx->message + used, sizeof ctx->message - used, "%s%s", used > 0 ? "\n" : "", why);
        fprintf(stderr, "letopis: %s\n%s", why, in.report != NULL ? in.report : "");
        lt_packlib_import_info_free(&in);
        return true;
    }
    fprintf(stderr, "letopis: imported %zu, skipped %zu: %s\n%s", in.imported, in.skipped, in.dir,
            in.report != NULL ? in.report : "");
    snprintf(out, outlen, "%s", in.dir);
    scn_packs_import_lines(L, &in, &l);
    /* Given with --pack: like any --pack, not remembered for the next start. */
    scn_packs_panel_show(SCN_PANEL_INFO, title, l.buf);
    lt_packlib_import_info_free(&in);
    return true;
}

/* ---- the watcher -------------------------------------------------------- */

/* A round and its report hold the pack; a reload waits until they are gone. */
static bool scn_packs_round_running(void)
{
    const char *top = eng_scene_top_name();
    return strcmp(top, "play") == 0 || strcmp(top, "results") == 0;
}

static void scn_packs_reload(scn_ctx *ctx)
{
    lt_lang L = ctx->lang;
    char path[2048];
    snprintf(path, sizeof path, "%s", ctx->pack->file != NULL ? ctx->pack->file : "");
    scn_lines errs = {0};
    lt_pack *p = scn_packs_load(path, &errs);
    scn_pk.pending = false;
    if (p == NULL) {
        fprintf(stderr, "letopis: the pack was not reloaded:\n%s", errs.buf != NULL ? errs.buf : "");
        scn_lines_add(&errs, "");
        scn_lines_add(&errs, scn_tr(L, SCN_S_PACK_RELOAD_KEPT));
        scn_packs_panel_show(SCN_PANEL_RELOAD, scn_tr(L, SCN_S_PACK_RELOAD_FAILED), errs.buf);
        eng_sound_play(ENG_SND_WRONG);
        return;
    }
    free(errs.buf);
    scn_packs_swap(ctx, p, path, false);
    if (scn_pk.panel == SCN_PANEL_RELOAD) {
        scn_packs_panel_hide();
    }
    scn_packs_notify(scn_tr(L, SCN_S_PACK_RELOADED));
}

static void scn_packs_tick(void *self, double dt_ms)
{
    (void)self;
    scn_ctx *ctx = scn_pk.ctx;
    /* Packs retired in earlier callbacks: their scenes are destroyed by now. */
    scn_packs_free_retired();
    const char *top = eng_scene_top_name();
    if (strcmp(top, "play") == 0 && strcmp(scn_pk.top, "play") != 0) {
        scn_packs_mark_played(ctx);
    }
    snprintf(scn_pk.top, sizeof scn_pk.top, "%s", top);
    if (scn_pk.notice_ms > 0) {
        scn_pk.notice_ms -= dt_ms;
        if (scn_pk.notice_ms <= 0) {
            scn_pk.notice[0] = '\0';
            eng_redraw();
        }
    }
    if (ctx->pack == NULL) {
        return;
    }
    if (lt_watch_tick(&scn_pk.watch, dt_ms)) {
        scn_pk.pending = true;
    }
    if (!scn_pk.pending) {
        return;
    }
    if (scn_packs_round_running()) {
        if (!scn_pk.later_told) {
            scn_pk.later_told = true;
            scn_packs_notify(scn_tr(ctx->lang, SCN_S_PACK_RELOAD_LATER));
        }
        return;
    }
    scn_packs_reload(ctx);
}

/* ---- the overlay: actions and drawing ----------------------------------- */

#define SCN_PANEL_X 160.0f
#define SCN_PANEL_Y 110.0f
#define SCN_PANEL_W (ENG_CANVAS_W - 2 * SCN_PANEL_X)
#define SCN_PANEL_H (ENG_CANVAS_H - 2 * SCN_PANEL_Y)
#define SCN_PANEL_TEXT_TOP (SCN_PANEL_Y + 130.0f)
#define SCN_PANEL_TEXT_BOTTOM (SCN_PANEL_Y + SCN_PANEL_H - 170.0f)
#define SCN_PANEL_LINE_PX 28

static void scn_packs_scroll(int by)
{
    /* The last page stays full: no scrolling past the end. */
    int max = scn_pk.lines_total - (scn_pk.lines_shown > 0 ? scn_pk.lines_shown : 1);
    scn_pk.scroll += by;
    scn_pk.scroll = scn_pk.scroll > max ? max : scn_pk.scroll;
    scn_pk.scroll = scn_pk.scroll < 0 ? 0 : scn_pk.scroll;
    eng_redraw();
}

static bool scn_packs_action(void *self, const eng_action *a)
{
    (void)self;
    scn_ctx *ctx = scn_pk.ctx;
    if (a->kind == ENG_ACT_DROP_FILE) {
        scn_packs_open_any(ctx, a->text);
        return true;
    }
    if (scn_pk.panel == SCN_PANEL_NONE || a->kind == ENG_ACT_QUIT_REQUEST) {
        return false;
    }
    /* The panel is modal: it takes every other action until dismissed. */
    switch (a->kind) {
    case ENG_ACT_BACK:
        eng_sound_play(ENG_SND_CLICK);
        scn_packs_panel_hide();
        return true;
    case ENG_ACT_UP:
        scn_packs_scroll(-1);
        return true;
    case ENG_ACT_DOWN:
        scn_packs_scroll(1);
        return true;
    case ENG_ACT_WHEEL:
        scn_packs_scroll(-3 * a->value);
        return true;
    case ENG_ACT_POINTER_DOWN:
        if (a->y >= SCN_PANEL_TEXT_TOP && a->y < SCN_PANEL_TEXT_BOTTOM) {
            scn_pk.dragging = true;
            scn_pk.drag_y = a->y;
            scn_pk.drag_scroll = scn_pk.scroll;
        }
        break;
    case ENG_ACT_POINTER_MOVE:
        if (scn_pk.dragging) {
            int lines = (int)((scn_pk.drag_y - a->y) / (float)(SCN_PANEL_LINE_PX + 8));
            scn_pk.scroll = scn_pk.drag_scroll;
            scn_packs_scroll(lines);
        }
        break;
    case ENG_ACT_POINTER_UP:
        scn_pk.dragging = false;
        break;
    default:
        break;
    }
    if (a->kind == ENG_ACT_UP || a->kind == ENG_ACT_DOWN) {
        return true;
    }
    if (scn_buttons_action(&scn_pk.close, a) == 0) {
        eng_sound_play(ENG_SND_CLICK);
        scn_packs_panel_hide();
    }
    eng_redraw();
    return true;
}

static void scn_packs_draw_panel(lt_lang L)
{
    eng_fill_rect((eng_rect){0, 0, ENG_CANVAS_W, ENG_CANVAS_H}, (eng_color){6, 10, 18, 160});
    eng_rect r = {SCN_PANEL_X, SCN_PANEL_Y, SCN_PANEL_W, SCN_PANEL_H};
    eng_color edge = scn_pk.panel == SCN_PANEL_INFO ? SCN_ACCENT : SCN_WRONG;
    eng_fill_round_rect(r, 22, edge);
    eng_fill_round_rect((eng_rect){r.x + 5, r.y + 5, r.w - 10, r.h - 10}, 18, SCN_BG_DEEP);
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 44);
    eng_text_draw_wrapped(tf, scn_pk.title, (eng_rect){r.x + 48, r.y + 40, r.w - 96, 60}, ENG_ALIGN_LEFT, SCN_TEXT);

    eng_font bf = eng_font_get(ENG_FONT_REGULAR, SCN_PANEL_LINE_PX);
    float lh = (float)eng_font_line_height(bf);
    float y = SCN_PANEL_TEXT_TOP, w = r.w - 96;
    int index = 0, shown = 0;
    const char *p = scn_pk.text != NULL ? scn_pk.text : "";
    while (*p != '\0') {
        const char *nl = strchr(p, '\n');
        size_t n = nl != NULL ? (size_t)(nl - p) : strlen(p);
        if (index >= scn_pk.scroll) {
            char line[1400];
            snprintf(line, sizeof line, "%.*s", (int)(n < sizeof line - 1 ? n : sizeof line - 1), p);
            int wrapped = 0;
            float h = line[0] != '\0' ? eng_text_wrapped_height(bf, line, w, &wrapped) : lh * 0.6f;
            if (wrapped > 3) {
                h = 3 * lh;
            }
            if (y + h > SCN_PANEL_TEXT_BOTTOM && shown > 0) {
                break;
            }
            bool err = strstr(line, ": error: ") != NULL;
            bool hint = strncmp(line, "    ", 4) == 0;
            eng_text_draw_wrapped(bf, line, (eng_rect){r.x + 48, y, w, h + 1}, ENG_ALIGN_LEFT,
                                  err ? (eng_color){250, 190, 180, 255} : hint ? SCN_TEXT_DIM : SCN_TEXT);
            y += h + 8;
            shown++;
        }
        index++;
        p += n + (nl != NULL ? 1 : 0);
    }
    scn_pk.lines_shown = shown;
    int rest = scn_pk.lines_total - scn_pk.scroll - shown;
    eng_font hf = eng_font_get(ENG_FONT_REGULAR, 26);
    if (rest > 0) {
        char more[128];
        snprintf(more, sizeof more, scn_tr(L, SCN_S_PANEL_MORE), rest);
        eng_text_draw(hf, more, r.x + 48, SCN_PANEL_TEXT_BOTTOM + 40, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    }
    scn_ui_button(scn_pk.close.rects[0], lt_tr(L, LT_S_DISMISS), SCN_BTN_FOCUS, 0, 40);
}

static void scn_packs_draw(void *self)
{
    (void)self;
    lt_lang L = scn_pk.ctx->lang;
    if (scn_pk.panel != SCN_PANEL_NONE) {
        scn_packs_draw_panel(L);
    }
    if (scn_pk.notice[0] != '\0') {
        eng_font nf = eng_font_get(ENG_FONT_BOLD, 34);
        int w = 0, h = 0;
        eng_text_size(nf, scn_pk.notice, &w, &h);
        float bw = (float)w + 80, bh = 76;
        eng_rect b = {(ENG_CANVAS_W - bw) / 2, ENG_CANVAS_H - 152, bw, bh};
        eng_fill_round_rect(b, 20, SCN_ACCENT);
        eng_fill_round_rect((eng_rect){b.x + 4, b.y + 4, b.w - 8, b.h - 8}, 17, SCN_BG_DEEP);
        eng_text_draw(nf, scn_pk.notice, ENG_CANVAS_W / 2, b.y + (bh - (float)h) / 2, ENG_ALIGN_CENTER, SCN_TEXT);
    }
}

static bool scn_packs_animating(void *self)
{
    (void)self;
    return scn_pk.notice_ms > 0;
}

void scn_packs_start(scn_ctx *ctx)
{
    if (scn_pk.handle != 0) {
        return;
    }
    scn_pk.ctx = ctx;
    lt_watch_init(&scn_pk.watch, LT_WATCH_INTERVAL_MS);
    scn_packs_watch_arm(ctx->pack);
    eng_overlay o = {.self = &scn_pk, .action = scn_packs_action, .tick = scn_packs_tick,
                     .draw = scn_packs_draw, .animating = scn_packs_animating};
    scn_pk.handle = eng_overlay_add(&o);
    if (scn_pk.handle == 0) {
        fprintf(stderr, "letopis: no room for the pack overlay: drops and live reload are off\n");
    }
}

void scn_packs_stop(void)
{
    if (scn_pk.handle != 0) {
        eng_overlay_remove(scn_pk.handle);
    }
    scn_pk.handle = 0;
    lt_watch_free(&scn_pk.watch);
    scn_packs_free_retired();
    free(scn_pk.text);
    scn_pk.text = NULL;
    scn_pk.panel = SCN_PANEL_NONE;
    scn_pk.notice[0] = '\0';
    scn_pk.notice_ms = 0;
    scn_pk.pending = false;
    scn_pk.ctx = NULL;
}

const char *scn_packs_panel_text(void)
{
    return scn_pk.panel != SCN_PANEL_NONE && scn_pk.text != NULL ? scn_pk.text : "";
}

const char *scn_packs_notice(void)
{
    return scn_pk.notice;
}
