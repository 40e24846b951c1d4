/* scn_teacher_results.c: the class results behind the teacher PIN, for the
 * open pack: a table of students (answers, % right, mastery, last seen), one
 * student's facts (attempts, % right, last seen, recall now, most common
 * wrong answer), the item analysis over all students (sortable hardest
 * first), CSV export to <data dir>/exports and "change PIN". Scrolls by
 * wheel, keys and drag; long texts end in an ellipsis.
 * Depends on: scn_teacher.h, scn_ui.h, scn_text.h, eng.h, lt_report.h, lt_session.h, lt_i18n.h. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lt_i18n.h"
#include "lt_report.h"
#include "lt_session.h"
#include "scn_teacher.h"
#include "scn_text.h"
#include "scn_ui.h"

#define SCN_TR_ROW_H 72.0f
#define SCN_TR_ROWS 9          /* rows in view */
#define SCN_TR_TOP 336.0f      /* y of the first row */
#define SCN_TR_LEFT 60.0f
#define SCN_TR_RIGHT 1860.0f
#define SCN_TR_DRAG_SLOP 14.0f /* a press that moves less than this is a tap */

typedef enum scn_tr_view { SCN_TR_STUDENTS = 0, SCN_TR_DETAIL, SCN_TR_ITEMS } scn_tr_view;

/* The bar above the table, in scn_buttons order. */
enum { SCN_TR_TAB_STUDENTS = 0, SCN_TR_TAB_ITEMS, SCN_TR_SORT, SCN_TR_EXPORT, SCN_TR_PIN, SCN_TR_BACK, SCN_TR_BAR };

typedef struct scn_tres {
    scn_ctx *ctx;
    lt_report rep;
    lt_report_profile *profs;
    size_t n_profs;
    double *mastery;          /* per profs[i], -1 unknown */
    size_t *items;            /* rep.items in display order */
    size_t *detail;           /* rep.rows of the chosen student, in display order */
    size_t n_detail;
    size_t chosen;            /* profs index in SCN_TR_DETAIL */
    scn_tr_view view;
    bool hardest;             /* items and a student's facts: hardest first */
    int first, focus;         /* the list's first row in view and its focused row */
    int saved_first, saved_focus; /* the students' list while a student is open */
    char status[PATH_MAX + 400];
    bool status_bad;
    scn_buttons bar;
    bool down;                /* the pointer is pressed on the list */
    bool dragged;
    float down_y;
    int down_first, down_row;
} scn_tres;

/* ---- data ---------------------------------------------------------------- */

static int scn_tr_count(const scn_tres *t)
{
    switch (t->view) {
    case SCN_TR_STUDENTS: return (int)t->n_profs;
    case SCN_TR_DETAIL: return (int)t->n_detail;
    default: return (int)t->rep.n_items;
    }
}

static const lt_report_row *scn_tr_sort_rows; /* qsort has no context argument */

/* A student's facts, hardest first: lowest % right, then lowest recall now. */
static int scn_tr_detail_cmp(const void *a, const void *b)
{
    const lt_report_row *x = &scn_tr_sort_rows[*(const size_t *)a];
    const lt_report_row *y = &scn_tr_sort_rows[*(const size_t *)b];
    if (x->pct_right != y->pct_right) {
        return x->pct_right < y->pct_right ? -1 : 1;
    }
    if (x->r_now != y->r_now) {
        return x->r_now < y->r_now ? -1 : 1;
    }
    return strcmp(x->fact, y->fact);
}

static void scn_tr_order(scn_tres *t)
{
    if (t->items != NULL) {
        lt_report_order_items(&t->rep, t->hardest, t->items);
    }
    t->n_detail = 0;
    if (t->view == SCN_TR_DETAIL && t->detail != NULL && t->chosen < t->n_profs) {
        for (size_t i = 0; i < t->rep.n_rows; i++) {
            if (t->rep.rows[i].profile == t->profs[t->chosen].profile) {
                t->detail[t->n_detail++] = i;
            }
        }
        if (t->hardest && t->n_detail > 1) {
            scn_tr_sort_rows = t->rep.rows;
            qsort(t->detail, t->n_detail, sizeof *t->detail, scn_tr_detail_cmp);
            scn_tr_sort_rows = NULL;
        }
    }
}

static void scn_tr_free_data(scn_tres *t)
{
    lt_report_free(&t->rep);
    free(t->profs);
    free(t->mastery);
    free(t->items);
    free(t->detail);
    t->profs = NULL;
    t->mastery = NULL;
    t->items = t->detail = NULL;
    t->n_profs = t->n_detail = 0;
}

