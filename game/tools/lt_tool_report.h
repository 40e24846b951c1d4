/* lt_tool_report.h: the `letopis-pack report` subcommand (class results).
 * Called from letopis_pack.c's command table.
 * Depends on: nothing. */
#ifndef LT_TOOL_REPORT_H
#define LT_TOOL_REPORT_H

/* argv[0] is "report". Exit status: 0 printed, 1 no database in the data dir
 * (or it cannot be read), 2 bad command line. */
int lt_tool_report(int argc, char **argv);

#endif
