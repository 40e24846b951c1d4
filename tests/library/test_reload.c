/* test_reload.c: live reload through the real engine, headless, on logical
 * time (no sleeping): a test overlay rewrites the open pack's files at fixed
 * ticks and checks that within 60 ticks ctx->pack holds the new content; a
 * broken rewrite keeps the old pack and lists the error's file:line:col; the
 * fix hides the panel; a source text or picture change reloads too; a round defers the
 * reload until it ends; a scene holding pointers into the old pack is closed
 * before that pack is freed (ASan would catch a late read); a card's FSRS
 * state of an unchanged fact survives; a weird dropped file changes nothing.
 * Saves TMP_DIR/reload-error.png (the error panel) to look at.
 * Usage: test_reload ASSETS_DIR TMP_DIR. Depends on: scn.h, scn_packs.h, eng.h,
 * lt_store.h, eng_test.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "eng.h"
#include "eng_test.h"
#include "lt_packlib.h"
#include "lt_store.h"
#include "scn.h"
#include "scn_packs.h"

#define WITHIN 60 /* ticks a change may take to show */

static scn_ctx ctx;
static char pack_yaml[1024], source_txt[1024], picture[1024], shot[1024], picture_png[1024];

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (f != NULL) {
        fputs(text, f);
        fclose(f);
    }
}

/* Two 2x2 PNGs of the same size (73 bytes), red and blue. */
static const unsigned char png_red[73] =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x02\x00\x00\x00\x02\x08\x02"
    "\x00\x00\x00\xfd\xd4\x9a\x73\x00\x00\x00\x10\x49\x44\x41\x54\x78\x9c\x63\x38\xc1\xc5\x05\x44\x0c\x10"
    "\x0a\x00\x1b\x16\x03\x71\x38\x4c\x6e\x44\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
static const unsigned char png_blue[73] =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x02\x00\x00\x00\x02\x08\x02"
    "\x00\x00\x00\xfd\xd4\x9a\x73\x00\x00\x00\x10\x49\x44\x41\x54\x78\x9c\x63\xe0\xe2\x3a\x01\x44\x0c\x10"
    "\x0a\x00\x15\x26\x03\x71\x73\x64\x07\x34\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";

static void write_png(const unsigned char *bytes)
{
    FILE *f = fopen(picture_png, "wb");
    if (f != NULL) {
        fwrite(bytes, 1, 73, f);
        fclose(f);
    }
}

/* A pack whose title says its version; E1 (with its picture) is the same in
 * every version. */
static void write_pack(int version)
{
    char text[2048];
    snprintf(text, sizeof text,
             "format: 1\n"
             "id: reload-test\n"
             "version: %d\n"
             "title: {ru: \"Версия %d\", en: \"Version %d\"}\n"
             "languages: [ru]\n"
             "sources:\n"
             "  - {id: main, file: text.txt}\n"
             "events:\n"
             "  - id: E1\n"
             "    date: \"1956-10-19\"\n"
             "    title: {ru: \"Подписание\"}\n"
             "    text: {ru: \"Декларацию подписали.\"}\n"
             "    source: {text: main, paragraph: 1}\n"
             "    image: pic.png\n"
             "  - id: E%d\n"
             "    date: \"1956-12-12\"\n"
             "    title: {ru: \"Событие %d\"}\n"
             "    text: {ru: \"Текст %d.\"}\n",
             version, version, version, version + 1, version, version);
    write_file(pack_yaml, text);
}

/* A scene that keeps a pointer into the pack and reads it when destroyed. */
static bool holder_destroyed;
static size_t holder_len;
static void holder_destroy(eng_scene *s)
{
    holder_len = strlen((const char *)s->self); /* must still be valid here */
    holder_destroyed = true;
}

static void fake_destroy(eng_scene *s)
{
    (void)s;
}

typedef struct phase {
    uint64_t at;          /* tick of the change, 0 = not yet */
    uint64_t seen;        /* tick the effect was seen, 0 = not yet */
    const lt_pack *before;
} phase;

static phase reload_ok, broken, fixed, source, deferred, image, dropped;
static lt_fsrs_card saved;
static const char *notice_seen_deferred = "";
static char panel_broken[4096];

static const char *title(void)
{
    return ctx.pack != NULL ? lt_text_get(&ctx.pack->title, LT_LANG_RU) : "";
}

