/* lt_tool_srs.h: the `letopis-pack srs` subcommand (FSRS replay of review histories).
 * Called from letopis_pack.c's command table.
 * Depends on: nothing. */
#ifndef LT_TOOL_SRS_H
#define LT_TOOL_SRS_H

/* argv[0] is "srs". Exit status: 0 every line fine, 1 some input line was bad
 * (the others are still processed), 2 bad command line. */
int lt_tool_srs(int argc, char **argv);

#endif
