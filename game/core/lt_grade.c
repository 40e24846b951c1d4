/* lt_grade.c: grades from answers (rules and thresholds in lt_grade.h).
 * Depends on: lt_grade.h. */
#include "lt_grade.h"

double lt_grade_fast_ms(int reading_chars)
{
    return LT_GRADE_FAST_MS + LT_GRADE_FAST_PER_CHAR * (double)(reading_chars > 0 ? reading_chars : 0);
}

double lt_grade_slow_ms(int reading_chars)
{
    return LT_GRADE_SLOW_MS + LT_GRADE_SLOW_PER_CHAR * (double)(reading_chars > 0 ? reading_chars : 0);
}

lt_fsrs_rating lt_grade(bool right, bool close, bool hint_used, double answer_ms, int reading_chars,
                        lt_fsrs_state card_state)
{
    if (!right) {
        return close ? LT_FSRS_HARD : LT_FSRS_AGAIN;
    }
    bool timed = answer_ms >= 0.0; /* false for NaN too */
    if (hint_used || (timed && answer_ms > lt_grade_slow_ms(reading_chars))) {
        return LT_FSRS_HARD;
    }
    if (timed && answer_ms < lt_grade_fast_ms(reading_chars) && card_state == LT_FSRS_REVIEW) {
        return LT_FSRS_EASY;
    }
    return LT_FSRS_GOOD;
}
