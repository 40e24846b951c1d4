/* scn_stats.c: the statistics screen: the pack's mastery, answers in total, and
 * four charts: mastery per level, reviews due per day, share right, hardest facts.
 * Depends on: scn.h, scn_ui.h, scn_plot.h, scn_text.h, eng.h, lt_store.h, lt_session.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lt_i18n.h"
#include "scn.h"
#include "scn_plot.h"
#include "scn_text.h"
#include "scn_ui.h"

#define SCN_ST_LEVELS 8        /* rows of the mastery chart at most */
#define SCN_ST_DUE_DAYS 14
#define SCN_ST_RET_DAYS 30
#define SCN_ST_HARD 6
#define SCN_ST_DAY_MS INT64_C(86400000)

typedef struct scn_stats {
    scn_ctx *ctx;
    bool have_store;
    double pack_mastery;                   /* -1 unknown */
    long long reviews;                     /* rows of the review log */
    /* mastery per level */
    int n_levels;
    float level_m[SCN_ST_LEVELS];
    char level_lbl[SCN_ST_LEVELS][160];
    const char *level_ptr[SCN_ST_LEVELS];
    /* due per day */
    float due[SCN_ST_DUE_DAYS];
    int due_total;
    char due_lbl[SCN_ST_DUE_DAYS][16];
    const char *due_ptr[SCN_ST_DUE_DAYS];
    /* share right per day */
    float ret[SCN_ST_RET_DAYS];
    int ret_days;                          /* days with answers */
    int ret_total, ret_right;              /* over the 30 days */
    char ret_lbl[SCN_ST_RET_DAYS][16];
    const char *ret_ptr[SCN_ST_RET_DAYS];
    /* hardest facts */
    int n_hard;
    float hard_r[SCN_ST_HARD];
    char hard_lbl[SCN_ST_HARD][320];
    const char *hard_ptr[SCN_ST_HARD];
    eng_rect back;
    bool back_pressed;
} scn_stats;

/* "25.11" for the local day starting at day_ms. */
static void scn_stats_day_label(int64_t day_ms, char *buf, size_t len)
{
    time_t secs = (time_t)((day_ms + SCN_ST_DAY_MS / 2) / 1000);
    struct tm tm;
    if (localtime_r(&secs, &tm) == NULL) {
        snprintf(buf, len, "?");
        return;
    }
    snprintf(buf, len, "%02d.%02d", tm.tm_mday, tm.tm_mon + 1);
}

static lt_str scn_stats_facet_str(const char *facet)
{
    static const struct {
        const char *name;
        lt_str s;
    } map[] = {{"when", LT_S_FACET_WHEN}, {"who", LT_S_FACET_WHO},   {"where", LT_S_FACET_WHERE},
               {"document", LT_S_FACET_DOCUMENT}, {"why", LT_S_FACET_WHY}, {"what", LT_S_FACET_WHAT},
               {"q", LT_S_FACET_HAND}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        if (strcmp(facet, map[i].name) == 0) {
            return map[i].s;
        }
    }
    return LT_S_COUNT;
}

/* "Когда · Переговоры в Москве" for the fact key "F16/when"; a hand-written
 * question ("F16/q/id", "-/q/id") shows its event, else its prompt. */
static void scn_stats_fact_label(const lt_pack *pack, const char *key, lt_lang L, char *buf, size_t len)
{
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
    int e = lt_pack_find_event(pack, ev);
    if (e >= 0) {
        what = lt_text_get(&pack->events[e].title, L);
    } else if (strcmp(facet, "q") == 0) {
        for (size_t i = 0; i < pack->n_questions; i++) {
            if (strcmp(pack->questions[i].id, rest) == 0) {
                what = lt_text_get(&pack->questions[i].prompt, L);
                break;
            }
        }
    }
    if (what[0] == '\0') {
        what = key; /* a fact the pack no longer has */
    }
    lt_str fs = scn_stats_facet_str(facet);
    if (fs == LT_S_COUNT) {
        snprintf(buf, len, "%s", what);
    } else {
        snprintf(buf, len, "%s · %s", lt_tr(L, fs), what);
    }
}

