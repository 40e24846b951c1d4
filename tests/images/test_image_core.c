/* test_image_core.c: the PNG/JPEG header probe (good, cut at every length,
 * broken, huge sizes, random bytes) and the pack checker's `image:` rules:
 * one fixture per error kind with its exact file:line:col, the model and
 * JSON of a valid pack, warnings, and links, big files and the pack-wide
 * limits made at run time. Usage: test_image_core FIXTURES TMPDIR.
 * Depends on: lt_image_probe.h, lt_pack.h, lt_test.h (tests/core). */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lt_image_probe.h"
#include "lt_pack.h"
#include "lt_test.h"

static const char *lt_fix;
static const char *lt_tmp;

/* ---- probe ---------------------------------------------------------------- */

static uint32_t crc32_of(const unsigned char *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) {
            c = (c & 1u) ? (c >> 1) ^ 0xEDB88320u : c >> 1;
        }
    }
    return c ^ 0xFFFFFFFFu;
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

/* Signature and IHDR (33 bytes) of an 8-bit RGB PNG. */
static void make_png(unsigned char out[33], uint32_t w, uint32_t h)
{
    static const unsigned char sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    memcpy(out, sig, 8);
    put32(out + 8, 13);
    memcpy(out + 12, "IHDR", 4);
    put32(out + 16, w);
    put32(out + 20, h);
    out[24] = 8; /* depth */
    out[25] = 2; /* RGB */
    out[26] = out[27] = out[28] = 0;
    put32(out + 29, crc32_of(out + 12, 17));
}

/* SOI, APP0 (JFIF), DQT (3 bytes of table), fill bytes, an RST marker, then
 * SOFn with the size; returns the length. */
static size_t make_jpeg(unsigned char *out, unsigned sof, unsigned w, unsigned h)
{
    static const unsigned char head[] = {
        0xFF, 0xD8,                                            /* SOI */
        0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, /* APP0 */
        0xFF, 0xDB, 0x00, 0x05, 0x00, 0x01, 0x02,              /* DQT (short) */
        0xFF, 0xFF, 0xFF, 0xD0,                                /* fill bytes, RST0 */
    };
    size_t n = sizeof head;
    memcpy(out, head, n);
    out[n++] = 0xFF;
    out[n++] = (unsigned char)sof;
    out[n++] = 0x00;
    out[n++] = 0x11; /* length 17: 8 + 3 components * 3 */
    out[n++] = 8;
    out[n++] = (unsigned char)(h >> 8);
    out[n++] = (unsigned char)h;
    out[n++] = (unsigned char)(w >> 8);
    out[n++] = (unsigned char)w;
    out[n++] = 3;
    for (int c = 0; c < 9; c++) {
        out[n++] = (unsigned char)c;
    }
    return n;
}

static void test_probe_png(void)
{
    unsigned char png[33];
    lt_image_info info;

    make_png(png, 320, 240);
    LT_CHECK_INT(lt_image_probe(png, sizeof png, &info), LT_IMAGE_OK);
    LT_CHECK_INT(info.format, LT_IMAGE_PNG);
    LT_CHECK_INT(info.width, 320);
    LT_CHECK_INT(info.height, 240);
    LT_CHECK_STR(lt_image_format_name(info.format), "png");
    /* cut short at every length */
    LT_CHECK_INT(lt_image_probe(png, 0, &info), LT_IMAGE_NOT_IMAGE);
    for (size_t n = 1; n < sizeof png; n++) {
        lt_image_status s = lt_image_probe(png, n, &info);
        if (s != LT_IMAGE_TRUNCATED || info.format != LT_IMAGE_PNG) {
            fprintf(stderr, "  png cut at %zu: status %d\n", n, (int)s);
        }
        LT_CHECK(s == LT_IMAGE_TRUNCATED && info.format == LT_IMAGE_PNG);
    }
    /* huge sizes are read (the checker refuses them); beyond 2^31-1 is broken */
    make_png(png, 100000, 5);
    LT_CHECK_INT(lt_image_probe(png, sizeof png, &info), LT_IMAGE_OK);
    LT_CHECK_INT(info.width, 100000);
    make_png(png, 0x80000000u, 5);
    LT_CHECK_INT(lt_image_probe(png, sizeof png, &info), LT_IMAGE_BAD_HEADER);
    make_png(png, 0, 7);
    LT_CHECK_INT(lt_image_probe(png, sizeof png, &info), LT_IMAGE_OK);
    LT_CHECK_INT(info.width, 0);
    /* a changed byte breaks the CRC; a wrong chunk, depth or method is broken */
    make_png(png, 320, 240);
    png[17] ^= 1;
    LT_CHECK_INT(lt_image_probe(png, sizeof png, &info), LT_IMAGE_BAD_HEADER);
    make_png(png, 320, 240);
    memcpy(png + 12, "IDAT", 4);
    put32(png + 29, crc32_of(png + 12, 17));
    LT_CHECK_INT(lt_image_probe(png, sizeof png, &info), LT_IMAGE_BAD_HEADER);
    make_png(png, 320, 240);
    png[24] = 3; /* depth 3 */
    put32(png + 29, crc32_of(png + 12, 17));
    LT_CHECK_INT(lt_image_probe(png, sizeof png, &info), LT_IMAGE_BAD_HEADER);
    make_png(png, 320, 240);
    png[28] = 2; /* interlace method 2 */
    put32(png + 29, crc32_of(png + 12, 17));
    LT_CHECK_INT(lt_image_probe(png, sizeof png, &info), LT_IMAGE_BAD_HEADER);
}

