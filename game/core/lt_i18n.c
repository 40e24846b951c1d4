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
    [LT_S_Q_WHY] = {"Что к этому привело: «%s»?", "What led to this: “%s”?"},
    [LT_S_Q_MULTI] = {"Отметьте все верные ответы.", "Tick every right answer."},
    [LT_S_Q_MULTI_SIDE] = {"Отметьте все верные ответы (сторона: %s).", "Tick every right answer (side: %s)."},
    [LT_S_SIDE_USSR] = {"СССР", "USSR"},
    [LT_S_SIDE_JAPAN] = {"Япония", "Japan"},
    [LT_S_SIDE_USA] = {"США", "USA"},
    [LT_S_TRUE] = {"Верно", "True"},
    [LT_S_FALSE] = {"Неверно", "False"},
    [LT_S_Q_TF] = {"Верно или нет? «%s»: %s — %s", "True or false? “%s”: %s — %s"},
    [LT_S_TF_DATE] = {"дата", "date"},
    [LT_S_TF_PLACE] = {"место", "place"},
    [LT_S_TF_DOCUMENT] = {"документ", "document"},
    [LT_S_ROLE_PARTICIPANT] = {"участник", "participant"},
    [LT_S_ROLE_SIGNATORY] = {"подписант", "signatory"},
    [LT_S_ROLE_DELEGATE] = {"представитель стороны", "delegate"},
    [LT_S_ROLE_SPEAKER] = {"автор заявления", "speaker"},
    [LT_S_ROLE_ADDRESSEE] = {"адресат", "addressee"},
    [LT_S_ROLE_INITIATOR] = {"инициатор", "initiator"},
    [LT_S_Q_TYPE_IN] = {"Впишите ответ.", "Type the answer."},
    [LT_S_Q_WHO_SIGNED] = {"Кто подписал: «%s»?", "Who signed: “%s”?"},
    [LT_S_Q_DATE] = {"Когда это было: «%s»? Укажите %s.", "When was this: “%s”? Give the %s."},
    [LT_S_PREC_YEAR] = {"год", "year"},
    [LT_S_PREC_MONTH] = {"месяц", "month"},
    [LT_S_PREC_PART] = {"часть месяца", "part of the month"},
    [LT_S_PREC_DAY] = {"день", "day"},
    [LT_S_Q_ORDER] = {"Расставьте события по времени, от раннего к позднему.",
                      "Put the events in time order, earliest first."},
    [LT_S_Q_MATCH_ROLES] = {"Соотнесите людей и их должности.", "Match each person with their post."},
    [LT_S_Q_MATCH_DOC_DATES] = {"Соотнесите документы и даты их подписания.",
                                "Match each document with the date it was signed."},
    [LT_S_Q_MATCH_EVENT_DATES] = {"Соотнесите события и даты.", "Match each event with its date."},
    [LT_S_Q_CLOZE] = {"Вставьте пропущенное слово: %s", "Fill in the missing word: %s"},
    [LT_S_FACET_WHY] = {"Почему", "Why"},
    [LT_S_FACET_WHAT] = {"Что", "What"},
    [LT_S_FACET_HAND] = {"Вопрос", "Question"},
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
