/* demo_scene.c: a look-at-it scene: a question card with wrapped Cyrillic
 * text, four answer buttons, shapes and an ellipsis; captures a PNG.
 *   engine_demo ASSETS OUT.png [--window] [--seconds N]
 * Headless by default (ctest); --window opens a real window (Xvfb).
 * Depends on: eng.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eng.h"

typedef struct demo {
    eng_font title, body, small, bold;
    eng_tween pulse;
    long quit_after; /* ticks; 0 = never (max_frames ends the run) */
    int hover;
} demo;

static const char *const QUESTION =
    "Совместная декларация СССР и Японии, 19 октября 1956 г.";
static const char *const LONG_TEXT =
    "Стороны договорились продолжить после восстановления нормальных дипломатических "
    "отношений переговоры о заключении мирного договора. При этом СССР, идя навстречу "
    "желаниям Японии и учитывая интересы японского государства, соглашается на передачу "
    "Японии островов Хабомаи и острова Сикотан с тем, однако, что фактическая передача "
    "этих островов Японии будет произведена после заключения мирного договора.";
static const char *const ANSWERS[4] = {"1955", "19 октября 1956 г.", "8 сентября 1951 г.",
                                       "Превысокомногорассмотрительствующий"};

static const eng_color BG = {0x1b, 0x22, 0x30, 255};
static const eng_color CARD = {0xf4, 0xef, 0xe6, 255};
static const eng_color INK = {0x22, 0x22, 0x2a, 255};
static const eng_color ACCENT = {0xc0, 0x39, 0x2b, 255};
static const eng_color WHITE = {255, 255, 255, 255};

static eng_rect answer_rect(int i)
{
    return (eng_rect){160.0f + (float)(i % 2) * 820.0f, 640.0f + (float)(i / 2) * 170.0f, 780, 140};
}

static void demo_draw(eng_scene *s)
{
    demo *d = s->self;
    eng_clear(BG);
    /* Card with the question, wrapped inside a deliberately narrow box. */
    eng_fill_round_rect((eng_rect){120, 80, 1680, 500}, 32, CARD);
    eng_outline_rect((eng_rect){160, 120, 700, 240}, 2, ACCENT);
    eng_text_draw_wrapped(d->title, QUESTION, (eng_rect){170, 130, 680, 230}, ENG_ALIGN_LEFT, INK);
    /* Long text cut with an ellipsis after four lines. */
    float lh = (float)eng_font_line_height(d->small);
    eng_outline_rect((eng_rect){900, 120, 860, lh * 4 + 20}, 2, ACCENT);
    eng_text_draw_wrapped(d->small, LONG_TEXT, (eng_rect){910, 130, 840, lh * 4}, ENG_ALIGN_LEFT,
                          INK);
    eng_text_draw(d->bold, "Когда подписана декларация?", 960, 420, ENG_ALIGN_CENTER, ACCENT);
    eng_text_draw(d->small, "справа", 1760, 500, ENG_ALIGN_RIGHT, INK);
    eng_text_draw(d->small, "слева", 160, 500, ENG_ALIGN_LEFT, INK);
    eng_line(160, 560, 1760, 560, 3, ACCENT);
    for (int i = 0; i < 4; i++) {
        eng_rect r = answer_rect(i);
        eng_color c = i == d->hover ? (eng_color){0x3d, 0x6b, 0xb3, 255}
                                    : (eng_color){0x2c, 0x3e, 0x5c, 255};
        eng_fill_round_rect(r, 24, c);
        eng_fill_circle(r.x + 60, r.y + r.h / 2, 34, WHITE);
        char num[4];
        snprintf(num, sizeof num, "%d", i + 1);
        eng_text_draw(d->bold, num, r.x + 60, r.y + r.h / 2 - 24, ENG_ALIGN_CENTER, INK);
        eng_text_draw_wrapped(d->body, ANSWERS[i], (eng_rect){r.x + 120, r.y + 30, r.w - 150, 90},
                              ENG_ALIGN_LEFT, WHITE);
    }
    /* Translucent overlay over a seam-prone fan: must look uniform. */
    float a = eng_tween_value(&d->pulse);
    eng_fill_round_rect((eng_rect){1500, 960, 300, 80}, 40, (eng_color){255, 255, 255, (uint8_t)a});
    eng_text_draw(d->small, "ПТ Санс · PT Sans", 1650, 980, ENG_ALIGN_CENTER, WHITE);
}

static void demo_enter(eng_scene *s)
{
    demo *d = s->self;
    eng_tween_start(&d->pulse, 40.0f, 160.0f, 500.0, ENG_EASE_OUT_CUBIC);
}

static void demo_tick(eng_scene *s, double dt)
{
    (void)dt;
    demo *d = s->self;
    if (d->quit_after > 0 && (long)eng_ticks() >= d->quit_after)
        eng_quit();
}

static void demo_action(eng_scene *s, const eng_action *a)
{
    demo *d = s->self;
    if (a->kind == ENG_ACT_OPTION)
        d->hover = a->value;
    else if (a->kind == ENG_ACT_BACK || a->kind == ENG_ACT_QUIT_REQUEST)
        eng_quit();
    else if (a->kind == ENG_ACT_POINTER_MOVE)
        for (int i = 0; i < 4; i++)
            if (eng_rect_contains(answer_rect(i), a->x, a->y))
                d->hover = i;
}

static bool demo_animating(eng_scene *s)
{
    demo *d = s->self;
    return eng_tween_running(&d->pulse);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s ASSETS OUT.png [--window] [--seconds N]\n", argv[0]);
        return 2;
    }
    bool window = false;
    double seconds = 0;
    for (int i = 3; i < argc; i++) {
        if (strcmp(argv[i], "--window") == 0)
            window = true;
        else if (strcmp(argv[i], "--seconds") == 0 && i + 1 < argc)
            seconds = atof(argv[++i]);
    }
    eng_desc desc = {.title = "Letopis engine demo", .assets_dir = argv[1],
                     .headless = !window, .screenshot_path = argv[2], .volume = -1};
    if (seconds <= 0)
        desc.max_frames = 40;
    if (!eng_init(&desc))
        return 1;
    fprintf(stderr, "engine_demo: renderer %s\n", eng_renderer_name());
    static demo d;
    d.title = eng_font_get(ENG_FONT_BOLD, 56);
    d.body = eng_font_get(ENG_FONT_REGULAR, 40);
    d.small = eng_font_get(ENG_FONT_REGULAR, 30);
    d.bold = eng_font_get(ENG_FONT_BOLD, 40);
    d.hover = 1;
    d.quit_after = seconds > 0 ? (long)(seconds * ENG_TICK_HZ) : 0;
    eng_scene_push(&(eng_scene){.name = "demo", .self = &d, .enter = demo_enter,
                                .action = demo_action, .tick = demo_tick, .draw = demo_draw,
                                .animating = demo_animating});
    int rc = eng_run();
    eng_sound_play(ENG_SND_CLICK);
    eng_shutdown();
    return rc;
}