static void scn_stats_load(scn_stats *st)
{
    scn_ctx *ctx = st->ctx;
    const lt_pack *pack = ctx->pack;
    lt_lang L = ctx->lang;
    int64_t now = scn_now_ms(ctx);
    int64_t today = scn_day_start_ms(ctx);
    st->have_store = ctx->store != NULL && ctx->profile.id > 0 && pack != NULL;
    int64_t pid = ctx->profile.id;
    const char *pack_id = pack != NULL ? pack->id : "";
    lt_fsrs_params params;
    lt_fsrs_params_default(&params);
    if (ctx->profile.retention > 0) {
        params.request_retention = ctx->profile.retention;
    }

    st->pack_mastery = st->have_store ? lt_session_mastery(ctx->store, &ctx->profile, pack, -1, now) : -1.0;
    st->reviews = st->have_store ? (long long)lt_store_log_count(ctx->store, pid) : 0;
    if (st->reviews < 0) {
        st->reviews = 0;
    }

    st->n_levels = 0;
    if (pack != NULL) {
        st->n_levels = pack->n_levels < SCN_ST_LEVELS ? (int)pack->n_levels : SCN_ST_LEVELS;
    }
    for (int i = 0; i < st->n_levels; i++) {
        double m = st->have_store ? lt_session_mastery(ctx->store, &ctx->profile, pack, i, now) : 0.0;
        st->level_m[i] = m > 0 ? (float)m : 0.0f;
        snprintf(st->level_lbl[i], sizeof st->level_lbl[i], "%d. %s", i + 1,
                 lt_text_get(&pack->levels[i].title, L));
        st->level_ptr[i] = st->level_lbl[i];
    }

    int due[SCN_ST_DUE_DAYS] = {0};
    st->due_total = 0;
    if (st->have_store && !lt_store_due_per_day(ctx->store, pid, pack_id, today, SCN_ST_DUE_DAYS, due)) {
        memset(due, 0, sizeof due);
    }
    for (int i = 0; i < SCN_ST_DUE_DAYS; i++) {
        st->due[i] = (float)due[i];
        st->due_total += due[i];
        scn_stats_day_label(today + (int64_t)i * SCN_ST_DAY_MS, st->due_lbl[i], sizeof st->due_lbl[i]);
        st->due_ptr[i] = st->due_lbl[i];
    }

    lt_day_recall rec[SCN_ST_RET_DAYS];
    memset(rec, 0, sizeof rec);
    if (st->have_store && !lt_store_retention_per_day(ctx->store, pid, pack_id, today, SCN_ST_RET_DAYS, rec)) {
        memset(rec, 0, sizeof rec);
    }
    st->ret_days = 0;
    st->ret_total = st->ret_right = 0;
    for (int i = 0; i < SCN_ST_RET_DAYS; i++) {
        if (rec[i].total > 0) {
            st->ret[i] = (float)rec[i].right / (float)rec[i].total;
            st->ret_days++;
            st->ret_total += rec[i].total;
            st->ret_right += rec[i].right;
        } else {
            st->ret[i] = -1.0f; /* a gap */
        }
        int64_t day = today - (int64_t)(SCN_ST_RET_DAYS - 1 - i) * SCN_ST_DAY_MS;
        scn_stats_day_label(day, st->ret_lbl[i], sizeof st->ret_lbl[i]);
        st->ret_ptr[i] = st->ret_lbl[i];
    }

    lt_hard_fact hard[SCN_ST_HARD];
    int nh = st->have_store ? lt_store_hardest(ctx->store, pid, pack_id, &params, now, hard, SCN_ST_HARD) : 0;
    st->n_hard = nh < 0 ? 0 : nh > SCN_ST_HARD ? SCN_ST_HARD : nh;
    for (int i = 0; i < st->n_hard; i++) {
        st->hard_r[i] = (float)hard[i].r_now;
        scn_stats_fact_label(pack, hard[i].fact, L, st->hard_lbl[i], sizeof st->hard_lbl[i]);
        st->hard_ptr[i] = st->hard_lbl[i];
    }
}

static void scn_stats_enter(eng_scene *s)
{
    scn_stats_load(s->self);
    eng_redraw();
}

static void scn_stats_back(void)
{
    eng_sound_play(ENG_SND_CLICK);
    eng_scene_pop();
    eng_redraw();
}

