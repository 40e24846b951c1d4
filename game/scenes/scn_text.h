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
    SCN_S_MENU_PACKS,
    SCN_S_MENU_TEACHER,
    /* -- pack library, file drop and reload (add below) -- */
    SCN_S_LIB_TITLE,          /* "Наборы" */
    SCN_S_LIB_USER_DIR,       /* "Свои наборы кладите в папку %s" */
    SCN_S_LIB_HINT,
    SCN_S_LIB_COUNTS,         /* "фактов: %zu · вопросов: %zu · уровней: %zu" */
    SCN_S_LIB_LAST,           /* "Последний раз: %s" */
    SCN_S_LIB_NEVER,
    SCN_S_LIB_BUNDLED,
    SCN_S_LIB_USER,
    SCN_S_LIB_CURRENT,
    SCN_S_LIB_BROKEN,
    SCN_S_LIB_NO_YAML,
    SCN_S_LIB_TOO_BIG,        /* "%s: файл набора больше %u МиБ" */
    SCN_S_LIB_MORE_ERRORS,    /* "(ещё ошибок: %zu)" */
    SCN_S_LIB_EMPTY,
    SCN_S_LIB_TRUNCATED,      /* "показаны первые %d" */
    SCN_S_PACK_RELOADED,
    SCN_S_PACK_RELOAD_LATER,
    SCN_S_PACK_RELOAD_FAILED,
    SCN_S_PACK_RELOAD_KEPT,
    SCN_S_PACK_OPENED,        /* "Открыт набор «%s»" */
    SCN_S_DROP_IMPORT_TITLE,  /* "Импорт: %s" */
    SCN_S_DROP_IMPORTED,      /* "Импортировано вопросов: %zu, пропущено: %zu." */
    SCN_S_DROP_SAVED,         /* "Набор сохранён в папке %s и открыт." */
    SCN_S_DROP_SAME,          /* "Такой набор уже есть в папке %s; открыт он." */
    SCN_S_DROP_PROBLEMS,
    SCN_S_DROP_FAILED_TITLE,
    SCN_S_DROP_MISSING,       /* "Нет такого файла или папки: %s" */
    SCN_S_DROP_FOLDER,        /* "%s: в папке нет pack.yaml, это не набор." */
    SCN_S_DROP_UNKNOWN,       /* "%s: это не набор и не файл с вопросами. ..." */
    SCN_S_DROP_BINARY,        /* "%s: это не текстовый файл." */
    SCN_S_DROP_NOTHING,       /* "%s: не удалось импортировать ни одного вопроса." */
    SCN_S_DROP_UNREADABLE,    /* "%s: файл не читается: %s" */
    SCN_S_DROP_WRITE,         /* "Не удалось записать набор: %s" */
    SCN_S_DROP_PACK_ERRORS,   /* "%s: в наборе ошибки, открытый набор не меняется." */
    SCN_S_DROP_NOTHING_CHANGED,
    SCN_S_PANEL_MORE,         /* "ещё строк: %d — стрелки или колесо" */
    /* -- images -- */
    SCN_S_IMG_UNAVAILABLE,    /* "Изображение не удалось показать" (over the alt text in a frame) */
    /* -- teacher screen -- */
    SCN_S_TEACHER_TITLE,
    SCN_S_TEACHER_PIN_ENTER,
    SCN_S_TEACHER_PIN_SET,
    SCN_S_TEACHER_PIN_NEW,
    SCN_S_TEACHER_PIN_REPEAT,
    SCN_S_TEACHER_PIN_SHORT,
    SCN_S_TEACHER_PIN_LONG,
    SCN_S_TEACHER_PIN_DIGITS,
    SCN_S_TEACHER_PIN_MISMATCH,
    SCN_S_TEACHER_PIN_WRONG,
    SCN_S_TEACHER_PIN_LOCKED,      /* "%s" = SECONDS or MINUTES */
    SCN_S_TEACHER_SECONDS,         /* "%d с" */
    SCN_S_TEACHER_MINUTES,         /* "%d мин %02d с" */
    SCN_S_TEACHER_PIN_SAVE_FAILED,
    SCN_S_TEACHER_PIN_CHANGED,
    SCN_S_TEACHER_FORGOT,          /* "%s" = the data folder */
    SCN_S_TEACHER_NO_STORE,
    SCN_S_TEACHER_ERASE,
    SCN_S_TEACHER_OPEN,
    SCN_S_TEACHER_NEXT,
    SCN_S_TEACHER_SAVE,
    SCN_S_TEACHER_RESULTS,         /* "Результаты класса" */
    SCN_S_TEACHER_PACK,            /* "Набор: %s" */
    SCN_S_TEACHER_TAB_STUDENTS,
    SCN_S_TEACHER_TAB_ITEMS,
    SCN_S_TEACHER_SORT_HARD,
    SCN_S_TEACHER_EXPORT,
    SCN_S_TEACHER_CHANGE_PIN,
    SCN_S_TEACHER_ALL_STUDENTS,
    SCN_S_TEACHER_COL_NAME,
    SCN_S_TEACHER_COL_ANSWERS,
    SCN_S_TEACHER_COL_RIGHT,
    SCN_S_TEACHER_COL_MASTERY,
    SCN_S_TEACHER_COL_LAST,
    SCN_S_TEACHER_COL_FACT,
    SCN_S_TEACHER_COL_ATTEMPTS,
    SCN_S_TEACHER_COL_R,
    SCN_S_TEACHER_COL_WRONG,
    SCN_S_TEACHER_COL_STUDENTS,
    SCN_S_TEACHER_EMPTY,
    SCN_S_TEACHER_NO_FACTS,        /* "%s" = name: a student without answers */
    SCN_S_TEACHER_SUMMARY,         /* "ответов %d, верно %d%%" */
    SCN_S_TEACHER_EXPORTED,        /* "Сохранено: %s" */
    SCN_S_TEACHER_EXPORT_FAILED,   /* "Экспорт не удался: %s" */
    SCN_S_TEACHER_READ_FAILED,     /* "Не удалось прочитать результаты: %s" */
    SCN_S_TEACHER_HINT,
    SCN_S_TEACHER_HINT_DETAIL,
    /* -- kiosk -- */
    SCN_S_K_TOUCH_START,
    SCN_S_K_STILL_THERE,
    SCN_S_K_STILL_HINT,
    SCN_S_K_YES,
    SCN_S_K_NO,
    SCN_S_K_PLACE_PROMPT,
    SCN_S_K_SCORE_LINE,
    SCN_S_K_FACTS,
    SCN_S_K_TOP_TODAY,
    SCN_S_K_KEYS_WAIT,
    SCN_S_K_ERASE,
    SCN_S_K_SKIP,
    SCN_S_K_BLOCKED,
    SCN_S_K_BOARD_TODAY,
    SCN_S_K_BOARD_ALL,
    SCN_S_K_BOARD_EMPTY,
    SCN_S_K_TOUCH_CONTINUE,
    SCN_S_K_PIN_TITLE,
    SCN_S_K_PIN_WRONG,
    SCN_S_K_PIN_LOCKED,
    SCN_S_K_ADMIN_TITLE,
    SCN_S_K_RESUME,
    SCN_S_K_PACK,
    SCN_S_K_LANGS,
    SCN_S_K_ROUND_LEN,
    SCN_S_K_WIPE,
    SCN_S_K_WIPE_CONFIRM,
    SCN_S_K_WIPED,
    SCN_S_K_EXPORT,
    SCN_S_K_EXPORTED,
    SCN_S_K_EXIT,
    SCN_S_K_EXIT_CONFIRM,
    SCN_S_K_UPTIME,
    SCN_S_K_SESSIONS,
    SCN_S_K_CRASHES,
    SCN_S_K_LAST_RESET,
    SCN_S_K_DURATION,
    SCN_S_K_NEVER,
    SCN_S_K_PACK_LOADED,
    SCN_S_K_PACK_FAILED,
    SCN_S_K_SAVE_FAILED,
    SCN_S_K_NO_KSTORE,
    SCN_S_K_ERROR,
    SCN_S_K_HEALTH,
    SCN_S_K_ACTIONS,
    SCN_STR_COUNT
} scn_str;

/* The string in `lang`; never NULL. */
const char *scn_tr(lt_lang lang, scn_str id);

#endif