static void scn_tr_load(scn_tres *t)
{
    scn_ctx *ctx = t->ctx;
    lt_lang L = ctx->lang;
    scn_tr_free_data(t);
    int64_t now = scn_now_ms(ctx);
    char err[600] = "";
    const char *pack = ctx->pack != NULL ? ctx->pack->id : NULL;
    if (!lt_report_build(ctx->store, pack, now, &t->rep, err, sizeof err)) {
        snprintf(t->status, sizeof t->status, scn_tr(L, SCN_S_TEACHER_READ_FAILED), err);
        t->status_bad = true;
        return;
    }
    if (!lt_report_profiles(ctx->store, &t->rep, &t->profs, &t->n_profs)) {
        snprintf(t->status, sizeof t->status, scn_tr(L, SCN_S_TEACHER_READ_FAILED), lt_store_path(ctx->store));
        t->status_bad = true;
    }
    t->mastery = calloc(t->n_profs + 1, sizeof *t->mastery);
    t->items = calloc(t->rep.n_items + 1, sizeof *t->items);
    t->detail = calloc(t->rep.n_rows + 1, sizeof *t->detail);
    if (t->mastery == NULL || t->items == NULL || t->detail == NULL) {
        scn_tr_free_data(t); /* empty tables rather than rows without their order */
        snprintf(t->status, sizeof t->status, scn_tr(L, SCN_S_TEACHER_READ_FAILED), "out of memory");
        t->status_bad = true;
        return;
    }
    for (size_t i = 0; i < t->n_profs; i++) {
        lt_profile p;
        t->mastery[i] = -1;
        if (ctx->pack != NULL && lt_store_profile_get(ctx->store, t->profs[i].profile, &p)) {
            t->mastery[i] = lt_session_mastery(ctx->store, &p, ctx->pack, -1, now);
        }
    }
    scn_tr_order(t);
}

/* "Когда · Переговоры в Москве" for "F16/when"; a hand-written question
 * ("F16/q/id", "-/q/id") shows its event, else its prompt; a fact the pack
 * no longer has shows its key. */
static void scn_tr_fact_label(const lt_pack *pack, const char *key, lt_lang L, char *buf, size_t len)
{
    static const struct {
        const char *name;
        lt_str s;
    } facets[] = {{"when", LT_S_FACET_WHEN}, {"who", LT_S_FACET_WHO},   {"where", LT_S_FACET_WHERE},
                  {"document", LT_S_FACET_DOCUMENT}, {"why", LT_S_FACET_WHY}, {"what", LT_S_FACET_WHAT},
                  {"q", LT_S_FACET_HAND}};
    char ev[LT_FACT_KEY_MAX];
    snprintf(ev, sizeof ev, "%s", key);
    char *facet = strchr(ev, '/');
    const char *rest = "";
    if (facet != NULL) {
        *facet++ = '\0';
        char *slash = strchr(facet, '/');
        if (slash != NULL) {
            *slash = '\0';
            rest = slash + 1;
        }
    } else {
        facet = ev + strlen(ev);
    }
    const char *what = "";
    int e = pack != NULL ? lt_pack_find_event(pack, ev) : -1;
    if (e >= 0) {
        what = lt_text_get(&pack->events[e].title, L);
    } else if (pack != NULL && strcmp(facet, "q") == 0) {
        for (size_t i = 0; i < pack->n_questions; i++) {
            if (strcmp(pack->questions[i].id, rest) == 0) {
                what = lt_text_get(&pack->questions[i].prompt, L);
                break;
            }
        }
    }
    if (what[0] == '\0') {
        snprintf(buf, len, "%s", key);
        return;
    }
    for (size_t i = 0; i < sizeof facets / sizeof facets[0]; i++) {
        if (strcmp(facet, facets[i].name) == 0) {
            snprintf(buf, len, "%s · %s", lt_tr(L, facets[i].s), what);
            return;
        }
    }
    snprintf(buf, len, "%s", what);
}

/* The UTC day of ms as the CSV has it, written the reader's way. */
static void scn_tr_date(int64_t ms, lt_lang L, char *buf, size_t len)
{
    if (ms <= 0) {
        snprintf(buf, len, "—");
        return;
    }
    char iso[16];
    lt_report_format_date(ms, iso, sizeof iso);
    if (L == LT_LANG_RU && strlen(iso) == 10) {
        snprintf(buf, len, "%.2s.%.2s.%.4s", iso + 8, iso + 5, iso);
    } else {
        snprintf(buf, len, "%s", iso);
    }
}

static int scn_tr_pct(double v)
{
    return (int)(v + 0.5);
}

/* ---- export -------------------------------------------------------------- */

