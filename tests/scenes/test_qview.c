/* test_qview.c: the question view on a headless engine: one question of each
 * type from the default pack answered right and wrong by keys, mouse and touch
 * (judged by lt_quiz_judge), and PNG captures of each type, asked and judged.
 * Depends on: scn_qview.h, lt_quiz.h, eng.h, eng_test.h. Args: ASSETS PACK OUTDIR */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eng_test.h"
#include "lt_quiz.h"
#include "scn_qview.h"

#define QV_AREA ((eng_rect){80, 440, 1760, 410})

typedef enum qv_path { QV_KEYS = 0, QV_MOUSE, QV_TOUCH, QV_PATHS } qv_path;
static const char *const qv_path_name[QV_PATHS] = {"keys", "mouse", "touch"};

static int qv_checks;
static bool qv_done;
static lt_answer qv_out;

#define QV_CHECK(cond, ...)                                                      \
    do {                                                                         \
        qv_checks++;                                                             \
        if (!(cond)) {                                                           \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                        \
            fputc('\n', stderr);                                                 \
            eng_test_failures++;                                                 \
        }                                                                        \
    } while (0)

/* ---- driving the view --------------------------------------------------- */

static void send(scn_qview *v, eng_action a)
{
    if (scn_qview_action(v, &a, &qv_out)) {
        qv_done = true;
    }
}

static void key(scn_qview *v, eng_action_kind k)
{
    send(v, (eng_action){.kind = k});
}

/* Number key n (0-based): 1-4 come as OPTION, 5-9 only as typed text. */
static void number(scn_qview *v, int n)
{
    if (n < 4) {
        send(v, (eng_action){.kind = ENG_ACT_OPTION, .value = n});
    } else {
        eng_action a = {.kind = ENG_ACT_TEXT};
        a.text[0] = (char)('1' + n);
        send(v, a);
    }
}

static void type_text(scn_qview *v, const char *s)
{
    eng_action a = {.kind = ENG_ACT_TEXT};
    snprintf(a.text, sizeof a.text, "%s", s);
    send(v, a);
}

static int target(const scn_qview *v, scn_qv_tkind kind, int idx)
{
    for (int i = 0; i < v->n_t; i++) {
        if (v->t[i].kind == kind && v->t[i].idx == idx) {
            return i;
        }
    }
    return -1;
}

/* A press and a release in the middle of a target, as the mouse or a finger. */
static void tap(scn_qview *v, scn_qv_tkind kind, int idx, qv_path path)
{
    int t = target(v, kind, idx);
    QV_CHECK(t >= 0, "no target kind %d idx %d", (int)kind, idx);
    if (t < 0) {
        return;
    }
    eng_rect r = v->t[t].r;
    float x = r.x + r.w / 2, y = r.y + r.h / 2;
    bool touch = path == QV_TOUCH;
    if (!touch) {
        send(v, (eng_action){.kind = ENG_ACT_POINTER_MOVE, .x = x, .y = y});
    }
    send(v, (eng_action){.kind = ENG_ACT_POINTER_DOWN, .x = x, .y = y, .touch = touch});
    send(v, (eng_action){.kind = ENG_ACT_POINTER_UP, .x = x, .y = y, .touch = touch});
}

/* Every target a finger can press: at least 120 px tall, 16 px apart. */
static void check_touch_sizes(const scn_qview *v, const char *what)
{
    for (int i = 0; i < v->n_t; i++) {
        eng_rect a = v->t[i].r;
        QV_CHECK(a.h >= 120 - 0.01f, "%s: target %d is %.0f px tall", what, i, (double)a.h);
        QV_CHECK(a.x >= QV_AREA.x - 0.5f && a.x + a.w <= QV_AREA.x + QV_AREA.w + 0.5f && a.y >= QV_AREA.y - 0.5f &&
                     a.y + a.h <= QV_AREA.y + QV_AREA.h + 0.5f,
                 "%s: target %d outside the area", what, i);
        for (int k = i + 1; k < v->n_t; k++) {
            eng_rect b = v->t[k].r;
            float gx = b.x > a.x ? b.x - (a.x + a.w) : a.x - (b.x + b.w);
            float gy = b.y > a.y ? b.y - (a.y + a.h) : a.y - (b.y + b.h);
            QV_CHECK(gx >= 16 - 0.01f || gy >= 16 - 0.01f, "%s: targets %d and %d closer than 16 px", what, i, k);
        }
    }
}

