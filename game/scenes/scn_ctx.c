/* scn_ctx.c: what the scenes share through scn_ctx: the clock.
 * Depends on: scn.h, eng.h. */
#include "scn.h"

int64_t scn_now_ms(const scn_ctx *ctx)
{
    return ctx->clock_start_ms + (int64_t)eng_time_ms();
}