static void test_tick(void *self, double dt)
{
    (void)self;
    (void)dt;
    uint64_t t = eng_ticks();
    if (t == 10) {
        /* A card of E1 that must survive every reload. */
        lt_card_rec c;
        memset(&c, 0, sizeof c);
        snprintf(c.fact, sizeof c.fact, "E1/when");
        c.fsrs.stability = 12.5;
        c.fsrs.difficulty = 4.25;
        c.fsrs.state = LT_FSRS_REVIEW;
        c.fsrs.reps = 3;
        c.fsrs.due = scn_now_ms(&ctx) + 86400000;
        CHECK(lt_store_card_save(ctx.store, ctx.profile.id, ctx.pack->id, &c));
        saved = c.fsrs;
        eng_scene h = {.name = "holder", .self = (void *)ctx.pack->title.s[LT_LANG_RU], .destroy = holder_destroy};
        eng_scene_push(&h);
        reload_ok.before = ctx.pack;
        reload_ok.at = t;
        write_pack(2);
    } else if (reload_ok.at && !reload_ok.seen && ctx.pack != reload_ok.before) {
        reload_ok.seen = t;
        CHECK(strcmp(title(), "Версия 2") == 0);
        CHECK(holder_destroyed && holder_len == strlen("Версия 1"));
        CHECK(strcmp(eng_scene_top_name(), "menu") == 0);
        CHECK(strcmp(scn_packs_notice(), "Набор обновлён") == 0);
    }

    if (t == 100) {
        broken.before = ctx.pack;
        broken.at = t;
        write_file(pack_yaml, "format: 1\nid: reload-test\nversion: oops\n");
    } else if (broken.at && !broken.seen && scn_packs_panel_text()[0] != '\0') {
        broken.seen = t;
        snprintf(panel_broken, sizeof panel_broken, "%s", scn_packs_panel_text());
    }
    if (t == 130) {
        /* The error panel over the menu, to look at. */
        CHECK(eng_capture_png(shot));
    }
    if (t == 100 + WITHIN) {
        CHECK(ctx.pack == broken.before); /* the last good pack keeps running */
        CHECK(strcmp(title(), "Версия 2") == 0);
    }

    if (t == 170) {
        fixed.before = ctx.pack;
        fixed.at = t;
        write_pack(3);
    } else if (fixed.at && !fixed.seen && ctx.pack != fixed.before) {
        fixed.seen = t;
        CHECK(strcmp(title(), "Версия 3") == 0);
        CHECK(scn_packs_panel_text()[0] == '\0'); /* the error panel went by itself */
    }

    if (t == 240) {
        source.before = ctx.pack;
        source.at = t;
        write_file(source_txt, "Декларацию подписали в Москве 19 октября.\n");
    } else if (source.at && !source.seen && ctx.pack != source.before) {
        source.seen = t;
        CHECK(ctx.pack->n_sources == 1 && ctx.pack->sources[0].n_paragraphs == 1 &&
              strstr(ctx.pack->sources[0].paragraphs[0], "Москве") != NULL);
    }

    if (t == 310) {
        /* A round is running: the reload waits for it. */
        eng_scene play = {.name = "play", .destroy = fake_destroy};
        eng_scene_push(&play);
        deferred.before = ctx.pack;
        deferred.at = t;
        write_pack(4);
    }
    if (t == 310 + WITHIN) {
        CHECK(ctx.pack == deferred.before);
        CHECK(strcmp(eng_scene_top_name(), "play") == 0);
        notice_seen_deferred = scn_packs_notice();
        CHECK(strstr(notice_seen_deferred, "после раунда") != NULL);
        eng_scene_pop(); /* the round ends: the reload may go now */
        deferred.at = t;
    } else if (t > 310 + WITHIN && !deferred.seen && ctx.pack != deferred.before) {
        deferred.seen = t;
        CHECK(strcmp(title(), "Версия 4") == 0);
    }

    if (t == 410) {
        /* The picture of E1 redrawn: same size, other pixels. */
        image.before = ctx.pack;
        image.at = t;
        write_png(png_blue);
    } else if (image.at && !image.seen && ctx.pack != image.before) {
        image.seen = t;
    }

    if (t == 460) {
        /* A picture dropped on the window: a message, nothing changes. */
        dropped.before = ctx.pack;
        dropped.at = t;
        eng_action a;
        memset(&a, 0, sizeof a);
        a.kind = ENG_ACT_DROP_FILE;
        snprintf(a.text, sizeof a.text, "%s", picture);
        eng_inject(&a);
    }
    if (t == 470) {
        CHECK(ctx.pack == dropped.before);
        CHECK(strstr(scn_packs_panel_text(), "picture.png") != NULL);
        CHECK(strstr(scn_packs_panel_text(), "не набор") != NULL);
        eng_action a;
        memset(&a, 0, sizeof a);
        a.kind = ENG_ACT_BACK;
        eng_inject(&a);
    }
    if (t == 480) {
        CHECK(scn_packs_panel_text()[0] == '\0');
        CHECK(strcmp(eng_scene_top_name(), "menu") == 0); /* Esc closed the panel, not the menu */
        dropped.seen = t;
    }
}

