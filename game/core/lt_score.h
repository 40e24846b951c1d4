/* lt_score.h: points for an answer: speed points as classroom quiz games give
 * them, a streak bonus, a memory bonus for recalling a weak card, and the calm
 * mode's accuracy-only score. Depends on: nothing but libc. */
#ifndef LT_SCORE_H
#define LT_SCORE_H

#include <stdbool.h>

#define LT_SCORE_FULL_MS 500.0      /* answers faster than this get all 1000 */
#define LT_SCORE_STREAK_STEP 100    /* per right answer in a row from the second */
#define LT_SCORE_STREAK_MAX 500
#define LT_SCORE_MEMORY_MAX 500     /* bonus for a right answer on a card at R = 0 */
#define LT_SCORE_CALM_RIGHT 100     /* calm mode: points per right answer */

typedef struct lt_score_in {
    bool right;
    double answer_ms;      /* time taken */
    double limit_ms;       /* the question's time limit T; ignored in calm mode */
    int streak_before;     /* right answers in a row before this one */
    bool has_r;            /* the card had been seen: r is its retrievability now */
    double r;              /* 0..1 */
    bool calm;             /* no timer, accuracy only */
} lt_score_in;

typedef struct lt_score_out {
    int speed;             /* speed points (0 when wrong or in calm mode) */
    int streak;            /* streak bonus */
    int memory;            /* memory bonus */
    int total;             /* what the answer adds to the score; never negative */
    int streak_after;      /* right answers in a row after this one */
} lt_score_out;

/* Scores one answer. Wrong answers add nothing and reset the streak; nothing
 * is ever taken away. Speed: 1000 under LT_SCORE_FULL_MS, else
 * round(1000 * (1 - t/T/2)), 0 past the limit. Streak: +100 for the second
 * right answer in a row, +200 for the third, ... at most +500. Memory:
 * round(500 * (1 - R)) for a right answer on a card seen before. Calm mode:
 * 100 per right answer plus the memory bonus, no speed or streak points. */
lt_score_out lt_score_answer(const lt_score_in *in);

#endif
