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
    /* levels and statistics */
    SCN_S_LEVELS_TITLE,
    SCN_S_LEVELS_HINT,            /* "Стрелки или 1–%d — выбрать, ..." */
    SCN_S_LEVEL_LOCKED,           /* "Откроется, когда «%s» освоен на %d%%" */
    SCN_S_LEVEL_LOCKED_EXAM,
    SCN_S_LEVEL_TIME,             /* "%d с на вопрос" */
    SCN_S_LEVEL_NO_TIMER,
    SCN_S_LEVEL_PASS,             /* "проход: %d%%" */
    SCN_S_LEVEL_MASTERY,
    SCN_S_LEVEL_EXAM,
    SCN_S_LEVEL_TYPES_ALL,
    SCN_S_QTYPE_CHOICE,           /* short words, one per lt_qtype in its order */
    SCN_S_QTYPE_MULTI,
    SCN_S_QTYPE_TRUEFALSE,
    SCN_S_QTYPE_TYPED,
    SCN_S_QTYPE_DATE,
    SCN_S_QTYPE_ORDER,
    SCN_S_QTYPE_MATCH,
    SCN_S_QTYPE_CLOZE,
    SCN_S_STATS_TITLE,
    SCN_S_STATS_LEVELS,
    SCN_S_STATS_DUE,
    SCN_S_STATS_RETENTION,
    SCN_S_STATS_HARDEST,
    SCN_S_STATS_PACK_MASTERY,
    SCN_S_STATS_REVIEWS,          /* "Ответов всего: %lld" */
    SCN_S_STATS_DUE_TODAY,        /* "К повторению сегодня: %d" */
    SCN_S_STATS_EMPTY,
    SCN_S_STATS_NOTHING_DUE,
    SCN_S_STATS_NO_STORE,
    SCN_S_STATS_HINT,
    SCN_S_STATS_RET_ALL,          /* "за 30 дней: %d%%" */
    /* question view (scn_qview) */
    SCN_S_QV_YEAR,
    SCN_S_QV_MONTH,
    SCN_S_QV_PART,
    SCN_S_QV_DAY,
    SCN_S_QV_PART_EARLY,
    SCN_S_QV_PART_MID,
    SCN_S_QV_PART_LATE,
    SCN_S_QV_MONTH_1, /* nominative month names, 1..12 in order */
    SCN_S_QV_MONTH_2,
    SCN_S_QV_MONTH_3,
    SCN_S_QV_MONTH_4,
    SCN_S_QV_MONTH_5,
    SCN_S_QV_MONTH_6,
    SCN_S_QV_MONTH_7,
    SCN_S_QV_MONTH_8,
    SCN_S_QV_MONTH_9,
    SCN_S_QV_MONTH_10,
    SCN_S_QV_MONTH_11,
    SCN_S_QV_MONTH_12,
    SCN_S_QV_EARLIER,
    SCN_S_QV_LATER,
    SCN_S_QV_YOUR_ORDER,
    SCN_S_QV_RIGHT_ORDER,
    SCN_S_QV_YOUR_ANSWER,
    SCN_S_QV_RIGHT_ANSWER,
    SCN_S_QV_TYPE_HERE,
    SCN_S_QV_CLOSE,
    SCN_S_QV_MISSED,
    SCN_S_QV_YOUR_PICK,       /* "Ваш выбор: %s" (date preview) */
    SCN_S_QV_HINT_CHOICE,
    SCN_S_QV_HINT_TF,
    SCN_S_QV_HINT_MULTI,
    SCN_S_QV_HINT_TYPED,
    SCN_S_QV_HINT_DATE,
    SCN_S_QV_HINT_ORDER,
    SCN_S_QV_HINT_MATCH,
    /* play, results and menu (lead) */
    SCN_S_MODE_STUDY,
    SCN_S_MODE_QUICK,
    SCN_S_MODE_EXAM,
    SCN_S_MODE_LEVEL,
    SCN_S_MODE_PRACTICE,
    SCN_S_MENU_LEVELS,
    SCN_S_MENU_STATS,
    SCN_S_DUE_TODAY,          /* "%d к повторению" */
    SCN_S_QUESTION_N,         /* "Вопрос %d" */
    SCN_S_RIGHT_SHORT,
    SCN_S_CLOSE,
    SCN_S_STREAK_BONUS,       /* " (серия +%d)" */
    SCN_S_MEMORY_BONUS,       /* " (память +%d)" */
    SCN_S_NOTHING_DUE,
    SCN_S_RESULTS_STUDY,
    SCN_S_RESULTS_EXAM,
    SCN_S_LEVEL_PASSED,
    SCN_S_LEVEL_FAILED,
    SCN_S_MASTERY_PACK,       /* "Освоение набора: было %d%%, стало %d%%" */
    SCN_S_MASTERY_LEVEL,
    SCN_S_EXAM_REPORT,
    SCN_S_ROWS_SHOWN,         /* "%d–%d из %d" */
    SCN_S_SETTINGS_RETENTION,
    SCN_S_SETTINGS_CALM,
    SCN_S_SETTINGS_NEW_PER_DAY,
    SCN_S_SETTINGS_EXAM_DATE,
    SCN_S_NONE,
    SCN_S_PLAN_TITLE,         /* "План к экзамену %s" */
    SCN_S_PLAN_SUMMARY,       /* days, cards, min recall % */
    SCN_S_PLAN_UNREACHABLE,
    SCN_S_PLAN_CHART,
    SCN_S_PLAN_NONE,
    SCN_S_HINT,
    SCN_S_HINT_SOURCE,
    /* timeline (scn_board, scn_place) */
    SCN_S_TL_TITLE,
    SCN_S_TL_MON_1, /* short month names, 1..12 in order */
    SCN_S_TL_MON_2,
    SCN_S_TL_MON_3,
    SCN_S_TL_MON_4,
    SCN_S_TL_MON_5,
    SCN_S_TL_MON_6,
    SCN_S_TL_MON_7,
    SCN_S_TL_MON_8,
    SCN_S_TL_MON_9,
    SCN_S_TL_MON_10,
    SCN_S_TL_MON_11,
    SCN_S_TL_MON_12,
    SCN_S_TL_MASTERY, /* "Освоено: %d%%" */
    SCN_S_TL_FIT,
    SCN_S_TL_PLAY,
    SCN_S_TL_RULES,
    SCN_S_TL_HINT,
    SCN_S_TL_PEOPLE,
    SCN_S_TL_WHERE,
    SCN_S_TL_DOCS,
    SCN_S_TL_PERSP,
    SCN_S_TL_SOURCE, /* "Источник, абзац %d" */
    SCN_S_TL_CAUSE,
    SCN_S_TL_EFFECT,
    SCN_S_TL_UNSEEN,
    SCN_S_TL_RECALL, /* "память %d%%" */
    SCN_S_TL_PLACE_HINT,
    SCN_S_TL_RULES_HINT,
    SCN_S_TL_RIGHT_OF, /* "Верно: %d из %d" */
    SCN_S_TL_AGAIN,
    SCN_S_TL_STREAK, /* "Серия: %d · рекорд: %d" */
    SCN_S_TL_OVER,
    SCN_S_TL_ON_BOARD,
    SCN_S_TL_NEAR, /* "Близко: %d%% очков" */
    SCN_S_TL_MORE_ABOVE, /* "Ещё %d выше" */
    SCN_S_TL_MORE_BELOW,
    SCN_STR_COUNT
} scn_str;

/* The string in `lang`; never NULL. */
const char *scn_tr(lt_lang lang, scn_str id);

#endif
