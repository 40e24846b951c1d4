/* lt_tool_import.h: the `letopis-pack import` subcommand (GIFT, Aiken,
 * CSV/TSV into a native pack of questions). Called from letopis_pack.c.
 * Depends on: nothing. */
#ifndef LT_TOOL_IMPORT_H
#define LT_TOOL_IMPORT_H

/* argv[0] is "import". Exit status: 0 something imported (pack written),
 * 1 nothing could be imported or the pack could not be written, 2 usage. */
int lt_tool_import(int argc, char **argv);

#endif
