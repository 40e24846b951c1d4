/* scn_picture.h: a pack's picture (lt_image: `image:` and `image_alt:`) on
 * the canvas: the image fitted in a box with its alt text as a caption, or,
 * when the file cannot be drawn, the alt text in a frame (never a blank).
 * Depends on: eng.h, lt_pack.h, lt_quiz.h. */
#ifndef SCN_PICTURE_H
#define SCN_PICTURE_H

#include <stdbool.h>

#include "eng.h"
#include "lt_pack.h"
#include "lt_quiz.h"

/* Width of the picture column the play scene sets beside a question. */
#define SCN_PICTURE_COL_W 560.0f

/* The picture shown with a question: a hand-written question's own image,
 * else the image of the fact it is about; NULL when there is none. Order and
 * match questions made from facts show none: they ask about several facts
 * and need the whole width. */
const lt_image *scn_picture_for(const lt_pack *pack, const lt_question *q);

/* Draws `img` in `box`: the picture as large as fits (keeping its aspect)
 * above its caption (the alt text in `lang`, at most three lines), the two
 * centred together. When the picture cannot be drawn (eng_image failed), a
 * frame with "the picture cannot be shown" and the alt text instead. Returns
 * true when the picture itself was drawn. Nothing is drawn outside `box`. */
bool scn_picture_draw(const lt_image *img, lt_lang lang, eng_rect box);

#endif
