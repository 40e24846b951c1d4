/* scn_teacher.h: the two halves of the teacher screen: the PIN pad that
 * guards it (scn_teacher.c) and the class results behind it
 * (scn_teacher_results.c). Private to those two files.
 * Depends on: scn.h. */
#ifndef SCN_TEACHER_H
#define SCN_TEACHER_H

#include <stdbool.h>
#include <stddef.h>

#include "scn.h"

typedef enum scn_pin_mode {
    SCN_PIN_ENTER = 0, /* a PIN is set: check it, then open the results */
    SCN_PIN_SET,       /* the first visit: choose a PIN twice, then open the results */
    SCN_PIN_CHANGE,    /* from the results: choose a new PIN twice, then go back */
    SCN_PIN_NO_STORE   /* no database: say so; nothing can be kept */
} scn_pin_mode;

/* Pushes the PIN pad. In SCN_PIN_CHANGE, `status` (the results screen's
 * status line, which outlives the pad) gets "PIN changed" on success. */
void scn_teacher_pin_push(scn_ctx *ctx, scn_pin_mode mode, char *status, size_t status_len);

/* Opens the class results of the open pack (replacing the top scene when
 * `replace`). */
void scn_teacher_results_open(scn_ctx *ctx, bool replace);

/* The data folder (where letopis.db is), absolute when it can be resolved. */
void scn_teacher_data_dir(const scn_ctx *ctx, char *buf, size_t len);

#endif
