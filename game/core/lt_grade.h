/* lt_grade.h: the FSRS rating an answer earns, from whether it was right,
 * how long it took against how much there was to read, and hints.
 * Depends on: lt_fsrs.h. Pure.
 *
 * Rules (docs/learning.md, "Grades"):
 *   wrong                                   -> Again (1)
 *   close (right year / one slip too many)  -> Hard  (2)
 *   right after a hint, or slow             -> Hard  (2)
 *   right and fast on a card in Review      -> Easy  (4)
 *   right otherwise                         -> Good  (3)
 * "Fast" and "slow" scale with what the player had to read (prompt and
 * options, in code points):
 *   fast: answer_ms <  LT_GRADE_FAST_MS + LT_GRADE_FAST_PER_CHAR * chars
 *         (2 s + 40 ms a character: a 100-character question, 6 s)
 *   slow: answer_ms >  LT_GRADE_SLOW_MS + LT_GRADE_SLOW_PER_CHAR * chars
 *         (6 s + 80 ms a character: a 100-character question, 14 s)
 * 40 ms a character is a brisk reading speed (25 characters a second), so a
 * fast answer means the player read and knew it at once; 80 ms a character
 * (12 a second) with 6 s to think is hesitation. Easy only on Review cards:
 * a card still in its learning steps is not yet "well known". */
#ifndef LT_GRADE_H
#define LT_GRADE_H

#include <stdbool.h>

#include "lt_fsrs.h"

#define LT_GRADE_FAST_MS 2000.0
#define LT_GRADE_FAST_PER_CHAR 40.0
#define LT_GRADE_SLOW_MS 6000.0
#define LT_GRADE_SLOW_PER_CHAR 80.0

/* The rating for one answer (see above). reading_chars < 0 counts as 0; a
 * negative or NaN answer time counts as neither fast nor slow. */
lt_fsrs_rating lt_grade(bool right, bool close, bool hint_used, double answer_ms, int reading_chars,
                        lt_fsrs_state card_state);

/* The two thresholds for a question of reading_chars characters (ms). */
double lt_grade_fast_ms(int reading_chars);
double lt_grade_slow_ms(int reading_chars);

#endif
