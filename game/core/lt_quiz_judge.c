/* lt_quiz_judge.c: judging a player's answer to a question of any type:
 * right, close or wrong, with parts counted and a diff for typed answers.
 * Depends on: lt_quiz.h, lt_norm.h, lt_date.h. */
#include <string.h>

#include "lt_quiz.h"

static int lt_quiz_popcount(unsigned v)
{
    int n = 0;
    for (; v != 0; v &= v - 1u) {
        n++;
    }
    return n;
}

lt_verdict lt_quiz_judge_multi(const lt_question *q, unsigned mask)
{
    if (q == NULL || q->n_options <= 0) {
        return LT_VERDICT_WRONG;
    }
    unsigned valid = (1u << q->n_options) - 1u;
    int off = lt_quiz_popcount((mask ^ q->correct_mask) & valid) + lt_quiz_popcount(mask & ~valid);
    return off == 0 ? LT_VERDICT_RIGHT : off == 1 && q->n_options >= 3 ? LT_VERDICT_CLOSE : LT_VERDICT_WRONG;
}

/* The point one precision coarser: day or part -> month, month -> year. */
static lt_datept lt_quiz_coarser(lt_datept p, lt_prec to)
{
    if (to <= LT_PREC_MONTH) {
        p.day = 0;
        p.part = LT_PART_NONE;
        if (p.prec > LT_PREC_MONTH) {
            p.prec = LT_PREC_MONTH;
        }
    }
    if (to <= LT_PREC_YEAR) {
        p.month = 0;
        p.prec = LT_PREC_YEAR;
    }
    return p;
}

static bool lt_quiz_point_ok(const lt_datept *p)
{
    if (p->prec <= LT_PREC_NONE || p->prec > LT_PREC_DAY || p->year == 0) {
        return false;
    }
    if (p->prec >= LT_PREC_MONTH && (p->month < 1 || p->month > 12)) {
        return false;
    }
    if (p->prec == LT_PREC_PART && (p->part < LT_PART_EARLY || p->part > LT_PART_LATE)) {
        return false;
    }
    return p->prec != LT_PREC_DAY || (p->day >= 1 && p->day <= 31);
}

lt_verdict lt_quiz_judge_date(const lt_question *q, const lt_datept *pick)
{
    if (q == NULL || pick == NULL || !lt_quiz_point_ok(pick) || q->date.from.prec == LT_PREC_NONE) {
        return LT_VERDICT_WRONG;
    }
    lt_date p = {*pick, *pick, false, false};
    long pf, pl, df, dl;
    if (!lt_date_span(&p, &pf, &pl) || !lt_date_span(&q->date, &df, &dl)) {
        return LT_VERDICT_WRONG;
    }
    /* A pick at the fact's precision or finer, inside the date (or range). */
    if (pick->prec >= q->date_prec && pf >= df && pl <= dl) {
        return LT_VERDICT_RIGHT;
    }
    /* Close: the right month with a wrong day or part; a month next to the
     * right one (for month dates). Nothing is close at year precision. */
    if (q->date_prec >= LT_PREC_PART) {
        if (pick->prec < LT_PREC_MONTH) {
            return LT_VERDICT_WRONG;
        }
        lt_date cp = {lt_quiz_coarser(*pick, LT_PREC_MONTH), lt_quiz_coarser(*pick, LT_PREC_MONTH), false, false};
        lt_date cd = {lt_quiz_coarser(q->date.from, LT_PREC_MONTH), lt_quiz_coarser(q->date.to, LT_PREC_MONTH),
                      q->date.range, false};
        long cf, cl, ef, el;
        lt_date_span(&cp, &cf, &cl);
        lt_date_span(&cd, &ef, &el);
        return cf >= ef && cl <= el ? LT_VERDICT_CLOSE : LT_VERDICT_WRONG;
    }
    if (q->date_prec == LT_PREC_MONTH && pick->prec >= LT_PREC_MONTH) {
        int m0 = q->date.from.year * 12 + q->date.from.month - 1 - 1; /* months since year 0, one before */
        int m1 = q->date.to.year * 12 + q->date.to.month - 1 + 1;     /* one after */
        int mp = pick->year * 12 + pick->month - 1;
        return mp >= m0 && mp <= m1 ? LT_VERDICT_CLOSE : LT_VERDICT_WRONG;
    }
    return LT_VERDICT_WRONG;
}

/* Pairs kept in the right relative order / pairs that have one. */
static void lt_quiz_order_pairs(const lt_question *q, const int *perm, int n, int *kept, int *total)
{
    *kept = *total = 0;
    for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
            int rel = q->before[perm[a]][perm[b]];
            if (rel != 0) {
                (*total)++;
                *kept += rel < 0;
            }
        }
    }
}

