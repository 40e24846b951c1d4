/* lt_pack_image.c: the `image:` and `image_alt:` keys of events and
 * hand-written questions: the path stays inside the pack folder (also through
 * links), the file is a PNG or JPEG by its first bytes (lt_image_probe) and
 * within the limits of one image and of the whole pack.
 * Depends on: lt_pack_int.h, lt_image_probe.h. No SDL. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "lt_pack_int.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lt_image_probe.h"

#define LT_MIB (1024.0 * 1024.0)

/* A word on what a file that is not PNG or JPEG seems to be, from its first bytes. */
static const char *sniff(const unsigned char *d, size_t n)
{
    if (n >= 4 && memcmp(d, "GIF8", 4) == 0) {
        return "it looks like a GIF";
    }
    if (n >= 12 && memcmp(d, "RIFF", 4) == 0 && memcmp(d + 8, "WEBP", 4) == 0) {
        return "it looks like a WebP";
    }
    if (n >= 2 && d[0] == 'B' && d[1] == 'M') {
        return "it looks like a BMP";
    }
    if (n >= 4 && (memcmp(d, "II*", 4) == 0 || memcmp(d, "MM\0*", 4) == 0)) {
        return "it looks like a TIFF";
    }
    if (n >= 5 && (memcmp(d, "<svg", 4) == 0 || memcmp(d, "<?xml", 5) == 0)) {
        return "it looks like SVG or XML text";
    }
    return "its first bytes match neither";
}

/* Reads the whole file (at most max bytes); NULL with *err set on failure. */
static unsigned char *read_image(const char *path, size_t max, size_t *len, int *err)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf;
    size_t n;
    *len = 0;
    if (!f) {
        *err = errno;
        return NULL;
    }
    buf = malloc(max + 1);
    if (!buf) {
        *err = ENOMEM;
        fclose(f);
        return NULL;
    }
    n = fread(buf, 1, max + 1, f);
    if (ferror(f)) {
        *err = EIO;
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    *len = n > max ? max : n;
    return buf;
}

/* The pack-wide count and total; reported once each, at the image that
 * crosses the limit. `real` is the resolved path (distinct files count). */
static void count_image(lt_build *b, const char *real, size_t bytes, const char *path)
{
    const char *key = lt_arena_strdup(b->a, real);
    unsigned long long before = b->image_bytes;
    if (!key || lt_build_index(b, &b->images, key, b->n_images) != -1) {
        return; /* the same file again counts once */
    }
    b->n_images++;
    b->image_bytes += bytes;
    if (b->n_images == LT_PACK_IMAGES_MAX + 1) {
        char hint[200];
        snprintf(hint, sizeof hint,
                 "a pack may hold at most %d different image files; use fewer, or split the pack "
                 "into two",
                 LT_PACK_IMAGES_MAX);
        lt_load_err(b->ld, LT_DIAG_IMAGE, path, false, hint,
                    "too many images: this is image file %zu of the pack; the limit is %d",
                    b->n_images, LT_PACK_IMAGES_MAX);
    }
    if (before <= LT_PACK_IMAGES_MAX_BYTES && b->image_bytes > LT_PACK_IMAGES_MAX_BYTES) {
        lt_load_err(b->ld, LT_DIAG_IMAGE, path, false,
                    "make the images smaller (e.g. JPEG at about 1600 pixels wide), or use fewer",
                    "the pack's images add up to %.1f MiB with this one; the limit is %u MiB",
                    (double)b->image_bytes / LT_MIB, LT_PACK_IMAGES_MAX_BYTES / (1024u * 1024u));
    }
}