static void test_probe_jpeg(void)
{
    unsigned char jpg[128];
    lt_image_info info;
    size_t n = make_jpeg(jpg, 0xC0, 640, 480);

    LT_CHECK_INT(lt_image_probe(jpg, n, &info), LT_IMAGE_OK);
    LT_CHECK_INT(info.format, LT_IMAGE_JPEG);
    LT_CHECK_INT(info.width, 640);
    LT_CHECK_INT(info.height, 480);
    LT_CHECK_STR(lt_image_format_name(info.format), "jpeg");
    /* the size is read once the SOF's first 9 bytes are there */
    for (size_t k = 1; k < n - 9; k++) {
        lt_image_status s = lt_image_probe(jpg, k, &info);
        if (s != LT_IMAGE_TRUNCATED) {
            fprintf(stderr, "  jpeg cut at %zu: status %d\n", k, (int)s);
        }
        LT_CHECK(s == LT_IMAGE_TRUNCATED);
    }
    n = make_jpeg(jpg, 0xC2, 4097, 65535); /* progressive, over the pack limit */
    LT_CHECK_INT(lt_image_probe(jpg, n, &info), LT_IMAGE_OK);
    LT_CHECK_INT(info.width, 4097);
    LT_CHECK_INT(info.height, 65535);
    n = make_jpeg(jpg, 0xC4, 640, 480); /* DHT is no frame header: the scan runs out */
    LT_CHECK_INT(lt_image_probe(jpg, n, &info), LT_IMAGE_TRUNCATED);
    n = make_jpeg(jpg, 0xDA, 640, 480); /* scan data before any frame header */
    LT_CHECK_INT(lt_image_probe(jpg, n, &info), LT_IMAGE_BAD_HEADER);
    n = make_jpeg(jpg, 0xD9, 640, 480); /* the end before a frame header */
    LT_CHECK_INT(lt_image_probe(jpg, n, &info), LT_IMAGE_BAD_HEADER);
    n = make_jpeg(jpg, 0xC0, 640, 480);
    jpg[5] = 1; /* APP0 length 1 */
    LT_CHECK_INT(lt_image_probe(jpg, n, &info), LT_IMAGE_BAD_HEADER);
    n = make_jpeg(jpg, 0xC0, 640, 480);
    jpg[4] = 0xFF; /* APP0 length 65296: beyond the buffer */
    LT_CHECK_INT(lt_image_probe(jpg, n, &info), LT_IMAGE_TRUNCATED);
    n = make_jpeg(jpg, 0xC0, 640, 480);
    jpg[n - 16] = 0x05; /* SOF length 5: too short for a size */
    LT_CHECK_INT(lt_image_probe(jpg, n, &info), LT_IMAGE_BAD_HEADER);
}