static void scn_stats_action(eng_scene *s, const eng_action *a)
{
    scn_stats *st = s->self;
    switch (a->kind) {
    case ENG_ACT_QUIT_REQUEST:
        eng_quit();
        return;
    case ENG_ACT_BACK:
    case ENG_ACT_CONFIRM:
        scn_stats_back();
        return;
    case ENG_ACT_POINTER_DOWN:
        st->back_pressed = eng_rect_contains(st->back, a->x, a->y);
        break;
    case ENG_ACT_POINTER_UP:
        if (st->back_pressed && eng_rect_contains(st->back, a->x, a->y)) {
            st->back_pressed = false;
            scn_stats_back();
            return;
        }
        st->back_pressed = false;
        break;
    default:
        break;
    }
    eng_redraw();
}

/* A friendly line in the middle of a chart that has nothing to show. */
static void scn_stats_empty(eng_rect box, const char *line)
{
    eng_font f = eng_font_get(ENG_FONT_REGULAR, 30);
    eng_rect in = {box.x + 40, box.y + 64, box.w - 80, box.h - 64 - 40};
    float h = eng_text_wrapped_height(f, line, in.w, NULL);
    eng_rect pill = {in.x, in.y + (in.h - h) / 2 - 18, in.w, h + 36};
    eng_fill_round_rect(pill, 14, SCN_PANEL);
    eng_text_draw_wrapped(f, line, (eng_rect){pill.x + 20, pill.y + 18, pill.w - 40, h + 4}, ENG_ALIGN_CENTER,
                          SCN_TEXT);
}

