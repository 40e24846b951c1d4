/* lt_tool_kiosk.h: the `letopis-pack kiosk` subcommand (PIN hash for the
 * config, config check, daily export, summary of a kiosk's database).
 * Called from letopis_pack.c's command table.
 * Depends on: nothing. */
#ifndef LT_TOOL_KIOSK_H
#define LT_TOOL_KIOSK_H

/* argv[0] is "kiosk", argv[1] the action. Exit status: 0 done, 1 errors (a
 * bad config or PIN, no database), 2 bad command line. */
int lt_tool_kiosk(int argc, char **argv);

#endif