/* ---- the right answer, read from the question ------------------------------ */

static int spin_target(const lt_question *q, lt_prec what)
{
    const lt_datept *d = &q->date.from;
    return what == LT_PREC_YEAR ? d->year : what == LT_PREC_MONTH ? d->month : what == LT_PREC_PART ? (int)d->part : d->day;
}

static int spin_value(const scn_qview *v, int s)
{
    lt_prec what = v->spin[s];
    const lt_datept *d = &v->pick;
    return what == LT_PREC_YEAR ? d->year : what == LT_PREC_MONTH ? d->month : what == LT_PREC_PART ? (int)d->part : d->day;
}

static void answer_date(scn_qview *v, const lt_question *q, qv_path path, bool right)
{
    /* Coarse to fine (year, month, then day or part), so day limits hold. */
    for (int s = v->n_spin - 1; s >= 0; s--) {
        int want = right ? spin_target(q, v->spin[s]) : v->spin[s] == LT_PREC_YEAR ? v->pick.year - 20 : 1;
        if (path == QV_KEYS) {
            while (v->spin_focus > s) {
                key(v, ENG_ACT_LEFT);
            }
            while (v->spin_focus < s) {
                key(v, ENG_ACT_RIGHT);
            }
        }
        for (int guard = 0; guard < 200 && spin_value(v, s) != want; guard++) {
            bool up = spin_value(v, s) < want;
            if (path == QV_KEYS) {
                key(v, up ? ENG_ACT_UP : ENG_ACT_DOWN);
            } else {
                tap(v, up ? SCN_QV_T_PLUS : SCN_QV_T_MINUS, s, path);
            }
        }
        QV_CHECK(spin_value(v, s) == want, "spinner %d at %d, want %d", s, spin_value(v, s), want);
    }
    if (path == QV_KEYS) {
        key(v, ENG_ACT_CONFIRM);
    } else {
        tap(v, SCN_QV_T_DONE, 0, path);
    }
}

static void answer_order(scn_qview *v, const lt_question *q, qv_path path, bool right)
{
    int want[LT_QUIZ_OPTIONS_MAX];
    for (int p = 0; p < v->n; p++) {
        want[p] = right ? q->order[p] : q->order[v->n - 1 - p]; /* wrong: latest first */
    }
    for (int p = 0; p < v->n; p++) {
        int r = p;
        while (r < v->n && v->perm[r] != want[p]) {
            r++;
        }
        if (r == p || r >= v->n) {
            continue;
        }
        if (path == QV_KEYS) {
            /* Pick the card up by its number, walk it to place p, put it down. */
            number(v, r);
            for (int s = r; s > p; s--) {
                key(v, p % 2 ? ENG_ACT_UP : ENG_ACT_LEFT);
            }
            key(v, ENG_ACT_CONFIRM);
        } else {
            tap(v, SCN_QV_T_OPTION, r, path);
            tap(v, SCN_QV_T_OPTION, p, path);
        }
    }
    if (path == QV_KEYS) {
        key(v, ENG_ACT_CONFIRM);
    } else {
        tap(v, SCN_QV_T_DONE, 0, path);
    }
}