static void test_probe_other(void)
{
    static const unsigned char gif[] = "GIF89a\x02\x00\x02\x00";
    static const unsigned char two[] = { 0xFF, 0xD8 };
    lt_image_info info;
    uint64_t x = 0x9E3779B97F4A7C15u;

    LT_CHECK_INT(lt_image_probe(gif, sizeof gif - 1, &info), LT_IMAGE_NOT_IMAGE);
    LT_CHECK_INT(info.format, LT_IMAGE_NONE);
    LT_CHECK_INT(lt_image_probe(two, 2, &info), LT_IMAGE_TRUNCATED);
    LT_CHECK_INT(lt_image_probe(NULL, 10, &info), LT_IMAGE_NOT_IMAGE);
    LT_CHECK_INT(lt_image_probe(gif, 4, NULL), LT_IMAGE_NOT_IMAGE);
    LT_CHECK(strstr(lt_image_status_text(LT_IMAGE_NOT_IMAGE), "PNG or JPEG") != NULL);
    /* random bytes after each signature: any status, never a read outside */
    for (int round = 0; round < 20000; round++) {
        unsigned char buf[96];
        size_t n = (size_t)(round % 96);
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            buf[i] = (unsigned char)(round % 3 == 0 && (x & 7) ? 0xFF : x >> 24);
        }
        if (round % 3 == 1 && n >= 8) {
            make_png(buf, (uint32_t)x, (uint32_t)(x >> 32));
        } else if (round % 3 == 0 && n >= 3) {
            buf[0] = 0xFF;
            buf[1] = 0xD8;
            buf[2] = 0xFF;
        }
        unsigned char *copy = malloc(n ? n : 1); /* exact size, so ASan sees any overrun */
        if (!copy) {
            continue;
        }
        memcpy(copy, buf, n);
        lt_image_status s = lt_image_probe(copy, n, &info);
        LT_CHECK(s >= LT_IMAGE_OK && s <= LT_IMAGE_BAD_HEADER);
        if (s == LT_IMAGE_OK) {
            LT_CHECK(info.format != LT_IMAGE_NONE);
        }
        free(copy);
    }
}

static void test_probe_files(void)
{
    static const char *const files[] = { "seal.png", "seal.jpg" };
    for (int i = 0; i < 2; i++) {
        char path[1200];
        size_t len = 0;
        char *data;
        lt_image_info info;
        snprintf(path, sizeof path, "%s/pictures/%s", lt_fix, files[i]);
        data = lt_test_slurp(path, &len);
        LT_CHECK(data != NULL);
        if (!data) {
            continue;
        }
        LT_CHECK_INT(lt_image_probe((const unsigned char *)data, len, &info), LT_IMAGE_OK);
        LT_CHECK_INT(info.format, i == 0 ? LT_IMAGE_PNG : LT_IMAGE_JPEG);
        LT_CHECK_INT(info.width, 24);
        LT_CHECK_INT(info.height, 18);
        free(data);
    }
}

/* ---- the pack checker ------------------------------------------------------ */

typedef struct expect {
    const char *file;
    int line, col;
    lt_diag_code code;
    const char *text; /* part of the message */
} expect;

static const expect lt_expect[] = {
    { "abs.yaml", 10, 12, LT_DIAG_PATH_OUTSIDE, "'/etc/hostname' is absolute" },
    { "dotdot.yaml", 10, 12, LT_DIAG_PATH_OUTSIDE, "is outside the pack folder" },
    { "missing.yaml", 10, 12, LT_DIAG_SOURCE_MISSING, "'pictures/nothere.png' does not exist" },
    { "fake.yaml", 10, 12, LT_DIAG_IMAGE, "is not a PNG or JPEG image" },
    { "gif.yaml", 10, 12, LT_DIAG_IMAGE, "it looks like a GIF" },
    { "cut_png.yaml", 10, 12, LT_DIAG_IMAGE, "PNG image 'pictures/cut.png' is cut short" },
    { "cut_jpg.yaml", 10, 12, LT_DIAG_IMAGE, "JPEG image 'pictures/cut.jpg' is cut short" },
    { "huge.yaml", 10, 12, LT_DIAG_IMAGE, "is 5000x3000 pixels; the limit is 4096x4096" },
    { "zero.yaml", 10, 12, LT_DIAG_IMAGE, "has no pixels: its header says 0x10" },
    { "folder.yaml", 10, 12, LT_DIAG_IMAGE, "'pictures' is a folder" },
    { "empty_path.yaml", 10, 12, LT_DIAG_BAD_VALUE, "'image' is empty" },
    { "question.yaml", 11, 12, LT_DIAG_SOURCE_MISSING, "'pictures/Seal.png' does not exist" },
    { "bad_alt.yaml", 11, 16, LT_DIAG_BAD_TYPE, "'image_alt' must be a map" },
};

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), m = strlen(tail);
    return n >= m && strcmp(s + n - m, tail) == 0;
}

