/* test_score.c: the scoring rules: speed points, full points under 0.5 s,
 * the streak bonus and its cap, the memory bonus, calm mode, and nothing
 * taken away for a wrong answer. Depends on: lt_score.h. */
#include "lt_score.h"
#include "qt.h"

static lt_score_out score(bool right, double t, int streak, bool has_r, double r, bool calm)
{
    lt_score_in in = {.right = right, .answer_ms = t, .limit_ms = 20000, .streak_before = streak,
                      .has_r = has_r, .r = r, .calm = calm};
    return lt_score_answer(&in);
}

int main(void)
{
    lt_score_out o = score(true, 300, 0, false, 0, false);
    QT_CHECK(o.speed == 1000 && o.total == 1000 && o.streak_after == 1, "fast first answer: %d", o.total);
    o = score(true, 5000, 0, false, 0, false);
    QT_CHECK(o.speed == 875, "5 s of 20: %d", o.speed);
    o = score(true, 20000, 0, false, 0, false);
    QT_CHECK(o.speed == 500, "at the limit: %d", o.speed);
    o = score(true, 20001, 0, false, 0, false);
    QT_CHECK(o.speed == 0, "past the limit: %d", o.speed);
    o = score(true, 5000, 1, false, 0, false);
    QT_CHECK(o.streak == 100 && o.total == 975, "second in a row: %d", o.total);
    o = score(true, 5000, 3, false, 0, false);
    QT_CHECK(o.streak == 300, "fourth in a row: %d", o.streak);
    o = score(true, 5000, 12, false, 0, false);
    QT_CHECK(o.streak == 500, "streak capped: %d", o.streak);
    o = score(true, 5000, 0, true, 0.3, false);
    QT_CHECK(o.memory == 350 && o.total == 1225, "weak card: %d", o.memory);
    o = score(true, 5000, 0, true, 1.0, false);
    QT_CHECK(o.memory == 0, "strong card: %d", o.memory);
    o = score(false, 300, 4, true, 0.1, false);
    QT_CHECK(o.total == 0 && o.streak_after == 0 && o.speed == 0 && o.memory == 0, "wrong answer scored %d",
             o.total);
    o = score(true, 15000, 4, true, 0.5, true);
    QT_CHECK(o.total == 100 + 250 && o.speed == 0 && o.streak == 0, "calm: %d", o.total);
    o = score(false, 1000, 0, false, 0, true);
    QT_CHECK(o.total == 0, "calm wrong: %d", o.total);
    QT_CHECK(lt_score_answer(NULL).total == 0, "NULL input");
    return QT_DONE();
}