static void answer_match(scn_qview *v, const lt_question *q, qv_path path, bool right)
{
    for (int i = 0; i < v->n; i++) {
        int k = q->match_answer[right ? i : (i + 1) % v->n];
        if (path == QV_KEYS) {
            number(v, i);
            if (i % 2 == 0) {
                number(v, k);
            } else { /* the arrows way: from the card below to k, then Enter */
                int at = v->focus >= 0 ? v->t[v->focus].idx : 0;
                for (; at < k; at++) {
                    key(v, ENG_ACT_RIGHT);
                }
                for (; at > k; at--) {
                    key(v, ENG_ACT_LEFT);
                }
                key(v, ENG_ACT_CONFIRM);
            }
        } else if (i % 2 == 0) {
            tap(v, SCN_QV_T_LEFT, i, path);
            tap(v, SCN_QV_T_RIGHT, k, path);
        } else { /* the bottom card first works too */
            tap(v, SCN_QV_T_RIGHT, k, path);
            tap(v, SCN_QV_T_LEFT, i, path);
        }
    }
    if (path == QV_KEYS) {
        key(v, ENG_ACT_CONFIRM);
    } else {
        tap(v, SCN_QV_T_DONE, 0, path);
    }
}

/* A wrong option: one with a note when there is one. */
static int wrong_option(const lt_question *q)
{
    int w = -1;
    for (int i = 0; i < q->n_options; i++) {
        if (!((q->correct_mask >> i) & 1u) && (w < 0 || (q->notes[i][0] && !q->notes[w][0]))) {
            w = i;
        }
    }
    return w;
}

/* The first answer with a letter left out (a forgiven typo when long). */
static void typo_of(const char *s, char *out, size_t len)
{
    snprintf(out, len, "%s", s);
    size_t n = strlen(out), cp = 0;
    for (size_t i = 0; i < n; i++) {
        if (((unsigned char)out[i] & 0xC0) != 0x80 && ++cp == 3) {
            size_t e = i + 1;
            while (e < n && ((unsigned char)out[e] & 0xC0) == 0x80) {
                e++;
            }
            memmove(out + i, out + e, n - e + 1);
            return;
        }
    }
}

typedef enum qv_kind { QV_RIGHT = 0, QV_WRONG, QV_TYPO } qv_kind;

/* Answers q by `path`; returns whether the view submitted. */
static bool answer(scn_qview *v, const lt_question *q, qv_path path, qv_kind kind)
{
    qv_done = false;
    bool right = kind == QV_RIGHT;
    switch (q->type) {
    case LT_Q_CHOICE:
    case LT_Q_TRUEFALSE: {
        int c = right ? q->correct : wrong_option(q);
        if (path == QV_KEYS && q->type == LT_Q_CHOICE && right) {
            /* Arrows from the first option, then Enter. */
            if (c % 2) {
                key(v, ENG_ACT_RIGHT);
            }
            if (c / 2) {
                key(v, ENG_ACT_DOWN);
            }
            key(v, ENG_ACT_CONFIRM);
        } else if (path == QV_KEYS) {
            number(v, c);
        } else {
            tap(v, SCN_QV_T_OPTION, c, path);
        }
        break;
    }
    case LT_Q_MULTI: {
        unsigned want = right ? q->correct_mask : 1u << wrong_option(q);
        for (int i = 0; i < q->n_options; i++) {
            if ((want >> i) & 1u) {
                if (path == QV_KEYS) {
                    number(v, i);
                } else {
                    tap(v, SCN_QV_T_OPTION, i, path);
                }
            }
        }
        if (path == QV_KEYS) {
            key(v, ENG_ACT_CONFIRM);
        } else {
            tap(v, SCN_QV_T_DONE, 0, path);
        }
        break;
    }
    case LT_Q_TYPED:
    case LT_Q_CLOZE: {
        char typo[LT_QUIZ_ANSWER_LEN];
        typo_of(q->answers[0], typo, sizeof typo);
        if (path == QV_KEYS) {
            key(v, ENG_ACT_CONFIRM); /* an empty field does not submit */
            QV_CHECK(!qv_done, "empty typed answer submitted");
        }
        type_text(v, "ж");
        key(v, ENG_ACT_ERASE);
        type_text(v, kind == QV_RIGHT ? q->answers[0] : kind == QV_TYPO ? typo : "Zzyzx Qwerty");
        if (path == QV_KEYS) {
            key(v, ENG_ACT_CONFIRM);
        } else {
            tap(v, SCN_QV_T_DONE, 0, path);
        }
        break;
    }
    case LT_Q_DATE:
        answer_date(v, q, path, right);
        break;
    case LT_Q_ORDER:
        answer_order(v, q, path, right);
        break;
    case LT_Q_MATCH:
        answer_match(v, q, path, right);
        break;
    default:
        break;
    }
    return qv_done;
}