static void print_diags(const lt_diags *d)
{
    for (size_t i = 0; i < d->count; i++) {
        char *s = lt_diag_format(&d->items[i]);
        fprintf(stderr, "    %s\n", s ? s : "");
        free(s);
    }
}

static void test_error_file(const expect *e)
{
    char path[1200];
    lt_diags diags = { 0 };
    lt_pack *pack;
    const lt_diag *d;

    snprintf(path, sizeof path, "%s/%s", lt_fix, e->file);
    pack = lt_pack_load(path, &diags);
    LT_CHECK(pack == NULL);
    lt_pack_free(pack);
    if (diags.n_errors != 1 || diags.count == 0) {
        fprintf(stderr, "  %s: want one error, got %zu:\n", e->file, diags.n_errors);
        print_diags(&diags);
        lt_test_failures++;
        lt_diags_free(&diags);
        return;
    }
    d = &diags.items[0];
    lt_test_checks++;
    if (d->line != e->line || d->col != e->col || d->code != e->code ||
        !ends_with(d->file, e->file) || !d->hint || !strstr(d->message, e->text)) {
        char *s = lt_diag_format(d);
        fprintf(stderr, "  %s: want %d:%d %s \"%s\"; got [%s] %s\n", e->file, e->line, e->col,
                lt_diag_code_name(e->code), e->text, lt_diag_code_name(d->code), s ? s : "");
        free(s);
        lt_test_failures++;
    }
    lt_diags_free(&diags);
}

static void test_valid(void)
{
    char path[1200];
    lt_diags diags = { 0 };
    lt_pack *pack;
    char *json;

    snprintf(path, sizeof path, "%s/valid.yaml", lt_fix);
    pack = lt_pack_load(path, &diags);
    LT_CHECK(pack != NULL);
    LT_CHECK_INT(diags.count, 0);
    if (!pack) {
        print_diags(&diags);
        lt_diags_free(&diags);
        return;
    }
    LT_CHECK_STR(pack->events[0].image.file, "pictures/seal.png");
    LT_CHECK(ends_with(pack->events[0].image.path, "/tests/images/packs/pictures/seal.png"));
    LT_CHECK(pack->events[0].image.path[0] == '/');
    LT_CHECK_INT(pack->events[0].image.width, 24);
    LT_CHECK_INT(pack->events[0].image.height, 18);
    LT_CHECK(!pack->events[0].image.jpeg);
    LT_CHECK_STR(lt_text_get(&pack->events[0].image.alt, LT_LANG_RU), "Печать");
    /* ./pictures/seal.png is the same file */
    LT_CHECK_STR(pack->events[1].image.path, pack->events[0].image.path);
    LT_CHECK_STR(pack->questions[0].image.file, "pictures/seal.jpg");
    LT_CHECK(pack->questions[0].image.jpeg);
    LT_CHECK_STR(lt_text_get(&pack->questions[0].image.alt, LT_LANG_EN), "A photo of the seal");
    json = lt_pack_to_json(pack);
    LT_CHECK(json != NULL);
    if (json) {
        LT_CHECK(strstr(json, "\"text\":{\"ru\":\"Декларацию подписали.\",\"en\":\"The declaration "
                              "was signed.\"},\"image\":{\"file\":\"pictures/seal.png\",\"width\":24,"
                              "\"height\":18,\"format\":\"png\",\"alt\":{\"ru\":\"Печать\","
                              "\"en\":\"A seal\"}},\"people\":[") != NULL);
        LT_CHECK(strstr(json, "\"image\":{\"file\":\"pictures/seal.jpg\",\"width\":24,\"height\":18,"
                              "\"format\":\"jpeg\",") != NULL);
    }
    free(json);
    lt_pack_free(pack);
    lt_diags_free(&diags);
}

