/* scn_text.c: the scene string table; add a row per id of scn_text.h in the
 * same order. Depends on: scn_text.h. */
#include "scn_text.h"

static const char *const scn_strings[SCN_STR_COUNT][LT_LANG_COUNT] = {
    [SCN_S_PROFILES_TITLE] = {"Профили", "Profiles"},
    [SCN_S_PROFILE_NEW] = {"Новый", "New"},
    [SCN_S_PROFILE_RENAME] = {"Переименовать", "Rename"},
    [SCN_S_PROFILE_DELETE] = {"Удалить", "Delete"},
    [SCN_S_PROFILE_DELETE_CONFIRM] = {"Удалить профиль «%s» и весь его прогресс? Это нельзя отменить.",
                                     "Delete the profile “%s” and all its progress? This cannot be undone."},
    [SCN_S_PROFILE_NAME_PLACEHOLDER] = {"Имя — любыми буквами", "A name, in any script"},
    [SCN_S_PROFILE_NAME_BAD] = {"Имя должно быть длиной от 1 до 64 знаков.", "A name takes 1 to 64 characters."},
    [SCN_S_PROFILE_CURRENT] = {"сейчас", "current"},
    [SCN_S_PROFILE_DEFAULT_NAME] = {"Игрок", "Player"},
    [SCN_S_PROFILE_LABEL] = {"Профиль: %s", "Profile: %s"},
    [SCN_S_OK] = {"Готово", "Done"},
    [SCN_S_CANCEL] = {"Отмена", "Cancel"},
};

const char *scn_tr(lt_lang lang, scn_str id)
{
    if ((int)id < 0 || id >= SCN_STR_COUNT) {
        return "";
    }
    if ((int)lang < 0 || lang >= LT_LANG_COUNT) {
        lang = LT_LANG_RU;
    }
    const char *s = scn_strings[id][lang];
    return s != NULL ? s : "";
}
