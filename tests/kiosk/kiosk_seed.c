/* kiosk_seed.c: fills DIR/kiosk.db with the fixed data set of kiosk_data.h
 * for the shell test of `letopis-pack kiosk` (run with TZ=UTC).
 * Depends on: lt_kiosk.h. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "kiosk_data.h"

int main(int argc, char **argv)
{
    char err[512];
    if (argc != 2) {
        fprintf(stderr, "usage: kiosk_seed DIR\n");
        return 2;
    }
    setenv("TZ", "UTC", 1);
    tzset();
    lt_kstore *ks = lt_kstore_open(argv[1], KD_D - KD_DAY, err, sizeof err);
    if (ks == NULL) {
        fprintf(stderr, "kiosk_seed: %s\n", err);
        return 1;
    }
    int64_t running = kd_fill(ks);
    bool ok = running > 0 && lt_kstore_note_reset(ks, KD_D + 14 * KD_HOUR);
    lt_kstore_close(ks);
    return ok ? 0 : 1;
}
