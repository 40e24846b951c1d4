/* lt_score.c: the arithmetic of lt_score.h, kept apart so the rules are
 * easy to read, test and change together.
 * Depends on: lt_score.h, libm. */
#include "lt_score.h"

#include <math.h>
#include <stddef.h>

lt_score_out lt_score_answer(const lt_score_in *in)
{
    lt_score_out o = {0, 0, 0, 0, 0};
    if (in == NULL || !in->right) {
        return o;
    }
    o.streak_after = in->streak_before + 1;
    if (in->has_r) {
        double r = in->r < 0.0 ? 0.0 : in->r > 1.0 ? 1.0 : in->r;
        o.memory = (int)lround(LT_SCORE_MEMORY_MAX * (1.0 - r));
    }
    if (in->calm) {
        o.total = LT_SCORE_CALM_RIGHT + o.memory;
        return o;
    }
    double t = in->answer_ms < 0.0 ? 0.0 : in->answer_ms;
    if (in->limit_ms > 0.0 && t <= in->limit_ms) {
        o.speed = t < LT_SCORE_FULL_MS ? 1000 : (int)lround(1000.0 * (1.0 - t / in->limit_ms / 2.0));
    }
    if (in->streak_before >= 1) {
        int bonus = LT_SCORE_STREAK_STEP * in->streak_before;
        o.streak = bonus > LT_SCORE_STREAK_MAX ? LT_SCORE_STREAK_MAX : bonus;
    }
    o.total = o.speed + o.streak + o.memory;
    return o;
}