/* Checks the file itself: type, size, header. True when it may be shown. */
static bool check_file(lt_build *b, const char *file, const char *real, const char *path,
                       lt_image *out)
{
    struct stat st;
    unsigned char *data;
    size_t len = 0;
    int err = 0;
    lt_image_info info;
    lt_image_status s;
    const char *fmt;

    if (stat(real, &st) != 0) {
        lt_load_err(b->ld, LT_DIAG_IO, path, false, "check that the file can be read",
                    "cannot read the image file '%.200s': %s", file, strerror(errno));
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        lt_load_err(b->ld, LT_DIAG_IMAGE, path, false,
                    "give the path of a PNG or JPEG file, e.g. image: images/map.png",
                    "'%.200s' is %s, not an image file", file,
                    S_ISDIR(st.st_mode) ? "a folder" : "a special file");
        return false;
    }
    if ((unsigned long long)st.st_size > LT_PACK_IMAGE_MAX_BYTES) {
        char hint[200];
        snprintf(hint, sizeof hint,
                 "make the file smaller: at most %u MiB and %dx%d pixels (a JPEG 1600 pixels wide "
                 "at quality 85 is plenty for the screen)",
                 LT_PACK_IMAGE_MAX_BYTES / (1024u * 1024u), LT_PACK_IMAGE_MAX_SIDE,
                 LT_PACK_IMAGE_MAX_SIDE);
        lt_load_err(b->ld, LT_DIAG_IMAGE, path, false, hint,
                    "the image '%.200s' is %.1f MiB; the limit is %u MiB", file,
                    (double)st.st_size / LT_MIB, LT_PACK_IMAGE_MAX_BYTES / (1024u * 1024u));
        return false;
    }
    if (st.st_size == 0) {
        lt_load_err(b->ld, LT_DIAG_IMAGE, path, false, "copy or export the image again",
                    "the image file '%.200s' is empty", file);
        return false;
    }
    data = read_image(real, LT_PACK_IMAGE_MAX_BYTES, &len, &err);
    if (!data) {
        lt_load_err(b->ld, LT_DIAG_IO, path, false, "check that the file can be read",
                    "cannot read the image file '%.200s': %s", file, strerror(err));
        return false;
    }
    s = lt_image_probe(data, len, &info);
    fmt = info.format == LT_IMAGE_JPEG ? "JPEG" : "PNG";
    if (s == LT_IMAGE_NOT_IMAGE) {
        lt_load_err(b->ld, LT_DIAG_IMAGE, path, false,
                    "save it as PNG or JPEG in an image editor (renaming the file does not change "
                    "its format)",
                    "'%.200s' is not a PNG or JPEG image: %s", file, sniff(data, len));
    } else if (s == LT_IMAGE_TRUNCATED) {
        lt_load_err(b->ld, LT_DIAG_IMAGE, path, false, "copy or export the image again",
                    "the %s image '%.200s' is cut short: it ends before its size is given", fmt,
                    file);
    } else if (s != LT_IMAGE_OK) {
        lt_load_err(b->ld, LT_DIAG_IMAGE, path, false,
                    "open it in an image editor and save it again as PNG or JPEG",
                    "the %s image '%.200s' has a broken header", fmt, file);
    } else if (info.width == 0 || info.height == 0) {
        lt_load_err(b->ld, LT_DIAG_IMAGE, path, false,
                    "open it in an image editor and save it again as PNG or JPEG",
                    "the image '%.200s' has no pixels: its header says %ux%u", file,
                    (unsigned)info.width, (unsigned)info.height);
        s = LT_IMAGE_BAD_HEADER;
    } else if (info.width > LT_PACK_IMAGE_MAX_SIDE || info.height > LT_PACK_IMAGE_MAX_SIDE) {
        char hint[200];
        snprintf(hint, sizeof hint,
                 "scale it down to at most %d pixels on each side (the game shows it at most "
                 "about 900x700)",
                 LT_PACK_IMAGE_MAX_SIDE);
        lt_load_err(b->ld, LT_DIAG_IMAGE, path, false, hint,
                    "the image '%.200s' is %ux%u pixels; the limit is %dx%d", file,
                    (unsigned)info.width, (unsigned)info.height, LT_PACK_IMAGE_MAX_SIDE,
                    LT_PACK_IMAGE_MAX_SIDE);
        s = LT_IMAGE_BAD_HEADER;
    }
    free(data);
    if (s != LT_IMAGE_OK) {
        return false;
    }
    out->width = (int)info.width;
    out->height = (int)info.height;
    out->jpeg = info.format == LT_IMAGE_JPEG;
    count_image(b, real, (size_t)st.st_size, path);
    return true;
}