static void test_warnings(void)
{
    char path[1200];
    lt_diags diags = { 0 };
    lt_pack *pack;
    bool alt_listed = false;

    snprintf(path, sizeof path, "%s/warn_alt.yaml", lt_fix);
    pack = lt_pack_load(path, &diags);
    LT_CHECK(pack != NULL);
    LT_CHECK_INT(diags.n_errors, 0);
    LT_CHECK_INT(diags.n_warnings, 2);
    if (diags.count == 2) {
        LT_CHECK_INT(diags.items[0].line, 10);
        LT_CHECK_INT(diags.items[0].col, 16);
        LT_CHECK(strstr(diags.items[0].message, "'image_alt' without 'image' is never shown") != NULL);
        LT_CHECK_INT(diags.items[1].line, 14);
        LT_CHECK_INT(diags.items[1].col, 12);
        LT_CHECK(strstr(diags.items[1].message, "has no 'image_alt' text") != NULL);
    } else {
        print_diags(&diags);
    }
    if (pack) {
        lt_pack_warnings(pack, &diags);
        for (size_t i = 2; i < diags.count; i++) {
            alt_listed = alt_listed || (strstr(diags.items[i].message, "event 'E1' has no 'ru' text") &&
                                        strstr(diags.items[i].message, "image_alt"));
        }
        LT_CHECK(alt_listed);
    }
    lt_pack_free(pack);
    lt_diags_free(&diags);
}

/* ---- made at run time: links, big files, pack-wide limits ----------------- */

/* A PNG header padded (sparsely) to `size` bytes. */
static bool write_png(const char *path, uint32_t w, uint32_t h, long size)
{
    unsigned char png[33];
    FILE *f = fopen(path, "wb");
    bool ok;
    if (!f) {
        return false;
    }
    make_png(png, w, h);
    ok = fwrite(png, 1, sizeof png, f) == sizeof png;
    ok = ok && (size <= 33 || ftruncate(fileno(f), size) == 0);
    return fclose(f) == 0 && ok;
}

/* Loads a pack of n events, event i showing image name(i), from memory in dir. */
static lt_pack *load_events(const char *dir, int n, const char *(*name)(int), lt_diags *d)
{
    size_t cap = 256 + (size_t)n * 160, used = 0;
    char *y = malloc(cap);
    lt_pack *pack;
    if (!y) {
        return NULL;
    }
    used += (size_t)snprintf(y, cap, "format: 1\nid: many\nversion: 1\ntitle: {en: M}\n"
                                     "languages: [en]\nevents:\n");
    for (int i = 0; i < n; i++) {
        used += (size_t)snprintf(y + used, cap - used,
                                 "  - {id: E%d, title: {en: T%d}, text: {en: X%d}, image: %s,"
                                 " image_alt: {en: A}}\n",
                                 i, i, i, name(i));
    }
    pack = lt_pack_load_mem(y, used, "mem.yaml", dir, d);
    free(y);
    return pack;
}

static const char *numbered(int i)
{
    static char buf[32];
    snprintf(buf, sizeof buf, "p%03d.png", i);
    return buf;
}

static const char *same(int i)
{
    (void)i;
    return "p000.png";
}

static void mkdir_p(const char *p)
{
    if (mkdir(p, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, "  cannot make %s\n", p);
    }
}

