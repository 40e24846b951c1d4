/* test_text.c: fonts, measuring and UTF-8 wrapping of Cyrillic text, the
 * ellipsis, the bounded label cache, and a missing font that draws nothing.
 * Depends on: eng.h (headless), eng_test.h. */
#include <stdlib.h>

#include "eng_test.h"

static const char *const DECL =
    "Совместная декларация Союза Советских Социалистических Республик и Японии "
    "подписана в Москве 19 октября 1956 года, ратифицирована 8 декабря.";

static int width_of(eng_font f, const char *s, size_t len)
{
    char buf[1024];
    memcpy(buf, s, len);
    buf[len] = '\0';
    int w = 0;
    eng_text_size(f, buf, &w, NULL);
    return w;
}

static void test_word_wrap(eng_font f)
{
    const float W = 600.0f;
    eng_text_line lines[32];
    int n = eng_text_wrap(f, DECL, W, lines, 32);
    CHECK(n >= 3 && n <= 32);
    size_t len = strlen(DECL);
    char joined[1024] = "";
    for (int i = 0; i < n && i < 32; i++) {
        const eng_text_line *l = &lines[i];
        CHECK(l->len > 0);
        CHECK(l->width <= W);
        CHECK((int)l->width == width_of(f, DECL + l->start, l->len));
        /* At a word boundary on both sides, with no space kept. */
        CHECK(DECL[l->start] != ' ' && DECL[l->start + l->len - 1] != ' ');
        CHECK(l->start == 0 || DECL[l->start - 1] == ' ');
        CHECK(l->start + l->len == len || DECL[l->start + l->len] == ' ');
        /* The next word would not have fitted. */
        if (i + 1 < n) {
            size_t next_end = lines[i + 1].start;
            while (next_end < len && DECL[next_end] != ' ')
                next_end++;
            CHECK((float)width_of(f, DECL + l->start, next_end - l->start) > W);
        }
        if (i)
            strcat(joined, " ");
        strncat(joined, DECL + l->start, l->len);
    }
    CHECK(strcmp(joined, DECL) == 0); /* punctuation kept, nothing lost */

    int count = 0;
    float h = eng_text_wrapped_height(f, DECL, W, &count);
    CHECK(count == n);
    CHECK_NEAR(h, (float)n * (float)eng_font_line_height(f), 0.001);
    /* Drawing with room for everything uses exactly the measured height. */
    float used = eng_text_draw_wrapped(f, DECL, (eng_rect){10, 10, W, 2000}, ENG_ALIGN_LEFT,
                                       (eng_color){255, 255, 255, 255});
    CHECK_NEAR(used, h, 0.001);
    /* A box of two lines cuts the rest (ellipsis) and reports two lines. */
    float lh = (float)eng_font_line_height(f);
    used = eng_text_draw_wrapped(f, DECL, (eng_rect){10, 10, W, lh * 2.5f}, ENG_ALIGN_CENTER,
                                 (eng_color){255, 255, 255, 255});
    CHECK_NEAR(used, 2 * lh, 0.001);
    /* Zero or negative width: one word or code point per line, no hang. */
    CHECK(eng_text_wrap(f, "аб вг", 0.0f, NULL, 0) == 4);
}

static void test_long_word(eng_font f)
{
    const char *word = "Превысокомногорассмотрительствующий";
    const float W = 200.0f;
    eng_text_line lines[32];
    int n = eng_text_wrap(f, word, W, lines, 32);
    CHECK(n >= 3);
    char joined[512] = "";
    for (int i = 0; i < n && i < 32; i++) {
        CHECK(lines[i].width <= W);
        /* Split between code points: never inside a UTF-8 sequence. */
        CHECK(((unsigned char)word[lines[i].start] & 0xC0) != 0x80);
        strncat(joined, word + lines[i].start, lines[i].len);
    }
    CHECK(strcmp(joined, word) == 0);

    /* Before and after the long word, normal words still wrap as words. */
    const char *mixed = "Да Превысокомногорассмотрительствующий нет";
    n = eng_text_wrap(f, mixed, W, lines, 32);
    CHECK(n >= 4);
    CHECK(lines[0].len == strlen("Да"));
    CHECK(strncmp(mixed + lines[n - 1].start, "нет", lines[n - 1].len) == 0);
}

