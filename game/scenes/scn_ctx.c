/* scn_ctx.c: what the scenes share through scn_ctx: the clock.
 * Depends on: scn.h, eng.h. */
/* tm_gmtoff (the local offset from UTC) is a BSD/glibc field. */
#define _DEFAULT_SOURCE 1
#include <time.h>

#include "scn.h"

int64_t scn_now_ms(const scn_ctx *ctx)
{
    return ctx->clock_start_ms + (int64_t)eng_time_ms();
}

int64_t scn_day_start_ms(const scn_ctx *ctx)
{
    /* Local midnight: the offset of local time from UTC at `now`. */
    int64_t now = scn_now_ms(ctx);
    time_t secs = (time_t)(now / 1000);
    struct tm local;
    long offset = 0;
    if (localtime_r(&secs, &local) != NULL) {
        offset = local.tm_gmtoff;
    }
    int64_t local_ms = now + (int64_t)offset * 1000;
    int64_t day = local_ms >= 0 ? local_ms / 86400000 : (local_ms - 86399999) / 86400000;
    return day * 86400000 - (int64_t)offset * 1000;
}
