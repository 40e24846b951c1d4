/* scn_plot.h: small charts drawn with the engine for the statistics screen:
 * labelled bar charts and line charts in a box, values given by the caller.
 * Depends on: eng.h. */
#ifndef SCN_PLOT_H
#define SCN_PLOT_H

#include "eng.h"

typedef struct scn_plot {
    eng_rect box;          /* the whole chart, title included */
    const char *title;
    const char *const *labels; /* one per value, may be NULL; drawn under bars/points */
    const float *values;
    int n;
    float max;             /* top of the scale; <= 0 = the largest value (at least 1) */
    eng_color color;
    int label_every;       /* draw every k-th label (1 = all) */
    bool percent;          /* values are 0..1 and shown as percents */
} scn_plot;

/* Vertical bars, a value above each non-zero bar. */
void scn_plot_bars(const scn_plot *p);
/* Horizontal bars: one row per value with its label on the left (for
 * "mastery per level" and "hardest facts"). */
void scn_plot_rows(const scn_plot *p);
/* A line through the values with dots; values < 0 are gaps (no data). */
void scn_plot_line(const scn_plot *p);

#endif