/* ---- captures --------------------------------------------------------------- */

static const scn_qview *cap_view;
static const lt_judgement *cap_judged;

static void cap_draw(eng_scene *s)
{
    (void)s;
    scn_ui_backdrop();
    const lt_question *q = cap_view->q;
    /* The prompt where the play scene puts it, so the whole screen can be judged. */
    eng_font pf = eng_font_get(ENG_FONT_BOLD, 52);
    int lines = 1;
    float ph = eng_text_wrapped_height(pf, q->prompt, 1760, &lines);
    if (ph > 260) {
        pf = eng_font_get(ENG_FONT_BOLD, 42);
        ph = eng_text_wrapped_height(pf, q->prompt, 1760, &lines);
    }
    float py = 150 + (280 - (ph < 280 ? ph : 280)) / 2;
    eng_text_draw_wrapped(pf, q->prompt, (eng_rect){80, py, 1760, 280}, ENG_ALIGN_CENTER, SCN_TEXT);
    scn_qview_draw(cap_view, cap_judged);
    if (cap_judged == NULL) {
        eng_font hf = eng_font_get(ENG_FONT_REGULAR, 28);
        eng_text_draw(hf, scn_qview_hint(cap_view), ENG_CANVAS_W / 2, 1000, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
    } else {
        eng_fill_round_rect((eng_rect){80, 860, 1440, 190}, 16, SCN_BG_DEEP); /* the play scene's feedback panel */
    }
}

static void capture(const char *dir, const scn_qview *v, const lt_judgement *j, const char *lang, const char *tag)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/qview-%s-%s%s.png", dir, lt_qtype_name(v->q->type), lang, tag);
    cap_view = v;
    cap_judged = j;
    bool ok = eng_capture_png(path);
    QV_CHECK(ok, "capture %s: %s", path, eng_last_error());
}

/* Some input short of submitting, so the asked capture shows state. */
static void partial(scn_qview *v, const lt_question *q)
{
    switch (q->type) {
    case LT_Q_MULTI:
        number(v, 0);
        number(v, 2);
        break;
    case LT_Q_TYPED:
    case LT_Q_CLOZE:
        type_text(v, q->answers[0]);
        key(v, ENG_ACT_ERASE);
        break;
    case LT_Q_DATE:
        key(v, ENG_ACT_UP);
        key(v, ENG_ACT_UP);
        break;
    case LT_Q_ORDER:
        number(v, 1);
        break;
    case LT_Q_MATCH:
        number(v, 0);
        number(v, 2);
        number(v, 1);
        break;
    default:
        key(v, ENG_ACT_DOWN);
        break;
    }
}

/* ---- the test ---------------------------------------------------------------- */

/* Every question of rounds of one type (many seeds: every date precision, 3-5
 * cards, hand-written questions) answered right and wrong by keys and touch.
 * Returns how many answers were judged. */