static void test_newlines_and_sizes(eng_font f, eng_font bold)
{
    eng_text_line lines[4];
    CHECK(eng_text_wrap(f, "Первая\nВторая", 1000.0f, lines, 4) == 2);
    CHECK(lines[1].start == strlen("Первая\n"));
    CHECK(eng_text_wrap(f, "", 100.0f, NULL, 0) == 0);
    CHECK(eng_text_wrap(f, NULL, 100.0f, NULL, 0) == 0);

    int w1, h1, w2, h2;
    eng_text_size(f, "Япония", &w1, &h1);
    eng_text_size(bold, "Япония", &w2, &h2);
    CHECK(w1 > 0 && h1 > 0);
    CHECK(bold.id != f.id && h2 > 0); /* PT Sans Bold keeps Regular's widths */
    CHECK(w2 >= w1 - 2 && w2 <= w1 + 2);
    CHECK(eng_font_line_height(f) >= h1 - 2);
    CHECK(eng_font_get(ENG_FONT_REGULAR, 40).id == f.id); /* cached */
    CHECK(!eng_font_valid((eng_font){0}));
    CHECK(!eng_font_valid(eng_font_get(ENG_FONT_REGULAR, 0)));
}

static void test_label_cache(eng_font f)
{
    /* Far more distinct labels than the cache holds: it must evict (ASan
     * and LSan watch for leaks and use after free). */
    char buf[64];
    for (int i = 0; i < 2000; i++) {
        snprintf(buf, sizeof buf, "Метка номер %d", i);
        eng_text_draw(f, buf, 100, 100, (eng_align)(i % 3), (eng_color){200, 100, 50, 255});
    }
    eng_text_draw(f, "Метка номер 1999", 100, 100, ENG_ALIGN_LEFT, (eng_color){1, 2, 3, 128});
}

static void test_missing_font(const char *tmp)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/no-such-assets", tmp);
    eng_desc d = eng_test_desc(dir);
    CHECK(eng_init(&d));
    eng_font f = eng_font_get(ENG_FONT_REGULAR, 32);
    CHECK(!eng_font_valid(f));
    CHECK(strstr(eng_last_error(), "PTSans-Regular.ttf") != NULL);
    int w = 5, h = 5;
    eng_text_size(f, "Текст", &w, &h);
    CHECK(w == 0 && h == 0);
    CHECK(eng_font_line_height(f) == 0);
    eng_text_draw(f, "Текст", 10, 10, ENG_ALIGN_LEFT, (eng_color){255, 255, 255, 255});
    CHECK(eng_text_draw_wrapped(f, DECL, (eng_rect){0, 0, 300, 300}, ENG_ALIGN_LEFT,
                                (eng_color){255, 255, 255, 255}) == 0.0f);
    CHECK(eng_text_wrapped_height(f, DECL, 300, NULL) == 0.0f);
    CHECK(eng_capture_png("/dev/null/cannot") == false); /* fails cleanly */
    eng_shutdown();
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s ASSETS_DIR TMP_DIR\n", argv[0]);
        return 2;
    }
    eng_desc d = eng_test_desc(argv[1]);
    CHECK(eng_init(&d));
    eng_font f = eng_font_get(ENG_FONT_REGULAR, 40);
    eng_font b = eng_font_get(ENG_FONT_BOLD, 40);
    CHECK(eng_font_valid(f) && eng_font_valid(b));
    if (eng_font_valid(f) && eng_font_valid(b)) {
        test_word_wrap(f);
        test_long_word(f);
        test_newlines_and_sizes(f, b);
        test_label_cache(f);
    }
    eng_shutdown();
    test_missing_font(argv[2]);
    return eng_test_finish("engine_text");
}
