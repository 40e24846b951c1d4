/* lt_tool_extract.h: the `letopis-pack extract` subcommand: a draft pack
 * folder from a plain ru/en text, for a teacher to review.
 * Depends on: nothing (called from letopis_pack.c's command table). */
#ifndef LT_TOOL_EXTRACT_H
#define LT_TOOL_EXTRACT_H

/* argv[0] is "extract": extract TEXT [--lang ru|en] -o DIR [--json] [--force].
 * Exit status: 0 a draft written, 1 nothing found or the text (or DIR) cannot
 * be read or written, 2 bad command line. */
int lt_tool_extract(int argc, char **argv);

#endif