void lt_build_image(lt_build *b, const char *file, const lt_raw_text *alt, const char *owner,
                    lt_image *out)
{
    char path[160], altp[160], full[4096], rdir[PATH_MAX], rfile[PATH_MAX];
    size_t dl;

    memset(out, 0, sizeof *out);
    lt_bpath(path, sizeof path, "%s.image", owner);
    lt_bpath(altp, sizeof altp, "%s.image_alt", owner);
    out->alt = lt_build_text(b, alt, altp, false);
    lt_build_text_len(b, &out->alt, altp, LT_PACK_ALT_WARN, "image_alt");
    if (!file) {
        if (alt) {
            lt_load_warn(b->ld, LT_DIAG_OTHER, altp,
                         "add 'image:' with the picture's path, or remove 'image_alt:'",
                         "'image_alt' without 'image' is never shown");
        }
        return;
    }
    if (!file[0]) {
        lt_load_err(b->ld, LT_DIAG_BAD_VALUE, path, false,
                    "give the path of a PNG or JPEG file in the pack folder, e.g. image: "
                    "images/map.png, or remove 'image:'",
                    "'image' is empty");
        return;
    }
    if (file[0] == '/' || file[0] == '\\' || file[1] == ':') {
        lt_load_err(b->ld, LT_DIAG_PATH_OUTSIDE, path, false,
                    "copy the image into the pack folder and give its path from there, e.g. "
                    "image: images/map.png",
                    "the image path '%.200s' is absolute; it must be relative to the pack folder",
                    file);
        return;
    }
    if (!lt_path_inside(file)) {
        lt_load_err(b->ld, LT_DIAG_PATH_OUTSIDE, path, false,
                    "copy the image into the pack folder (or a folder inside it) and give its "
                    "path from there, without '..'",
                    "the image '%.200s' is outside the pack folder", file);
        return;
    }
    snprintf(full, sizeof full, "%s/%s", b->pack->dir ? b->pack->dir : ".", file);
    if (!realpath(full, rfile)) {
        lt_load_err(b->ld, LT_DIAG_SOURCE_MISSING, path, false,
                    "put the image in the pack folder, or fix the name after 'image:' (names "
                    "are case-sensitive)",
                    "the image file '%.200s' does not exist", file);
        return;
    }
    if (!realpath(b->pack->dir ? b->pack->dir : ".", rdir)) {
        return;
    }
    dl = strlen(rdir);
    /* the folder itself ("." or "images/..") is inside: check_file calls it a folder */
    if (strncmp(rfile, rdir, dl) != 0 ||
        (rfile[dl] != '/' && rfile[dl] != '\0' && strcmp(rdir, "/") != 0)) {
        lt_load_err(b->ld, LT_DIAG_PATH_OUTSIDE, path, false,
                    "copy the image into the pack folder instead of linking to it",
                    "the image '%.200s' leads outside the pack folder (through a link)", file);
        return;
    }
    if (!check_file(b, file, rfile, path, out)) {
        return;
    }
    out->file = lt_arena_strdup(b->a, file);
    out->path = lt_arena_strdup(b->a, rfile);
    if (!out->alt.s[LT_LANG_RU] && !out->alt.s[LT_LANG_EN]) {
        lt_load_warn(b->ld, LT_DIAG_MISSING_FIELD, path,
                     "add image_alt: {ru: \"...\", en: \"...\"}: the caption under the picture, "
                     "also shown when it cannot be drawn",
                     "the image '%.200s' has no 'image_alt' text", file);
    }
}