static void scn_tr_export(scn_tres *t)
{
    scn_ctx *ctx = t->ctx;
    lt_lang L = ctx->lang;
    int64_t now = scn_now_ms(ctx);
    char err[PATH_MAX + 200] = "", path[PATH_MAX + 64] = "", dir[PATH_MAX];
    time_t secs = (time_t)(now / 1000);
    struct tm tm;
    char stamp[32] = "report";
    if (localtime_r(&secs, &tm) != NULL) {
        strftime(stamp, sizeof stamp, "%Y-%m-%d-%H%M", &tm);
    }
    scn_teacher_data_dir(ctx, dir, sizeof dir);
    /* Read afresh, so the file is what `letopis-pack report --csv` says now. */
    lt_report rep;
    bool ok = lt_report_build(ctx->store, ctx->pack != NULL ? ctx->pack->id : NULL, now, &rep, err, sizeof err);
    if (ok) {
        ok = lt_report_export_csv(&rep, dir, stamp, path, sizeof path, err, sizeof err);
        lt_report_free(&rep);
    }
    if (ok) {
        snprintf(t->status, sizeof t->status, scn_tr(L, SCN_S_TEACHER_EXPORTED), path);
        fprintf(stderr, "letopis: class results exported to %s\n", path);
        eng_sound_play(ENG_SND_CLICK);
    } else {
        snprintf(t->status, sizeof t->status, scn_tr(L, SCN_S_TEACHER_EXPORT_FAILED), err);
        fprintf(stderr, "letopis: class results export failed: %s\n", err);
        eng_sound_play(ENG_SND_WRONG);
    }
    t->status_bad = !ok;
}

/* ---- input --------------------------------------------------------------- */

static void scn_tr_clamp(scn_tres *t)
{
    int n = scn_tr_count(t);
    int max_first = n > SCN_TR_ROWS ? n - SCN_TR_ROWS : 0;
    t->first = t->first < 0 ? 0 : t->first > max_first ? max_first : t->first;
    t->focus = t->focus < 0 ? 0 : t->focus > n - 1 ? (n > 0 ? n - 1 : 0) : t->focus;
}

/* Moves the focus and scrolls so it stays in view. */
static void scn_tr_focus(scn_tres *t, int row)
{
    t->focus = row;
    scn_tr_clamp(t);
    if (t->focus < t->first) {
        t->first = t->focus;
    } else if (t->focus >= t->first + SCN_TR_ROWS) {
        t->first = t->focus - SCN_TR_ROWS + 1;
    }
    scn_tr_clamp(t);
}

/* Scrolls and pulls the focus into view. */
static void scn_tr_scroll(scn_tres *t, int first)
{
    t->first = first;
    scn_tr_clamp(t);
    if (t->focus < t->first) {
        t->focus = t->first;
    } else if (t->focus >= t->first + SCN_TR_ROWS) {
        t->focus = t->first + SCN_TR_ROWS - 1;
    }
    scn_tr_clamp(t);
}

static void scn_tr_set_view(scn_tres *t, scn_tr_view v)
{
    if (t->view == v) {
        return;
    }
    if (t->view == SCN_TR_STUDENTS) {
        t->saved_first = t->first;
        t->saved_focus = t->focus;
    }
    t->view = v;
    if (v == SCN_TR_STUDENTS) {
        t->first = t->saved_first;
        t->focus = t->saved_focus;
    } else {
        t->first = t->focus = 0;
    }
    scn_tr_order(t);
    scn_tr_clamp(t);
    eng_sound_play(ENG_SND_CLICK);
}

static void scn_tr_open_student(scn_tres *t, int row)
{
    if (row < 0 || (size_t)row >= t->n_profs) {
        return;
    }
    t->saved_first = t->first;
    t->saved_focus = row;
    t->chosen = (size_t)row;
    t->view = SCN_TR_STUDENTS; /* so set_view keeps the students' place */
    t->focus = row;
    scn_tr_set_view(t, SCN_TR_DETAIL);
}

static void scn_tr_bar(scn_tres *t, int which)
{
    switch (which) {
    case SCN_TR_TAB_STUDENTS:
        scn_tr_set_view(t, SCN_TR_STUDENTS);
        break;
    case SCN_TR_TAB_ITEMS:
        scn_tr_set_view(t, SCN_TR_ITEMS);
        break;
    case SCN_TR_SORT:
        if (t->view != SCN_TR_STUDENTS) {
            t->hardest = !t->hardest;
            scn_tr_order(t);
            t->first = t->focus = 0;
            eng_sound_play(ENG_SND_CLICK);
        }
        break;
    case SCN_TR_EXPORT:
        scn_tr_export(t);
        break;
    case SCN_TR_PIN:
        eng_sound_play(ENG_SND_CLICK);
        t->status[0] = '\0';
        t->status_bad = false;
        scn_teacher_pin_push(t->ctx, SCN_PIN_CHANGE, t->status, sizeof t->status);
        break;
    case SCN_TR_BACK:
        eng_sound_play(ENG_SND_CLICK);
        eng_scene_pop();
        break;
    default:
        break;
    }
}