static void check_phase(const char *name, const phase *p)
{
    if (p->at == 0 || p->seen == 0 || p->seen - p->at > WITHIN) {
        fprintf(stderr, "phase %s: changed at tick %llu, seen at %llu (want within %d ticks)\n", name,
                (unsigned long long)p->at, (unsigned long long)p->seen, WITHIN);
        eng_test_failures++;
    } else {
        printf("phase %s: %llu ticks\n", name, (unsigned long long)(p->seen - p->at));
    }
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: test_reload ASSETS_DIR TMP_DIR\n");
        return 2;
    }
    char root[1024], dir[1100], data[1100], cmd[1200];
    snprintf(root, sizeof root, "%s/reload-test", argv[2]);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0) {
        return 2;
    }
    snprintf(dir, sizeof dir, "%s/pack", root);
    snprintf(data, sizeof data, "%s/data", root);
    lt_packlib_mkdirs(dir);
    snprintf(pack_yaml, sizeof pack_yaml, "%s/pack.yaml", dir);
    snprintf(source_txt, sizeof source_txt, "%s/text.txt", dir);
    snprintf(picture_png, sizeof picture_png, "%s/pic.png", dir);
    write_png(png_red);
    snprintf(picture, sizeof picture, "%s/picture.png", root);
    snprintf(shot, sizeof shot, "%s/reload-error.png", argv[2]);
    write_file(source_txt, "Декларацию подписали.\n");
    write_file(picture, "\x89PNG\r\n\x1a\n");
    write_pack(1);

    char err[512] = "";
    ctx.lang = LT_LANG_RU;
    ctx.seed = 1;
    ctx.clock_start_ms = 1767607200000LL; /* 2026-01-05T10:00:00Z */
    ctx.store = lt_store_open(data, err, sizeof err);
    CHECK(ctx.store != NULL);
    lt_diags d = {0};
    ctx.pack = lt_pack_load(dir, &d);
    lt_diags_free(&d);
    CHECK(ctx.pack != NULL);
    if (ctx.store == NULL || ctx.pack == NULL) {
        return eng_test_finish("reload");
    }
    ctx.user_pack_dir = data;

    eng_desc desc = eng_test_desc(argv[1]);
    desc.max_frames = 500;
    if (!eng_init(&desc)) {
        fprintf(stderr, "no engine: %s\n", eng_last_error());
        return 1;
    }
    CHECK(scn_profile_select(&ctx, 0));
    scn_menu_push(&ctx);
    scn_packs_start(&ctx);
    eng_overlay o = {.tick = test_tick};
    CHECK(eng_overlay_add(&o) > 0);
    CHECK(eng_run() == 0);
    eng_shutdown();
    scn_packs_stop();

    check_phase("reload", &reload_ok);
    check_phase("broken", &broken);
    check_phase("fixed", &fixed);
    check_phase("source", &source);
    check_phase("deferred", &deferred);
    check_phase("image", &image);
    check_phase("drop", &dropped);
    /* The panel named the file, line and column of the error. */
    printf("panel of the broken rewrite:\n%s", panel_broken);
    CHECK(strstr(panel_broken, "pack.yaml:3:10: error:") != NULL);
    CHECK(strstr(panel_broken, "Исправьте файл") != NULL);

    lt_card_rec c;
    CHECK(lt_store_card_get(ctx.store, ctx.profile.id, "reload-test", "E1/when", &c));
    CHECK(c.fsrs.stability == saved.stability && c.fsrs.difficulty == saved.difficulty &&
          c.fsrs.state == saved.state && c.fsrs.reps == saved.reps && c.fsrs.due == saved.due);
    char last[32];
    CHECK(!lt_store_get(ctx.store, "pack_path", last, sizeof last)); /* reloads are not choices */

    lt_pack_free(ctx.pack);
    lt_store_close(ctx.store);
    return eng_test_finish("reload");
}
