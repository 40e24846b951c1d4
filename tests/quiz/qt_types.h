/* qt_types.h: the typed-question tests of test_quiz, split over files:
 * invariants of every type, hand-written questions and confusions, and the
 * typed part of the golden catalog. Depends on: lt_pack.h. */
#ifndef QT_TYPES_H
#define QT_TYPES_H

#include "lt_pack.h"

/* Each returns the number of failed checks (and prints what failed). */
int qt_types_run(lt_pack *pack);
int qt_hand_run(lt_pack *pack);

/* Prints a few questions of every type, both languages (golden catalog). */
void qt_types_catalog(const lt_pack *pack);

#endif