static bool scn_tr_in_list(float x, float y)
{
    return x >= SCN_TR_LEFT && x < SCN_TR_RIGHT + 20 && y >= SCN_TR_TOP &&
           y < SCN_TR_TOP + SCN_TR_ROW_H * SCN_TR_ROWS;
}

static int scn_tr_row_at(const scn_tres *t, float x, float y)
{
    if (!scn_tr_in_list(x, y)) {
        return -1;
    }
    int row = t->first + (int)((y - SCN_TR_TOP) / SCN_TR_ROW_H);
    return row < scn_tr_count(t) ? row : -1;
}

/* The list under the pointer: a press and release on one row chooses it; a
 * press that moves scrolls the list with the finger (or mouse). */
static bool scn_tr_pointer(scn_tres *t, const eng_action *a)
{
    switch (a->kind) {
    case ENG_ACT_POINTER_DOWN:
        if (!scn_tr_in_list(a->x, a->y)) {
            return false;
        }
        t->down = true;
        t->dragged = false;
        t->down_y = a->y;
        t->down_first = t->first;
        t->down_row = scn_tr_row_at(t, a->x, a->y);
        return true;
    case ENG_ACT_POINTER_MOVE:
        if (!t->down) {
            return false;
        }
        if (a->y - t->down_y > SCN_TR_DRAG_SLOP || t->down_y - a->y > SCN_TR_DRAG_SLOP) {
            t->dragged = true;
        }
        if (t->dragged) {
            float rows = (t->down_y - a->y) / SCN_TR_ROW_H;
            scn_tr_scroll(t, t->down_first + (int)(rows < 0 ? rows - 0.5f : rows + 0.5f));
        }
        return true;
    case ENG_ACT_POINTER_UP: {
        if (!t->down) {
            return false;
        }
        t->down = false;
        int row = scn_tr_row_at(t, a->x, a->y);
        if (!t->dragged && row >= 0 && row == t->down_row) {
            scn_tr_focus(t, row);
            if (t->view == SCN_TR_STUDENTS) {
                scn_tr_open_student(t, row);
            }
        }
        return true;
    }
    default:
        return false;
    }
}

static void scn_tr_action(eng_scene *s, const eng_action *a)
{
    scn_tres *t = s->self;
    eng_redraw();
    if (scn_tr_pointer(t, a)) {
        return;
    }
    switch (a->kind) {
    case ENG_ACT_QUIT_REQUEST:
        eng_quit();
        return;
    case ENG_ACT_BACK:
        if (t->view == SCN_TR_DETAIL) {
            scn_tr_set_view(t, SCN_TR_STUDENTS);
        } else {
            eng_scene_pop();
        }
        return;
    case ENG_ACT_UP:
        scn_tr_focus(t, t->focus - 1);
        return;
    case ENG_ACT_DOWN:
        scn_tr_focus(t, t->focus + 1);
        return;
    case ENG_ACT_LEFT:
        scn_tr_set_view(t, SCN_TR_STUDENTS);
        return;
    case ENG_ACT_RIGHT:
        scn_tr_set_view(t, SCN_TR_ITEMS);
        return;
    case ENG_ACT_WHEEL:
        scn_tr_scroll(t, t->first - a->value * 3);
        return;
    case ENG_ACT_CONFIRM:
        if (t->view == SCN_TR_STUDENTS) {
            scn_tr_open_student(t, t->focus);
        }
        return;
    case ENG_ACT_OPTION:   /* keys 1-4: students, items, order, export */
    case ENG_ACT_TEXT:     /* key 5: change PIN, 6: back (scn_buttons maps them) */
    case ENG_ACT_POINTER_DOWN:
    case ENG_ACT_POINTER_UP:
    case ENG_ACT_POINTER_MOVE: {
        int hit = scn_buttons_action(&t->bar, a);
        if (hit >= 0) {
            scn_tr_bar(t, hit);
        }
        return;
    }
    default:
        return;
    }
}

/* ---- drawing ------------------------------------------------------------- */

/* One line of text in [x, x + w), cut with an ellipsis when longer: the
 * longest prefix (whole code points, trailing spaces dropped) that fits with
 * the "…", found by halving. */
