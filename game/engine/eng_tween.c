/* eng_tween.c: values that move over logical time with an easing curve.
 * Time is eng_time_ms() (ticks), so tweens replay exactly.
 * Depends on: eng.h only. */
#include "eng.h"

float eng_ease_apply(eng_ease e, float t)
{
    if (t <= 0.0f)
        return 0.0f;
    if (t >= 1.0f)
        return 1.0f;
    switch (e) {
    case ENG_EASE_OUT_CUBIC: {
        float u = 1.0f - t;
        return 1.0f - u * u * u;
    }
    case ENG_EASE_IN_OUT_CUBIC:
        if (t < 0.5f)
            return 4.0f * t * t * t;
        else {
            float u = -2.0f * t + 2.0f;
            return 1.0f - u * u * u / 2.0f;
        }
    case ENG_EASE_OUT_BACK: {
        /* Overshoots by about 10% before settling (the usual back constant). */
        const float c1 = 1.70158f, c3 = c1 + 1.0f;
        float u = t - 1.0f;
        return 1.0f + c3 * u * u * u + c1 * u * u;
    }
    case ENG_EASE_LINEAR:
    default:
        return t;
    }
}

void eng_tween_start(eng_tween *t, float from, float to, double dur_ms, eng_ease ease)
{
    if (!t)
        return;
    t->from = from;
    t->to = to;
    t->start_ms = eng_time_ms();
    t->dur_ms = dur_ms;
    t->ease = ease;
}

float eng_tween_value(const eng_tween *t)
{
    if (!t)
        return 0.0f;
    if (t->dur_ms <= 0.0)
        return t->to;
    double k = (eng_time_ms() - t->start_ms) / t->dur_ms;
    float e = eng_ease_apply(t->ease, (float)k);
    return t->from + (t->to - t->from) * e;
}

bool eng_tween_running(const eng_tween *t)
{
    return t && t->dur_ms > 0.0 && eng_time_ms() < t->start_ms + t->dur_ms;
}
