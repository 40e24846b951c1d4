/* scn_text.h: strings of the scene screens added with the learning core
 * (profiles, modes, statistics, levels), Russian first, English second.
 * Depends on: lt_pack.h (lt_lang). */
#ifndef SCN_TEXT_H
#define SCN_TEXT_H

#include "lt_pack.h"

typedef enum scn_str {
    SCN_S_PROFILES_TITLE = 0,
    SCN_S_PROFILE_NEW,
    SCN_S_PROFILE_RENAME,
    SCN_S_PROFILE_DELETE,
    SCN_S_PROFILE_DELETE_CONFIRM, /* "%s" = name */
    SCN_S_PROFILE_NAME_PLACEHOLDER,
    SCN_S_PROFILE_NAME_BAD,
    SCN_S_PROFILE_CURRENT,
    SCN_S_PROFILE_DEFAULT_NAME,
    SCN_S_PROFILE_LABEL,          /* "Профиль: %s" */
    SCN_S_OK,
    SCN_S_CANCEL,
    SCN_STR_COUNT
} scn_str;

/* The string in `lang`; never NULL. */
const char *scn_tr(lt_lang lang, scn_str id);

#endif