static void scn_tr_cell(eng_font f, const char *text, float x, float y, float w, eng_align al, eng_color c)
{
    int tw = 0, th = 0;
    eng_text_size(f, text, &tw, &th);
    float tx = al == ENG_ALIGN_RIGHT ? x + w : al == ENG_ALIGN_CENTER ? x + w / 2 : x;
    if ((float)tw <= w) {
        eng_text_draw(f, text, tx, y, al, c);
        return;
    }
    char buf[LT_REPORT_ANSWER_MAX + 600];
    size_t n = strlen(text);
    if (n > sizeof buf - 4) {
        n = sizeof buf - 4;
    }
    size_t lo = 0, hi = n; /* a prefix of lo bytes fits; hi bytes does not (or is the whole) */
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        while (mid > lo && ((unsigned char)text[mid] & 0xC0) == 0x80) {
            mid--; /* never split a code point */
        }
        if (mid == lo) {
            break;
        }
        memcpy(buf, text, mid);
        memcpy(buf + mid, "…", sizeof "…");
        eng_text_size(f, buf, &tw, &th);
        if ((float)tw <= w) {
            lo = mid;
        } else {
            hi = mid - 1;
            while (hi > lo && ((unsigned char)text[hi] & 0xC0) == 0x80) {
                hi--;
            }
        }
    }
    while (lo > 0 && text[lo - 1] == ' ') {
        lo--;
    }
    memcpy(buf, text, lo);
    memcpy(buf + lo, "…", sizeof "…");
    eng_text_draw(f, buf, al == ENG_ALIGN_RIGHT ? x + w : x, y, al == ENG_ALIGN_RIGHT ? al : ENG_ALIGN_LEFT, c);
}

typedef struct scn_tr_col {
    scn_str head;
    float x, w;
    eng_align align;
} scn_tr_col;

static const scn_tr_col scn_tr_cols_students[] = {
    {SCN_S_TEACHER_COL_NAME, 84, 700, ENG_ALIGN_LEFT},      {SCN_S_TEACHER_COL_ANSWERS, 800, 180, ENG_ALIGN_RIGHT},
    {SCN_S_TEACHER_COL_RIGHT, 1000, 160, ENG_ALIGN_RIGHT},  {SCN_S_TEACHER_COL_MASTERY, 1220, 340, ENG_ALIGN_LEFT},
    {SCN_S_TEACHER_COL_LAST, 1600, 240, ENG_ALIGN_LEFT},
};
static const scn_tr_col scn_tr_cols_detail[] = {
    {SCN_S_TEACHER_COL_FACT, 84, 640, ENG_ALIGN_LEFT},      {SCN_S_TEACHER_COL_ATTEMPTS, 740, 150, ENG_ALIGN_RIGHT},
    {SCN_S_TEACHER_COL_RIGHT, 900, 120, ENG_ALIGN_RIGHT},   {SCN_S_TEACHER_COL_LAST, 1060, 210, ENG_ALIGN_LEFT},
    {SCN_S_TEACHER_COL_R, 1250, 150, ENG_ALIGN_RIGHT},      {SCN_S_TEACHER_COL_WRONG, 1440, 400, ENG_ALIGN_LEFT},
};
static const scn_tr_col scn_tr_cols_items[] = {
    {SCN_S_TEACHER_COL_FACT, 84, 780, ENG_ALIGN_LEFT},      {SCN_S_TEACHER_COL_ATTEMPTS, 880, 150, ENG_ALIGN_RIGHT},
    {SCN_S_TEACHER_COL_RIGHT, 1040, 120, ENG_ALIGN_RIGHT},  {SCN_S_TEACHER_COL_STUDENTS, 1170, 170, ENG_ALIGN_RIGHT},
    {SCN_S_TEACHER_COL_WRONG, 1400, 440, ENG_ALIGN_LEFT},
};

static const scn_tr_col *scn_tr_cols(const scn_tres *t, int *n)
{
    switch (t->view) {
    case SCN_TR_STUDENTS:
        *n = (int)(sizeof scn_tr_cols_students / sizeof scn_tr_cols_students[0]);
        return scn_tr_cols_students;
    case SCN_TR_DETAIL:
        *n = (int)(sizeof scn_tr_cols_detail / sizeof scn_tr_cols_detail[0]);
        return scn_tr_cols_detail;
    default:
        *n = (int)(sizeof scn_tr_cols_items / sizeof scn_tr_cols_items[0]);
        return scn_tr_cols_items;
    }
}

