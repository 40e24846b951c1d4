/* lt_image_probe.c: the PNG and JPEG header probe. Hand-written because the
 * core may not use SDL (SDL2_image decodes in the engine); it reads only the
 * signature and the size fields, with every read checked against the length.
 * Depends on: lt_image_probe.h, libc. */
#include "lt_image_probe.h"

#include <string.h>

static const unsigned char lt_png_sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

static uint32_t be16(const unsigned char *p)
{
    return (uint32_t)p[0] << 8 | (uint32_t)p[1];
}

/* CRC-32 as PNG uses it (ISO 3309), bit by bit: it runs over 17 bytes only. */
static uint32_t png_crc(const unsigned char *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) {
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
        }
    }
    return c ^ 0xFFFFFFFFu;
}

/* Bit depths allowed for each PNG colour type (PNG spec, table 11.1). */
static int png_depth_ok(unsigned type, unsigned depth)
{
    switch (type) {
    case 0:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6:
        return depth == 8 || depth == 16;
    default:
        return 0;
    }
}

/* Signature (8), IHDR length (4) and type (4), 13 bytes of data, CRC (4). */
#define LT_PNG_HEAD 33

static lt_image_status probe_png(const unsigned char *d, size_t len, lt_image_info *out)
{
    const unsigned char *ih = d + 16;
    if (len < LT_PNG_HEAD) {
        return LT_IMAGE_TRUNCATED;
    }
    if (be32(d + 8) != 13 || memcmp(d + 12, "IHDR", 4) != 0) {
        return LT_IMAGE_BAD_HEADER;
    }
    if (png_crc(d + 12, 17) != be32(d + 29)) {
        return LT_IMAGE_BAD_HEADER;
    }
    /* width, height (4 + 4), depth, colour type, compression, filter, interlace */
    if (be32(ih) > 0x7FFFFFFFu || be32(ih + 4) > 0x7FFFFFFFu || !png_depth_ok(ih[9], ih[8]) ||
        ih[10] != 0 || ih[11] != 0 || ih[12] > 1) {
        return LT_IMAGE_BAD_HEADER;
    }
    out->width = be32(ih);
    out->height = be32(ih + 4);
    return LT_IMAGE_OK;
}

/* SOF0..SOF15 without DHT (C4), JPG (C8) and DAC (CC). */
static int jpeg_is_sof(unsigned m)
{
    return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

static lt_image_status probe_jpeg(const unsigned char *d, size_t len, lt_image_info *out)
{
    size_t pos = 2; /* after SOI */
    for (;;) {
        unsigned m;
        size_t seg;
        /* Bytes between segments are not allowed, but decoders skip them. */
        while (pos < len && d[pos] != 0xFF) {
            pos++;
        }
        while (pos < len && d[pos] == 0xFF) {
            pos++; /* a marker may be preceded by any number of fill bytes */
        }
        if (pos >= len) {
            return LT_IMAGE_TRUNCATED;
        }
        m = d[pos];
        if ((m >= 0xD0 && m <= 0xD7) || m == 0x01) {
            pos++; /* RSTn and TEM stand alone */
            continue;
        }
        if (m == 0x00 || m == 0xD8 || m == 0xD9 || m == 0xDA) {
            /* a stuffed byte, a second SOI, the end, or scan data before any frame header */
            return LT_IMAGE_BAD_HEADER;
        }
        if (len - pos < 3) {
            return LT_IMAGE_TRUNCATED;
        }
        seg = be16(d + pos + 1);
        if (seg < 2) {
            return LT_IMAGE_BAD_HEADER;
        }
        if (jpeg_is_sof(m)) {
            /* length (2), precision (1), height (2), width (2), components (1) */
            if (seg < 8) {
                return LT_IMAGE_BAD_HEADER;
            }
            if (len - pos < 1 + 8) {
                return LT_IMAGE_TRUNCATED;
            }
            out->height = be16(d + pos + 4);
            out->width = be16(d + pos + 6);
            return LT_IMAGE_OK;
        }
        if (len - pos - 1 < seg) {
            return LT_IMAGE_TRUNCATED;
        }
        pos += 1 + seg;
    }
}

lt_image_status lt_image_probe(const unsigned char *data, size_t len, lt_image_info *out)
{
    lt_image_info dummy;
    if (!out) {
        out = &dummy;
    }
    memset(out, 0, sizeof *out);
    if (!data) {
        return LT_IMAGE_NOT_IMAGE;
    }
    if (len >= 8 && memcmp(data, lt_png_sig, 8) == 0) {
        out->format = LT_IMAGE_PNG;
        return probe_png(data, len, out);
    }
    if (len >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) {
        out->format = LT_IMAGE_JPEG;
        return probe_jpeg(data, len, out);
    }
    /* A PNG or JPEG cut before its signature is complete is still truncated. */
    if (len < 8 && len > 0 && memcmp(data, lt_png_sig, len) == 0) {
        out->format = LT_IMAGE_PNG;
        return LT_IMAGE_TRUNCATED;
    }
    if (len < 3 && len > 0 && data[0] == 0xFF && (len == 1 || data[1] == 0xD8)) {
        out->format = LT_IMAGE_JPEG;
        return LT_IMAGE_TRUNCATED;
    }
    return LT_IMAGE_NOT_IMAGE;
}

const char *lt_image_format_name(lt_image_format f)
{
    switch (f) {
    case LT_IMAGE_PNG:
        return "png";
    case LT_IMAGE_JPEG:
        return "jpeg";
    default:
        return "unknown";
    }
}

const char *lt_image_status_text(lt_image_status s)
{
    switch (s) {
    case LT_IMAGE_OK:
        return "a readable image";
    case LT_IMAGE_NOT_IMAGE:
        return "not a PNG or JPEG file";
    case LT_IMAGE_TRUNCATED:
        return "the file ends before its size is given (cut short?)";
    case LT_IMAGE_BAD_HEADER:
        return "the image header is broken";
    default:
        return "unknown";
    }
}
