/* lt_tool_pin.h: the `letopis-pack pin` subcommand: whether the game's
 * teacher PIN is set, and clearing it for a teacher who forgot it.
 * Called from letopis_pack.c's command table. Depends on: nothing. */
#ifndef LT_TOOL_PIN_H
#define LT_TOOL_PIN_H

/* argv[0] is "pin". Exit status: 0 done, 1 no database in the data dir (or
 * it cannot be written), 2 bad command line. */
int lt_tool_pin(int argc, char **argv);

#endif
