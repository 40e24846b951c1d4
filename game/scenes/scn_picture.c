/* scn_picture.c: a question's picture with its caption, and the framed alt
 * text that replaces it when the file cannot be drawn.
 * Depends on: scn_picture.h, scn_ui.h, scn_text.h, eng.h. */
#include "scn_picture.h"

#include "scn_text.h"
#include "scn_ui.h"

#define SCN_PIC_CAPTION_PX 26
#define SCN_PIC_CAPTION_LINES 3
#define SCN_PIC_PAD 16.0f

const lt_image *scn_picture_for(const lt_pack *pack, const lt_question *q)
{
    if (pack == NULL || q == NULL) {
        return NULL;
    }
    if (q->hand >= 0 && (size_t)q->hand < pack->n_questions && pack->questions[q->hand].image.file) {
        return &pack->questions[q->hand].image;
    }
    if (q->type == LT_Q_ORDER || q->type == LT_Q_MATCH) {
        return NULL;
    }
    if (q->event != LT_QUIZ_NO_EVENT && q->event < pack->n_events && pack->events[q->event].image.file) {
        return &pack->events[q->event].image;
    }
    return NULL;
}

/* The alt text in a frame: a small picture sign, "cannot be shown", the text. */
static void scn_picture_fallback(const char *alt, lt_lang lang, eng_rect box)
{
    eng_font lf = eng_font_get(ENG_FONT_REGULAR, 24);
    eng_font tf = eng_font_get(ENG_FONT_REGULAR, 30);
    float inner_w = box.w - 2 * 28;
    int lines = 1;
    float th = alt[0] ? eng_text_wrapped_height(tf, alt, inner_w, &lines) : 0;
    float head = 64 + (float)eng_font_line_height(lf);
    float h = head + th + 2 * 28 + (alt[0] ? 12 : 0);
    if (h > box.h) {
        h = box.h;
    }
    eng_rect r = {box.x, box.y + (box.h - h) / 2, box.w, h};
    eng_fill_round_rect(r, 16, SCN_PANEL_HI);
    eng_fill_round_rect((eng_rect){r.x + 3, r.y + 3, r.w - 6, r.h - 6}, 13, SCN_BG_DEEP);
    /* the sign: a framed landscape with a slash across it */
    float cx = r.x + r.w / 2, top = r.y + 24;
    eng_outline_rect((eng_rect){cx - 30, top, 60, 44}, 3, SCN_TEXT_DIM);
    eng_line(cx - 24, top + 38, cx - 8, top + 20, 3, SCN_TEXT_DIM);
    eng_line(cx - 8, top + 20, cx + 4, top + 32, 3, SCN_TEXT_DIM);
    eng_line(cx + 4, top + 32, cx + 12, top + 26, 3, SCN_TEXT_DIM);
    eng_line(cx + 12, top + 26, cx + 24, top + 38, 3, SCN_TEXT_DIM);
    eng_line(cx - 34, top + 48, cx + 34, top - 4, 3, SCN_ACCENT);
    eng_text_draw(lf, scn_tr(lang, SCN_S_IMG_UNAVAILABLE), cx, top + 56, ENG_ALIGN_CENTER, SCN_TEXT_DIM);
    if (alt[0]) {
        float ty = r.y + 28 + head + 12;
        eng_text_draw_wrapped(tf, alt, (eng_rect){r.x + 28, ty, inner_w, r.y + r.h - 20 - ty}, ENG_ALIGN_CENTER,
                              SCN_TEXT);
    }
}

bool scn_picture_draw(const lt_image *img, lt_lang lang, eng_rect box)
{
    if (img == NULL || img->file == NULL || box.w < 40 || box.h < 40) {
        return false;
    }
    const char *alt = lt_text_get(&img->alt, lang);
    eng_image im = eng_image_load(img->path);
    if (!eng_image_valid(im)) {
        scn_picture_fallback(alt, lang, box);
        return false;
    }
    /* The caption takes what it needs (up to three lines); the picture the rest. */
    eng_font cf = eng_font_get(ENG_FONT_REGULAR, SCN_PIC_CAPTION_PX);
    float cap_w = box.w - 2 * SCN_PIC_PAD;
    int lines = 0;
    float ch = alt[0] ? eng_text_wrapped_height(cf, alt, cap_w, &lines) : 0;
    float ch_max = (float)(eng_font_line_height(cf) * SCN_PIC_CAPTION_LINES);
    if (ch > ch_max) {
        ch = ch_max;
    }
    float gap = ch > 0 ? 12 : 0;
    eng_rect area = {box.x + SCN_PIC_PAD, box.y + SCN_PIC_PAD, box.w - 2 * SCN_PIC_PAD,
                     box.h - 2 * SCN_PIC_PAD - gap - ch};
    eng_rect pic = eng_image_fit(im, area);
    /* picture and caption as one block, centred in the box */
    float block = pic.h + gap + ch;
    float y0 = box.y + (box.h - block) / 2;
    pic.y = y0;
    eng_fill_round_rect((eng_rect){pic.x - 6, pic.y - 6, pic.w + 12, pic.h + 12}, 8, SCN_BG_DEEP);
    if (!eng_image_draw(im, pic)) {
        /* dropped from the cache and gone from the disk since */
        scn_picture_fallback(alt, lang, box);
        return false;
    }
    if (ch > 0) {
        eng_text_draw_wrapped(cf, alt, (eng_rect){box.x + SCN_PIC_PAD, pic.y + pic.h + gap, cap_w, ch},
                              ENG_ALIGN_CENTER, SCN_TEXT_DIM);
    }
    return true;
}
