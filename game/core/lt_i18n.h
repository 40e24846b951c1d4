/* lt_i18n.h: the user interface strings of Letopis in Russian and English.
 * Scenes ask for a string by id; content strings come from the pack instead.
 * Depends on: lt_pack.h (lt_lang). */
#ifndef LT_I18N_H
#define LT_I18N_H

#include "lt_pack.h"

typedef enum lt_str {
    LT_S_APP_NAME = 0,
    LT_S_APP_TAGLINE,
    LT_S_MENU_PLAY,
    LT_S_MENU_SETTINGS,
    LT_S_MENU_QUIT,
    LT_S_MENU_HINT,
    LT_S_PACK_ERROR_TITLE,
    LT_S_PACK_ERROR_FALLBACK,
    LT_S_DISMISS,
    LT_S_SETTINGS_TITLE,
    LT_S_SETTINGS_LANGUAGE,
    LT_S_SETTINGS_VOLUME,
    LT_S_SETTINGS_FULLSCREEN,
    LT_S_ON,
    LT_S_OFF,
    LT_S_BACK,
    LT_S_SETTINGS_HINT,
    LT_S_LANG_NAME,          /* the language's own name: "Русский", "English" */
    LT_S_QUESTION_N_OF,      /* "Вопрос %d из %d" */
    LT_S_SCORE,
    LT_S_STREAK,
    LT_S_RIGHT,
    LT_S_WRONG,
    LT_S_TIME_UP,
    LT_S_NEXT,
    LT_S_SEE_RESULTS,
    LT_S_SOURCE_PARAGRAPH,   /* "Источник: абзац %d" */
    LT_S_EXTERNAL_SOURCE,
    LT_S_PLAY_HINT,
    LT_S_FEEDBACK_HINT,
    LT_S_RESULTS_TITLE,
    LT_S_RESULTS_RIGHT,      /* "Верных ответов: %d из %d" */
    LT_S_RESULTS_MISSED,
    LT_S_RESULTS_NONE_MISSED,
    LT_S_RESULTS_ANSWER,     /* "Ответ: %s" */
    LT_S_PLAY_AGAIN,
    LT_S_TO_MENU,
    LT_S_POINTS,             /* "+%d очков" */
    LT_S_Q_WHEN,             /* "Когда: «%s»?" */
    LT_S_Q_WHERE,
    LT_S_Q_DOCUMENT,
    LT_S_Q_WHO_PARTICIPANT,
    LT_S_Q_WHO_SIGNATORY,
    LT_S_Q_WHO_DELEGATE,
    LT_S_Q_WHO_SPEAKER,
    LT_S_Q_WHO_ADDRESSEE,
    LT_S_Q_WHO_INITIATOR,
    LT_S_FACET_WHEN,
    LT_S_FACET_WHO,
    LT_S_FACET_WHERE,
    LT_S_FACET_DOCUMENT,
    LT_S_NO_QUESTIONS,
    LT_S_Q_WHY,              /* "Что к этому привело: «%s»?" (cause of an event) */
    LT_S_Q_MULTI,            /* appended: "Отметьте все верные ответы." */
    LT_S_Q_MULTI_SIDE,       /* appended: "... (сторона: %s)." */
    LT_S_SIDE_USSR,
    LT_S_SIDE_JAPAN,
    LT_S_SIDE_USA,
    LT_S_TRUE,               /* "Верно" */
    LT_S_FALSE,              /* "Неверно" */
    LT_S_Q_TF,               /* "Верно или нет? «%s»: %s — %s" (title, what, value; the caller ends it) */
    LT_S_TF_DATE,            /* "дата" */
    LT_S_TF_PLACE,
    LT_S_TF_DOCUMENT,
    LT_S_ROLE_PARTICIPANT,   /* "участник" */
    LT_S_ROLE_SIGNATORY,
    LT_S_ROLE_DELEGATE,
    LT_S_ROLE_SPEAKER,
    LT_S_ROLE_ADDRESSEE,
    LT_S_ROLE_INITIATOR,
    LT_S_Q_TYPE_IN,          /* appended to typed prompts: "Впишите ответ." */
    LT_S_Q_WHO_SIGNED,       /* "Кто подписал: «%s»?" (no options to choose from) */
    LT_S_Q_DATE,             /* "Когда это было: «%s»? Укажите %s." */
    LT_S_PREC_YEAR,          /* "год" */
    LT_S_PREC_MONTH,
    LT_S_PREC_PART,
    LT_S_PREC_DAY,
    LT_S_Q_ORDER,            /* "Расставьте события по времени..." */
    LT_S_Q_MATCH_ROLES,
    LT_S_Q_MATCH_DOC_DATES,
    LT_S_Q_MATCH_EVENT_DATES,
    LT_S_Q_CLOZE,            /* "Вставьте пропущенное: %s" */
    LT_S_FACET_WHY,          /* facet badges for the newer facets */
    LT_S_FACET_WHAT,
    LT_S_FACET_HAND,
    LT_S_COUNT
} lt_str;

/* The string in `lang`; never NULL. Strings with %d / %s are printf formats. */
const char *lt_tr(lt_lang lang, lt_str id);

#endif
