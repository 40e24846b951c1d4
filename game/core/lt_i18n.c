/* lt_i18n.c: the string table (Russian first, English second).
 * Adding a string: add its id to lt_i18n.h and a row here in the same order.
 * Depends on: lt_i18n.h. */
#include "lt_i18n.h"

static const char *const lt_strings[LT_S_COUNT][LT_LANG_COUNT] = {
    [LT_S_APP_NAME] = {"Летопись", "Letopis"},
    [LT_S_APP_TAGLINE] = {"История, которую помнишь", "History you remember"},
    [LT_S_MENU_PLAY] = {"Играть", "Play"},
    [LT_S_MENU_SETTINGS] = {"Настройки", "Settings"},
    [LT_S_MENU_QUIT] = {"Выход", "Quit"},
    [LT_S_MENU_HINT] = {"Стрелки — выбор, Enter — открыть, F11 — полный экран",
                        "Arrows to choose, Enter to open, F11 for full screen"},
    [LT_S_PACK_ERROR_TITLE] = {"Не удалось открыть набор вопросов", "The question pack could not be opened"},
    [LT_S_PACK_ERROR_FALLBACK] = {"Открыт стандартный набор.", "The default pack is open instead."},
    [LT_S_DISMISS] = {"Понятно", "OK"},
    [LT_S_SETTINGS_TITLE] = {"Настройки", "Settings"},
    [LT_S_SETTINGS_LANGUAGE] = {"Язык", "Language"},
    [LT_S_SETTINGS_VOLUME] = {"Громкость", "Volume"},
    [LT_S_SETTINGS_FULLSCREEN] = {"Полный экран", "Full screen"},
    [LT_S_ON] = {"вкл.", "on"},
    [LT_S_OFF] = {"выкл.", "off"},
    [LT_S_BACK] = {"Назад", "Back"},
    [LT_S_SETTINGS_HINT] = {"Вверх/вниз — пункт, влево/вправо — изменить, Esc — назад",
                            "Up/down to choose, left/right to change, Esc to go back"},
    [LT_S_LANG_NAME] = {"Русский", "English"},
    [LT_S_QUESTION_N_OF] = {"Вопрос %d из %d", "Question %d of %d"},
    [LT_S_SCORE] = {"Очки", "Score"},
    [LT_S_STREAK] = {"Серия", "Streak"},
    [LT_S_RIGHT] = {"Верно!", "Right!"},
    [LT_S_WRONG] = {"Неверно", "Wrong"},
    [LT_S_TIME_UP] = {"Время вышло", "Time is up"},
    [LT_S_NEXT] = {"Дальше", "Next"},
    [LT_S_SEE_RESULTS] = {"Итоги", "Results"},
    [LT_S_SOURCE_PARAGRAPH] = {"Источник: абзац %d", "Source: paragraph %d"},
    [LT_S_EXTERNAL_SOURCE] = {"Факт не из текста, а из других источников",
                              "A fact from other sources, not from the text"},
    [LT_S_PLAY_HINT] = {"1–4 или щелчок — ответ", "1–4 or a click to answer"},
    [LT_S_FEEDBACK_HINT] = {"Enter — дальше", "Enter for next"},
    [LT_S_RESULTS_TITLE] = {"Итоги раунда", "Round results"},
    [LT_S_RESULTS_RIGHT] = {"Верных ответов: %d из %d", "Right answers: %d of %d"},
    [LT_S_RESULTS_MISSED] = {"Стоит повторить:", "Worth another look:"},
    [LT_S_RESULTS_NONE_MISSED] = {"Ни одной ошибки — отлично!", "Not a single mistake — well done!"},
    [LT_S_RESULTS_ANSWER] = {"ответ: %s", "answer: %s"},
    [LT_S_PLAY_AGAIN] = {"Ещё раунд", "Play again"},
    [LT_S_TO_MENU] = {"В меню", "Menu"},
    [LT_S_POINTS] = {"+%d очков", "+%d points"},
    [LT_S_Q_WHEN] = {"Когда это было: «%s»?", "When was this: “%s”?"},
    [LT_S_Q_WHERE] = {"Где это было: «%s»?", "Where did this happen: “%s”?"},
    [LT_S_Q_DOCUMENT] = {"Какой документ с этим связан: «%s»?", "Which document is involved: “%s”?"},
    [LT_S_Q_WHO_PARTICIPANT] = {"Кто участвовал: «%s»?", "Who took part: “%s”?"},
    [LT_S_Q_WHO_SIGNATORY] = {"Кто из них подписал документ: «%s»?", "Which of them signed: “%s”?"},
    [LT_S_Q_WHO_DELEGATE] = {"Кто представлял свою страну: «%s»?", "Who represented their country: “%s”?"},
    [LT_S_Q_WHO_SPEAKER] = {"Кто сделал это заявление: «%s»?", "Who made this statement: “%s”?"},
    [LT_S_Q_WHO_ADDRESSEE] = {"К кому обращались: «%s»?", "To whom was this addressed: “%s”?"},
    [LT_S_Q_WHO_INITIATOR] = {"Кто выступил инициатором: «%s»?", "Who set this in motion: “%s”?"},
    [LT_S_FACET_WHEN] = {"Когда", "When"},
    [LT_S_FACET_WHO] = {"Кто", "Who"},
    [LT_S_FACET_WHERE] = {"Где", "Where"},
    [LT_S_FACET_DOCUMENT] = {"Документ", "Document"},
    [LT_S_NO_QUESTIONS] = {"В наборе недостаточно фактов для вопросов.",
                           "The pack has too few facts to ask questions."},
};

const char *lt_tr(lt_lang lang, lt_str id)
{
    if ((int)id < 0 || id >= LT_S_COUNT) {
        return "";
    }
    if ((int)lang < 0 || lang >= LT_LANG_COUNT) {
        lang = LT_LANG_RU;
    }
    const char *s = lt_strings[id][lang];
    if (s == NULL) {
        s = lt_strings[id][LT_LANG_RU];
    }
    return s != NULL ? s : "";
}