static void scn_stats_draw(eng_scene *s)
{
    scn_stats *st = s->self;
    scn_ctx *ctx = st->ctx;
    lt_lang L = ctx->lang;
    scn_ui_backdrop();
    char buf[320];

    /* Header: title and profile on the left, the pack's mastery as a big
     * number in the middle, answers and the back button on the right. */
    eng_font tf = eng_font_get(ENG_FONT_BOLD, 72);
    eng_text_draw(tf, scn_tr(L, SCN_S_STATS_TITLE), 60, 28, ENG_ALIGN_LEFT, SCN_TEXT);
    eng_font sf = eng_font_get(ENG_FONT_REGULAR, 30);
    if (ctx->profile.id > 0) {
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_PROFILE_LABEL), ctx->profile.name);
        eng_text_draw_wrapped(sf, buf, (eng_rect){62, 122, 640, 38}, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    }
    eng_font big = eng_font_get(ENG_FONT_BOLD, 96);
    if (st->pack_mastery >= 0) {
        snprintf(buf, sizeof buf, "%d%%", (int)(st->pack_mastery * 100.0 + 0.5));
    } else {
        snprintf(buf, sizeof buf, "—");
    }
    int bw = 0, bh = 0;
    eng_text_size(big, buf, &bw, &bh);
    float mx = 760;
    eng_text_draw(big, buf, mx, 30, ENG_ALIGN_LEFT, SCN_ACCENT);
    eng_font cf = eng_font_get(ENG_FONT_REGULAR, 30);
    eng_text_draw(cf, scn_tr(L, SCN_S_STATS_PACK_MASTERY), mx + (float)bw + 24, 52, ENG_ALIGN_LEFT, SCN_TEXT);
    snprintf(buf, sizeof buf, scn_tr(L, SCN_S_STATS_REVIEWS), st->reviews);
    eng_text_draw(cf, buf, mx + (float)bw + 24, 96, ENG_ALIGN_LEFT, SCN_TEXT_DIM);
    scn_ui_button(st->back, lt_tr(L, LT_S_BACK), SCN_BTN_FOCUS, 0, 36);

    /* Four charts, two by two. */
    const float top = 190, gap = 24, h = 400;
    eng_rect b_lv = {60, top, 1010, h};
    eng_rect b_due = {60 + 1010 + gap, top, 1860 - (60 + 1010 + gap), h};
    eng_rect b_hard = {60, top + h + gap, 1010, h};
    eng_rect b_ret = {60 + 1010 + gap, top + h + gap, 1860 - (60 + 1010 + gap), h};

    scn_plot lv = {.box = b_lv, .title = scn_tr(L, SCN_S_STATS_LEVELS), .labels = st->level_ptr,
                   .values = st->level_m, .n = st->n_levels, .max = 1.0f, .color = SCN_ACCENT,
                   .label_every = 1, .percent = true};
    scn_plot_rows(&lv);

    scn_plot due = {.box = b_due, .title = scn_tr(L, SCN_S_STATS_DUE), .labels = st->due_ptr, .values = st->due,
                    .n = SCN_ST_DUE_DAYS, .max = 0, .color = {110, 150, 220, 255}, .label_every = 2,
                    .percent = false};
    /* Head room above the tallest bar for its number. */
    for (int i = 0; i < SCN_ST_DUE_DAYS; i++) {
        due.max = st->due[i] > due.max ? st->due[i] : due.max;
    }
    due.max = due.max < 1 ? 1.2f : due.max * 1.2f;
    scn_plot_bars(&due);
    if (st->due_total > 0) {
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_STATS_DUE_TODAY), (int)st->due[0]);
        eng_font df = eng_font_get(ENG_FONT_REGULAR, 24);
        eng_text_draw(df, buf, b_due.x + b_due.w - 24, b_due.y + 20, ENG_ALIGN_RIGHT, SCN_TEXT_DIM);
    }

    scn_plot hard = {.box = b_hard, .title = scn_tr(L, SCN_S_STATS_HARDEST), .labels = st->hard_ptr,
                     .values = st->hard_r, .n = st->n_hard, .max = 1.0f, .color = SCN_WRONG,
                     .label_every = 1, .percent = true};
    scn_plot_rows(&hard);

    scn_plot ret = {.box = b_ret, .title = scn_tr(L, SCN_S_STATS_RETENTION), .labels = st->ret_ptr,
                    .values = st->ret, .n = SCN_ST_RET_DAYS, .max = 1.0f, .color = SCN_RIGHT,
                    .label_every = 5, .percent = true};
    scn_plot_line(&ret);
    if (st->ret_total > 0) {
        snprintf(buf, sizeof buf, scn_tr(L, SCN_S_STATS_RET_ALL), (int)(100.0 * st->ret_right / st->ret_total + 0.5));
        eng_font rf = eng_font_get(ENG_FONT_REGULAR, 24);
        eng_text_draw(rf, buf, b_ret.x + b_ret.w - 24, b_ret.y + 20, ENG_ALIGN_RIGHT, SCN_TEXT_DIM);
    }

    const char *empty = scn_tr(L, st->have_store ? SCN_S_STATS_EMPTY : SCN_S_STATS_NO_STORE);
    if (st->reviews == 0 || !st->have_store) {
        scn_stats_empty(b_hard, empty);
        scn_stats_empty(b_ret, empty);
        scn_stats_empty(b_due, scn_tr(L, st->have_store ? SCN_S_STATS_NOTHING_DUE : SCN_S_STATS_NO_STORE));
    } else {
        if (st->due_total == 0) {
            scn_stats_empty(b_due, scn_tr(L, SCN_S_STATS_NOTHING_DUE));
        }
        if (st->ret_days == 0) {
            scn_stats_empty(b_ret, empty);
        }
        if (st->n_hard == 0) {
            scn_stats_empty(b_hard, empty);
        }
    }

    eng_font hf = eng_font_get(ENG_FONT_REGULAR, 28);
    eng_text_draw(hf, scn_tr(L, SCN_S_STATS_HINT), ENG_CANVAS_W / 2, 1032, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
}

static void scn_stats_destroy(eng_scene *s)
{
    free(s->self);
}

void scn_stats_push(scn_ctx *ctx)
{
    scn_stats *st = calloc(1, sizeof *st);
    if (st == NULL) {
        return;
    }
    st->ctx = ctx;
    st->back = (eng_rect){ENG_CANVAS_W - 60 - 280, 40, 280, 100};
    scn_stats_load(st);
    eng_scene s = {.name = "stats", .self = st, .enter = scn_stats_enter, .action = scn_stats_action,
                   .draw = scn_stats_draw, .destroy = scn_stats_destroy};
    eng_scene_push(&s);
    eng_redraw();
}