static void test_runtime(void)
{
    char dir[1200], path[1400], target[1400];
    lt_diags d = { 0 };
    lt_pack *pack;
    const char *y;

    /* a link that leads out of the pack folder; one that stays inside is fine */
    snprintf(dir, sizeof dir, "%s/img-links", lt_tmp);
    mkdir_p(dir);
    snprintf(target, sizeof target, "%s/outside.png", lt_tmp);
    LT_CHECK(write_png(target, 8, 8, 33));
    snprintf(path, sizeof path, "%s/out.png", dir);
    unlink(path);
    LT_CHECK(symlink(target, path) == 0);
    snprintf(target, sizeof target, "%s/in.png", dir);
    LT_CHECK(write_png(target, 8, 8, 33));
    snprintf(path, sizeof path, "%s/in-link.png", dir);
    unlink(path);
    LT_CHECK(symlink("in.png", path) == 0);
    y = "format: 1\nid: l\nversion: 1\ntitle: {en: L}\nlanguages: [en]\nevents:\n"
        "  - id: E1\n    title: {en: T}\n    text: {en: X}\n    image: out.png\n"
        "  - id: E2\n    title: {en: T}\n    text: {en: X}\n    image: in-link.png\n"
        "    image_alt: {en: A}\n";
    pack = lt_pack_load_mem(y, strlen(y), "links.yaml", dir, &d);
    LT_CHECK(pack == NULL);
    LT_CHECK_INT(d.n_errors, 1);
    if (d.count >= 1) {
        LT_CHECK_INT(d.items[0].code, LT_DIAG_PATH_OUTSIDE);
        LT_CHECK_INT(d.items[0].line, 10);
        LT_CHECK_INT(d.items[0].col, 12);
        LT_CHECK(strstr(d.items[0].message, "leads outside the pack folder (through a link)") != NULL);
    }
    lt_diags_free(&d);

    /* over 4 MiB */
    snprintf(path, sizeof path, "%s/big.png", dir);
    LT_CHECK(write_png(path, 800, 600, 5L * 1024 * 1024));
    y = "format: 1\nid: b\nversion: 1\ntitle: {en: B}\nlanguages: [en]\nevents:\n"
        "  - {id: E1, title: {en: T}, text: {en: X}, image: big.png}\n";
    pack = lt_pack_load_mem(y, strlen(y), "big.yaml", dir, &d);
    LT_CHECK(pack == NULL);
    LT_CHECK_INT(d.n_errors, 1);
    if (d.count >= 1) {
        LT_CHECK_INT(d.items[0].code, LT_DIAG_IMAGE);
        LT_CHECK_INT(d.items[0].line, 7);
        LT_CHECK_INT(d.items[0].col, 52);
        LT_CHECK(strstr(d.items[0].message, "is 5.0 MiB; the limit is 4 MiB") != NULL);
    }
    lt_diags_free(&d);

    /* 200 different images load, the 201st is one too many */
    snprintf(dir, sizeof dir, "%s/img-many", lt_tmp);
    mkdir_p(dir);
    for (int i = 0; i < 201; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, numbered(i));
        LT_CHECK(write_png(path, 4, 4, 33));
    }
    pack = load_events(dir, 200, numbered, &d);
    LT_CHECK(pack != NULL);
    LT_CHECK_INT(d.n_errors, 0);
    lt_pack_free(pack);
    pack = load_events(dir, 201, numbered, &d);
    LT_CHECK(pack == NULL);
    LT_CHECK_INT(d.n_errors, 1);
    if (d.count >= 1) {
        LT_CHECK_INT(d.items[0].code, LT_DIAG_IMAGE);
        LT_CHECK_INT(d.items[0].line, 207);
        LT_CHECK(strstr(d.items[0].message, "too many images: this is image file 201") != NULL);
    }
    lt_diags_free(&d);
    /* one file shown 300 times counts once */
    pack = load_events(dir, 300, same, &d);
    LT_CHECK(pack != NULL);
    LT_CHECK_INT(d.count, 0);
    lt_pack_free(pack);
    lt_diags_free(&d);

    /* 64 MiB in all: 16 files of 3.9 MiB fit, the 17th does not */
    snprintf(dir, sizeof dir, "%s/img-total", lt_tmp);
    mkdir_p(dir);
    for (int i = 0; i < 17; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, numbered(i));
        LT_CHECK(write_png(path, 4, 4, 39L * 1024 * 1024 / 10));
    }
    pack = load_events(dir, 16, numbered, &d);
    LT_CHECK(pack != NULL);
    LT_CHECK_INT(d.n_errors, 0);
    lt_pack_free(pack);
    pack = load_events(dir, 17, numbered, &d);
    LT_CHECK(pack == NULL);
    LT_CHECK_INT(d.n_errors, 1);
    if (d.count >= 1) {
        LT_CHECK_INT(d.items[0].code, LT_DIAG_IMAGE);
        LT_CHECK_INT(d.items[0].line, 23);
        LT_CHECK(strstr(d.items[0].message, "images add up to 66.3 MiB with this one; the limit is 64 MiB") != NULL);
    }
    if (d.n_errors != 1) {
        print_diags(&d);
    }
    lt_diags_free(&d);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_image_core FIXTURES TMPDIR\n");
        return 2;
    }
    lt_fix = argv[1];
    lt_tmp = argv[2];
    test_probe_png();
    test_probe_jpeg();
    test_probe_other();
    test_probe_files();
    for (size_t i = 0; i < sizeof lt_expect / sizeof lt_expect[0]; i++) {
        test_error_file(&lt_expect[i]);
    }
    test_valid();
    test_warnings();
    test_runtime();
    return LT_TEST_END();
}