/* A mastery bar with its percentage after it. */
static void scn_tr_bar_cell(double m, float x, float y, float w, eng_font f)
{
    const float bw = w - 110, bh = 18;
    float by = y + (SCN_TR_ROW_H - bh) / 2;
    eng_fill_round_rect((eng_rect){x, by, bw, bh}, 9, SCN_BG_DEEP);
    char buf[16] = "—";
    if (m >= 0) {
        float fw = bw * (float)(m > 1 ? 1 : m);
        if (fw >= 4) {
            eng_fill_round_rect((eng_rect){x, by, fw, bh}, 9, SCN_ACCENT);
        }
        snprintf(buf, sizeof buf, "%d%%", scn_tr_pct(m * 100.0));
    }
    eng_text_draw(f, buf, x + w, y + (SCN_TR_ROW_H - (float)eng_font_line_height(f)) / 2, ENG_ALIGN_RIGHT, SCN_TEXT);
}

static void scn_tr_wrong_text(const char *wrong, int count, char *buf, size_t len)
{
    if (wrong[0] == '\0') {
        snprintf(buf, len, "—");
    } else if (count > 1) {
        snprintf(buf, len, "%s ×%d", wrong, count);
    } else {
        snprintf(buf, len, "%s", wrong);
    }
}

/* The cells of list row `row` into cells[] (one per column; "" for a drawn bar). */
static void scn_tr_cells(const scn_tres *t, int row, char cells[6][LT_REPORT_ANSWER_MAX + 600], double *bar)
{
    lt_lang L = t->ctx->lang;
    size_t len = sizeof cells[0];
    *bar = -2;
    if (t->view == SCN_TR_STUDENTS) {
        const lt_report_profile *p = &t->profs[row];
        snprintf(cells[0], len, "%s", p->name);
        snprintf(cells[1], len, "%d", p->attempts);
        if (p->attempts > 0) {
            snprintf(cells[2], len, "%d%%", scn_tr_pct(p->pct_right));
        } else {
            snprintf(cells[2], len, "—");
        }
        cells[3][0] = '\0';
        *bar = t->mastery != NULL ? t->mastery[row] : -1;
        scn_tr_date(p->last_ms, L, cells[4], len);
    } else if (t->view == SCN_TR_DETAIL) {
        const lt_report_row *w = &t->rep.rows[t->detail[row]];
        scn_tr_fact_label(t->ctx->pack, w->fact, L, cells[0], len);
        snprintf(cells[1], len, "%d", w->attempts);
        snprintf(cells[2], len, "%d%%", scn_tr_pct(w->pct_right));
        scn_tr_date(w->last_ms, L, cells[3], len);
        snprintf(cells[4], len, "%d%%", scn_tr_pct(w->r_now * 100.0));
        scn_tr_wrong_text(w->wrong, w->wrong_count, cells[5], len);
    } else {
        const lt_report_item *it = &t->rep.items[t->items[row]];
        scn_tr_fact_label(t->ctx->pack, it->fact, L, cells[0], len);
        snprintf(cells[1], len, "%d", it->attempts);
        snprintf(cells[2], len, "%d%%", scn_tr_pct(it->pct_right));
        snprintf(cells[3], len, "%d", it->profiles);
        scn_tr_wrong_text(it->wrong, it->wrong_count, cells[4], len);
    }
}