static int sweep(const lt_pack *pack, const lt_quiz_fact *facts, size_t n_facts, lt_lang lang, lt_qtype type,
                 int year, unsigned *seen_prec, unsigned *seen_n)
{
    static lt_question round[LT_QUIZ_ROUND_LEN];
    int judged = 0;
    for (uint64_t seed = 1; seed <= 12; seed++) {
        int n = lt_quiz_round_from(pack, facts, n_facts, lang, seed, 1u << type, round, LT_QUIZ_ROUND_LEN);
        for (int i = 0; i < n; i++) {
            const lt_question *q = &round[i];
            if (q->type != type) {
                continue;
            }
            *seen_prec |= 1u << q->date_prec;
            *seen_n |= 1u << q->n_options;
            for (int path = QV_KEYS; path < QV_PATHS; path += 2) { /* keys, touch */
                for (int kind = QV_RIGHT; kind <= QV_WRONG; kind++) {
                    scn_qview v;
                    scn_qview_init(&v, q, lang, QV_AREA);
                    scn_qview_set_start_year(&v, year);
                    if (!answer(&v, q, (qv_path)path, (qv_kind)kind)) {
                        QV_CHECK(false, "%s seed %d #%d %s: not submitted", lt_qtype_name(type), (int)seed, i,
                                 qv_path_name[path]);
                        continue;
                    }
                    lt_verdict vd = lt_quiz_judge(q, &qv_out, NULL);
                    judged++;
                    QV_CHECK(kind == QV_RIGHT ? vd == LT_VERDICT_RIGHT : vd != LT_VERDICT_RIGHT,
                             "%s seed %d #%d %s %s: verdict %s", lt_qtype_name(type), (int)seed, i,
                             qv_path_name[path], kind ? "wrong" : "right", lt_verdict_name(vd));
                }
            }
        }
    }
    return judged;
}

/* From a round of one type, the question that shows the most: most options,
 * a note on a wrong option, a false statement with its note. */