static bool lt_quiz_is_perm(const int *perm, int n, int size)
{
    unsigned seen = 0;
    if (n != size || n <= 0 || n > LT_QUIZ_OPTIONS_MAX) {
        return false;
    }
    for (int i = 0; i < n; i++) {
        if (perm[i] < 0 || perm[i] >= n || ((seen >> perm[i]) & 1u)) {
            return false;
        }
        seen |= 1u << perm[i];
    }
    return true;
}

lt_verdict lt_quiz_judge_order(const lt_question *q, const int *perm, int n)
{
    if (q == NULL || perm == NULL || !lt_quiz_is_perm(perm, n, q->n_options)) {
        return LT_VERDICT_WRONG;
    }
    int kept, total;
    lt_quiz_order_pairs(q, perm, n, &kept, &total);
    if (kept == total) {
        return LT_VERDICT_RIGHT;
    }
    for (int i = 0; i + 1 < n; i++) { /* one swap of neighbours away? */
        int p[LT_QUIZ_OPTIONS_MAX];
        memcpy(p, perm, (size_t)n * sizeof p[0]);
        int t = p[i];
        p[i] = p[i + 1];
        p[i + 1] = t;
        lt_quiz_order_pairs(q, p, n, &kept, &total);
        if (kept == total) {
            return LT_VERDICT_CLOSE;
        }
    }
    return LT_VERDICT_WRONG;
}

static int lt_quiz_match_right(const lt_question *q, const int *pick, int n)
{
    int right = 0;
    for (int i = 0; i < n; i++) {
        int k = pick[i];
        if (k >= 0 && k < q->n_options &&
            (k == q->match_answer[i] || lt_norm_equal(q->match[k], q->match[q->match_answer[i]]))) {
            right++;
        }
    }
    return right;
}

lt_verdict lt_quiz_judge_match(const lt_question *q, const int *pick, int n)
{
    if (q == NULL || pick == NULL || n != q->n_options || n <= 0) {
        return LT_VERDICT_WRONG;
    }
    int right = lt_quiz_match_right(q, pick, n);
    return right == n ? LT_VERDICT_RIGHT : right == n - 2 && n >= 3 ? LT_VERDICT_CLOSE : LT_VERDICT_WRONG;
}

lt_verdict lt_quiz_judge_typed(const lt_question *q, const char *text, lt_norm_result *res)
{
    const char *alts[LT_QUIZ_ANSWERS_MAX];
    int n = 0;
    if (q != NULL) {
        for (int i = 0; i < q->n_answers && i < LT_QUIZ_ANSWERS_MAX; i++) {
            alts[n++] = q->answers[i];
        }
    }
    return lt_norm_match(alts, (size_t)n, text != NULL ? text : "", res);
}

lt_verdict lt_quiz_judge(const lt_question *q, const lt_answer *a, lt_judgement *out)
{
    lt_judgement local;
    lt_judgement *j = out != NULL ? out : &local;
    memset(j, 0, sizeof *j);
    j->verdict = LT_VERDICT_WRONG;
    if (q == NULL || a == NULL) {
        return j->verdict;
    }
    switch (q->type) {
    case LT_Q_CHOICE:
    case LT_Q_TRUEFALSE:
        j->n_total = 1;
        if (a->choice >= 0 && a->choice < q->n_options && ((q->correct_mask >> a->choice) & 1u)) {
            j->verdict = LT_VERDICT_RIGHT;
            j->n_right = 1;
        }
        break;
    case LT_Q_MULTI: {
        unsigned valid = q->n_options > 0 ? (1u << q->n_options) - 1u : 0u;
        j->n_total = q->n_options;
        j->n_right = q->n_options - lt_quiz_popcount((a->mask ^ q->correct_mask) & valid);
        j->verdict = lt_quiz_judge_multi(q, a->mask);
        break;
    }
    case LT_Q_TYPED:
    case LT_Q_CLOZE:
        j->n_total = 1;
        j->verdict = lt_quiz_judge_typed(q, a->text, &j->typed);
        j->n_right = j->verdict != LT_VERDICT_WRONG;
        break;
    case LT_Q_DATE:
        j->n_total = 1;
        j->verdict = lt_quiz_judge_date(q, &a->date);
        j->n_right = j->verdict == LT_VERDICT_RIGHT;
        break;
    case LT_Q_ORDER:
        j->verdict = lt_quiz_judge_order(q, a->perm, a->n_perm);
        if (lt_quiz_is_perm(a->perm, a->n_perm, q->n_options)) {
            lt_quiz_order_pairs(q, a->perm, a->n_perm, &j->n_right, &j->n_total);
        }
        break;
    case LT_Q_MATCH:
        j->n_total = q->n_options;
        j->verdict = lt_quiz_judge_match(q, a->perm, a->n_perm);
        if (a->n_perm == q->n_options) {
            j->n_right = lt_quiz_match_right(q, a->perm, a->n_perm);
        }
        break;
    default:
        break;
    }
    return j->verdict;
}