static void scn_tr_draw_table(const scn_tres *t)
{
    lt_lang L = t->ctx->lang;
    int ncol = 0;
    const scn_tr_col *cols = scn_tr_cols(t, &ncol);
    eng_font hf = eng_font_get(ENG_FONT_BOLD, 26);
    for (int c = 0; c < ncol; c++) {
        scn_tr_cell(hf, scn_tr(L, cols[c].head), cols[c].x, SCN_TR_TOP - 46, cols[c].w, cols[c].align,
                    SCN_TEXT_DIM);
    }
    eng_fill_rect((eng_rect){SCN_TR_LEFT, SCN_TR_TOP - 6, SCN_TR_RIGHT - SCN_TR_LEFT, 2}, SCN_PANEL_HI);

    int n = scn_tr_count(t);
    if (n == 0) {
        char buf[512];
        if (t->view == SCN_TR_DETAIL && t->chosen < t->n_profs) {
            snprintf(buf, sizeof buf, scn_tr(L, SCN_S_TEACHER_NO_FACTS), t->profs[t->chosen].name);
        } else {
            snprintf(buf, sizeof buf, "%s", scn_tr(L, SCN_S_TEACHER_EMPTY));
        }
        eng_font ef = eng_font_get(ENG_FONT_REGULAR, 34);
        eng_rect box = {360, SCN_TR_TOP + 120, 1200, 200};
        float h = eng_text_wrapped_height(ef, buf, box.w - 80, NULL);
        eng_fill_round_rect((eng_rect){box.x, box.y, box.w, h + 60}, 16, SCN_PANEL);
        eng_text_draw_wrapped(ef, buf, (eng_rect){box.x + 40, box.y + 30, box.w - 80, h + 4}, ENG_ALIGN_CENTER,
                              SCN_TEXT);
        return;
    }
    eng_font rf = eng_font_get(ENG_FONT_REGULAR, 30);
    float ty = (SCN_TR_ROW_H - (float)eng_font_line_height(rf)) / 2;
    char cells[6][LT_REPORT_ANSWER_MAX + 600];
    for (int i = 0; i < SCN_TR_ROWS && t->first + i < n; i++) {
        int row = t->first + i;
        float y = SCN_TR_TOP + (float)i * SCN_TR_ROW_H;
        eng_rect r = {SCN_TR_LEFT, y + 3, SCN_TR_RIGHT - SCN_TR_LEFT, SCN_TR_ROW_H - 6};
        bool focus = row == t->focus;
        eng_fill_round_rect(r, 10, focus ? SCN_FOCUS : (row % 2 ? SCN_BG : SCN_PANEL));
        if (focus) {
            eng_fill_round_rect((eng_rect){r.x + 3, r.y + 3, r.w - 6, r.h - 6}, 8, SCN_PANEL_HI);
        }
        double bar;
        scn_tr_cells(t, row, cells, &bar);
        for (int c = 0; c < ncol; c++) {
            if (t->view == SCN_TR_STUDENTS && c == 3) {
                scn_tr_bar_cell(bar, cols[c].x, y, cols[c].w, rf);
                continue;
            }
            eng_color col = SCN_TEXT;
            if ((t->view == SCN_TR_DETAIL && c == 5) || (t->view == SCN_TR_ITEMS && c == 4)) {
                col = strcmp(cells[c], "—") == 0 ? SCN_TEXT_DIM : (eng_color){250, 170, 160, 255};
            }
            scn_tr_cell(rf, cells[c], cols[c].x, y + ty, cols[c].w, cols[c].align, col);
        }
    }
    if (n > SCN_TR_ROWS) {
        /* A scroll bar: where the rows in view sit in the whole list. */
        float track = SCN_TR_ROW_H * SCN_TR_ROWS;
        float h = track * (float)SCN_TR_ROWS / (float)n;
        h = h < 40 ? 40 : h;
        float y = SCN_TR_TOP + (track - h) * (float)t->first / (float)(n - SCN_TR_ROWS);
        eng_fill_round_rect((eng_rect){SCN_TR_RIGHT + 14, SCN_TR_TOP, 10, track}, 5, SCN_BG_DEEP);
        eng_fill_round_rect((eng_rect){SCN_TR_RIGHT + 14, y, 10, h}, 5, SCN_TEXT_DIM);
    }
}