static bool pick_question(const lt_pack *pack, const lt_quiz_fact *facts, size_t n_facts, lt_lang lang,
                          lt_qtype type, lt_question *out)
{
    static lt_question round[LT_QUIZ_ROUND_LEN];
    int best = -1, best_score = -1;
    for (uint64_t seed = 1; seed <= 12; seed++) {
        int n = lt_quiz_round_from(pack, facts, n_facts, lang, seed, 1u << type, round, LT_QUIZ_ROUND_LEN);
        for (int i = 0; i < n; i++) {
            const lt_question *q = &round[i];
            if (q->type != type) {
                continue;
            }
            int score = q->n_options * 10 + (q->note[0] ? 5 : 0) + (int)q->date_prec;
            size_t alen = strlen(q->answers[0]);
            score += alen >= 12 && alen < 40 ? 15 : 0; /* long enough for a forgiven typo */
            int w = wrong_option(q);
            score += w >= 0 && q->notes[w][0] ? 20 : 0;
            if (score > best_score) {
                best_score = score;
                best = i;
                *out = *q;
            }
        }
    }
    return best >= 0;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: test_qview ASSETS PACK OUTDIR\n");
        return 2;
    }
    eng_desc d = eng_test_desc(argv[1]);
    if (!eng_init(&d)) {
        return 1;
    }
    lt_diags diags = {0};
    lt_pack *pack = lt_pack_load(argv[2], &diags);
    CHECK(pack != NULL);
    lt_diags_free(&diags);
    if (pack == NULL) {
        eng_shutdown();
        return 1;
    }
    eng_scene sc = {.name = "qview-capture", .draw = cap_draw};
    eng_scene_push(&sc);
    int neutral = scn_qview_neutral_year(pack);
    CHECK(neutral > 1900 && neutral < 2000);

    size_t n_facts = lt_quiz_facts(pack, NULL, 0);
    lt_quiz_fact *facts = calloc(n_facts + 1, sizeof *facts);
    CHECK(facts != NULL);
    n_facts = facts ? lt_quiz_facts(pack, facts, n_facts) : 0;
    static lt_question q;
    int answered = 0;
    for (int lang = 0; lang < LT_LANG_COUNT; lang++) {
        for (int t = 0; t < LT_Q_TYPE_COUNT; t++) {
            const char *tn = lt_qtype_name((lt_qtype)t);
            bool have = pick_question(pack, facts, n_facts, (lt_lang)lang, (lt_qtype)t, &q);
            QV_CHECK(have, "no %s question", tn);
            if (!have) {
                continue;
            }
            scn_qview v;
            for (int path = 0; path < QV_PATHS; path++) {
                for (int kind = QV_RIGHT; kind <= QV_WRONG; kind++) {
                    scn_qview_init(&v, &q, (lt_lang)lang, QV_AREA);
                    if (t == LT_Q_DATE) {
                        scn_qview_set_start_year(&v, neutral);
                    }
                    if (path == QV_TOUCH && kind == QV_RIGHT) {
                        check_touch_sizes(&v, tn);
                    }
                    QV_CHECK(scn_qview_wants_text(&v) == (t == LT_Q_TYPED || t == LT_Q_CLOZE), "%s", tn);
                    bool sub = answer(&v, &q, (qv_path)path, (qv_kind)kind);
                    QV_CHECK(sub, "%s %s %s: not submitted", tn, qv_path_name[path], kind ? "wrong" : "right");
                    if (!sub) {
                        continue;
                    }
                    answered++;
                    lt_judgement j;
                    lt_verdict vd = lt_quiz_judge(&q, &qv_out, &j);
                    lt_verdict want = kind == QV_RIGHT ? LT_VERDICT_RIGHT : LT_VERDICT_WRONG;
                    QV_CHECK(vd == want, "%s %s %s (%s): verdict %s", tn, qv_path_name[path],
                             kind ? "wrong" : "right", lt_lang_code((lt_lang)lang), lt_verdict_name(vd));
                    QV_CHECK(!scn_qview_wants_text(&v), "%s still wants text", tn);
                    eng_action late = {.kind = ENG_ACT_CONFIRM};
                    QV_CHECK(!scn_qview_action(&v, &late, &qv_out), "%s: action after submit", tn);
                }
            }
            /* Captures: asked (with some input), judged wrong (or a typo), judged right. */
            const char *lc = lt_lang_code((lt_lang)lang);
            scn_qview_init(&v, &q, (lt_lang)lang, QV_AREA);
            scn_qview_set_start_year(&v, neutral);
            partial(&v, &q);
            capture(argv[3], &v, NULL, lc, "");
            for (int kind = QV_RIGHT; kind <= QV_TYPO; kind++) {
                if (kind == QV_TYPO && t != LT_Q_TYPED && t != LT_Q_CLOZE) {
                    continue;
                }
                scn_qview_init(&v, &q, (lt_lang)lang, QV_AREA);
                scn_qview_set_start_year(&v, neutral);
                if (answer(&v, &q, QV_MOUSE, (qv_kind)kind)) {
                    lt_judgement j;
                    lt_quiz_judge(&q, &qv_out, &j);
                    static const char *const tags[] = {"-right", "-wrong", "-typo"};
                    capture(argv[3], &v, &j, lc, tags[kind]);
                }
            }
        }
    }
    /* The sweep over many rounds of each type. */
    int swept = 0;
    unsigned date_prec = 0, order_n = 0, dummy = 0;
    for (int lang = 0; lang < LT_LANG_COUNT; lang++) {
        for (int t = 0; t < LT_Q_TYPE_COUNT; t++) {
            swept += sweep(pack, facts, n_facts, (lt_lang)lang, (lt_qtype)t, neutral,
                           t == LT_Q_DATE ? &date_prec : &dummy, t == LT_Q_ORDER ? &order_n : &dummy);
        }
    }
    CHECK(date_prec == ((1u << LT_PREC_YEAR) | (1u << LT_PREC_MONTH) | (1u << LT_PREC_PART) | (1u << LT_PREC_DAY)));
    CHECK((order_n & (1u << 3)) && (order_n & (1u << 5)));
    printf("test_qview: %d answers judged on the shown questions, %d in the sweep, %d checks\n", answered, swept,
           qv_checks);
    free(facts);
    lt_pack_free(pack);
    eng_shutdown();
    return eng_test_finish("test_qview");
}