static void scn_tr_draw(eng_scene *s)
{
    scn_tres *t = s->self;
    scn_ctx *ctx = t->ctx;
    lt_lang L = ctx->lang;
    scn_ui_backdrop();
    char buf[PATH_MAX + 600];

    eng_font tf = eng_font_get(ENG_FONT_BOLD, 56);
    scn_tr_cell(tf, scn_tr(L, SCN_S_TEACHER_RESULTS), SCN_TR_LEFT, 30, 900, ENG_ALIGN_LEFT, SCN_TEXT);
    if (ctx->pack != NULL) {
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_TEACHER_PACK), lt_text_get(&ctx->pack->title, L));
        eng_font sf = eng_font_get(ENG_FONT_REGULAR, 28);
        scn_tr_cell(sf, buf, SCN_TR_LEFT + 2, 104, 900, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    }

    const char *labels[SCN_TR_BAR] = {
        scn_tr(L, t->view == SCN_TR_DETAIL ? SCN_S_TEACHER_ALL_STUDENTS : SCN_S_TEACHER_TAB_STUDENTS),
        scn_tr(L, SCN_S_TEACHER_TAB_ITEMS),
        scn_tr(L, SCN_S_TEACHER_SORT_HARD),
        scn_tr(L, SCN_S_TEACHER_EXPORT),
        scn_tr(L, SCN_S_TEACHER_CHANGE_PIN),
        lt_tr(L, LT_S_BACK)};
    int hover = scn_ui_hover(t->bar.rects, t->bar.n);
    for (int i = 0; i < SCN_TR_BAR; i++) {
        if (i == SCN_TR_SORT && t->view == SCN_TR_STUDENTS) {
            continue; /* the students' table has one order */
        }
        bool selected = (i == SCN_TR_TAB_STUDENTS && t->view == SCN_TR_STUDENTS) ||
                        (i == SCN_TR_TAB_ITEMS && t->view == SCN_TR_ITEMS) || (i == SCN_TR_SORT && t->hardest);
        scn_ui_button(t->bar.rects[i], labels[i], selected || i == hover ? SCN_BTN_FOCUS : SCN_BTN_NORMAL, 0, 32);
        if (selected) {
            eng_rect r = t->bar.rects[i];
            eng_fill_rect((eng_rect){r.x + 24, r.y + r.h + 6, r.w - 48, 5}, SCN_ACCENT);
        }
    }
    if (t->view == SCN_TR_DETAIL && t->chosen < t->n_profs) {
        /* The student's name (cut when long) and, always whole, their sums. */
        const lt_report_profile *p = &t->profs[t->chosen];
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_TEACHER_SUMMARY), p->attempts, scn_tr_pct(p->pct_right));
        eng_font nf = eng_font_get(ENG_FONT_BOLD, 32);
        eng_font sf = eng_font_get(ENG_FONT_REGULAR, 30);
        float x = t->bar.rects[SCN_TR_TAB_ITEMS].x + t->bar.rects[SCN_TR_TAB_ITEMS].w + 30;
        float right = t->bar.rects[SCN_TR_SORT].x - 30;
        int sw = 0, sh = 0;
        eng_text_size(sf, buf, &sw, &sh);
        float ny = 158 + (92 - (float)eng_font_line_height(nf)) / 2;
        scn_tr_cell(nf, p->name, x, ny, right - x - (float)sw - 24, ENG_ALIGN_LEFT, SCN_TEXT);
        eng_text_draw(sf, buf, right, 158 + (92 - (float)eng_font_line_height(sf)) / 2, ENG_ALIGN_RIGHT,
                      SCN_TEXT_DIM);
    }

    scn_tr_draw_table(t);

    eng_font ff = eng_font_get(ENG_FONT_REGULAR, 26);
    eng_rect foot = {SCN_TR_LEFT, 998, SCN_TR_RIGHT - SCN_TR_LEFT, 64};
    if (t->status[0] != '\0') {
        eng_text_draw_wrapped(ff, t->status, foot, ENG_ALIGN_CENTER,
                              t->status_bad ? (eng_color){250, 170, 160, 255} : SCN_ACCENT);
    } else {
        scn_str hint = t->view == SCN_TR_DETAIL ? SCN_S_TEACHER_HINT_DETAIL : SCN_S_TEACHER_HINT;
        eng_text_draw_wrapped(ff, scn_tr(L, hint), foot, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
    }
}

static void scn_tr_tick(eng_scene *s, double dt_ms)
{
    (void)dt_ms;
    const scn_tres *t = s->self;
    /* The scene's name tells tests (and the summary line) which table is up. */
    s->name = t->view == SCN_TR_STUDENTS ? "teacher" : t->view == SCN_TR_DETAIL ? "teacher-student" : "teacher-items";
}

static void scn_tr_enter(eng_scene *s)
{
    (void)s;
    eng_text_mode(false);
    eng_redraw();
}

static void scn_tr_destroy(eng_scene *s)
{
    scn_tres *t = s->self;
    scn_tr_free_data(t);
    free(t);
}

void scn_teacher_results_open(scn_ctx *ctx, bool replace)
{
    scn_tres *t = calloc(1, sizeof *t);
    if (t == NULL) {
        return;
    }
    t->ctx = ctx;
    scn_buttons_init(&t->bar, true);
    scn_buttons_add(&t->bar, (eng_rect){SCN_TR_LEFT, 158, 330, 92});
    scn_buttons_add(&t->bar, (eng_rect){SCN_TR_LEFT + 350, 158, 360, 92});
    scn_buttons_add(&t->bar, (eng_rect){SCN_TR_RIGHT - 360, 158, 360, 92});
    scn_buttons_add(&t->bar, (eng_rect){SCN_TR_RIGHT - 250 - 20 - 300 - 20 - 300, 30, 300, 100});
    scn_buttons_add(&t->bar, (eng_rect){SCN_TR_RIGHT - 250 - 20 - 300, 30, 300, 100});
    scn_buttons_add(&t->bar, (eng_rect){SCN_TR_RIGHT - 250, 30, 250, 100});
    scn_tr_load(t);
    eng_scene s = {.name = "teacher", .self = t, .enter = scn_tr_enter, .action = scn_tr_action,
                   .tick = scn_tr_tick, .draw = scn_tr_draw, .destroy = scn_tr_destroy};
    eng_text_mode(false);
    if (replace) {
        eng_scene_replace(&s);
    } else {
        eng_scene_push(&s);
    }
    eng_redraw();
}
